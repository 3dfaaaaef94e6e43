// Reports that start elsewhere (issue 10): a saved web page imported with its cells intact, and a
// new report from one command — each opened, and each checking with no error.
const assert = require('node:assert/strict');
const { vscode, fileUri, docOf, diagnostics, codeOf, waitFor } = require('./helpers');

module.exports = [
  {
    name: '「导入网页、Word 或 PDF 年度报告」 turns a saved page into NAME.report.txt beside it, opened, tables read without table-glued',
    async run() {
      const page = fileUri('pages/czj_2023.html');
      const target = await vscode.commands.executeCommand('disclosureReport.importReport', page);
      assert.equal(target.path.split('/').pop(), 'czj_2023.report.txt');
      await waitFor(() => docOf(target)?.languageId === 'disclosure-report', 'the imported report in the report language');
      const text = docOf(target).getText();
      assert.match(text, /^平潭综合实验区财政金融局2023年度政府信息公开工作年度报告\n/);
      assert.match(text, /\| 一、本年新收政府信息公开申请数量 \|/);
      // Checked: the table-glued note would say figures were inferred; an imported page has its cells.
      await waitFor(() => vscode.languages.getDiagnostics(target).length >= 0 && docOf(target), 'diagnostics');
      const ds = await diagnostics(target, (d) => !d.some((x) => codeOf(x) === 'table-glued'), 'no table-glued', 10000);
      assert.deepEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), []);
    },
  },
  {
    name: '「导入网页、Word 或 PDF 年度报告」 also takes a Word 97–2003 .doc, rich text named .doc, and a PDF: NAME.report.txt beside each, opened, tables cell for cell, no error',
    async run() {
      for (const file of ['czj-word97.doc', 'czj-download.doc', 'czj-print.pdf']) {
        const name = file.replace(/\.\w+$/, '');
        const target = await vscode.commands.executeCommand('disclosureReport.importReport', fileUri(`pages/${file}`));
        assert.equal(target.path.split('/').pop(), `${name}.report.txt`);
        await waitFor(() => docOf(target)?.languageId === 'disclosure-report', 'the imported report in the report language');
        const text = docOf(target).getText();
        assert.match(text, /^\| 一、本年新收政府信息公开申请数量 \|  \|  \| 0 \| 0 \|/m, name);
        assert.match(text, /^\| 行政许可 \| 1 \|/m, name);
        const ds = await diagnostics(target, (d) => !d.some((x) => codeOf(x) === 'table-glued'), 'no table-glued', 10000);
        assert.deepEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), [], name);
      }
    },
  },
  {
    name: '「导入网页、Word 或 PDF 年度报告」 on a folder imports every page, Word file and PDF in it not imported yet, beside each, opening none; a saved page\'s own folder is passed over',
    async run() {
      const folder = fileUri('downloads');
      const written = await vscode.commands.executeCommand('disclosureReport.importReport', folder);
      assert.deepEqual(written.map((u) => u.path.split('/downloads/').pop()).sort(), ['print.report.txt', 'word/word97.report.txt']);
      for (const u of written) assert.match(Buffer.from(await vscode.workspace.fs.readFile(u)).toString('utf8'), /^\| 行政许可 \| 1 \|/m);
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fileUri('downloads/page_files/frame.report.txt'))));
      // Again: nothing new (the locked PDF is tried again and fails again).
      const again = await vscode.commands.executeCommand('disclosureReport.importReport', folder);
      assert.deepEqual(again, []);
    },
  },
  {
    name: '「新建年度报告」 creates the form for an agency and a year (traditional, pipe rows) that checks with no finding but its seven placeholders (unfilled)',
    async run() {
      const uri = await vscode.commands.executeCommand('disclosureReport.newReport', { agency: '某某市某某局', year: 2025, layout: 'pipe', script: 'traditional' });
      assert.equal(decodeURIComponent(uri.path.split('/').pop()), '某某市某某局2025年政府信息公开工作年度报告.report.txt');
      await waitFor(() => docOf(uri)?.languageId === 'disclosure-report', 'the new report in the report language');
      assert.match(docOf(uri).getText(), /^某某市某某局2025年政府信息公開工作年度報告\n/);
      await waitFor(async () => {
        const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
        return s && s.length ? s : false;
      }, 'the outline of the new report');
      // (Its placeholders 「（請在此填寫。）」 say it is not written yet: the status said 「✓」 of it — found by a writer's review.)
      await diagnostics(uri, (d) => d.length === 7 && d.every((x) => codeOf(x) === 'unfilled' && x.severity === vscode.DiagnosticSeverity.Warning), 'the seven placeholders only', 10000);
    },
  },
  {
    name: '「新建年度报告」 with an agency that is no file name (「../甲局/乙局」) makes its file in the workspace folder, not beside it',
    async run() {
      const uri = await vscode.commands.executeCommand('disclosureReport.newReport', { agency: '../甲局/乙局', year: 2025, layout: 'pipe', script: 'simplified' });
      const folder = vscode.workspace.workspaceFolders[0].uri;
      assert.equal(uri.path.slice(0, uri.path.lastIndexOf('/')), folder.path);
      assert.equal(decodeURIComponent(uri.path.split('/').pop()), '_甲局_乙局2025年政府信息公开工作年度报告.report.txt');
      await waitFor(() => docOf(uri)?.languageId === 'disclosure-report', 'the new report in the report language');
      assert.match(docOf(uri).getText(), /^\.\.\/甲局\/乙局2025年政府信息公开工作年度报告\n/);
    },
  },
];
