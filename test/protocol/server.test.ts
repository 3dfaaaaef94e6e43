/** The bundled server over stdio, as an editor drives it: open, incremental edits, diagnostics. */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, FIXTURES, SEEDS } from '../helpers';

/** The arithmetic diagnostics (what these tests alter); seed 001 also carries notes and text-mismatch warnings of its own. */
const ARITHMETIC = ['row-total', 'column-total', 'balance', 'review-total'];
const beyond = <T extends { code?: number | string }>(ds: T[] | undefined) => (ds ?? []).filter((d) => ARITHMETIC.includes(String(d.code)));
import { positionOf, TestClient } from './lspClient';
import { tempDir } from '../tempDir';

const uri = (name: string) => `file:///reports/${name}`;
const codesOf = (ds: { code?: number | string }[]) => ds.map((d) => d.code);

describe('language server over stdio', function () {
  this.timeout(20000);
  let client: TestClient;
  let initResult: unknown;
  beforeEach(async () => {
    client = new TestClient();
    initResult = await client.initialize('zh-cn');
  });
  afterEach(async () => client.stop());

  it('starts without loading what its first report does not need: node\'s crypto (the library\'s pipe names) and fs/promises (the workspace index)', async () => {
    // The server's process says, as it exits, which of node's modules it loaded.
    const dir = tempDir('startup-');
    const probe = path.join(dir, 'probe.js');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(process.moduleLoadList) + '\\n'));");
    const c = new TestClient(['--require', probe]);
    try {
      await c.initialize('zh-cn');
      const ds = await c.open(uri(SEEDS.pipe), fixture(SEEDS.pipe));
      assert.ok(ds.length > 0);
      // (Not stop(): its kill could come before the server's own exit, and the probe's line with it.)
      const closed = new Promise((r) => c.proc.once('close', r));
      await c.conn.sendRequest('shutdown');
      await c.conn.sendNotification('exit');
      await closed;
      const line = /LOADED (.*)/.exec(c.stderr);
      assert.ok(line, c.stderr);
      const loaded: string[] = JSON.parse(line[1]);
      // (The probe works: the modules every stdio server needs are there.)
      assert.ok(loaded.includes('NativeModule net'), loaded.join());
      assert.deepEqual(loaded.filter((m) => /^NativeModule (crypto|fs\/promises)$/.test(m)), []);
    } finally {
      await c.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers initialize with incremental sync', async () => {
    const r = initResult as { capabilities: { textDocumentSync: { change: number } } };
    assert.equal(r.capabilities.textDocumentSync.change, 2);
  });

  it('publishes what spec §7 requires for each seed on open', async () => {
    const expected: Record<string, string[]> = {
      [SEEDS.pipe]: ['section-duplicate', 'year-mismatch'],
      [SEEDS.traditional]: ['label-drift', 'mixed-script', 'text-mismatch'],
      [SEEDS.oneLine]: ['table-missing'],
      [SEEDS.tabs]: ['cell-blank'],
      [SEEDS.prose]: ['injected-text', 'numbering', 'table-missing'],
    };
    for (const [name, codes] of Object.entries(expected)) {
      const ds = await client.open(uri(name), fixture(name));
      assert.deepEqual([...new Set(codesOf(ds))].sort(), codes, name);
      assert.equal(ds.filter((d) => d.code === 'table-missing').length, name === SEEDS.oneLine || name === SEEDS.prose ? 3 : 0);
      for (const d of ds) assert.equal(d.source, 'disclosure-report');
    }
  });

  it('an incremental edit that breaks a total is reported on the cell, and undoing it clears it', async () => {
    const text = fixture(SEEDS.traditional);
    await client.open(uri('t.txt'), text);
    // 予以公開 natural persons: 15 → 14 (the row line 「15 |」 after the label).
    const at = positionOf(text, '15 |');
    const ds = beyond(await client.change(uri('t.txt'), [{ range: { start: at, end: { line: at.line, character: at.character + 2 } }, text: '14' }]));
    assert.deepEqual(codesOf(ds), ['row-total', 'column-total']);
    // Messages follow the user's language (zh-cn here), whatever the report's script.
    assert.equal(ds![0].message, '（一）予以公开·总计 应为 15（14+0+0+0+1+0），实为 16');
    assert.equal(ds![0].range.start.line, positionOf(text, '16 |').line);
    const back = await client.change(uri('t.txt'), [{ range: { start: at, end: { line: at.line, character: at.character + 2 } }, text: '15' }]);
    assert.deepEqual(beyond(back), []);
  });

  it('debounces a burst of edits and publishes only for the last version', async () => {
    const text = fixture(SEEDS.tabs);
    await client.open(uri('b.txt'), text);
    const before = client.published.length;
    const at = positionOf(text, '一、本年新收政府信息公开申请数量\t\t5', 0, '一、本年新收政府信息公开申请数量\t\t'.length);
    for (let i = 0; i < 9; i++) await client.change(uri('b.txt'), [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: String(i) }], false);
    const ds = await client.change(uri('b.txt'), [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '7' }]);
    const mine = client.published.slice(before).filter((p) => p.uri === uri('b.txt'));
    assert.ok(mine.length <= 3, `${mine.length} publications for 10 edits`);
    assert.ok(mine.every((p) => p.version !== undefined && p.version <= client.version(uri('b.txt'))));
    assert.equal(mine[mine.length - 1].version, 11);
    assert.ok(codesOf(ds!).includes('row-total'));
  });

  it('keeps positions right through CRLF edits that add and remove lines', async () => {
    let text = fixture(SEEDS.pipe).replace(/\n/g, '\r\n');
    await client.open(uri('crlf.txt'), text);
    const at = positionOf(text, '一、总体情况');
    await client.change(uri('crlf.txt'), [{ range: { start: at, end: at }, text: '新增一行\r\n\r\n' }]);
    text = text.replace('一、总体情况', '新增一行\r\n\r\n一、总体情况');
    const s = positionOf(text, '三、收到和处理政府信息公开申请情况');
    const ds = await client.change(uri('crlf.txt'), [{ range: { start: s, end: { line: s.line + 1, character: 0 } }, text: '' }]);
    // Section 三's first heading is gone: its second copy is now the only one, so no duplicate for 三.
    assert.deepEqual(codesOf(ds!).filter((c) => String(c).startsWith('section') && c !== 'section-duplicate'), ['section-order']);
  });

  it('a \\r meeting a \\n across an edit is one line break, as in the same text opened fresh (the fuzzer’s case)', async () => {
    const strip = (ds: { range: unknown; code?: unknown; message: string }[]) => ds.map((d) => [d.code, d.range, d.message]);
    const cases: [string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[], string][] = [
      ['\n(七)', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\r' }], '\r\n(七)'],
      ['\r(七)', [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }], '\r\n(七)'],
      ['\rx\n(七)', [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }], '\r\n(七)'],
    ];
    for (const [i, [before, edits, after]] of cases.entries()) {
      const u = uri(`crlf-join-${i}.txt`);
      await client.open(u, before);
      let got = await client.change(u, edits);
      assert.deepEqual(strip(got!), strip(await client.open(uri(`crlf-fresh-${i}.txt`), after)), JSON.stringify(before));
      // The next edit lands where the fresh text has it: 「(七)」 → 「(一)」 on line 1.
      got = await client.change(u, [{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } }, text: '一' }]);
      assert.deepEqual(strip(got!), strip(await client.open(uri(`crlf-fresh2-${i}.txt`), after.replace('七', '一'))), `${JSON.stringify(before)} then (一)`);
    }
  });

  it('answers the status item summary request: year, form version, findings by severity', async () => {
    await client.open(uri('s.txt'), fixture(SEEDS.tabs));
    assert.deepEqual(await client.conn.sendRequest('disclosureReport/summary', { uri: uri('s.txt') }), { version: 1, year: 2023, format: '2021', script: 'simplified', errors: 0, warnings: 5, notes: 0 });
    assert.equal(await client.conn.sendRequest('disclosureReport/summary', { uri: 'file:///nowhere.txt' }), null);
  });

  it('Markdown: a report gets diagnostics, other Markdown files none', async () => {
    assert.deepEqual(await client.open('file:///notes/readme.md', '# Notes\n\nNothing to see: 1 | 2 | 3\n', 'markdown'), []);
    const md = '# 某某局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n## 二、主动公开政府信息情况\n\n## 三、收到和处理政府信息公开申请情况\n\n## 四、政府信息公开行政复议、行政诉讼情况\n\n## 五、存在的主要问题及改进情况\n\n## 六、其他需要报告的事项\n';
    assert.deepEqual(codesOf(await client.open('file:///reports/r.md', md, 'markdown')), ['table-missing', 'table-missing', 'table-missing']);
  });

  it('follows the editor language and a forced locale setting', async () => {
    const en = new TestClient();
    try {
      await en.initialize('en');
      const [d] = await en.open(uri('e.txt'), fixture(SEEDS.oneLine));
      assert.equal(d.message, 'Section “II. Proactive disclosure” has no table II (proactive disclosure)');
    } finally {
      await en.stop();
    }
    const tw = new TestClient();
    try {
      await tw.initialize('en', { locale: 'zh-tw' });
      const [d2] = await tw.open(uri('e.txt'), fixture(SEEDS.oneLine));
      assert.equal(d2.message, '「二、主動公開政府信息情況」部分缺少表二（主動公開）');
    } finally {
      await tw.stop();
    }
  });

  it('survives any input: binary noise, a 1 MB line, a document emptied and refilled', async () => {
    const noise = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
    await client.open(uri('noise.txt'), noise);
    await client.open(uri('long.txt'), '|'.repeat(1 << 20));
    const text = fixture(SEEDS.traditional);
    await client.open(uri('e.txt'), text);
    const end = positionOf(text, text.slice(-5), 0, 5);
    // (Emptied, it holds no report yet: nothing said, where six sections and three tables were said missing.)
    assert.deepEqual(await client.change(uri('e.txt'), [{ range: { start: { line: 0, character: 0 }, end }, text: '' }]), []);
    assert.deepEqual(beyond(await client.change(uri('e.txt'), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }])), []);
    // Still answering requests.
    const r = await client.conn.sendRequest('shutdown');
    assert.equal(r, null);
    assert.equal(client.stderr, '');
  });

  it('a file: URI that names no path (a raw %, a host, an encoded slash) is a document like any other', async () => {
    const text = fixture(SEEDS.pipe);
    // (The same report open under several names is one body's year several times over: year-duplicate says so on each, naming
    // the others — not the point here.)
    const plain = (ds: { code?: number | string; range: unknown; message: string }[]) => ds.filter((d) => d.code !== 'year-duplicate').map((d) => [d.code, d.range, d.message]);
    const expected = plain(await client.open(uri('plain.txt'), text));
    assert.ok(expected.length > 0);
    for (const u of ['file:///tmp/增长50%报告.txt', 'file://server/share/a.txt', 'file:///tmp/a%2Fb.txt']) {
      assert.deepEqual(plain(await client.open(u, text)), expected, u);
      const h = (await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: positionOf(text, '行政许可') })) as { contents: { value: string } } | null;
      assert.ok(h && h.contents.value.length > 0, u);
    }
    assert.doesNotMatch(client.stderr, /URIError|ERR_INVALID_FILE_URL/);
  });

  it('keeps the session\'s order: a request before initialize is ServerNotInitialized, a second initialize and anything after shutdown InvalidRequest', async () => {
    const c = new TestClient();
    const code = (p: Promise<unknown>) => p.then(() => 'answered', (e: { code?: number }) => e.code);
    try {
      const hover = { textDocument: { uri: uri('h.txt') }, position: { line: 0, character: 0 } };
      assert.equal(await code(c.conn.sendRequest('textDocument/hover', hover)), -32002);
      await c.initialize('zh-cn');
      assert.equal(await code(c.conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })), -32600);
      assert.equal(await code(c.conn.sendRequest('textDocument/hover', hover)), 'answered');
      await c.conn.sendRequest('shutdown');
      assert.equal(await code(c.conn.sendRequest('textDocument/hover', hover)), -32600);
    } finally {
      await c.stop();
    }
  });

  it('import: a saved page or a .doc gives its report text; a damaged .doc, a PDF or a picture says what it is, so the editor can say what to do', async () => {
    const page = readFileSync(path.join(FIXTURES, 'html', 'czj_2023.html'));
    const done = (await client.conn.sendRequest('disclosureReport/import', { name: 'czj.html', base64: page.toString('base64') })) as { text: string; tables: number; notReport: boolean };
    assert.equal(done.tables, 3);
    assert.equal(done.notReport, false);
    // A page listing the reports is imported, and the client is told it reads as none (it says so).
    const list = '<html><body><ul>' + [2023, 2022].map((y) => `<li><a href="t${y}.html">某某县财政局${y}年政府信息公开工作年度报告</a></li>`).join('') + '</ul></body></html>';
    const listed = (await client.conn.sendRequest('disclosureReport/import', { name: 'list.html', base64: Buffer.from(list).toString('base64') })) as { notReport: boolean };
    assert.equal(listed.notReport, true);
    assert.match(done.text, /^三、收到和处理政府信息公开申请情况$/m);
    const ask = (name: string, bytes: number[]) => client.conn.sendRequest('disclosureReport/import', { name, base64: Buffer.from(bytes).toString('base64') });
    // (A compound file named as Word's is a .doc cut short, damaged; named otherwise, an Office file of another kind.)
    assert.deepEqual(await ask('年报.docx', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { refused: 'doc' });
    assert.deepEqual(await ask('报表.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { refused: 'office' });
    // A Word 97–2003 file is imported, its tables cell for cell.
    const word = (await client.conn.sendRequest('disclosureReport/import', { name: '年报.doc', base64: readFileSync(path.join(FIXTURES, 'word', 'czj_2023.doc')).toString('base64') })) as { tables: number; text: string };
    assert.equal(word.tables, 3);
    assert.match(word.text, /^\| 行政许可 \| 1 \|/m);
    assert.deepEqual(await ask('年报.pdf', [...Buffer.from('%PDF-1.7 ')]), { refused: 'pdf' });
    assert.deepEqual(await ask('年报.docx', [0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { refused: 'docx' });
    assert.deepEqual(await ask('年报.txt', [...Buffer.from('某局年报')]), { refused: 'other' });
    assert.equal(await client.conn.sendRequest('disclosureReport/import', { name: 7 }), null);
    // A page on disk whose report goes on on a page saved beside it: joined, and the client told how many pages.
    const dir = tempDir('import-pages-');
    const pageOf = (body: string, pager: string) => `<html><head><title>某局2023年政府信息公开工作年度报告</title></head><body><h1>某局2023年政府信息公开工作年度报告</h1><div class="content">${body}</div><div class="page">${pager}</div></body></html>`;
    const first = pageOf('<p>一、总体情况</p><p>略。</p><p>二、主动公开政府信息情况</p><p>略。</p>', '<a href="r_1.html">下一页</a>');
    writeFileSync(path.join(dir, 'r.html'), first);
    writeFileSync(path.join(dir, 'r_1.html'), pageOf('<p>三、收到和处理政府信息公开申请情况</p><p>略。</p><p>六、其他需要报告的事项</p><p>无。</p>', '<a href="r.html">上一页</a>'));
    const joined = (await client.conn.sendRequest('disclosureReport/import', { name: 'r.html', uri: pathToFileURL(path.join(dir, 'r.html')).toString(), base64: Buffer.from(first).toString('base64') })) as { text: string; joined: number; paged: boolean };
    assert.equal(joined.joined, 1);
    assert.equal(joined.paged, false);
    assert.match(joined.text, /^六、其他需要报告的事项$/m);
  });

  it('requests with arguments no client should send get nothing made of them (a year that is no year, a script that is none)', async () => {
    assert.equal(await client.conn.sendRequest('disclosureReport/newReport', { agency: '某局', year: 'abc' }), null);
    assert.equal(await client.conn.sendRequest('disclosureReport/newReport', { agency: {}, year: 2025 }), null);
    assert.match((await client.conn.sendRequest('disclosureReport/newReport', { agency: ' 某局 ', year: 2025 })) as string, /^某局2025年政府信息公开工作年度报告/);
    const text = fixture(SEEDS.traditional);
    await client.open(uri('k.txt'), text);
    await client.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.convert', arguments: [{ uri: uri('k.txt'), version: 1, to: 'klingon' }] });
    assert.deepEqual(client.applied, []);
  });

  it('settings: a check turned off or given another severity; diagnostics only on save', async () => {
    const c = new TestClient();
    try {
      await c.initialize('zh-cn', { checks: { 'cell-blank': 'off', 'table-missing': 'warning' }, run: 'onSave' });
      assert.deepEqual(await c.open(uri('s1.txt'), fixture(SEEDS.tabs)), []);
      const ds = await c.open(uri('s2.txt'), fixture(SEEDS.oneLine));
      assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['table-missing', 2], ['table-missing', 2], ['table-missing', 2]]);
      // On save only: an edit publishes nothing until the file is saved.
      const text = fixture(SEEDS.traditional);
      await c.open(uri('s3.txt'), text);
      const before = c.published.length;
      const at = positionOf(text, '16 |');
      await c.change(uri('s3.txt'), [{ range: { start: at, end: { line: at.line, character: at.character + 2 } }, text: '17' }], false);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(c.published.length, before, 'nothing published before saving');
      const saved = c.waitFor((p) => p.uri === uri('s3.txt') && p.version === 2);
      await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uri('s3.txt') } });
      assert.ok((await saved).diagnostics.some((d) => d.code === 'row-total'));
    } finally {
      await c.stop();
    }
  });
});
