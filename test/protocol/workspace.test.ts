/**
 * The workspace over stdio: the server indexes the workspace folder given at initialisation, compares
 * an open report with the same agency's previous year on disk (carry-over), follows that file as it
 * changes and is deleted, checks every report at once, exports the statistics and gives an agency's years.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { firstTable, analyse, fixture, FIXTURES, SEEDS, setCell } from '../helpers';
import { songjiangYears } from '../years';
import { exportCsv } from '../../server/src/export/csv';
import { main } from '../../server/src/cli';
import { TestClient } from './lspClient';
import { tempDir } from '../tempDir';

const carry = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'carry-over');
/** A report whose 结转下年度 is corrected to carry nothing over (its 自然人 and its 总计 set to 0). */
function carryingNothing(text: string): string {
  const t = firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === 'carryNext')!;
  const fixed = setCell(text, t.cells[6], '0');
  return setCell(fixed, firstTable(analyse(fixed).model, 'applications').rows.find((r) => r.id === 'carryNext')!.cells[0], '0');
}

describe('the workspace over stdio', function () {
  this.timeout(30000);
  const { y2023, y2024 } = songjiangYears();
  let dir: string;
  let client: TestClient;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const watched = (name: string, type: 1 | 2 | 3) => client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type }] });

  beforeEach(async () => {
    dir = tempDir('ws-');
    writeFileSync(path.join(dir, 'songjiang-2023.txt'), y2023);
    writeFileSync(path.join(dir, 'changning-2023.txt'), fixture(SEEDS.tabs));
    writeFileSync(path.join(dir, 'notes.txt'), '会议记录：无。');
    client = new TestClient();
    await client.initialize('zh-cn', undefined, [pathToFileURL(dir).href]);
  });
  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an open report is compared with last year’s file on disk; the comparison follows that file as it changes and is deleted', async () => {
    const u2024 = uri('songjiang-2024.txt');
    writeFileSync(path.join(dir, 'songjiang-2024.txt'), y2024);
    await client.open(u2024, y2024);
    // The background index finishes and the open report is checked again against 2023.
    const first = await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length > 0);
    assert.equal(carry(first.diagnostics)[0].message, '二、上年结转·自然人 为 0，但 2023 年度报告（songjiang-2023.txt）的「四、结转下年度继续办理·自然人」为 1');
    assert.equal(carry(first.diagnostics)[0].relatedInformation![0].location.uri, uri('songjiang-2023.txt'));
    // 2023 corrected on disk to carry nothing over: the warning goes.
    const fixed2023 = carryingNothing(y2023);
    writeFileSync(path.join(dir, 'songjiang-2023.txt'), fixed2023);
    await watched('songjiang-2023.txt', 2);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 0);
    // Back as it was, then deleted.
    writeFileSync(path.join(dir, 'songjiang-2023.txt'), y2023);
    await watched('songjiang-2023.txt', 2);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 2);
    rmSync(path.join(dir, 'songjiang-2023.txt'));
    await watched('songjiang-2023.txt', 3);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 0);
    assert.ok(client.registered.length > 0, 'file watching registered');
  });

  it('last year\'s report titled by another spelling of the body (「松江区…」, this year 「上海市松江区…」): the open report\'s comparison follows it corrected on disk (it stayed: the reports to check again were those of the same key alone)', async () => {
    const long = y2024.replace(/^松江区人力资源和社会保障局/gm, '上海市松江区人力资源和社会保障局');
    assert.notEqual(long, y2024);
    const u2024 = uri('songjiang-2024.txt');
    writeFileSync(path.join(dir, 'songjiang-2024.txt'), long);
    await client.open(u2024, long);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 2);
    const fixed2023 = carryingNothing(y2023);
    writeFileSync(path.join(dir, 'songjiang-2023.txt'), fixed2023);
    await watched('songjiang-2023.txt', 2);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 0);
  });

  it('another city\'s long name saved beside a short-named report and its city\'s last year: the short name is neither\'s, and the open report\'s comparison goes (it stayed until an edit: found by a review)', async () => {
    const as = (t: string, name: string) => t.replace(/(?:上海市)?松江区人力资源和社会保障局/g, name);
    rmSync(path.join(dir, 'songjiang-2023.txt'));
    writeFileSync(path.join(dir, 'fz-2023.txt'), as(y2023, '福州市财政局'));
    await client.stop();
    client = new TestClient();
    await client.initialize('zh-cn', undefined, [pathToFileURL(dir).href]);
    const u2024 = uri('shi-2024.txt');
    const short = as(y2024, '市财政局');
    writeFileSync(path.join(dir, 'shi-2024.txt'), short);
    await client.open(u2024, short);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 2);
    writeFileSync(path.join(dir, 'xm-2022.txt'), as(y2023, '厦门市财政局').replace(/2023年/g, '2022年'));
    await watched('xm-2022.txt', 1);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 0);
  });

  it('a file named by the editor in its own spelling of the URI (「%28」 for 「(」, as VS Code writes it) is one file with the one the server found: one row, one year, its warnings follow the other year deleted (found by a review)', async () => {
    const sub = path.join(dir, '年报 (2024)');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'sj-2023.txt'), y2023);
    writeFileSync(path.join(sub, 'sj-2024.txt'), y2024);
    rmSync(path.join(dir, 'songjiang-2023.txt')); // (the only 2023 is the one in the folder)
    await client.stop();
    client = new TestClient();
    await client.initialize('zh-cn', undefined, [pathToFileURL(dir).href]);
    const vscodeUri = (name: string) => pathToFileURL(path.join(sub, name)).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    assert.notEqual(vscodeUri('sj-2024.txt'), pathToFileURL(path.join(sub, 'sj-2024.txt')).href);
    await client.open(vscodeUri('sj-2024.txt'), y2024);
    await client.waitFor((p) => p.uri === vscodeUri('sj-2024.txt') && carry(p.diagnostics).length === 2);
    const rows = (await client.conn.sendRequest('disclosureReport/checkAll', {})) as { name: string; year: number }[];
    assert.equal(rows.filter((r) => r.name.endsWith('sj-2024.txt')).length, 1, JSON.stringify(rows.map((r) => r.name)));
    rmSync(path.join(sub, 'sj-2023.txt'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: vscodeUri('sj-2023.txt'), type: 3 }] });
    await client.waitFor((p) => p.uri === vscodeUri('sj-2024.txt') && carry(p.diagnostics).length === 0);
  });

  it('checkAll\'s warnings on a closed file follow last year\'s file corrected or deleted on disk (they stayed: found by a review)', async () => {
    writeFileSync(path.join(dir, 'songjiang-2024.txt'), y2024);
    await client.conn.sendRequest('disclosureReport/checkAll', {});
    assert.equal(carry(client.published.filter((p) => p.uri === uri('songjiang-2024.txt')).pop()!.diagnostics).length, 2);
    rmSync(path.join(dir, 'songjiang-2023.txt'));
    await watched('songjiang-2023.txt', 3);
    await client.waitFor((p) => p.uri === uri('songjiang-2024.txt') && carry(p.diagnostics).length === 0);
  });

  it('a folder of last year\'s reports deleted, moved in, or added to the workspace: the open report\'s comparison follows (one event names a folder: found by a review)', async () => {
    rmSync(path.join(dir, 'songjiang-2023.txt'));
    mkdirSync(path.join(dir, 'prev'));
    writeFileSync(path.join(dir, 'prev', 'sj-2023.txt'), y2023);
    await client.stop();
    client = new TestClient();
    await client.initialize('zh-cn', undefined, [pathToFileURL(dir).href]);
    const u2024 = uri('songjiang-2024.txt');
    writeFileSync(path.join(dir, 'songjiang-2024.txt'), y2024);
    await client.open(u2024, y2024);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 2);
    rmSync(path.join(dir, 'prev'), { recursive: true });
    await watched('prev', 3);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 0);
    mkdirSync(path.join(dir, 'moved'));
    writeFileSync(path.join(dir, 'moved', 'sj-2023.txt'), y2023);
    await watched('moved', 1);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 2);
    // Another folder added to the workspace.
    rmSync(path.join(dir, 'moved'), { recursive: true });
    await watched('moved', 3);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 0);
    // A folder named with a dot (「来件2024.03」, 「2021.bak」) is a folder too (found by a review office's trial: its reports
    // stayed in the index after it was deleted).
    mkdirSync(path.join(dir, '来件2024.03'));
    writeFileSync(path.join(dir, '来件2024.03', 'sj-2023.txt'), y2023);
    await watched('来件2024.03', 1);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 2);
    rmSync(path.join(dir, '来件2024.03'), { recursive: true });
    await watched('来件2024.03', 3);
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 0);
    const other = tempDir('ws-other-');
    writeFileSync(path.join(other, 'sj-2023.txt'), y2023);
    await client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(other).href, name: 'other' }], removed: [] } });
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 2);
    await client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(other).href, name: 'other' }] } });
    await client.waitFor((p) => p.uri === u2024 && carry(p.diagnostics).length === 0);
    rmSync(other, { recursive: true, force: true });
  });

  it('a report over the size budget: its checkAll row says how much of it was checked (it said 0 errors of the whole: found by a review)', async () => {
    const big = y2023 + '\n' + '本机关持续推进政府信息公开工作。'.repeat(40_000);
    assert.ok(big.length > 500_000);
    writeFileSync(path.join(dir, 'big.txt'), big);
    const rows = (await client.conn.sendRequest('disclosureReport/checkAll', {})) as { name: string; checkedTo?: number }[];
    const row = rows.find((r) => r.name === 'big.txt')!;
    assert.ok(row.checkedTo !== undefined && row.checkedTo <= 500_000 && row.checkedTo > 400_000, JSON.stringify(row));
    assert.ok(rows.filter((r) => r.name !== 'big.txt').every((r) => r.checkedTo === undefined));
  });

  it('a web page\'s source saved as .txt among the reports: a row that says it was not checked, and the export says it left it out (its row looked like a clean report\'s, and the export dropped it without a word: found by a review)', async () => {
    writeFileSync(path.join(dir, 'page.txt'), readFileSync(path.join(FIXTURES, 'html', 'gwh_2022.html'), 'utf8'));
    const rows = (await client.conn.sendRequest('disclosureReport/checkAll', {})) as { name: string; pageSource?: true; errors: number }[];
    assert.deepEqual(rows.filter((r) => r.pageSource).map((r) => r.name), ['page.txt']);
    assert.equal(rows.filter((r) => !r.pageSource).length, 2);
    const csv = (await client.conn.sendRequest('disclosureReport/export', { format: 'csv' })) as { reports: number; pages: string[] };
    assert.equal(csv.reports, 2);
    assert.deepEqual(csv.pages, ['page.txt']);
  });

  it('the export names each file by its path in its workspace folder: in the editor\'s spelling of the folder\'s URI, and with the folder\'s name first where there are two (they were absolute paths: found by a review)', async () => {
    const a = path.join(dir, '年报 (a)');
    const b = tempDir('ws-b-');
    mkdirSync(a);
    writeFileSync(path.join(a, 'sj-2023.txt'), y2023);
    writeFileSync(path.join(b, 'cn-2023.txt'), fixture(SEEDS.tabs));
    const vscodeUri = (p: string) => pathToFileURL(p).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    await client.stop();
    client = new TestClient();
    await client.initialize('zh-cn', undefined, [vscodeUri(a)]);
    const one = (await client.conn.sendRequest('disclosureReport/export', { format: 'json' })) as { text: string };
    assert.deepEqual((JSON.parse(one.text) as { file: string }[]).map((r) => r.file), ['sj-2023.txt']);
    await client.stop();
    client = new TestClient();
    await client.initialize('zh-cn', undefined, [vscodeUri(a), pathToFileURL(b).href]);
    const two = (await client.conn.sendRequest('disclosureReport/export', { format: 'json' })) as { text: string };
    assert.deepEqual((JSON.parse(two.text) as { file: string }[]).map((r) => r.file).sort(), [`${path.basename(b)}/cn-2023.txt`, '年报 (a)/sj-2023.txt']);
    rmSync(b, { recursive: true, force: true });
  });

  it('checkAll: every report of the workspace, diagnostics for the files not open, one summary row per report', async () => {
    writeFileSync(path.join(dir, 'songjiang-2024.txt'), y2024);
    const rows = (await client.conn.sendRequest('disclosureReport/checkAll', {})) as { name: string; agency: string; year: number; form: string; errors: number; warnings: number }[];
    assert.deepEqual(rows.map((r) => [r.agency, r.year, r.form, r.errors, r.warnings, r.name]), [
      ['上海市长宁区人力资源和社会保障局', 2023, '2021', 0, 5, 'changning-2023.txt'],
      ['松江区人力资源和社会保障局', 2023, '2021', 0, 8, 'songjiang-2023.txt'],
      ['松江区人力资源和社会保障局', 2024, '2021', 0, 10, 'songjiang-2024.txt'],
    ]);
    const published = new Set(client.published.map((p) => p.uri));
    for (const name of ['changning-2023.txt', 'songjiang-2023.txt', 'songjiang-2024.txt']) assert.ok(published.has(uri(name)), name);
    assert.ok(!published.has(uri('notes.txt')));
    const s2024 = client.published.filter((p) => p.uri === uri('songjiang-2024.txt')).pop()!;
    assert.equal(carry(s2024.diagnostics).length, 2);
  });

  it('checkAll’s diagnostics of files not open follow a change of language and of severities (found by a review in code-server)', async () => {
    await client.conn.sendRequest('disclosureReport/checkAll', {});
    const u = uri('changning-2023.txt');
    const zh = client.published.filter((p) => p.uri === u).pop()!;
    assert.ok(zh.diagnostics.length > 0 && zh.diagnostics.every((d) => /[\u4e00-\u9fff]/.test(d.message)));
    const toEn = client.waitFor((p) => p.uri === u);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { disclosureReport: { locale: 'en' } } });
    const en = await toEn;
    assert.equal(en.diagnostics.length, zh.diagnostics.length);
    assert.ok(en.diagnostics.every((d) => /is blank; it must hold a figure/.test(d.message)), en.diagnostics.map((d) => d.message).join('\n'));
    const toOff = client.waitFor((p) => p.uri === u);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { disclosureReport: { locale: 'en', checks: { 'cell-blank': 'off' } } } });
    const off = await toOff;
    assert.deepEqual(off.diagnostics, []);
    // And the project's .disclosure-report.json: its severities reach the closed files too (found by a review).
    const toError = client.waitFor((p) => p.uri === u);
    writeFileSync(path.join(dir, '.disclosure-report.json'), JSON.stringify({ checks: { 'cell-blank': 'error' } }));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.disclosure-report.json'), type: 1 }] });
    const errors = await toError;
    assert.equal(errors.diagnostics.filter((d) => d.code === 'cell-blank' && d.severity === 1).length, en.diagnostics.length);
  });

  it('export: CSV and XLSX of the workspace; trend: the agency’s years', async () => {
    writeFileSync(path.join(dir, 'songjiang-2024.txt'), y2024);
    const csv = (await client.conn.sendRequest('disclosureReport/export', { format: 'csv' })) as { reports: number; partial: string[]; text: string };
    assert.equal(csv.reports, 3);
    // The Songjiang reports are seed 000, a page saved twice: each table twice, the first exported, and they are named.
    assert.deepEqual(csv.partial, ['songjiang-2023.txt', 'songjiang-2024.txt']);
    assert.equal(csv.text.charCodeAt(0), 0xfeff);
    assert.ok(csv.text.includes('songjiang-2024.txt,松江区人力资源和社会保障局,2024,2021,applications,（七）总计,自然人,8,false'));
    // Made a few reports at a time (the server answers meanwhile): the same text as made whole.
    const json = (await client.conn.sendRequest('disclosureReport/export', { format: 'json' })) as { text: string };
    const records = JSON.parse(json.text) as Parameters<typeof exportCsv>[0];
    assert.equal(json.text, JSON.stringify(records, null, 2) + '\n');
    assert.equal(csv.text, exportCsv(records));
    const xlsx = (await client.conn.sendRequest('disclosureReport/export', { format: 'xlsx' })) as { reports: number; base64: string };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['汇总', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼']);
    assert.equal(wb.getWorksheet('汇总')!.rowCount, 4);
    await client.open(uri('songjiang-2024.txt'), y2024);
    const trend = (await client.conn.sendRequest('disclosureReport/trend', { uri: uri('songjiang-2024.txt') })) as { agency: string; points: { year: number; name: string; figures: { newCount: number } }[] };
    assert.equal(trend.agency, '松江区人力资源和社会保障局');
    assert.deepEqual(trend.points.map((p) => [p.year, p.name, p.figures.newCount]), [[2023, 'songjiang-2023.txt', 9], [2024, 'songjiang-2024.txt', 9]]);
    // Second reports of 2024 (copies from other sites, in folders 「a9」「a10」): marked with the first's file, the same one the
    // CLI's export names — the folder walk's first (a9 before a10), not the URIs' (found by a review office's trial).
    for (const f of ['a9', 'a10']) {
      mkdirSync(path.join(dir, f));
      writeFileSync(path.join(dir, f, 'songjiang-2024.txt'), y2024);
    }
    const again = JSON.parse(((await client.conn.sendRequest('disclosureReport/export', { format: 'json' })) as { text: string }).text) as { file: string; sameYearAs: string | null }[];
    const out: string[] = [];
    main(['export', '--format', 'json', '-o', '-', dir], { out: (x) => out.push(x), err: () => undefined, raw: (x) => out.push(x) });
    const cli = (JSON.parse(out.join('')) as { file: string; sameYearAs: string | null }[]).filter((r) => r.sameYearAs).map((r) => [path.relative(dir, r.file), path.relative(dir, r.sameYearAs!)]);
    for (const f of ['a9', 'a10']) rmSync(path.join(dir, f), { recursive: true });
    const marked = again.filter((r) => r.sameYearAs).map((r) => [r.file, r.sameYearAs]);
    assert.deepEqual(marked, [['a10/songjiang-2024.txt', 'a9/songjiang-2024.txt'], ['songjiang-2024.txt', 'a9/songjiang-2024.txt']]);
    assert.deepEqual(cli, marked);
    assert.equal(again.length, 5);
  });

  it('the project’s .disclosure-report.json sets severities for the files under it, and is followed as it changes', async () => {
    const u = uri('changning-2023.txt');
    const first = await client.open(u, fixture(SEEDS.tabs));
    assert.equal(first.filter((d) => d.code === 'cell-blank').length, 5);
    writeFileSync(path.join(dir, '.disclosure-report.json'), JSON.stringify({ checks: { 'cell-blank': 'off' } }));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.disclosure-report.json'), type: 1 }] });
    await client.waitFor((p) => p.uri === u && p.diagnostics.every((d) => d.code !== 'cell-blank'));
    writeFileSync(path.join(dir, '.disclosure-report.json'), JSON.stringify({ checks: { 'cell-blank': 'error' } }));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.disclosure-report.json'), type: 2 }] });
    const p = await client.waitFor((x) => x.uri === u && x.diagnostics.some((d) => d.code === 'cell-blank' && d.severity === 1));
    assert.equal(p.diagnostics.filter((d) => d.code === 'cell-blank').length, 5);
  });
});
