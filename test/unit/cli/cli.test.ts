/** The command-line checker: output forms, exit status, folders, unreadable files, locales. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync, copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../server/src/cli';
import { analyse, firstTable, fixture, FIXTURES, SEEDS, setCell } from '../../helpers';
import { buildReport } from '../../layouts';
import { tempDir } from '../../tempDir';

function run(...argv: string[]): { code: number | Promise<number>; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), raw: (s) => out.push(s) });
  return { code, out, err };
}
const seed = (k: keyof typeof SEEDS) => path.join(FIXTURES, SEEDS[k]);

describe('cli', () => {
  it('text output: one finding per line, file:line:col severity code message', () => {
    const r = run('check', seed('oneLine'));
    assert.equal(r.code, 1);
    assert.deepEqual(r.out, [
      `${seed('oneLine')}:4:1351 error table-missing 「二、主动公开政府信息情况」部分缺少表二（主动公开）`,
      `${seed('oneLine')}:5:1 error table-missing 「三、收到和处理政府信息公开申请情况」部分缺少表三（收到和处理申请）`,
      `${seed('oneLine')}:6:1 error table-missing 「四、政府信息公开行政复议、行政诉讼情况」部分缺少表四（行政复议、行政诉讼）`,
    ]);
    assert.match(r.err.join('\n'), /检查了 1 个文件：3 个错误，0 个警告/);
  });

  it('a finding whose preferred fix is one part, not the total it names, says so (「（建议：将「（一）予以公开·自然人」改为 6…）」), in text and JSON: a reviewer reading the messages set two totals and broke the balance (found by a review)', () => {
    const text = fixture(SEEDS.pipe);
    const open = firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === 'open')!;
    const dir = tempDir('cli-suggest-');
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, setCell(text, open.cells[0], String(Number(open.cells[0].value) + 1)));
    const lines = run('check', file).out.filter((l) => / (row-total|column-total) /.test(l));
    assert.ok(lines.length >= 2, lines.join('\n'));
    for (const l of lines) assert.match(l, /（建议：将「（一）予以公开·自然人」改为 \d+（同时修正所在行和列））$/);
    const json = JSON.parse(run('check', '--format', 'json', '--locale', 'en', file).out.join('\n'));
    const sums = json[0].diagnostics.filter((d: { code: string }) => d.code === 'row-total' || d.code === 'column-total');
    assert.ok(sums.every((d: { suggestion?: string }) => /^Set \(1\) Disclosed \/ natural persons to \d+ \(repairs its row and its column\)$/.test(d.suggestion ?? '')), JSON.stringify(sums));
    // A total typed wrong alone: its own fix is what the message says, nothing more.
    writeFileSync(file, setCell(text, open.cells[6], String(Number(open.cells[6].value) + 2)));
    assert.ok(run('check', file).out.filter((l) => / row-total /.test(l)).every((l) => !l.includes('建议')));
  });

  it('two reports of one body for one year in a run (a corrected version, two sites\u2019 copies) are said once at the end, by check and by export; bodies whose names say no place, in two folders, are two bodies (found by a review)', () => {
    const dir = tempDir('cli-same-');
    const text = fixture(SEEDS.pipe);
    writeFileSync(path.join(dir, 'a.txt'), text);
    writeFileSync(path.join(dir, 'a-更正版.txt'), text);
    const checked = run('check', dir).err.filter((l) => l.includes('年度报告有'));
    assert.equal(checked.length, 1, checked.join('\n'));
    assert.match(checked[0], /的 2023 年度报告有 2 份：.*a-更正版\.txt、.*a\.txt——按机关和年度汇总时请只计一份$/);
    assert.equal(run('export', '--format', 'json', dir).err.filter((l) => l.includes('年度报告有')).length, 1);
    // And in check's JSON, which a review office's script counts by body and year: each copy names the others.
    writeFileSync(path.join(dir, 'b.txt'), fixture(SEEDS.traditional));
    const json = JSON.parse(run('check', '--format', 'json', dir).out.join('\n')) as { file: string; sameYear?: { reports: number; files: string[] } }[];
    const byName = new Map(json.map((r) => [path.basename(r.file), r.sameYear]));
    assert.deepEqual(byName.get('a.txt'), { reports: 2, files: [path.join(dir, 'a-更正版.txt')] });
    assert.deepEqual(byName.get('a-更正版.txt'), { reports: 2, files: [path.join(dir, 'a.txt')] });
    assert.equal(byName.get('b.txt'), undefined);
    // 「区教育局」 in two districts' folders: no note.
    const other = tempDir('cli-same-');
    const placeless = buildReport('pipe').replace(/^.*年度报告$/m, '区教育局2023年政府信息公开工作年度报告');
    for (const d of ['西湖区', '上城区']) {
      mkdirSync(path.join(other, d));
      writeFileSync(path.join(other, d, 'r.txt'), placeless);
    }
    assert.deepEqual(run('check', other).err.filter((l) => l.includes('年度报告有')), []);
    assert.ok((JSON.parse(run('check', '--format', 'json', other).out.join('\n')) as { sameYear?: unknown }[]).every((r) => r.sameYear === undefined));
  });

  it('many copies of one report (a scraper that fetched one page again and again) are said with their count and the first five files, not a line of every path', async () => {
    const dir = tempDir('cli-same-many-');
    const text = fixture(SEEDS.pipe);
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `copy${String(i).padStart(2, '0')}.txt`), text);
    const [note, ...rest] = run('check', dir).err.filter((l) => l.includes('年度报告有'));
    assert.equal(rest.length, 0);
    assert.match(note, /的 2023 年度报告有 12 份：(?:[^、]*copy0[0-4]\.txt、){4}[^、]*copy04\.txt 等（只列出前 5 份）——按机关和年度汇总时请只计一份$/);
    assert.ok(!note.includes('copy05'), note);
    const en = run('--locale', 'en', 'export', '--format', 'json', dir).err.filter((l) => l.includes('reports for'));
    assert.match(en[0], /has 12 reports for 2023: .*copy04\.txt and 7 more — count one/);
    // In the JSON, every copy counts them all and names at most five others — also from the worker threads (70 files).
    for (let i = 12; i < 70; i++) writeFileSync(path.join(dir, `copy${String(i).padStart(2, '0')}.txt`), text);
    for (const jobs of ['1', '2']) {
      const r = run('check', '--format', 'json', '--jobs', jobs, dir);
      await r.code;
      const json = JSON.parse(r.out.join('\n')) as { file: string; sameYear: { reports: number; files: string[] } }[];
      assert.equal(json.length, 70);
      for (const r of json) {
        assert.equal(r.sameYear.reports, 70, r.file);
        assert.ok(r.sameYear.files.length === 5 && !r.sameYear.files.includes(r.file), JSON.stringify(r));
      }
    }
  });

  it('usage errors say what is wrong: an option without its value, a size under the least, the locale before the command', () => {
    let r = run('check', '--format');
    assert.equal(r.code, 2);
    assert.equal(r.err[0], '选项 --format 缺少值');
    r = run('check', '--max-size', '5000', seed('oneLine'));
    assert.equal(r.err[0], '选项 --max-size 至少为 10000');
    r = run('import');
    assert.equal(r.err[0], '没有指定要导入的网页、Word 或 PDF 文件（或文件夹）');
    r = run('--locale', 'en', 'check', seed('oneLine'));
    assert.equal(r.code, 1);
    assert.match(r.err.join('\n'), /checked 1 file: 3 errors/);
    r = run('--locale=zh-tw', 'check', seed('oneLine'));
    assert.match(r.err.join('\n'), /檢查了 1 個檔案/);
    // The locale and no command: the usage in that language, not 「unknown command: --locale=en」 (found by a review).
    for (const argv of [['--locale', 'en'], ['--locale=en']]) {
      r = run(...argv);
      assert.equal(r.code, 2);
      assert.doesNotMatch([...r.out, ...r.err].join('\n'), /unknown command/);
      assert.match(r.out.join('\n'), /^Usage/);
    }
  });

  it('nothing checked is not a pass: an empty folder, or a page\'s HTML named (which --fix leaves alone), exit 2', async () => {
    const dir = tempDir('cli-none-');
    let r = run('check', dir);
    assert.equal(r.code, 2);
    // (That alone: not 「检查了 0 个文件」 before it — found by a review.)
    assert.deepEqual(r.err, [`${dir} 中没有找到报告文件（.txt、.md、.gkreport）`]);
    // A folder of files none of which is a report: nothing checked, exit 2 (before: 0).
    const notes = tempDir('cli-notes-');
    writeFileSync(path.join(notes, 'minutes.txt'), '会议纪要：今天讨论了办公用品采购。\n');
    writeFileSync(path.join(notes, 'todo.md'), '# 待办\n- 整理档案\n');
    r = run('check', notes);
    assert.equal(r.code, 2);
    assert.match(r.err.join('\n'), /中的 2 个文件都不像政府信息公开年度报告，没有检查任何报告/);
    writeFileSync(path.join(notes, 'report.txt'), readFileSync(path.join(FIXTURES, SEEDS.pipe), 'utf8'));
    assert.notEqual(run('check', notes).code, 2);
    const page = path.join(dir, 'page.html');
    const html = readFileSync(path.join(FIXTURES, 'html', 'czj_2023.html'), 'utf8');
    writeFileSync(page, html);
    r = run('check', '--fix', page);
    assert.equal(r.code, 2);
    assert.match(r.out.join('\n'), /information html-source/);
    assert.equal(readFileSync(page, 'utf8'), html);
    // Why it failed, on stderr, with --quiet too (it printed only 「检查了 1 个文件」 and exited 2: found by a review).
    r = run('check', '--quiet', page);
    assert.equal(r.code, 2);
    assert.deepEqual(r.err.filter((l) => !l.startsWith('检查了')), [`${page}：是网页的源代码（HTML，或表格保留为 HTML 的 Markdown），未检查；请先导入为报告文本：disclosure-report import ${page}`]);
    // Its summary row and JSON name the agency its <title> names, and no form: it was not read as a report (found by a
    // review: its first line's markup was the agency, 2021 its form, isReport true).
    r = run('check', '--summary', page);
    const summaryRow = r.out.join('\n').split('\n').find((l) => l.includes('page.html') && !l.includes('html-source'))!;
    // Not 「0 0」, which reads as a clean report (found by a review): no errors or warnings counted, and why.
    assert.match(summaryRow, /^平潭综合实验区财政金融局\s+2023\s+—\s+—\s+—\s+\S*page\.html（网页源代码，未检查）$/);
    const json = JSON.parse(run('check', '--format', 'json', page).out.join(''));
    assert.deepEqual([json[0].agency, json[0].format, json[0].isReport], ['平潭综合实验区财政金融局', null, false]);
    // Beside the report it was saved from, it is no second copy of it; a title the site's name joins names the agency
    // (found by the review of the first version).
    const pair = tempDir('cli-page-pair-');
    writeFileSync(path.join(pair, 'report.txt'), readFileSync(path.join(FIXTURES, 'glued', 'czj_2023.txt'), 'utf8'));
    writeFileSync(path.join(pair, 'page.txt'), html.replace(/<title>([^<]*)<\/title>/, '<title>平潭综合实验区党工委管委会 - $1</title>'));
    r = run('check', '--summary', pair);
    assert.ok(!r.err.some((l) => /年度报告有 2 份/.test(l)), r.err.join('\n'));
    assert.match(r.out.join('\n'), /^平潭综合实验区财政金融局\s+2023\s+—\s/m);
    // In a folder it is one note among the reports, and the run is judged by them.
    copyFileSync(seed('prose'), path.join(dir, 'r.txt'));
    writeFileSync(path.join(dir, 'page.txt'), html);
    assert.notEqual(run('check', dir).code, 2);
    // One body's years stand together, however its name is written (found by a review: sorted by the name as
    // written, 「上海市松江区…」 stood apart from 「松江区…」, and its traditional-script year after another body's).
    const years = tempDir('cli-summary-group-');
    const y2023 = fixture(SEEDS.pipe);
    const y2024 = y2023.replace(/2023/g, '2024').replace(/2022/g, '2023').replace(/松江区人力资源和社会保障局/g, '上海市松江区人力资源和社会保障局');
    const y2022 = y2023.replace(/2023/g, '2022').replace(/松江区人力资源和社会保障局/g, '松江區人力資源和社會保障局');
    writeFileSync(path.join(years, 'a.txt'), y2024);
    writeFileSync(path.join(years, 'b.txt'), y2023.replace(/松江区人力资源和社会保障局/g, '松江区财政局'));
    writeFileSync(path.join(years, 'c.txt'), y2022);
    writeFileSync(path.join(years, 'd.txt'), y2023);
    const order = run('check', '--summary', years).out.join('\n').split('\n').filter((l) => /\.txt$/.test(l)).map((l) => l.split(/\s+/).slice(0, 2).join(' '));
    // (Bodies by the first of their names: 上海市… before 松江区财政局.)
    assert.deepEqual(order, ['松江區人力資源和社會保障局 2022', '松江区人力资源和社会保障局 2023', '上海市松江区人力资源和社会保障局 2024', '松江区财政局 2023']);
    // One body's years in several folders, its name saying its place: together, in order of year (they were split by
    // folder: found by the review of the first version).
    const folders = tempDir('cli-summary-folders-');
    for (const [sub, year] of [['downloads', 2019], ['archive', 2020], ['downloads', 2021]] as const) {
      mkdirSync(path.join(folders, sub), { recursive: true });
      writeFileSync(path.join(folders, sub, `${year}.txt`), y2023.replace(/2023/g, String(year)).replace(/松江区人力资源和社会保障局/g, '福州市文化和旅游局'));
    }
    const yearsInFolders = run('check', '--summary', folders).out.join('\n').split('\n').filter((l) => /\.txt$/.test(l)).map((l) => l.split(/\s+/)[1]);
    assert.deepEqual(yearsInFolders, ['2019', '2020', '2021']);
    // 「-o -」 is the standard output for every command that writes a file.
    r = run('new', '--agency', '某局', '--year', '2025', '-o', '-');
    assert.equal(r.code, 0);
    assert.match(r.out.join(''), /^某局2025年政府信息公开工作年度报告/);
  });

  it('a project configuration\'s settings that mean nothing (a typo, a severity that is none) are said, then ignored', () => {
    const dir = tempDir('cli-config-');
    copyFileSync(seed('oneLine'), path.join(dir, 'r.txt'));
    writeFileSync(path.join(dir, '.disclosure-report.json'), JSON.stringify({ checks: { 'row-total': 'info', 'tabel-missing': 'off', 'cell-blank': 'off' }, locale: 'xx', colour: true }));
    const r = run('check', dir);
    const note = r.err.find((l) => l.includes('以下设置无法识别，已忽略'));
    assert.ok(note, r.err.join('\n'));
    // (A check's name mistyped: the nearest offered — found by a review.)
    for (const what of ['checks.row-total: "info"', 'locale: "xx"', 'colour: true', 'checks.tabel-missing（是不是 table-missing？）']) assert.ok(note.includes(what), what);
    assert.ok(!note.includes('cell-blank'));
  });

  it('after 「--」 every argument is a file, even one named like an option; an -o without its name says so', async () => {
    const dir = tempDir('cli-dashes-');
    copyFileSync(seed('oneLine'), path.join(dir, '--fix'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      // (Without 「--」 it would be the option; after it, the file named so.)
      assert.equal(run('check', '--fix').err[0], '没有指定要检查的文件');
      const r = run('check', '--', '--fix');
      assert.equal(r.code, 1);
      assert.ok(r.out.length === 3 && r.out.every((l) => l.startsWith('--fix:')), r.out.join('\n'));
      assert.ok(!existsSync('--fix.bak'), 'not taken for --fix');
    } finally {
      process.chdir(cwd);
    }
    const i = run('import', path.join(FIXTURES, 'html', 'czj_2023.html'), '-o');
    assert.equal(await i.code, 2);
    assert.equal(i.err[0], '选项 -o 缺少值');
  });

  it('a file named twice, or named and inside a folder named, is checked once', () => {
    const dir = tempDir('cli-twice-');
    const file = path.join(dir, 'a.txt');
    copyFileSync(seed('oneLine'), file);
    const r = run('check', file, dir, path.join(dir, '.', 'a.txt'));
    assert.equal(r.out.length, 3, r.out.join('\n'));
    assert.match(r.err.join('\n'), /检查了 1 个文件：3 个错误/);
  });

  it('json output with LSP positions, year and format; exit 0 when only warnings', () => {
    const r = run('check', '--format', 'json', seed('tabs'), seed('traditional'));
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out.join('\n'));
    assert.equal(j.length, 2);
    assert.deepEqual({ year: j[0].year, format: j[0].format }, { year: 2023, format: '2021' });
    assert.equal(j[0].diagnostics.length, 5);
    assert.deepEqual(j[0].diagnostics[0], {
      code: 'cell-blank',
      severity: 'warning',
      message: '行政复议·结果维持 为空，应填写数字（无则填 0）',
      range: { start: { line: 90, character: 0 }, end: { line: 90, character: 1 } },
    });
    assert.deepEqual(j[1].diagnostics.filter((d: { severity: string }) => d.severity !== 'information').map((d: { code: string }) => d.code), ['text-mismatch', 'text-mismatch']);
  });

  it('folders are searched for .txt and .md; non-reports found there are skipped with a note', () => {
    const dir = tempDir('dr-cli-');
    mkdirSync(path.join(dir, 'sub'));
    copyFileSync(seed('prose'), path.join(dir, 'sub', 'a.txt'));
    copyFileSync(seed('traditional'), path.join(dir, 'b.md'));
    writeFileSync(path.join(dir, 'notes.txt'), 'shopping list\n');
    writeFileSync(path.join(dir, 'image.png'), 'x');
    const r = run('check', '--format=json', dir);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.out.join('')).map((x: { file: string }) => path.relative(dir, x.file)), ['b.md', path.join('sub', 'a.txt')]);
    assert.match(r.err.join('\n'), /notes\.txt：不像政府信息公开年度报告，已跳过/);
  });

  it('gives what spec §7 requires for every seed (JSON)', () => {
    const expect001 = (JSON.parse(run('check', '--format', 'json', seed('traditional')).out.join('\n'))[0].diagnostics as { code: string }[]).map((d) => d.code);
    assert.deepEqual([...new Set(expect001)].sort(), ['label-drift', 'mixed-script', 'text-mismatch']);
    const r = run('check', '--format', 'json', ...Object.keys(SEEDS).map((k) => seed(k as keyof typeof SEEDS)));
    const byFile = Object.fromEntries(JSON.parse(r.out.join('\n')).map((x: { file: string; diagnostics: { code: string }[] }) => [path.basename(x.file), x.diagnostics.map((d) => d.code)]));
    assert.deepEqual(byFile, {
      [SEEDS.pipe]: ['year-mismatch', 'section-duplicate', 'year-mismatch', ...Array(5).fill('section-duplicate')],
      [SEEDS.traditional]: expect001,
      [SEEDS.oneLine]: ['table-missing', 'table-missing', 'table-missing'],
      [SEEDS.tabs]: Array(5).fill('cell-blank'),
      [SEEDS.prose]: ['injected-text', 'injected-text', 'injected-text', 'table-missing', 'table-missing', 'table-missing', 'numbering'],
    });
    assert.equal(r.code, 1);
  });

  it('a report converted character by character: one line for its 39 runs of simplified characters in the text and the CSV (how many, which, the first place), each run in the JSON (found by a review office\'s trial: 39 lines of one report)', () => {
    const json = JSON.parse(run('check', '--format', 'json', seed('traditional')).out.join('\n'))[0].diagnostics as { code: string; range: { start: { line: number; character: number } } }[];
    const runs = json.filter((d) => d.code === 'mixed-script');
    assert.equal(runs.length, 39);
    const text = run('check', seed('traditional'));
    const mixed = text.out.filter((l) => / mixed-script /.test(l));
    const first = runs[0].range.start;
    assert.deepEqual(mixed, [`${seed('traditional')}:${first.line + 1}:${first.character + 1} information mixed-script 繁体报告中夹有简体字 39 处：「范」16 「于」7 「占」6 「并」4 「后」3 「征」1 「柜」1 「咨」1（首处：準化規范化建設）；可用 convert --to traditional 转换全文`]);
    // The other lines as they were; the count says the lines printed.
    assert.deepEqual(text.out.filter((l) => !/ mixed-script /.test(l)).length, json.length - 39);
    assert.match(text.err.join('\n'), /2 个警告，2 条提示/);
    assert.match(run('check', '--locale', 'en', seed('traditional')).out.find((l) => / mixed-script /.test(l))!, /39 simplified characters in a traditional report: “范” 16 “于” 7 .* \(first: 準化規范化建設\); convert --to traditional converts the whole report$/);
    assert.equal(run('check', '--format', 'csv', seed('traditional')).out.join('').split('mixed-script').length - 1, 1);
    // A few runs are each said, where they are.
    // (The report in traditional script throughout, two runs put back.)
    const whole = run('convert', '--to', 'traditional', seed('traditional')).out.join('');
    assert.equal(whole.split('規範').length - 1 >= 2, true);
    const dir = tempDir('mixed-');
    writeFileSync(path.join(dir, 'r.txt'), whole.replace('規範', '規范').replace('規範', '規范'));
    assert.equal(run('check', path.join(dir, 'r.txt')).out.filter((l) => / mixed-script 繁体报告中夹有简体字「/.test(l)).length, 2);
  });

  it('an unreadable file gives exit 2 and a clear message, and the other files are still checked', () => {
    const r = run('check', 'no/such/file.txt', seed('oneLine'));
    assert.equal(r.code, 2);
    assert.equal(r.out.length, 3);
    assert.match(r.err.join('\n'), /无法读取 no\/such\/file\.txt：文件不存在/);
  });

  it('an output whose folder does not exist is said so, not 「文件不存在」 (found by a review)', () => {
    const dir = tempDir('nofolder-');
    const target = path.join(dir, 'nodir', 'x.txt');
    for (const argv of [['new', '--agency', '某局', '--year', '2024', '-o', target], ['export', '-o', target.replace(/txt$/, 'csv'), seed('pipe')]]) {
      const r = run(...argv);
      assert.match(r.err.join('\n'), /无法写入 .*nodir.*：所在文件夹不存在/, argv.join(' '));
      assert.doesNotMatch(r.err.join('\n'), /文件不存在/);
    }
  });

  it('「--help」 after any command prints the usage and exits 0 (import, convert and new said 「未知选项：--help」: found by a review)', () => {
    for (const command of ['check', 'export', 'import', 'convert', 'new']) {
      for (const flag of ['--help', '-h']) {
        const r = run(command, flag);
        assert.equal(r.code, 0, `${command} ${flag}`);
        assert.deepEqual(r.err, [], `${command} ${flag}`);
        assert.match(r.out.join('\n'), /^用法：disclosure-report/, `${command} ${flag}`);
      }
    }
    assert.match(run('import', '--locale', 'en', '--help').out.join('\n'), /^Usage/);
  });

  it('bad usage gives exit 2, what is wrong and where the usage is (not the whole usage, which buried it), in the asked-for language', () => {
    assert.equal(run().code, 2);
    const r = run('check', '--format', 'xml', seed('prose'));
    assert.equal(r.code, 2);
    // (Which values it takes; a value missing before the next option is said missing, not 「--quiet」 or the CLI's own
    // 「--locale=en」 said to be the value — found by a review; a system's 「zh_TW」 is zh-tw.)
    assert.deepEqual(r.err, ['选项 --format 的值无效：xml（可选：text、json、sarif、csv）', '完整用法：disclosure-report --help']);
    assert.equal(run('check', '--format', '--quiet', seed('prose')).err[0], '选项 --format 缺少值');
    assert.equal(run('--locale', 'en', 'check', '--max-warnings').err[0], 'option --max-warnings needs a value');
    assert.equal(run('--locale', 'zh_TW', 'convert', '--variant', 'xx', seed('prose')).err[0], '選項 --variant 的值無效：xx（可選：t、tw、twp、hk）');
    assert.equal(run('check', '--locale', 'fr', seed('prose')).err[0], '选项 --locale 的值无效：fr（可选：zh-cn、zh-tw、en）');
    assert.equal(run('convert', '--protect').err[0], '选项 --protect 缺少值');
    assert.equal(run('check', '--max-warnings', '-1', seed('prose')).err[0], '选项 --max-warnings 的值无效：-1');
    // 「new」 says why a year before 2019 makes no report, and that a year not over is early (found by a review).
    const early = run('new', '--agency', '测试局', '--year', '2018');
    assert.equal(early.code, 2);
    assert.equal(early.err[0], '--year 2018：2019 年以前没有统一的年度报告格式，年度须为 2019 年或以后');
    const ahead = run('new', '--agency', '测试局', '--year', String(new Date().getFullYear() + 3));
    assert.equal(ahead.code, 0);
    assert.match(ahead.err.join('\n'), /年度尚未结束/);
    assert.doesNotMatch(run('new', '--agency', '测试局', '--year', '2023').err.join('\n'), /尚未结束/);
    const en = run('check', '--locale', 'en', '--bogus');
    assert.equal(en.code, 2);
    assert.equal(en.err[0], 'unknown option: --bogus');
    assert.equal(run('frobnicate').code, 2);
  });

  it('--locale zh-tw and en render the findings in that language', () => {
    assert.match(run('check', '--locale', 'zh-tw', seed('oneLine')).out[0], /部分缺少表二（主動公開）$/);
    assert.match(run('check', '--locale', 'en', seed('oneLine')).out[0], /error table-missing Section “II. Proactive disclosure” has no table II/);
  });

  it('「-」 is the standard input, as Unix tools have it (「pdftotext 报告.pdf - | disclosure-report check -」): checked, exported and converted as a file is; --fix and --write on it are refused', () => {
    const bin = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
    const text = fixture(SEEDS.oneLine);
    const piped = spawnSync(process.execPath, [bin, 'check', '-'], { encoding: 'utf8', input: text });
    const named = spawnSync(process.execPath, [bin, 'check', seed('oneLine')], { encoding: 'utf8' });
    assert.equal(piped.status, named.status);
    assert.deepEqual(piped.stdout.split('\n').map((l) => l.replace(/^[^:]*:/, '')), named.stdout.split('\n').map((l) => l.replace(/^[^:]*:/, '')));
    assert.match(piped.stdout, /^-:4:1351 error table-missing /);
    // With other files, and past the pool's threshold of files: read once, in this thread.
    const many = spawnSync(process.execPath, [bin, 'check', '--jobs', '2', '-', ...Array(70).fill(seed('tabs'))], { encoding: 'utf8', input: text });
    assert.equal(many.stdout.split('\n').filter((l) => l.startsWith('-:')).length, 3);
    const exported = spawnSync(process.execPath, [bin, 'export', '--format', 'json', '-'], { encoding: 'utf8', input: fixture(SEEDS.pipe) });
    assert.equal(JSON.parse(exported.stdout)[0].file, '-');
    const converted = spawnSync(process.execPath, [bin, 'convert', '--to', 'traditional', '-'], { encoding: 'utf8', input: '政府信息公开工作年度报告 12 件' });
    assert.equal(converted.stdout, '政府信息公開工作年度報告 12 件');
    for (const argv of [['check', '--fix', '-'], ['convert', '--to', 'traditional', '--write', '-']]) {
      const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', input: text });
      assert.equal(r.status, 2, argv.join(' '));
      assert.match(r.stderr, /标准输入（-）不能用 --(?:fix|write) 就地改写/);
    }
    const empty = spawnSync(process.execPath, [bin, 'check', '-'], { encoding: 'utf8', input: '' });
    assert.equal(empty.status, 2);
    // A saved page piped in is imported to the standard output (「curl … | disclosure-report import - | … check -」).
    const page = readFileSync(path.join(FIXTURES, 'html', 'gwh_2022.html'));
    const imported = spawnSync(process.execPath, [bin, 'import', '-'], { input: page });
    const fromFile = spawnSync(process.execPath, [bin, 'import', path.join(FIXTURES, 'html', 'gwh_2022.html'), '-o', '-'], { encoding: 'utf8' });
    assert.equal(imported.status, 0);
    assert.equal(imported.stdout.toString('utf8'), fromFile.stdout);
  });

  it('the bundled bin runs as a program with the same exit status', () => {
    const bin = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
    const r = spawnSync(process.execPath, [bin, 'check', seed('oneLine'), seed('tabs')], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stdout.trim().split('\n').length, 3 + 5);
    const list = spawnSync(process.execPath, [bin, 'checks'], { encoding: 'utf8' });
    assert.match(list.stdout, /^section-missing\terror\t/m);
  });
});
