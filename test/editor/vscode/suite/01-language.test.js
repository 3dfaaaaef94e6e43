// The client switches a plain-text report to the report language; the extension that runs is the
// packaged one (the vsix installed into code-server's extensions dir).
const path = require('node:path');
const { readFileSync } = require('node:fs');
const { vscode, EXTENSION_ID, waitFor, docOf, open, openReport, fileUri, diagnostics, codeOf } = require('./helpers');

const SEED_003 = '003_054de3fe172792eb.txt';
let ranFrom;

module.exports = [
  {
    name: 'seed 003 (.txt, tab rows) is switched from plaintext to disclosure-report',
    async run() {
      const uri = await open(SEED_003);
      await waitFor(() => docOf(uri)?.languageId === 'disclosure-report', 'language disclosure-report');
      if (!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString())) throw new Error('the report is not shown');
    },
  },
  {
    name: 'the running extension is the installed vsix, active',
    note: () => ranFrom,
    async run() {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
      await waitFor(() => ext.isActive, 'the extension to be active');
      ranFrom = ext.extensionPath;
      // The runner installs the vsix into <run>/ext and points extensionDevelopmentPath at that same folder.
      if (path.basename(path.dirname(ext.extensionPath)) !== 'ext' || !path.basename(ext.extensionPath).startsWith(`${EXTENSION_ID}-`)) {
        throw new Error(`extension runs from ${ext.extensionPath}, not from the installed vsix`);
      }
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['disclosureReport.convertToSimplified', 'disclosureReport.convertToTraditional', 'disclosureReport.fixAll', 'disclosureReport.formatTable']) {
        if (!commands.includes(c)) throw new Error(`command ${c} is not registered`);
      }
    },
  },
  {
    name: 'a .txt without a report title stays plaintext',
    async run() {
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'notes.txt');
      await vscode.workspace.fs.writeFile(uri, Buffer.from('会议纪要\n一、总体情况\n本周无事。\n'));
      await open('notes.txt');
      // Positive control: a report opened after it is switched, so the client has seen both.
      const report = await openReport('002_9419df82f7924411.txt');
      if (docOf(report)?.languageId !== 'disclosure-report') throw new Error('control report not switched');
      const lang = docOf(uri)?.languageId;
      if (lang !== 'plaintext') throw new Error(`notes.txt became ${lang}`);
    },
  },
  {
    name: 'a report pasted into an untitled editor that VS Code guessed to be 「Ini」 gets the report language and its diagnostics',
    async run() {
      const doc = await vscode.workspace.openTextDocument({ language: 'ini', content: '' });
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const text = readFileSync(fileUri('002_9419df82f7924411.txt').fsPath, 'utf8');
      if (!(await editor.edit((b) => b.insert(new vscode.Position(0, 0), text)))) throw new Error('the paste was refused');
      await waitFor(() => docOf(doc.uri)?.languageId === 'disclosure-report', 'the pasted report to get language disclosure-report');
      await diagnostics(doc.uri, (d) => d.filter((x) => codeOf(x) === 'table-missing').length === 3, 'table-missing ×3 on the pasted report');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  },
  {
    name: 'a .txt one starts typing a report into is switched once its title is typed; a language chosen afterwards stays',
    async run() {
      const uri = fileUri('typing.txt');
      await vscode.workspace.fs.writeFile(uri, Buffer.from(''));
      await open('typing.txt');
      const type = async (s) => {
        const e = vscode.window.visibleTextEditors.find((x) => x.document.uri.toString() === uri.toString());
        if (!(await e.edit((b) => b.insert(e.document.lineAt(e.document.lineCount - 1).range.end, s)))) throw new Error('typing refused');
      };
      await type('某某');
      await type('区教育局2025年政府信息公开工作年度报告\n');
      await waitFor(() => docOf(uri)?.languageId === 'disclosure-report', 'typing.txt to get language disclosure-report');
      await vscode.languages.setTextDocumentLanguage(docOf(uri), 'plaintext');
      await vscode.window.showTextDocument(docOf(uri), { preview: false });
      await type('一、总体情况\n');
      await new Promise((r) => setTimeout(r, 1000)); // three debounce periods: a switch would have happened
      if (docOf(uri)?.languageId !== 'plaintext') throw new Error(`the user's plaintext became ${docOf(uri)?.languageId}`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  },
  {
    name: 'a notice about the reports stays plain text (it opened as a report with nine errors: found by a review)',
    async run() {
      const uri = fileUri('notice.txt');
      await vscode.workspace.fs.writeFile(uri, Buffer.from('关于做好2024年政府信息公开工作年度报告编制发布工作的通知\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。\n'));
      await open('notice.txt');
      const report = await openReport('002_9419df82f7924411.txt');
      if (docOf(report)?.languageId !== 'disclosure-report') throw new Error('control report not switched');
      if (docOf(uri)?.languageId !== 'plaintext') throw new Error(`notice.txt became ${docOf(uri)?.languageId}`);
    },
  },
  {
    name: 'detection turned off leaves a report plain text; turned back on, the open report is switched without reopening it',
    async run() {
      const config = vscode.workspace.getConfiguration('disclosureReport');
      await config.update('detect', false, vscode.ConfigurationTarget.Workspace);
      try {
        const uri = fileUri('detect-later.txt');
        await vscode.workspace.fs.writeFile(uri, readFileSync(fileUri('002_9419df82f7924411.txt').fsPath));
        await open('detect-later.txt');
        await new Promise((r) => setTimeout(r, 1000));
        if (docOf(uri)?.languageId !== 'plaintext') throw new Error(`with detection off it became ${docOf(uri)?.languageId}`);
        await config.update('detect', undefined, vscode.ConfigurationTarget.Workspace);
        await waitFor(() => docOf(uri)?.languageId === 'disclosure-report', 'the open report to be switched once detection is on');
      } finally {
        await config.update('detect', undefined, vscode.ConfigurationTarget.Workspace);
      }
    },
  },
];
