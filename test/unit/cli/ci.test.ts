/**
 * The checker at home in CI: a new report from one command, SARIF for code scanning, --fix for the
 * safe fixes (keeping FILE.bak), the problem matcher for editor tasks, and a page for every code.
 */
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readTextFile } from '../../../server/src/textFiles/readText';
import { main } from '../../../server/src/cli';
import { REPOSITORY_KNOWN } from '../../../server/src/features/codeDocs';
import { CHECKS } from '../../../server/src/checks/registry';
import { toDiagnostics } from '../../../server/src/features/diagnostics';
import { newReport } from '../../../server/src/create/newReport';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { render } from '../../../server/src/i18n/render';
import { analyse, firstTable, fixture, FIXTURES, SEEDS, setCell } from '../../helpers';
import { tempDir } from '../../tempDir';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
function run(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), raw: (s) => out.push(s) }) as number;
  return { code, out, err };
}

/** A new report with its placeholders written. */
const written = (text: string) => text.replace(/（[请請]在此填[写寫]。）/g, '本年度工作如常。'); // (Words the same in both scripts.)

describe('a new report', () => {
  for (const layout of ['pipe', 'markdown'] as const) {
    for (const script of ['simplified', 'traditional'] as const) {
      it(`${layout}, ${script}: title, opening with the period, six headings, three tables of zeros — and no finding but its placeholders, until they are written`, () => {
        const text = newReport({ agency: '某某市某某局', year: 2025, layout, script });
        const { model, findings } = analyse(text);
        // Its seven placeholders (「（请在此填写。）」) say the report is not written yet — the status said 「✓」 of it.
        assert.deepEqual(findings.map((f) => [f.code, f.severity, text.slice(f.span.start, f.span.end)]), Array(7).fill(['unfilled', 'warning', script === 'traditional' ? '（請在此填寫。）' : '（请在此填写。）']));
        assert.deepEqual(analyse(written(text)).findings, []);
        assert.equal(model.year, 2025);
        assert.equal(model.script, script);
        assert.deepEqual(model.sections.map((s) => s.section), [1, 2, 3, 4, 5, 6]);
        assert.deepEqual(model.sections.flatMap((s) => s.tables).map((t) => t.kind), ['active', 'applications', 'review']);
        assert.match(text, /2025年1月1日起至2025年12月31日止/);
        if (layout === 'markdown') assert.match(text, /^# 某某市某某局2025年政府信息公[开開]工作年度[报報]告\n/);
        if (script === 'traditional') assert.match(text, /四、結轉下年度繼續辦理/);
      });
    }
  }

  it('the CLI: new --agency --year writes it; a missing --agency says so', () => {
    const dir = tempDir('new-');
    const file = path.join(dir, 'r.report.txt');
    const r = run('new', '--agency', '某某县教育局', '--year', '2024', '--layout', 'markdown', '-o', file);
    assert.equal(r.code, 0);
    // (Its placeholders are warnings: the run passes.)
    assert.equal(run('check', file).code, 0);
    const bad = run('new', '--year', '2024');
    assert.equal(bad.code, 2);
    assert.equal(bad.err[0], '缺少 --agency');
    // Before 2019 there was no form to make a report in.
    assert.equal(run('new', '--agency', '某某县教育局', '--year', '2018').code, 2);
  });

  it('a report of 2019 or 2020 is made in the trial form of 国办公开办函〔2019〕60号: （六）其他处理 one row, no finding', () => {
    for (const year of [2019, 2020]) {
      const text = written(newReport({ agency: '某某市某某局', year }));
      const { model, findings } = analyse(text);
      assert.deepEqual(findings, [], String(year));
      assert.equal(model.format, '2019');
      assert.match(text, /国办公开办函〔2019〕60号/);
      assert.ok(firstTable(model, 'applications').rows.some((r) => r.id === 'other'));
    }
    assert.equal(analyse(newReport({ agency: '某某市某某局', year: 2021 })).model.format, '2021');
  });

  it('a 2019-form table 三 cut before （六）: the rows it lacks are the 2019 form\'s (19 items), not the 2021 form\'s', () => {
    const text = newReport({ agency: '某某市某某局', year: 2020 });
    const cut = text.slice(0, text.indexOf('| 　（三）不予公开')) + '\n' + text.slice(text.indexOf('四、政府信息公开行政复议'));
    const shape = analyse(cut).findings.filter((f) => f.code === 'table-shape').map((f) => render(f.message));
    assert.equal(shape.length, 1);
    assert.match(shape[0], /^表三（收到和处理申请）缺少 19 行：.*（五）5.要求确认或重新出具已获取信息；（六）其他处理；（七）总计；四、结转下年度继续办理$/);
    assert.doesNotMatch(shape[0], /逾期不补正/);
  });
});

describe('SARIF', () => {
  it('has the schema’s required fields: version, runs, tool.driver (name, rules with help links), results with regions', () => {
    const r = run('check', '--format', 'sarif', path.join(FIXTURES, SEEDS.oneLine), path.join(FIXTURES, SEEDS.tabs));
    const log = JSON.parse(r.out.join('\n'));
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'disclosure-report');
    assert.ok(!JSON.stringify(log).includes('example.invalid'));
    assert.equal(run0.tool.driver.rules.length, CHECKS.length);
    for (const rule of run0.tool.driver.rules) {
      assert.ok(rule.id && rule.shortDescription.text, rule.id);
      // Each rule's help is its page (the copy that travels with the program); no link to an address that is no
      // real one (the placeholder's were dead links in code scanning: found by a review).
      assert.ok(rule.help.markdown.startsWith(`# \`${rule.id}\``), rule.id);
      if (REPOSITORY_KNOWN) assert.ok(rule.helpUri.endsWith(`/docs/codes/${rule.id}.md`), rule.id);
      else assert.equal(rule.helpUri, undefined, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(run0.results.length, 8); // 3 × table-missing, 5 × cell-blank
    const res = run0.results[0];
    assert.equal(res.ruleId, 'table-missing');
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, 'table-missing');
    assert.equal(res.level, 'error');
    assert.ok(res.message.text);
    const loc = res.locations[0].physicalLocation;
    assert.ok(loc.artifactLocation.uri.endsWith(SEEDS.oneLine));
    // A file named by its absolute path is its file URI; one named relatively is under the working folder, which the
    // log names (found by a review: 「../office/x.txt」 and a bare 「/tmp/…」, resolved against nothing).
    assert.match(loc.artifactLocation.uri, /^file:\/\/\//);
    const rel = JSON.parse(run('check', '--format', 'sarif', path.relative(process.cwd(), path.join(FIXTURES, SEEDS.oneLine))).out.join(''));
    const relLoc = rel.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(relLoc.uriBaseId, 'SRCROOT');
    assert.equal(decodeURIComponent(new URL(relLoc.uri, rel.runs[0].originalUriBaseIds.SRCROOT.uri).pathname), path.join(FIXTURES, SEEDS.oneLine));
    assert.deepEqual(Object.keys(loc.region), ['startLine', 'startColumn', 'endLine', 'endColumn']);
    assert.equal(loc.region.startLine, 4);
  });

  it('names a file by a URI reference: a name with 「#」, 「%」, a space, a colon or Chinese resolves to the file', () => {
    const dir = tempDir('sarif-');
    for (const name of ['报告 2023#1%.txt', 'c:d.txt']) {
      writeFileSync(path.join(dir, name), fixture(SEEDS.oneLine));
      const log = JSON.parse(run('check', '--format', 'sarif', path.join(dir, name)).out.join(''));
      const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
      assert.equal(decodeURIComponent(new URL(uri, 'file:///').pathname), path.join(dir, name), uri);
      assert.doesNotMatch(uri, /[#\s]|%(?![0-9A-F]{2})/);
    }
  });

  it('is written as a stream, result by result, exactly as the whole log would be printed (with and without results)', () => {
    const many = run('check', '--format', 'sarif', path.join(FIXTURES, SEEDS.oneLine), path.join(FIXTURES, SEEDS.tabs), path.join(FIXTURES, 'glued'));
    const text = many.out.join('\n');
    const log = JSON.parse(text);
    assert.ok(log.runs[0].results.length > 20);
    assert.ok(many.out.length > log.runs[0].results.length, 'one write per result at least, not one for the log');
    assert.equal(text, JSON.stringify(log, null, 2));
    const dir = tempDir('sarif-');
    const file = path.join(dir, 'r.report.txt');
    assert.equal(run('new', '--agency', '某某县教育局', '--year', '2024', '-o', file).code, 0);
    writeFileSync(file, written(readFileSync(file, 'utf8')));
    const none = run('check', '--format', 'sarif', file);
    const empty = JSON.parse(none.out.join('\n'));
    assert.deepEqual(empty.runs[0].results, []);
    assert.equal(none.out.join('\n'), JSON.stringify(empty, null, 2));
  });
});

describe('check --format csv', () => {
  /** The fields of a CSV's lines (quoted fields may hold commas, quotes and line breaks). */
  const parseCsv = (text: string): string[][] => {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') row.push(field), (field = '');
      else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
      else field += c;
    }
    return rows;
  };

  it('a line per finding, with what the text lines say (place, severity, code, message, the suggestion apart), the agency and year; BOM, header, CRLF', () => {
    const files = [path.join(FIXTURES, SEEDS.oneLine), path.join(FIXTURES, SEEDS.tabs), path.join(FIXTURES, 'glued')];
    const csv = run('check', '--format', 'csv', ...files);
    const text = run('check', ...files);
    assert.equal(csv.code, text.code);
    const all = csv.out.join('');
    assert.ok(all.startsWith('\ufefffile,line,column,severity,code,message,suggestion,agency,year\r\n'));
    const rows = parseCsv(all.slice(1)).slice(1);
    assert.equal(rows.length, text.out.length);
    assert.ok(rows.length > 20);
    rows.forEach((r, i) => {
      assert.equal(r.length, 9);
      const [file, line, column, severity, code, message, suggestion] = r;
      assert.ok(text.out[i].startsWith(`${file}:${line}:${column} ${severity} ${code} ${message}`), text.out[i]);
      // (The suggestion is in its own field, not after the message.)
      assert.equal(text.out[i].length > `${file}:${line}:${column} ${severity} ${code} ${message}`.length, suggestion !== '', text.out[i]);
    });
    // Each report's agency and year, as --summary names them.
    const one = rows.find((r) => r[0] === files[0])!;
    assert.match(one[7], /\S/);
    assert.match(one[8], /^20\d\d$/);
    // Messages with commas and quotes stay one field each.
    assert.ok(rows.some((r) => /[,"，]/.test(r[5])));
  });

  it('a run with no finding is the header alone', () => {
    const dir = tempDir('csv-');
    const file = path.join(dir, 'r.report.txt');
    assert.equal(run('new', '--agency', '某某县教育局', '--year', '2024', '-o', file).code, 0);
    writeFileSync(file, written(readFileSync(file, 'utf8')));
    const none = run('check', '--format', 'csv', file);
    assert.equal(none.code, 0);
    assert.equal(none.out.join(''), '\ufefffile,line,column,severity,code,message,suggestion,agency,year\r\n');
    assert.equal(run('check', '--format', 'xml', file).code, 2);
  });
});

describe('check --fix', () => {
  it('sets wrong totals and restores glued separators in place, keeps FILE.bak, prints each change, changes nothing else', () => {
    const dir = tempDir('fix-');
    const seed = fixture(SEEDS.traditional);
    const open = firstTable(analyse(seed).model, 'applications').rows.find((r) => r.id === 'open')!;
    const broken = setCell(seed, open.cells[6], '17');
    writeFileSync(path.join(dir, 'a.txt'), broken);
    writeFileSync(path.join(dir, 'b.txt'), fixture('glued/hzs_2023.txt'));
    const r = run('check', '--fix', dir);
    assert.equal(readFileSync(path.join(dir, 'a.txt'), 'utf8'), seed, 'the total set back to 16, nothing else');
    assert.equal(readFileSync(path.join(dir, 'a.txt.bak'), 'utf8'), broken);
    assert.ok(existsSync(path.join(dir, 'b.txt.bak')));
    const b = readFileSync(path.join(dir, 'b.txt'), 'utf8');
    assert.match(b, /\n\| 一、本年新收政府信息公开申请数量[ \u3000]+\|/);
    // Only separators and line breaks were added: the same characters otherwise.
    const strip = (s: string) => s.replace(/[\s|]/g, '');
    assert.equal(strip(b), strip(fixture('glued/hzs_2023.txt')));
    // (Each change said by the cell it set, and a glued table by its name — found by a review: 「已修正：「17」→「16」」 named
    // no cell, and a table written back was two clipped blobs of its text.)
    assert.ok(r.err.some((l) => /a\.txt:\d+:\d+ 已修正「（一）予以公开·总计」：17 → 16$/.test(l)), r.err.join('\n'));
    assert.deepEqual(r.err.filter((l) => l.includes('b.txt:')).map((l) => l.replace(/^.*?b\.txt:\d+:\d+ /, '')), ['已恢复表二（主动公开）的单元格分隔（改写为竖线表格）', '已恢复表三（收到和处理申请）的单元格分隔（改写为竖线表格）', '已恢复表四（行政复议、行政诉讼）的单元格分隔（改写为竖线表格）']);
    assert.ok(r.err.some((l) => /b\.txt：3 处修正，原文件保留为 .*b\.txt\.bak/.test(l)), r.err.join('\n'));
    assert.ok(!r.out.some((l) => /row-total/.test(l)));
    // What is left of b.txt: the one row of table 二 no rule could split, kept as written.
    assert.deepEqual(r.out.filter((l) => l.includes('b.txt:')).map((l) => l.split(' ')[2]), ['table-glued', 'table-ambiguous']);
    assert.ok(r.out.some((l) => /b\.txt:.* table-glued 表二（主动公开）有连在一起、无法确定的数字（3 个）/.test(l)));
  });

  it('a total too wide for its cell in pandoc\u2019s narrow grid: the column widened, the file reads clean after, one change said (not the widening)', () => {
    const dir = tempDir('fix-');
    const lines = fixture('converted/czj_2023.docx-pandoc-rst-60.txt').split('\n');
    const i = lines.findIndex((l, n) => n > 480 && /^\|[ \u00a0]{3}\| 0 \|/.test(l));
    lines[i] = lines[i].replace('| 0 |', '| 8 |');
    lines[i + 1] = lines[i + 1].replace('| 0 |', '| 9 |');
    writeFileSync(path.join(dir, 'g.txt'), lines.join('\n'));
    const r = run('check', '--fix', path.join(dir, 'g.txt'));
    assert.deepEqual(r.err.filter((l) => /已修正/.test(l)).map((l) => l.replace(/^.*?g\.txt:\d+:\d+ /, '')), ['已修正「行政复议·总计」：0 → 17']);
    assert.ok(r.err.some((l) => /g\.txt：1 处修正/.test(l)), r.err.join('\n'));
    const again = run('check', path.join(dir, 'g.txt'));
    assert.deepEqual(again.out.filter((l) => / (error|warning) /.test(l)), []);
  });

  it('never writes over an earlier FILE.bak: convert --write, then --fix, keep the original as FILE.bak and the text between as FILE.bak.1 (found by a review)', () => {
    const dir = tempDir('fix-');
    const seed = fixture(SEEDS.pipe);
    const open = firstTable(analyse(seed).model, 'applications').rows.find((r) => r.id === 'open')!;
    const original = setCell(seed, open.cells[6], '17');
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, original);
    run('convert', '--to', 'traditional', '--write', file);
    const converted = readFileSync(file, 'utf8');
    assert.notEqual(converted, original);
    const r = run('check', '--fix', file);
    assert.equal(readFileSync(file + '.bak', 'utf8'), original, 'the original, as the first run kept it');
    assert.equal(readFileSync(file + '.bak.1', 'utf8'), converted);
    assert.ok(r.err.some((l) => /原文件保留为 .*a\.txt\.bak\.1$/.test(l)), r.err.join('\n'));
  });
});

/** UTF-32 with its byte-order mark, and back: written out here, apart from the code under test. */
function utf32(t: string, le: boolean): Buffer {
  const points = [0xfeff, ...[...t].map((c) => c.codePointAt(0)!)];
  const b = Buffer.alloc(points.length * 4);
  points.forEach((c, i) => (le ? b.writeUInt32LE(c, 4 * i) : b.writeUInt32BE(c, 4 * i)));
  return b;
}
function fromUtf32(b: Buffer, le: boolean): string {
  let s = '';
  for (let i = 4; i < b.length; i += 4) s += String.fromCodePoint(le ? b.readUInt32LE(i) : b.readUInt32BE(i));
  return s;
}

describe('files rewritten in their own encoding, or not at all', () => {
  const seed = fixture(SEEDS.traditional);
  const open = firstTable(analyse(seed).model, 'applications').rows.find((r) => r.id === 'open')!;
  const broken = setCell(seed, open.cells[6], '17');
  const forms: [string, (t: string) => Buffer, (b: Buffer) => string][] = [
    ['utf-8-bom', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]), (b) => b.subarray(3).toString('utf8')],
    ['utf-16le', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), (b) => b.subarray(2).toString('utf16le')],
    ['utf-16be', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]), (b) => Buffer.from(b.subarray(2)).swap16().toString('utf16le')],
    // (Without a byte-order mark: known by the zero bytes its figures and line breaks leave on one side.)
    ['utf-16le without a mark', (t) => Buffer.from(t, 'utf16le'), (b) => b.toString('utf16le')],
    ['utf-16be without a mark', (t) => Buffer.from(t, 'utf16le').swap16(), (b) => Buffer.from(b).swap16().toString('utf16le')],
    ['utf-32le', (t) => utf32(t, true), (b) => fromUtf32(b, true)],
    ['utf-32be', (t) => utf32(t, false), (b) => fromUtf32(b, false)],
  ];
  for (const [form, encode, decode] of forms) {
    it(`--fix and convert --write keep a ${form} file ${form}`, () => {
      const dir = tempDir('enc-');
      const file = path.join(dir, 'a.txt');
      writeFileSync(file, encode(broken));
      assert.equal(run('check', '--fix', '--quiet', file).code, 0);
      const fixed = readFileSync(file);
      assert.deepEqual(fixed.subarray(0, encode('').length), encode(''), 'its byte-order mark first, or none');
      assert.equal(fixed.length, encode(seed).length);
      assert.equal(decode(fixed), seed);
      assert.deepEqual(readFileSync(file + '.bak'), encode(broken));
      const r = run('convert', '--to', 'simplified', '--write', file);
      assert.equal(r.code, 0, r.err.join('\n'));
      const converted = decode(readFileSync(file));
      assert.match(converted, /^宿迁市人力资源和社会保障局/);
      assert.equal(converted.length, seed.length, 'character for character');
    });
  }

  it('every seed saved as UTF-16 without a mark reads as itself, either byte order (开 U+5F00, 一 U+4E00 put zeros on the other side of their pairs: four seeds were refused as not text)', () => {
    const dir = tempDir('u16-');
    for (const name of Object.values(SEEDS)) {
      for (const [order, bytes] of [['le', Buffer.from(fixture(name), 'utf16le')], ['be', Buffer.from(fixture(name), 'utf16le').swap16()]] as const) {
        const file = path.join(dir, `${order}-${name}`);
        writeFileSync(file, bytes);
        const r = readTextFile(file);
        assert.ok('text' in r, `${order} ${name}: ${JSON.stringify(r)}`);
        assert.equal(r.text, fixture(name), `${order} ${name}`);
      }
    }
  });

  it('a GB18030 (GBK) file is fixed and converted in place in GBK, no other byte changed; one whose bytes would not come back as they were is not written (found by a review office\'s trial: --fix refused every GBK file)', () => {
    const dir = tempDir('gb-');
    const file = path.join(dir, 'gb.txt');
    // (GB18030 bytes from Node's own decoder tables: each character's GBK pair.)
    const gbk = new Map<string, number[]>();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) gbk.set(dec.decode(new Uint8Array([a, b])), [a, b]);
    const encode = (text: string) => {
      const bytes: number[] = [];
      for (const ch of text) bytes.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : gbk.get(ch)!));
      return Buffer.from(bytes);
    };
    writeFileSync(file, encode(broken));
    const before = readFileSync(file);
    let r = run('check', '--fix', file);
    assert.notEqual(r.code, 2, r.err.join('\n'));
    assert.deepEqual(readFileSync(file + '.bak'), before);
    const after = readFileSync(file);
    assert.equal(dec.decode(after), seed, 'the total set, in GBK');
    assert.deepEqual(after, encode(seed));
    // Only the total's bytes differ.
    assert.equal([...after].filter((b, i) => b !== before[i]).length, 1);
    assert.ok(!run('check', file).out.some((l) => / error row-total /.test(l)));
    // Converted in place, in GBK too: what it writes to the screen.
    const shown = run('convert', '--to', 'simplified', file).out.join('');
    r = run('convert', '--to', 'simplified', '--write', file);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.notEqual(shown, seed);
    assert.equal(dec.decode(readFileSync(file)), shown);
    // A four-byte GB18030 sequence (a character beyond GBK, 𠀀): not written back, not a byte changed.
    const rare = Buffer.concat([encode(broken.slice(0, 20)), Buffer.from([0x95, 0x32, 0x82, 0x36]), encode(broken.slice(20))]);
    writeFileSync(file, rare);
    r = run('check', '--fix', file);
    assert.equal(r.code, 2);
    assert.ok(r.err.some((l) => /gb\.txt：文件是 GB18030（GBK）编码，为免改动原文的其他字节，未写回/.test(l)), r.err.join('\n'));
    assert.ok(r.out.some((l) => / error row-total /.test(l)), 'its findings are still reported');
    assert.deepEqual(readFileSync(file), rare, 'not a byte changed');
  });

  it('a Big5 file (traditional script as Taiwan\'s and Hong Kong\'s editors save it) is read as Big5, said, checked as its UTF-8 copy is, fixed in place in Big5, and not written back where its characters would not be Big5\'s (found by a review: read as GBK, 「不像政府信息公开年度报告」)', () => {
    const dir = tempDir('big5-');
    const file = path.join(dir, 'b5.txt');
    const big5 = new Map<string, number[]>();
    const dec = new TextDecoder('big5');
    // (As Big5 writes them: 十 and 卅 by their pairs in Big5 proper, 0xA451 and 0xA4CA — also 0xA2CC and 0xA2CE.)
    for (let a = 0xa1; a <= 0xf9; a++) for (const b of [...Array(63).keys()].map((k) => 0x40 + k).concat([...Array(94).keys()].map((k) => 0xa1 + k))) {
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && (!big5.has(ch) || ch === '十' || ch === '卅')) big5.set(ch, [a, b]);
    }
    assert.deepEqual(big5.get('十'), [0xa4, 0x51]);
    const bytes: number[] = [];
    for (const ch of broken) {
      const pair = ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : big5.get(ch);
      assert.ok(pair, `「${ch}」 in Big5`);
      bytes.push(...pair!);
    }
    writeFileSync(file, Buffer.from(bytes));
    const copy = path.join(dir, 'utf8.txt');
    writeFileSync(copy, broken);
    const read = readTextFile(file);
    assert.ok('text' in read && read.encoding === 'big5' && read.text === broken);
    const before = readFileSync(file);
    const findings = (out: string[]) => out.filter((l) => / (error|warning|information) /.test(l)).map((l) => l.replace(/^[^:]+:/, ''));
    assert.deepEqual(findings(run('check', file).out), findings(run('check', copy).out));
    let r = run('check', '--fix', file);
    assert.ok(r.err.some((l) => /b5\.txt：不是 UTF-8 编码，已按 Big5（繁体）读取/.test(l)), r.err.join('\n'));
    // Fixed in place in Big5, only the total's bytes changed.
    assert.notEqual(r.code, 2, r.err.join('\n'));
    assert.deepEqual(readFileSync(file + '.bak'), before);
    const after = readFileSync(file);
    assert.equal(dec.decode(after), seed);
    assert.equal([...after].filter((b, i) => b !== before[i]).length, 1);
    assert.ok(broken.includes('第二十條') && after.includes(Buffer.from([0xa4, 0x51])), 'a report has its 十, written back as Big5 writes it (found by a review: by 0xA2CC, no report was)');
    // Converted to simplified, its characters are no Big5's: not written back, not a byte changed.
    r = run('convert', '--to', 'simplified', '--write', file);
    assert.equal(r.code, 2);
    assert.ok(r.err.some((l) => /b5\.txt：文件是 Big5 编码，为免改动原文的其他字节，未写回/.test(l)), r.err.join('\n'));
    assert.deepEqual(readFileSync(file), after, 'not a byte changed');
    // A pair no decoder maps (Big5's own extensions) among them: still Big5 (found by the review of the first version).
    writeFileSync(file, Buffer.concat([Buffer.from(bytes.slice(0, 40)), Buffer.from([0xa3, 0xc0]), Buffer.from(bytes.slice(40))]));
    const odd = readTextFile(file);
    assert.ok('text' in odd && odd.encoding === 'big5');
  });

  it('a UTF-8 file with a damaged byte is read as UTF-8 (not as GB18030), said, and not written back', () => {
    const dir = tempDir('bad-');
    const file = path.join(dir, 'a.txt');
    const bytes = Buffer.concat([Buffer.from(broken), Buffer.from([0xe4, 0xb8])]);
    writeFileSync(file, bytes);
    const r = run('check', '--fix', file);
    assert.ok(r.err.some((l) => /有 1 处字节不是有效的 UTF-8，已按 UTF-8 读取/.test(l)), r.err.join('\n'));
    assert.ok(r.err.some((l) => /文件中有无效的 UTF-8 字节，为免改动原文的其他字节，未写回/.test(l)), r.err.join('\n'));
    assert.ok(r.out.some((l) => / error row-total /.test(l)));
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('--fix leaves a total the prose states as written, and says it left one (found by a review: 「行政复议3件」 and its total 3 overruled by a mistyped part)', () => {
    const dir = tempDir('stated-');
    const file = path.join(dir, 'r.txt');
    const base = newReport({ agency: '某市某局', year: 2023 });
    const model = analyse(base).model;
    const review = firstTable(model, 'review');
    // 行政复议: 结果维持 2 and 总计 2, stated in the prose; then 结果纠正 mistyped 1.
    let text = setCell(base, review.cells[4], '2');
    text = setCell(text, firstTable(analyse(text).model, 'review').cells[0], '2');
    text = text.replace('一、总体情况\n', '一、总体情况\n本年度发生政府信息公开行政复议2件。\n');
    text = setCell(text, firstTable(analyse(text).model, 'review').cells[1], '1');
    writeFileSync(file, text);
    const r = run('check', '--fix', file);
    assert.equal(readFileSync(file, 'utf8'), text);
    assert.ok(r.err.some((l) => l === `${file}：有的合计没有自动修正——照各项改写会使已经对上的合计、勾稽关系或正文所写的数字出错，多半是某一项写错了，请核对`), r.err.join('\n'));
    assert.ok(r.out.some((l) => / error review-total /.test(l)));
    // With a wrong total of table 三 mended in the same run: that one is set, the stated one still kept (found by the
    // review of the first version — mismatches were counted, and one mended paid for one made).
    let seed = fixture(SEEDS.pipe);
    const cellsOf = (t: string) => firstTable(analyse(t).model, 'review').cells;
    seed = setCell(seed, cellsOf(seed)[4], '2');
    seed = setCell(seed, cellsOf(seed)[1], '2');
    seed = setCell(seed, cellsOf(seed)[0], '1');
    seed = seed.replace('一、总体情况', '一、总体情况\n本年度发生政府信息公开行政复议2件。');
    const newRow = firstTable(analyse(seed).model, 'applications').rows.find((x) => x.id === 'new')!;
    assert.equal(newRow.cells[6].value, 9);
    seed = setCell(seed, newRow.cells[6], '10');
    writeFileSync(file, seed);
    run('check', '--fix', file);
    const after = analyse(readFileSync(file, 'utf8')).model;
    assert.equal(firstTable(after, 'applications').rows.find((x) => x.id === 'new')!.cells[6].value, 9);
    assert.equal(firstTable(after, 'review').cells[4].value, 2);
  });

  it('a total set inside a glued table that --fix writes back with its separators is said with its row and place, not hidden in the restored table (found by a review)', () => {
    const dir = tempDir('inner-');
    const file = path.join(dir, 'czj_2023.txt');
    // The real page, one part retyped: （一）予以公开·自然人 0 → 1 (its row's total and （七）总计's are then off by one).
    const text = fixture('glued/czj_2023.txt').replace('（一）予以公开0 0 0 0 0 00', '（一）予以公开1 0 0 0 0 00');
    writeFileSync(file, text);
    const r = run('check', '--fix', file);
    const fixed = readFileSync(file, 'utf8');
    assert.match(fixed, /\| [ \u3000]*（一）予以公开[ \u3000]*\| 1[ \u3000]*\|( 0[ \u3000]*\|){5} 1[ \u3000]*\|/);
    // Each figure --fix changed inside the rewritten table: its row, which figure, from and to.
    const inner = r.err.filter((l) => /已修正：其中/.test(l));
    assert.deepEqual(inner.map((l) => l.replace(/^.*已修正：/, '')), ['其中「（一）予以公开」一行第 7 个数「0」→「1」', '其中「（七）总计」一行第 1 个数「0」→「1」', '其中「（七）总计」一行第 7 个数「0」→「1」']);
    // And counted among the changes.
    const count = Number(/：(\d+) 处修正/.exec(r.err.join('\n'))![1]);
    assert.equal(count, r.err.filter((l) => /已修正|已恢复/.test(l)).length);
  });

  it('a total set in table 四 written back whole (its row of figures has no label) is said by its line and place; a figure set and set back is no change (found by a review)', () => {
    const dir = tempDir('inner4-');
    const file = path.join(dir, 'czj_2023.txt');
    // The real page's table 四, its fifteen figures glued, 行政复议·结果维持 made 1 (its 总计 then wrong).
    const text = fixture('glued/czj_2023.txt').replace('总计 00 0 00 0 0 0 00 0 0 0 00五', '总计 100000000000000五');
    assert.notEqual(text, fixture('glued/czj_2023.txt'));
    writeFileSync(file, text);
    const r = run('check', '--fix', file);
    const inner = r.err.filter((l) => /已修正：其中/.test(l)).map((l) => l.replace(/^.*已修正：/, ''));
    assert.deepEqual(inner, ['其中写回表格的第 4 行第 5 个数「0」→「1」']);
  });

  it('a file --fix cannot write: said with the path that failed, its findings still reported, the run fails', () => {
    const dir = tempDir('ro-');
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, broken);
    // (The copy cannot be made: a link to nowhere stands where it would go — a name that is taken, though
    // nothing is there; a file or folder there makes the copy FILE.bak.1.)
    symlinkSync(path.join(dir, 'nowhere', 'x'), file + '.bak');
    const r = run('check', '--fix', file);
    assert.equal(r.code, 2);
    assert.ok(r.err.some((l) => l.startsWith('无法写入 ' + file + '.bak')), r.err.join('\n'));
    assert.ok(!r.err.some((l) => /无法读取/.test(l)), r.err.join('\n'));
    assert.ok(r.out.some((l) => / error row-total /.test(l)));
    assert.equal(readFileSync(file, 'utf8'), broken);
  });
});

describe('what a folder holds', () => {
  it('a pipe or a device is not read (it could block or never end); a link back up the tree is not walked again', () => {
    const dir = tempDir('walk-');
    writeFileSync(path.join(dir, 'a.txt'), fixture(SEEDS.pipe));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const r = run('check', '--format', 'json', dir);
    assert.deepEqual(JSON.parse(r.out.join('')).map((x: { file: string }) => path.basename(x.file)), ['a.txt']);
    const named = run('check', path.join(dir, 'pipe.txt'));
    assert.equal(named.code, 2);
    assert.ok(named.err.some((l) => /pipe\.txt：不是普通文件（管道、设备或套接字）/.test(l)), named.err.join('\n'));
    // The folder named is where the walk stays: a link inside it up to its parent is not followed (it walked the
    // whole parent folder, thousands of files: found by a review); a link to a folder inside it is.
    const sub = run('check', '--format', 'json', path.join(dir, 'sub'));
    assert.deepEqual(JSON.parse(sub.out.join('')), []);
    mkdirSync(path.join(dir, 'sub', 'reports'));
    writeFileSync(path.join(dir, 'sub', 'reports', 'b.txt'), fixture(SEEDS.pipe));
    symlinkSync('reports', path.join(dir, 'sub', 'same'));
    const inside = run('check', '--format', 'json', path.join(dir, 'sub'));
    assert.deepEqual(JSON.parse(inside.out.join('')).map((x: { file: string }) => path.basename(x.file)), ['b.txt']);
    // A link to a folder elsewhere (「2023 -> /data/archive/2023」) is walked, as a link to a file is read (it was
    // skipped without a word: found by a review) — once, however many ways lead to it.
    const far = tempDir('walk-elsewhere-');
    const elsewhere = path.join(far, 'archive', '2023');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(path.join(elsewhere, 'c.txt'), fixture(SEEDS.pipe));
    symlinkSync(elsewhere, path.join(dir, 'sub', 'archive'));
    symlinkSync(elsewhere, path.join(dir, 'sub', 'archive-again'));
    // (And in the folder a link led to, a link up to the folder that holds it is not followed: it walked that folder's
    // siblings — found by the review of the first version.)
    mkdirSync(path.join(far, 'archive', '2022'));
    writeFileSync(path.join(far, 'archive', '2022', 'd.txt'), fixture(SEEDS.pipe));
    symlinkSync('..', path.join(elsewhere, 'up'));
    const linked = run('check', '--format', 'json', path.join(dir, 'sub'));
    assert.deepEqual(JSON.parse(linked.out.join('')).map((x: { file: string }) => path.basename(x.file)), ['c.txt', 'b.txt']);
  });
});

describe('problem matcher and code pages', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('$disclosure-report matches the CLI’s lines: file, line, column, severity, code, message', () => {
    const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'disclosure-report');
    const re = new RegExp(matcher.pattern.regexp);
    const lines = run('check', path.join(FIXTURES, SEEDS.tabs), path.join(FIXTURES, SEEDS.oneLine)).out;
    assert.equal(lines.length, 8);
    for (const line of lines) {
      const m = re.exec(line)!;
      assert.ok(m, line);
      assert.ok(existsSync(m[matcher.pattern.file]));
      assert.ok(Number(m[matcher.pattern.line]) > 0 && Number(m[matcher.pattern.column]) > 0);
      assert.ok(['error', 'warning'].includes(m[matcher.pattern.severity]));
      assert.ok(CHECKS.some((c) => c.code === m[matcher.pattern.code]));
      assert.ok(m[matcher.pattern.message].length > 4);
    }
  });

  it('every code has its page (what it means, a wrong and a right example, how to fix it, English), linked from diagnostics and the README', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const c of CHECKS) {
      const page = readFileSync(path.join(ROOT, 'docs', 'codes', `${c.code}.md`), 'utf8');
      for (const part of ['## 含义', '## 错误示例', '## 正确示例', '## 如何修正', '## English']) assert.ok(page.includes(part), `${c.code}: ${part}`);
      assert.ok(readme.includes(`[\`${c.code}\`](docs/codes/${c.code}.md)`), `README links ${c.code}`);
    }
    const text = fixture(SEEDS.oneLine);
    const [d] = toDiagnostics(analyse(text).findings, TextDocument.create('file:///x.txt', 'disclosure-report', 1, text), 'zh-cn');
    assert.match(d.codeDescription!.href, /docs\/codes\/table-missing\.md$/);
    // In traditional script for zh-tw (the pages scripts/gen-docs-tw.mjs makes, up to date: OpenCC's cn → tw of
    // each page and the words of the tool's own zh-tw messages, every character that is not Han the same); English
    // readers have the page's English part.
    const [tw] = toDiagnostics(analyse(text).findings, TextDocument.create('file:///x.txt', 'disclosure-report', 1, text), 'zh-tw');
    assert.match(tw.codeDescription!.href, /docs\/codes\/zh-tw\/table-missing\.md$/);
    const [en] = toDiagnostics(analyse(text).findings, TextDocument.create('file:///x.txt', 'disclosure-report', 1, text), 'en');
    assert.match(en.codeDescription!.href, /docs\/codes\/table-missing\.md$/);
    const stale = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-docs-tw.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(stale.status, 0, `${stale.stdout}${stale.stderr} — run node scripts/gen-docs-tw.mjs`);
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const notHan = (s: string) => s.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, '');
    const twOf = (code: string) => readFileSync(path.join(ROOT, 'docs', 'codes', 'zh-tw', `${code}.md`), 'utf8');
    // A table's row is 列 and its column 欄 in Taiwan, as the zh-tw messages say (「表三列合計不等」 named the column check
    // a row's: found by a review); a cell 儲存格, a quick fix 快速修正.
    assert.match(twOf('column-total'), /^# `column-total` — 表三欄合計不等\n/);
    assert.match(twOf('row-total'), /^# `row-total` — 表三列合計不等\n/);
    assert.match(twOf('cell-blank'), /「「（三）3\.危及“三安全一穩定”」整列為空」/);
    for (const c of CHECKS) {
      const page = readFileSync(path.join(ROOT, 'docs', 'codes', `${c.code}.md`), 'utf8');
      const twPage = twOf(c.code);
      assert.ok(!/單元格|快速修復|導入/.test(twPage), c.code);
      assert.equal(twPage.length, toTw(page).length, c.code);
      assert.equal(notHan(twPage), notHan(page), c.code);
      for (const part of ['## 含義', '## 錯誤示例', '## 正確示例', '## 如何修正', '## English']) assert.ok(twPage.includes(part), `${c.code} (zh-tw): ${part}`);
    }
  });
});

describe('the project configuration\'s schema', () => {
  it('is what scripts/gen-schema.mjs makes from the checks, and VS Code is given it for .disclosure-report.json (completion and validation of check names and severities)', () => {
    const stale = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-schema.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(stale.status, 0, `${stale.stdout}${stale.stderr} — run node scripts/gen-schema.mjs`);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const [v] = pkg.contributes.jsonValidation;
    assert.equal(v.fileMatch, '.disclosure-report.json');
    const schema = JSON.parse(readFileSync(path.join(ROOT, v.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.checks.properties).sort(), CHECKS.map((c) => c.code).sort());
    assert.match(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
  });
});

describe('check on many files', () => {
  it('a pool of worker threads gives exactly what one thread gives — text, JSON (streamed) and the summary, in the files’ order', async function () {
    this.timeout(60000);
    const dir = tempDir('pool-');
    const seeds = Object.values(SEEDS).map((n) => fixture(n));
    // 80 files (the pool starts at 64): the seeds, a wrong total in some, an empty and a binary one.
    for (let i = 0; i < 80; i++) writeFileSync(path.join(dir, `r${String(i).padStart(2, '0')}.txt`), i % 7 === 3 ? seeds[i % 5].replace(/\| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| 9 \|/, '| 9 | 0 | 0 | 0 | 0 | 0 | 8 |') : seeds[i % 5]);
    writeFileSync(path.join(dir, 'r90.txt'), '');
    writeFileSync(path.join(dir, 'r91.txt'), Buffer.from([0, 1, 2, 255, 0, 0, 7]));
    const runAsync = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), raw: (s) => out.push(s) });
      return { code, out, err };
    };
    for (const format of ['text', 'json']) {
      const one = await runAsync('check', '--summary', '--format', format, '--jobs', '1', dir);
      const pool = await runAsync('check', '--summary', '--format', format, '--jobs', '2', dir);
      assert.deepEqual(pool, one, format);
      assert.equal(one.code, 1);
      if (format === 'json') {
        const parsed = JSON.parse(one.out.join('\n'));
        assert.equal(parsed.length, 80);
        assert.deepEqual(parsed.map((r: { file: string }) => path.basename(r.file)), Array.from({ length: 80 }, (_, i) => `r${String(i).padStart(2, '0')}.txt`));
      }
    }
  });

  it('the pool checks only a few blocks ahead of output not yet taken (a slow pipe), then goes on — results waited in memory', async function () {
    this.timeout(120000);
    const dir = tempDir('pool-wait-');
    const seeds = Object.values(SEEDS).map((n) => fixture(n));
    const FILES = 600;
    for (let i = 0; i < FILES; i++) writeFileSync(path.join(dir, `r${String(i).padStart(3, '0')}.txt`), seeds[i % 5]);
    const one: string[] = [];
    await main(['check', '--format', 'json', '--jobs', '1', dir], { out: (s) => one.push(s), err: () => {}, raw: (s) => one.push(s) });
    const out: string[] = [];
    // The reader takes nothing until let go.
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let holding = true;
    const run = main(['check', '--format', 'json', '--jobs', '2', dir], { out: (s) => out.push(s), err: () => {}, raw: (s) => out.push(s), waiting: () => (holding ? held : undefined) });
    // (Time for the workers to check every file, had nothing held them: 600 reports take ~3 s on one thread here.)
    let written = -1;
    let whileHeld: number;
    try {
      for (let i = 0; i < 100 && (written !== out.length || !written); i++) {
        written = out.length;
        await new Promise((r) => setTimeout(r, 1000));
      }
      whileHeld = out.length;
    } finally {
      holding = false;
      letGo();
      await run;
    }
    // Two workers, four blocks of 50 each at most: 400 reports written, the rest not checked yet.
    assert.ok(whileHeld > 0 && whileHeld <= 400, String(whileHeld));
    assert.deepEqual(out, one);
  });
});
