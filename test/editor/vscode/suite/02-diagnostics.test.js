// The diagnostics each seed must give (test/fixtures, the same five reports as examples/), and the
// Markdown example, which keeps the Markdown language and is still checked.
const assert = require('node:assert/strict');
const { vscode, fileUri, docOf, open, openReport, diagnostics, countBy, codeOf } = require('./helpers');

/** Hard-rule findings none of the seeds has (besides those they are known for). */
const HARD = ['section-missing', 'section-order', 'table-missing', 'table-shape', 'cell-invalid', 'row-total', 'column-total', 'balance', 'review-total'];

/** Exactly `want[code]` diagnostics of each listed code, no other hard-rule finding (softer checks may add notes). */
const seed = (name, file, want, severity) => ({
  name: `${name}: ${Object.entries(want).map(([c, n]) => `${n} × ${c}`).join(', ')}, no other hard-rule finding`,
  async run() {
    const uri = await openReport(file);
    const d = await diagnostics(uri, (d) => d.length > 0, `diagnostics for ${file}`);
    const counts = countBy(d);
    for (const [code, n] of Object.entries(want)) assert.equal(counts[code] ?? 0, n, `${code} count (all: ${JSON.stringify(counts)})`);
    for (const code of HARD) if (!(code in want)) assert.equal(counts[code] ?? 0, 0, `unexpected ${code} (all: ${JSON.stringify(counts)})`);
    if (severity !== undefined) for (const x of d) if (codeOf(x) in want) assert.equal(x.severity, severity, `${codeOf(x)} severity`);
    assert.ok(docOf(uri).languageId === 'disclosure-report');
  },
});

module.exports = [
  seed('seed 003 (tab rows)', '003_054de3fe172792eb.txt', { 'cell-blank': 5 }, vscode.DiagnosticSeverity.Warning),
  seed('seed 002 (one long line)', '002_9419df82f7924411.txt', { 'table-missing': 3 }, vscode.DiagnosticSeverity.Error),
  seed('seed 000 (pipe rows, duplicated page)', '000_47da689f533ce874.txt', { 'section-duplicate': 6 }, vscode.DiagnosticSeverity.Warning),
  seed('seed 001 (traditional script)', '001_72945e47686616df.txt', { 'mixed-script': 39 }, vscode.DiagnosticSeverity.Information),
  seed('seed 004 (prose)', '004_d2c3a1f8ae3b501d.txt', { 'table-missing': 3 }, vscode.DiagnosticSeverity.Error),
  {
    name: 'table-missing lands on the section heading with a Chinese message (locale zh-cn)',
    async run() {
      const uri = await openReport('002_9419df82f7924411.txt');
      const d = await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-missing'), 'table-missing');
      for (const x of d.filter((x) => codeOf(x) === 'table-missing')) {
        assert.match(x.message, /^「.+」部分缺少表/, x.message);
        const heading = /「(.+?)」/.exec(x.message)[1];
        const at = docOf(uri).getText(x.range);
        assert.ok(at.length > 0 && (heading.includes(at) || at.includes(heading)), `range text ${JSON.stringify(at)} vs heading ${heading}`);
      }
    },
  },
  {
    name: 'a .report.md file is in the report language (issue 2) and gets row-total',
    async run() {
      const uri = await open('sample-markdown-wrong-total.report.md');
      const d = await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'row-total'), 'row-total in the Markdown report');
      const lang = docOf(uri).languageId;
      const row = d.find((x) => codeOf(x) === 'row-total');
      assert.equal(row.message, '（一）予以公开·总计 应为 5（4+1+0+0+0+0），实为 6');
      assert.equal(docOf(uri).getText(row.range), '6');
      assert.equal(lang, 'disclosure-report', `language is ${lang}`);
    },
  },
  {
    name: 'the same Markdown report saved as plain .md keeps language markdown and gets row-total',
    async run() {
      const src = await vscode.workspace.fs.readFile(fileUri('sample-markdown-wrong-total.report.md'));
      await vscode.workspace.fs.writeFile(fileUri('sample-report.md'), src);
      const uri = await open('sample-report.md');
      const d = await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'row-total'), 'row-total in sample-report.md');
      assert.equal(d.find((x) => codeOf(x) === 'row-total').message, '（一）予以公开·总计 应为 5（4+1+0+0+0+0），实为 6');
      assert.equal(docOf(uri).languageId, 'markdown');
    },
  },
];
