// The workspace (issue 9): carry-over against last year's report in the workspace, 「检查全部报告」,
// 「导出统计数据」 and 「查看历年统计」, through the real commands of the installed extension.
const assert = require('node:assert/strict');
const { vscode, fileUri, openReport, diagnostics, codeOf, waitFor } = require('./helpers');

module.exports = [
  {
    name: 'songjiang-2024.txt is compared with last year’s report in the workspace (seed 000): carry-over, pointing at that file',
    async run() {
      const uri = await openReport('songjiang-2024.txt');
      const d = await diagnostics(uri, (ds) => ds.filter((x) => codeOf(x) === 'carry-over').length === 2, '2 × carry-over', 30000);
      const c = d.find((x) => codeOf(x) === 'carry-over');
      assert.match(c.message, /^二、上年结转·自然人 为 0，但 2023 年度报告（000_47da689f533ce874\.txt）/);
      assert.equal(c.relatedInformation[0].location.uri.toString(), fileUri('000_47da689f533ce874.txt').toString());
    },
  },
  {
    name: '「检查全部报告」 checks every report, publishes the findings of files that are not open, and returns the summary',
    async run() {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const rows = await vscode.commands.executeCommand('disclosureReport.checkAll');
      assert.ok(Array.isArray(rows) && rows.length >= 7, `rows: ${JSON.stringify(rows)}`);
      const s2024 = rows.find((r) => r.name === 'songjiang-2024.txt');
      assert.deepEqual([s2024.agency, s2024.year, s2024.form, s2024.errors], ['松江区人力资源和社会保障局', 2024, '2021', 0]);
      // A file never opened now has its findings in the Problems panel.
      const tabs = fileUri('003_054de3fe172792eb.txt');
      await waitFor(() => vscode.languages.getDiagnostics(tabs).filter((x) => codeOf(x) === 'cell-blank').length === 5, '5 × cell-blank on an unopened file');
    },
    note: () => 'summary webview shown',
  },
  {
    name: '「导出统计数据」 writes the workspace’s statistics as XLSX and as CSV (UTF-8 with BOM)',
    async run() {
      const xlsx = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'out', 'stats.xlsx');
      const csv = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'out', 'stats.csv');
      assert.equal((await vscode.commands.executeCommand('disclosureReport.exportStatistics', xlsx)).toString(), xlsx.toString());
      const book = await vscode.workspace.fs.readFile(xlsx);
      assert.equal(Buffer.from(book.slice(0, 2)).toString(), 'PK'); // a zip package
      await vscode.commands.executeCommand('disclosureReport.exportStatistics', csv);
      const text = Buffer.from(await vscode.workspace.fs.readFile(csv)).toString('utf8');
      assert.equal(text.charCodeAt(0), 0xfeff);
      assert.ok(text.includes('songjiang-2024.txt,松江区人力资源和社会保障局,2024,2021,applications,（七）总计,自然人,8,false'), text.slice(0, 300));
      // 「打开」 after the export: the CSV in an editor; the workbook shown without an error (in a browser's
      // VS Code there is no 'revealFileInOS': the button did nothing — found by a review).
      await vscode.commands.executeCommand('disclosureReport.showExported', csv);
      await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === csv.toString(), 'the CSV open in an editor');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('disclosureReport.showExported', xlsx);
    },
  },
  {
    name: '「查看历年统计」 opens the agency’s years: 2023 (seed 000) and 2024',
    async run() {
      const uri = await openReport('songjiang-2024.txt');
      const trend = await vscode.commands.executeCommand('disclosureReport.showTrend', uri);
      assert.equal(trend.agency, '松江区人力资源和社会保障局');
      assert.deepEqual(trend.points.map((p) => [p.year, p.name]), [[2023, '000_47da689f533ce874.txt'], [2024, 'songjiang-2024.txt']]);
    },
  },
];
