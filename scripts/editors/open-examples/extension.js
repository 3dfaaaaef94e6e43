// npm start helper (not part of the extension): when a window opens the workspace with no editor open
// (a first visit; a later visit restores the browser's own editors), open the reports at the top of the
// workspace folder as editors, and show FOCUS (if present) last.
const vscode = require('vscode');

const FOCUS = '2021-suqian-traditional-one-cell-per-line.txt';

exports.activate = async function activate() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || vscode.window.tabGroups.all.some((g) => g.tabs.length)) return;
  const entries = await vscode.workspace.fs.readDirectory(folder.uri);
  const names = entries
    .filter(([name, type]) => type === vscode.FileType.File && /\.(txt|md)$/.test(name))
    .map(([name]) => name)
    .sort((a, b) => (a === FOCUS) - (b === FOCUS) || a.localeCompare(b));
  for (const name of names) {
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
      await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
    } catch (e) {
      console.error(`open-examples: ${name}: ${e.message}`);
    }
  }
};

exports.deactivate = function deactivate() {};
