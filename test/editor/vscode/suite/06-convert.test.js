// 「转换为简体」 (disclosureReport.convertToSimplified) on seed 001: one workspace edit, Han characters
// only.
const assert = require('node:assert/strict');
const { vscode, fileUri, docOf, openReport, waitFor, diagnostics, codeOf } = require('./helpers');

const TITLE_SIMPLIFIED = '宿迁市人力资源和社会保障局2021年政府信息公开年度工作报告';
const notHan = (s) => s.replace(/\p{Script=Han}/gu, '');
const digits = (s) => s.replace(/[^0-9０-９]/g, '');

async function copyOfSeed(name) {
  const src = Buffer.from(await vscode.workspace.fs.readFile(fileUri('001_72945e47686616df.txt'))).toString('utf8');
  await vscode.workspace.fs.writeFile(fileUri(name), Buffer.from(src, 'utf8'));
  return src;
}

module.exports = [
  {
    name: '转换为简体 on seed 001 converts the whole document: title simplified, every digit unchanged',
    async run() {
      const src = await copyOfSeed('001-convert.txt');
      const uri = await openReport('001-convert.txt');
      const editor = await vscode.window.showTextDocument(docOf(uri));
      editor.selection = new vscode.Selection(5, 0, 5, 0); // no selection: the whole document
      const n = await vscode.commands.executeCommand('disclosureReport.convertToSimplified');
      assert.ok(typeof n === 'number' && n > 0, `returned ${n}`);
      const out = docOf(uri).getText();
      assert.equal(docOf(uri).lineAt(0).text, TITLE_SIMPLIFIED);
      assert.equal(digits(out), digits(src), 'digits');
      assert.equal(notHan(out), notHan(src), 'everything but Han characters');
      assert.equal(out.length, src.length);
      assert.ok(out.includes('予以公开') && !out.includes('予以公開'), 'the table labels are simplified too');
      // Now a simplified report: the 39 mixed-script notes of the traditional original go away.
      await diagnostics(uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'mixed-script'), 'mixed-script notes to go away');
    },
  },
  {
    name: 'the conversion is one undo step',
    async run() {
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, '001-convert.txt');
      const src = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      assert.notEqual(docOf(uri).getText(), src, 'needs the previous test');
      await vscode.window.showTextDocument(docOf(uri));
      await vscode.commands.executeCommand('undo');
      await waitFor(() => docOf(uri).getText() === src, 'one undo to restore the traditional text', 5000);
    },
  },
  {
    name: '转换为简体 with a selection converts only the selection',
    async run() {
      const src = await copyOfSeed('001-convert-selection.txt');
      const uri = await openReport('001-convert-selection.txt');
      const editor = await vscode.window.showTextDocument(docOf(uri));
      editor.selection = new vscode.Selection(0, 0, 0, docOf(uri).lineAt(0).text.length);
      const n = await vscode.commands.executeCommand('disclosureReport.convertToSimplified');
      assert.ok(n > 0, `returned ${n}`);
      const lines = docOf(uri).getText().split('\n');
      const before = src.split('\n');
      assert.equal(lines[0], TITLE_SIMPLIFIED);
      assert.deepEqual(lines.slice(1), before.slice(1), 'the other lines are untouched');
    },
  },
];
