// "editor.codeActionsOnSave": {"source.fixAll.disclosureReport": "explicit"} (in the user settings
// the runner writes): saving a report with a wrong total corrects it (VS Code resolves the fix-all
// action's edit with codeAction/resolve).
const assert = require('node:assert/strict');
const { vscode, fileUri, docOf, openReport, diagnostics, codeOf } = require('./helpers');

const TOTAL = /((?:\(一\)|（一）)予以公[開开] \|\r?\n(?:\d+ \|\r?\n){6})16( \|)/;

module.exports = [
  {
    name: 'source.fixAll.disclosureReport is offered as a source action',
    async run() {
      const src = Buffer.from(await vscode.workspace.fs.readFile(fileUri('001_72945e47686616df.txt'))).toString('utf8');
      await vscode.workspace.fs.writeFile(fileUri('001-fixall.txt'), Buffer.from(src.replace(TOTAL, '$117$2'), 'utf8'));
      const uri = await openReport('001-fixall.txt');
      await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'row-total'), 'row-total');
      const doc = docOf(uri);
      const all = new vscode.Range(0, 0, doc.lineCount, 0);
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, all, 'source.fixAll.disclosureReport', 5);
      const fixAll = actions.find((a) => a.kind && a.kind.value === 'source.fixAll.disclosureReport');
      assert.ok(fixAll, `source actions: ${JSON.stringify(actions.map((a) => [a.title, a.kind?.value]))}`);
      // Resolved, its edit is applied by the client's version-checking command.
      assert.ok(fixAll.command, 'resolved into the version-checking command');
      assert.equal(await vscode.commands.executeCommand(fixAll.command.command, ...fixAll.command.arguments), true);
      assert.equal(docOf(uri).getText(), src, 'fix-all restores the original total');
      await diagnostics(uri, (d) => d.length && !d.some((x) => codeOf(x) === 'row-total' || codeOf(x) === 'column-total'), 'the totals to be clean');
    },
  },
  {
    name: 'with editor.codeActionsOnSave → source.fixAll.disclosureReport, saving a wrong total corrects it',
    async run() {
      const conf = vscode.workspace.getConfiguration('editor');
      const onSave = conf.get('codeActionsOnSave');
      if (!onSave || onSave['source.fixAll.disclosureReport'] !== 'explicit') {
        await conf.update('codeActionsOnSave', { 'source.fixAll.disclosureReport': 'explicit' }, vscode.ConfigurationTarget.Global);
      }
      const src = Buffer.from(await vscode.workspace.fs.readFile(fileUri('001_72945e47686616df.txt'))).toString('utf8');
      await vscode.workspace.fs.writeFile(fileUri('001-save.txt'), Buffer.from(src, 'utf8'));
      const uri = await openReport('001-save.txt');
      const doc = docOf(uri);
      const m = TOTAL.exec(doc.getText());
      const start = doc.positionAt(m.index + m[1].length);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(start, start.translate(0, 2)), '17');
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'row-total'), 'row-total after typing 17');
      assert.equal(docOf(uri).isDirty, true);
      assert.equal(await docOf(uri).save(), true, 'save');
      assert.equal(docOf(uri).getText(), src, 'the total is 16 again in the editor');
      const disk = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      assert.equal(disk, src, 'the saved file has the corrected total');
      await diagnostics(uri, (d) => d.length && !d.some((x) => codeOf(x) === 'row-total'), 'row-total to go away');
    },
  },
];
