// The client switches a plain-text report to the report language; the extension that runs is the
// packaged one (the vsix installed into code-server's extensions dir).
const path = require('node:path');
const { vscode, EXTENSION_ID, waitFor, docOf, open, openReport } = require('./helpers');

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
];
