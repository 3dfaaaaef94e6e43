// Helpers for the in-extension-host tests (CommonJS; `vscode` is the real API of code-server's
// extension host). Every wait polls with a deadline; none is a bare sleep.
const vscode = require('vscode');

const SOURCE = 'disclosure-report';
const EXTENSION_ID = 'gkreport.disclosure-report';

const folder = () => vscode.workspace.workspaceFolders[0].uri;
const fileUri = (name) => vscode.Uri.joinPath(folder(), name);
const tick = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value; throws `what` (with the last value) after `timeout` ms. */
async function waitFor(fn, what, timeout = 20000, every = 50) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${detail === undefined ? '' : ` (last: ${detail})`}`);
    }
    await tick(every);
  }
}

/** The current TextDocument for `uri` (a language switch replaces the document object). */
const docOf = (uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

async function open(name) {
  const uri = fileUri(name);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return uri;
}

/** Opens a plain-text report and waits for the client to switch it to the report language. */
async function openReport(name) {
  const uri = await open(name);
  await waitFor(() => docOf(uri)?.languageId === 'disclosure-report', `${name} to get language disclosure-report`);
  // setTextDocumentLanguage re-opens the document: show the new one.
  await vscode.window.showTextDocument(docOf(uri), { preview: false });
  return uri;
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);
const countBy = (diags) => diags.reduce((m, d) => ((m[codeOf(d)] = (m[codeOf(d)] ?? 0) + 1), m), {});

/** Waits until the extension's diagnostics for `uri` satisfy `pred`; returns them. */
const diagnostics = (uri, pred, what, timeout) => waitFor(() => {
  const d = ours(uri);
  return pred(d) ? d : false;
}, what, timeout).catch((e) => {
  throw new Error(`${e.message}; diagnostics now: ${JSON.stringify(countBy(ours(uri)))}`);
});

/** Position of `needle` (plus `delta` characters) in the document; fails if it is not there. */
function positionOf(doc, needle, delta = 0) {
  const i = doc.getText().indexOf(needle);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} not found in ${doc.uri.path}`);
  return doc.positionAt(i + delta);
}

/** The text of every hover at `pos`, joined. */
async function hoverText(uri, pos) {
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n\n');
}

/** Replaces the line `line` (0-based) of `uri` with `text` through a WorkspaceEdit. */
async function setLine(uri, line, text) {
  const doc = docOf(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, doc.lineAt(line).range, text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('applyEdit refused the edit');
}

module.exports = { vscode, SOURCE, EXTENSION_ID, folder, fileUri, waitFor, docOf, open, openReport, ours, codeOf, countBy, diagnostics, positionOf, hoverText, setLine };
