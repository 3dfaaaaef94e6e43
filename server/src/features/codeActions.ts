/**
 * Quick fixes and fix-all as LSP code actions. Every edit is a versioned TextDocumentEdit for the
 * version the fixes were computed on: the editor refuses it if the text changed meanwhile.
 * Fix-all edits are computed lazily (codeAction/resolve) when the client can resolve them.
 */
import type { CodeAction, Diagnostic, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Locale, Script, Table, Text3, TextEdit } from '../analysis/types';
import { detectLayout } from '../analysis/write/grid';
import { rewriteTableEdit } from '../analysis/write/rewriteTable';
import { keepWidths } from '../fixes/keepWidth';
import { fixAll } from '../fixes/fixAll';
import { doesSomething } from '../checks/lazyFix';
import { render, registerMessages, text3 } from '../i18n/render';
import { SOURCE } from './diagnostics';
import { overlaps, toRange, toSpan } from './ranges';

export const FIX_ALL_KIND = 'source.fixAll.disclosureReport';
export const REWRITE_KIND = 'refactor.rewrite';
export const COMMAND_FIX_ALL = 'disclosureReport.server.fixAll';
export const COMMAND_REVEAL = 'disclosureReport.server.reveal';
/** Says a lens's words as a message: what a status lens (「勾稽关系 ✓」) runs in a client other than VS Code. */
export const COMMAND_NOTE = 'disclosureReport.server.note';
/** Applies a code action's edit, for a client that takes commands only (no CodeAction literals): clientFit.ts. */
export const COMMAND_APPLY = 'disclosureReport.server.apply';
export const COMMAND_CONVERT = 'disclosureReport.server.convert';

registerMessages({
  'action.fixAllOfKind': { cn: '修正本文档中所有「{code}」问题（{count} 处）', tw: '修正本文件中所有「{code}」問題（{count} 處）', en: 'Fix all {code} problems in this document ({count})' },
  'action.fixAll': { cn: '修正本文档中所有合计', tw: '修正本文件中所有合計', en: 'Fix all totals in this document' },
  'action.formatTable': { cn: '对齐表格', tw: '對齊表格', en: 'Align the table' },
  'action.formatAppTable': { cn: '对齐表格（表三标签合为一列）', tw: '對齊表格（表三標籤合為一欄）', en: 'Align the table (table III labels in one column)' },
  'action.formWording': { cn: '对齐表格，并按规定格式改写行标签', tw: '對齊表格，並按規定格式改寫列標籤', en: 'Align the table and write its row labels as the form words them' },
});

/** A fix fix-all applies, and one that changes something (its edits may be made only now: lazyFix.ts). */
const safeAndDoes = (x: Fix) => !!x.safe && doesSomething(x);

export interface FixAllData {
  uri: string;
  version: number;
  codes?: string[];
}

export function versionedEdit(doc: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  // (A figure of another length — or written over an ideographic space, two columns wide — keeps its cell's closing
  // separator in line: keepWidth.ts.)
  const text = doc.getText();
  const kept = edits.some((e) => e.newText.length < 24 && (e.newText.length !== e.span.end - e.span.start || text.slice(e.span.start, e.span.end).includes('\u3000'))) ? keepWidths(text, edits) : edits;
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: kept.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })) }] };
}

function matching(f: Finding, diagnostics: readonly Diagnostic[], doc: TextDocument): Diagnostic[] {
  return diagnostics.filter((d) => d.source === SOURCE && d.code === f.code && doc.offsetAt(d.range.start) === f.span.start);
}

function actionFor(fix: Fix, doc: TextDocument, diagnostics: Diagnostic[], locale: Locale): CodeAction {
  const a: CodeAction = { title: render(fix.title, locale), kind: 'quickfix', diagnostics };
  if (fix.preferred) a.isPreferred = true;
  if (fix.edits.length) a.edit = versionedEdit(doc, fix.edits);
  else if (fix.command) a.command = { title: a.title, command: fix.command, arguments: [{ uri: doc.uri, version: doc.version }] };
  else if (fix.convert) {
    const args: Record<string, unknown> = { uri: doc.uri, version: doc.version, to: fix.convert.to };
    if (fix.convert.span) args.ranges = [toRange(doc, fix.convert.span)];
    a.command = { title: a.title, command: COMMAND_CONVERT, arguments: [args] };
  } else if (fix.reveal?.length) a.command = { title: a.title, command: COMMAND_REVEAL, arguments: [{ uri: doc.uri, ranges: fix.reveal.map((s) => toRange(doc, s)) }] };
  return a;
}

export interface CodeActionRequest {
  doc: TextDocument;
  findings: readonly Finding[];
  /** The report's tables, to offer rewriting the one at the cursor. */
  tables?: readonly Table[];
  /** The report's script, for labels written as the form words them. */
  script?: Script;
  range: Range;
  diagnostics: readonly Diagnostic[];
  only?: readonly string[];
  locale: Locale;
  canResolve: boolean;
  /** The checks the user turned off: not in `findings`, and never fixed by a fix-all either. */
  off?: ReadonlySet<string>;
}

export function codeActions(r: CodeActionRequest): CodeAction[] {
  const { doc, findings, locale } = r;
  const wants = (kind: string) => !r.only || r.only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  if (wants('quickfix')) {
    const span = toSpan(doc, r.range);
    let here = findings.filter((f) => overlaps(f.span, span) && f.fixes?.some(doesSomething));
    // The diagnostics the client asks about, where it names some of ours: a neighbouring cell's finding,
    // whose range only touches the cursor's, is not one of them.
    const asked = here.filter((f) => matching(f, r.diagnostics, doc).length);
    if (asked.length) here = asked;
    // The finding under the cursor first, then those that only touch it (blank cells of a tab-separated row
    // or one a line: each one's range is the separator after it, and the next one's starts where it ends —
    // the first action offered was the neighbour's 「填 0」, found by a review).
    const holds = (f: Finding) => f.span.start <= span.start && (span.start < f.span.end || f.span.start === f.span.end);
    const under = here.filter(holds);
    const touching = here.filter((f) => !holds(f));
    here = [...under, ...touching];
    // One preferred action (a client's auto-fix applies one only when it is the only one): the first — and never
    // a neighbour's where a finding is under the cursor, though none of its own fixes be preferred.
    let preferred = false;
    for (const { action: a, findings: of } of mergedActions(here, doc, r.diagnostics, locale)) {
      if (a.isPreferred && (preferred || (under.length && !of.some(holds)))) delete a.isPreferred;
      preferred ||= !!a.isPreferred;
      out.push(a);
    }
    // "Fix all of this kind": one action per code with safe fixes, when there is more than one.
    for (const code of new Set(here.map((f) => f.code))) {
      const count = findings.filter((f) => f.code === code && f.fixes?.some(safeAndDoes)).length;
      if (count < 2) continue;
      const a = fixAllAction(doc, render({ key: 'action.fixAllOfKind', args: { code, count } }, locale), 'quickfix', [code], r.canResolve, r.off);
      if (a) out.push(a);
    }
  }
  if (wants(FIX_ALL_KIND) && findings.some((f) => !EDITOR_FIX_ALL.except.has(f.code) && f.fixes?.some(safeAndDoes))) {
    const a = fixAllAction(doc, render({ key: 'action.fixAll' }, locale), FIX_ALL_KIND, undefined, r.canResolve, r.off);
    if (a) out.push(a);
  }
  // Anywhere in a table whose cell boundaries were lost: write it back with its separators.
  if (wants(REWRITE_KIND) && r.tables) {
    const at = toSpan(doc, r.range);
    const table = r.tables.find((t) => t.glue && at.start >= t.span.start && at.end <= t.span.end);
    const restore = table && findings.find((f) => f.code === 'table-glued' && f.span.start >= table.span.start && f.span.start <= table.span.end)?.fixes?.[0];
    if (restore && doesSomething(restore)) out.push({ ...actionFor(restore, doc, [], locale), kind: REWRITE_KIND, isPreferred: undefined });
    else out.push(...rewriteActions(doc, r.tables, at, r.script ?? 'simplified', locale));
  }
  return out;
}

/**
 * At a table: align it (the formatter's layout), and — when the document words some labels otherwise
 * (a scraped page's breaks, an older wording) — align it with the labels as the form words them.
 */
function rewriteActions(doc: TextDocument, tables: readonly Table[], at: { start: number; end: number }, script: Script, locale: Locale): CodeAction[] {
  const table = tables.find((t) => at.start >= t.span.start && at.end <= t.span.end);
  if (!table || table.glue) return [];
  const text = doc.getText();
  const style = detectLayout(text, table.span) === 'markdown' ? 'markdown' : 'pipe';
  const out: CodeAction[] = [];
  const plain = rewriteTableEdit(text, table, style);
  // (Only table 三's labels are two columns the writing makes one: the title says so of it alone — it said so of
  // tables 二 and 四 too, found by a review.)
  if (plain) out.push({ title: render({ key: table.kind === 'applications' ? 'action.formatAppTable' : 'action.formatTable' }, locale), kind: REWRITE_KIND, edit: versionedEdit(doc, [plain]) });
  const worded = rewriteTableEdit(text, table, style, { wording: script });
  if (worded && worded.newText !== (plain ? plain.newText : text.slice(worded.span.start, worded.span.end))) out.push({ title: render({ key: 'action.formWording' }, locale), kind: REWRITE_KIND, edit: versionedEdit(doc, [worded]) });
  return out;
}

/** Short names of the rules a merged fix repairs, for its title. */
const RULE_NAMES: Record<string, Text3> = {
  'row-total': { cn: '行合计', tw: '列合計', en: 'row total' },
  'column-total': { cn: '列合计', tw: '欄合計', en: 'column total' },
  balance: { cn: '勾稽关系', tw: '勾稽關係', en: 'balance' },
  'review-total': { cn: '表四总计', tw: '表四總計', en: 'table IV total' },
};

/**
 * One action per distinct repair: fixes of several findings that make the same edit (the one figure
 * that repairs a row and its column, the pair that balances two columns) are one entry, listing
 * every diagnostic it resolves and, when they are different rules, naming each in its title.
 */
function mergedActions(here: readonly Finding[], doc: TextDocument, diagnostics: readonly Diagnostic[], locale: Locale): { action: CodeAction; findings: Finding[] }[] {
  const groups = new Map<string, { fix: Fix; findings: Finding[] }>();
  const order: string[] = [];
  here.forEach((f, fi) => {
    for (const fix of f.fixes!) {
      // (A fix whose edits turned out to change nothing — a glued table already written as its fix
      // would write it — is not offered.)
      if (!doesSomething(fix)) continue;
      const key = fix.edits.length ? JSON.stringify(fix.edits.map((e) => [e.span.start, e.span.end, e.newText]).sort()) : `${fi}:${render(fix.title, locale)}`;
      const g = groups.get(key);
      if (g) {
        g.findings.push(f);
        g.fix.preferred ||= fix.preferred;
      } else {
        groups.set(key, { fix: { ...fix }, findings: [f] });
        order.push(key);
      }
    }
  });
  return order.map((key) => {
    const { fix, findings } = groups.get(key)!;
    const a = actionFor(fix, doc, findings.flatMap((f) => matching(f, diagnostics, doc)), locale);
    const codes = [...new Set(findings.map((f) => f.code))];
    if (codes.length > 1) {
      const names = codes.map((c) => (RULE_NAMES[c] ? text3(RULE_NAMES[c], locale) : c));
      const base = a.title.replace(/[（(][^（）()]*[）)]$/, '');
      a.title = locale === 'en' ? `${base} (repairs the ${names.join(' and ')})` : `${base}（修正${names.join('、')}）`;
    }
    return { action: a, findings };
  });
}

/**
 * A fix-all action. Made at once for a client that cannot resolve actions, and then offered only when
 * it edits something (its guard may keep no edit: fixAll.ts); for one that resolves, its edit is made
 * when chosen (resolveFixAll).
 */
function fixAllAction(doc: TextDocument, title: string, kind: string, codes: string[] | undefined, lazy: boolean, off: ReadonlySet<string> | undefined): CodeAction | undefined {
  const data: FixAllData = { uri: doc.uri, version: doc.version };
  if (codes) data.codes = codes;
  const a: CodeAction = { title, kind, data };
  // (Offered to a client that resolves it without its edits — unless they were made for this version and are none: chosen
  // once, it said 「没有可以自动修正的合计」, and was offered again at every stop of the cursor.)
  if (lazy) return madeFixAllEdits(doc, codes, off)?.length === 0 ? undefined : a;
  const edits = fixAllEdits(doc, codes, off);
  if (!edits.length) return undefined;
  a.edit = versionedEdit(doc, edits);
  return a;
}

/**
 * The fix-all edits of a document's version, made once: a client that cannot resolve actions asks for
 * them with every request for the cursor's actions (a lightbulb plugin, at every stop: 40–300 ms each).
 */
/**
 * The editor's fix-all when no codes are named (on save, the palette's 「修正全部合计」, a table's 「全部修正合计」): the
 * totals and cells, not a glued page's separators — written back as pipe rows, a scraped page's inferred figures read as
 * published ones, the evidence a reviewer checks gone (found by a review in code-server). Restoring is the table's own
 * action (its lens, table-glued's fix), and the command line's --fix.
 */
export const EDITOR_FIX_ALL = Object.freeze({ except: new Set(['table-glued']) });

/**
 * What a fix-all of the editor fixes: the codes named, or all but EDITOR_FIX_ALL's — and never a check the user turned
 * off, whose findings are not shown (found by a review: with row-total off, 「修正全部」 on save still rewrote a total).
 */
export function editorFixAll(codes: readonly string[] | undefined, off: ReadonlySet<string> | undefined): { codes: Set<string> } | { except: Set<string> } {
  if (codes) return { codes: new Set(codes.filter((c) => !off?.has(c))) };
  return { except: off?.size ? new Set([...EDITOR_FIX_ALL.except, ...off]) : EDITOR_FIX_ALL.except };
}

const madeEdits = new WeakMap<TextDocument, { version: number; text: string; byCodes: Map<string, TextEdit[]> }>();
const editsKey = (codes: readonly string[] | undefined, off: ReadonlySet<string> | undefined) => (codes ? codes.join(' ') : '') + '|' + (off ? [...off].sort().join(' ') : '');
/** The fix-all edits already made for the document's version, if they were. */
function madeFixAllEdits(doc: TextDocument, codes: readonly string[] | undefined, off: ReadonlySet<string> | undefined): TextEdit[] | undefined {
  const made = madeEdits.get(doc);
  return made && made.version === doc.version && made.text === doc.getText() ? made.byCodes.get(editsKey(codes, off)) : undefined;
}
function fixAllEdits(doc: TextDocument, codes: readonly string[] | undefined, off: ReadonlySet<string> | undefined): TextEdit[] {
  let made = madeEdits.get(doc);
  // (The text too, not the version only: a client may send a change under the version it had.)
  const text = doc.getText();
  if (!made || made.version !== doc.version || made.text !== text) madeEdits.set(doc, (made = { version: doc.version, text, byCodes: new Map() }));
  const key = editsKey(codes, off);
  let edits = made.byCodes.get(key);
  if (!edits) made.byCodes.set(key, (edits = fixAll(text, editorFixAll(codes, off))));
  return edits;
}

/**
 * Fills in a fix-all action's edit, if the document is still at the version it was offered for. Where
 * the edits turn out to be none, the action runs the server's fix-all command instead, which says so
 * (「没有可以自动修正的合计」) — an empty edit would do nothing without a word.
 */
export function resolveFixAll(a: CodeAction, doc: TextDocument | undefined, off?: ReadonlySet<string>): CodeAction {
  const data = a.data as FixAllData | undefined;
  if (!data || !doc) return a;
  // Offered for a version the document has left: no edit, and the fix-all command at that version, which
  // says so (「文档已修改，请重新执行此操作」) — an action with neither did nothing without a word (found by a review).
  if (doc.version !== data.version) {
    a.command = { title: a.title, command: COMMAND_FIX_ALL, arguments: [{ uri: doc.uri, version: data.version, ...(data.codes ? { codes: data.codes } : {}) }] };
    return a;
  }
  const edits = fixAllEdits(doc, data.codes, off);
  if (edits.length) a.edit = versionedEdit(doc, edits);
  else a.command = { title: a.title, command: COMMAND_FIX_ALL, arguments: [{ uri: doc.uri, version: doc.version, ...(data.codes ? { codes: data.codes } : {}) }] };
  return a;
}
