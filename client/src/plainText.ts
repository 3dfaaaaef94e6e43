/**
 * Reports that arrive as plain text: opened from a .txt, pasted into an untitled editor (which VS Code
 * may have labelled 「Ini」 or another guessed language), typed into a .txt, or reopened with another
 * encoding. Each gets the report language once its opening lines read as a report. Detection reads
 * at most the first few thousand characters and runs at most every 300 ms per document while it is
 * edited, so it costs nothing noticeable. A language the user picks afterwards is respected.
 */
import * as vscode from 'vscode';
import { looksLikeReport, looksMisdecoded } from './detect';
import { t } from './messages';

import { reopened } from './languageChoice';

const LANGUAGE_ID = 'disclosure-report';
const DEBOUNCE_MS = 300;
const DETECT_LINES = 40;

export function followPlainText(): vscode.Disposable {
  const switched = new Map<string, { at: number; times: number }>(); // documents we gave the report language
  const declined = new Set<string>(); // documents whose user chose another language after that
  const warned = new Set<string>(); // documents whose encoding we already questioned
  const timers = new Map<string, NodeJS.Timeout>();
  const closedAt = new Map<string, number>(); // when each document was last closed (a language change closes it too)

  const candidate = (doc: vscode.TextDocument): boolean => {
    if (doc.languageId === LANGUAGE_ID || doc.languageId === 'markdown' || doc.uri.scheme === 'output') return false;
    if (declined.has(doc.uri.toString())) return false;
    if (!vscode.workspace.getConfiguration('disclosureReport', doc.uri).get<boolean>('detect', true)) return false;
    // An untitled editor's language is VS Code's guess from the pasted text (often 「Ini」), not a choice.
    return doc.languageId === 'plaintext' || doc.uri.scheme === 'untitled';
  };

  const detect = (doc: vscode.TextDocument) => {
    if (doc.isClosed || !candidate(doc)) return;
    const head = doc.getText(new vscode.Range(0, 0, Math.min(DETECT_LINES, doc.lineCount), 0)) || doc.lineAt(0).text;
    if (looksLikeReport(head)) {
      const key = doc.uri.toString();
      switched.set(key, { at: Date.now(), times: (switched.get(key)?.times ?? 0) + 1 });
      void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    } else if (doc.uri.scheme === 'file' && looksMisdecoded(head)) void questionEncoding(doc);
  };

  const questionEncoding = async (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    if (warned.has(key)) return;
    warned.add(key);
    const reopen = t('reopenEncoding');
    const always = t('alwaysGuessEncoding');
    const files = vscode.workspace.getConfiguration('files');
    const choices = files.get<boolean>('autoGuessEncoding') ? [reopen] : [reopen, always];
    const pick = await vscode.window.showWarningMessage(t('misdecoded', vscode.workspace.asRelativePath(doc.uri)), ...choices);
    if (pick === always) await files.update('autoGuessEncoding', true, vscode.ConfigurationTarget.Global);
    if (pick === reopen || pick === always) {
      await vscode.window.showTextDocument(doc);
      // VS Code's own picker puts the encoding it guesses from the bytes (GBK for these files) first.
      await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
    }
  };

  const soon = (doc: vscode.TextDocument) => {
    if (!candidate(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      // The document object of the change may be gone by now (a language change replaces it).
      const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (now) detect(now);
    }, DEBOUNCE_MS));
  };

  const subs = [
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const key = doc.uri.toString();
      // A language change arrives as close + open. One away from ours is the user's choice — unless it
      // comes right after our switch in an untitled editor: that is VS Code's own guess from the text
      // (「Ini」), which runs on a timer of its own. Ours is set again then (a few times at most).
      const ours = switched.get(key);
      const closed = closedAt.get(key);
      closedAt.delete(key);
      if (ours && doc.languageId !== LANGUAGE_ID) {
        const what = reopened({ switchedAt: ours.at, times: ours.times, closedAt: closed, now: Date.now(), untitled: doc.uri.scheme === 'untitled' });
        if (what === 'declined') {
          switched.delete(key);
          declined.add(key);
          return;
        }
        if (what === 'detect') switched.delete(key);
      }
      detect(doc);
    }),
    // Typing, pasting, and 「Reopen with Encoding」 (which replaces the text) all arrive here.
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && soon(e.document)),
    // (Detection turned back on: the open files are looked at again — they stayed plain text until reopened, a review.)
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('disclosureReport.detect') && vscode.workspace.textDocuments.forEach(detect)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      clearTimeout(timers.get(key));
      timers.delete(key);
      if (doc.uri.scheme === 'untitled' && !switched.has(key)) declined.delete(key);
      warned.delete(key);
      closedAt.set(key, Date.now());
    }),
  ];
  vscode.workspace.textDocuments.forEach(detect);
  return vscode.Disposable.from(...subs, { dispose: () => timers.forEach(clearTimeout) });
}
