/**
 * Reads table 三 (收到和处理政府信息公开申请情况) from a token stream: every known row label,
 * then the cells that follow it up to the next text. Works the same on every layout because it
 * never relies on line structure: a label may end a longer run of text (the header or a group
 * label glued before it), and a row's figures may arrive glued into one run of digits, which is
 * split by the row's total and, where that leaves several readings, by the table's column rules.
 * A second occurrence of a row already read starts a new table (scraped pages repeat tables).
 */
import { readRun, readingCells, runWords, type GluedRow } from '../glued/readRun';
import { resolveColumns } from '../glued/resolveColumns';
import { LIST_NUMBER, Token } from '../tokens/tokenize';
import { fitRow, rowCellsEnd } from './fitRow';
import { appHeaderStart, isAppHeader, isAppHeaderCell, matchAppLabel, STATED_UNIT as UNIT } from './labels';
import { isContinuation, joinedFold, wrapsInto } from './wrapped';
import { wrappedRow } from './wrappedRow';
import { UNITS } from './readStatistics';
import { APP_TOTAL_COL, APP_WIDTH } from '../../form/schema';
import type { ApplicationsTable, GroupLabel, Span, TableGlue, TableRow } from '../../types';

/** Fewer rows than this and the labels were prose, not a table. */
const MIN_ROWS = 3;
/** The units of the pre-2019 statistics table's unit column. */
const UNIT_CELLS = new Set(UNITS);
const ROW_RULE = [{ parts: [0, 1, 2, 3, 4, 5], total: APP_TOTAL_COL }];

interface Draft {
  start: number;
  header?: Span;
  end: number;
  rows: TableRow[];
  groups: GroupLabel[];
  seen: Set<string>;
}

export function readApplications(tokens: Token[], text: string): ApplicationsTable[] {
  const tables: ApplicationsTable[] = [];
  let draft: Draft | undefined;
  const close = () => {
    if (draft && draft.rows.length >= MIN_ROWS) tables.push(finish(draft, text));
    draft = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (head.kind !== 'text') continue;
    const previous = draft?.rows[draft.rows.length - 1]?.id;
    const started = !!draft && draft.rows.length > 0;
    let m = matchAppLabel(head, started, previous);
    // A label wrapped in a narrow cell (a PDF's or Word's line break) may be cut anywhere
    // (「5.属于三类内部」 / 「事务信息」, 「（六）其他」 / 「处理」, 「（七」 / 「）总计」): read across the break when
    // the second part is no label of its own and the first is none either, or the key straddles the break.
    const first = i;
    const next = tokens[i + 1];
    if (wrapsInto(head, next) && !matchAppLabel(next, started, previous)) {
      const across = matchAppLabel(joinedFold(head, next), started, previous);
      const straddles = !!across && across.key.start < next.span.start && across.key.end > next.span.start;
      if (across && across.start < next.span.start && (!m || straddles)) {
        m = across;
        i++;
      }
    }
    // A label wrapped over several lines with its figures among its pieces (a PDF's narrow label column).
    const wrapped = wrappedRow(tokens, first, i, m, started, previous);
    if (wrapped) m = wrapped.match;
    if (!m) continue;
    const tok = tokens[i];
    const label = { start: m.start, end: tok.span.end };
    const prefix = m.start > head.span.start ? sub(head, text, head.span.start, m.start) : undefined;
    if (m.isGroup) {
      if (draft) {
        draft.groups.push({ id: m.def.id, span: label, text: text.slice(label.start, label.end) });
        draft.end = Math.max(draft.end, tok.span.end);
      }
      continue;
    }
    // The label may continue in the next text cells (a label broken across cells or lines).
    let statistics = false;
    let labelEnd = tok.span.end;
    let j = wrapped ? wrapped.end : i + 1;
    const cells: Token[] = wrapped ? wrapped.cells : [];
    for (; !wrapped && j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind === 'value' && rowCellsEnd(tokens, j) === j && (cells.length || t.line > tok.line)) break;
      if (t.kind === 'text') {
        const nonBlankSeen = cells.some((c) => c.kind !== 'blank');
        // A unit in a cell of its own (「| 3.同意部分公开答复数 | 件 | 0 |」): a row of the pre-2019 statistics
        // table, which names some of table 三's words — never a row of table 三, which has no unit column.
        if (!nonBlankSeen && UNIT_CELLS.has(t.raw)) {
          statistics = true;
          break;
        }
        // The row's own list number on the line below its words, before its figures (a PDF's text:
        // 「危及“三安全一稳定”」 / 「3.   0  1  0 …」): part of the label, not the end of the row.
        if (!nonBlankSeen && !m.numbered && t.line > tok.line && LIST_NUMBER.test(t.raw)) continue;
        // (A continuation may name the same row again: 「2.没有现成信息」 / 「需要另行制作」.)
        const again = isContinuation(t) && matchAppLabel(t, true, m.def.id);
        if (!nonBlankSeen && isContinuation(t) && (!again || (again.def.id === m.def.id && !again.numbered)) && !isAppHeaderCell(t.norm)) {
          labelEnd = t.span.end;
          cells.length = 0;
          continue;
        }
        break;
      }
      cells.push(t);
    }
    if (statistics) continue;
    // 「予以公开15件」: a figure in a sentence, not a row — also when the sentence wraps before its
    // figure (「本年度办理结果中，予以公开」 / 「13件。」): the figure opens the next line, and is no cell.
    const lastValue = cells.filter((c) => c.kind !== 'blank').pop();
    const follower = tokens[j];
    if (lastValue && follower && follower.kind === 'text' && follower.span.start === lastValue.span.end && UNIT.test(follower.raw)) continue;
    if (!lastValue && follower?.kind === 'value') {
      const unit = tokens[j + 1];
      if (unit && unit.kind === 'text' && unit.span.start === follower.span.end && UNIT.test(unit.raw)) continue;
    }
    // （六）其他处理 is a group in the 2021 form and a row of figures in the 2019 form.
    if (m.def.id === 'other' && !cells.some((c) => c.kind !== 'blank')) {
      if (draft) draft.groups.push({ id: 'g-other', span: label, text: text.slice(label.start, label.end) });
      continue;
    }
    if (draft && draft.seen.has(m.def.id)) close();
    // A label with nothing after it — not a figure, not a blank cell — opens no table: it is words in
    // prose (「…予以公开的有」), and a table's first row has its cells.
    if (!draft && !cells.length) continue;
    if (!draft) draft = open(tokens, first, m.start, prefix, text);
    else if (prefix) groupIn(prefix, draft, text);
    const labelSpan = { start: label.start, end: labelEnd };
    const fitted = fitRow(cells, APP_WIDTH, labelSpan, tok.line);
    const row: TableRow = { id: m.def.id, label: labelSpan, labelText: labelText(tokens, first, j, labelSpan, text) + (wrapped ? wrapped.pieces.map((p) => p.raw).join('') : ''), cells: fitted.cells, found: fitted.found };
    if (fitted.run) {
      const glued: GluedRow = readRun(text, fitted.run, APP_WIDTH, ROW_RULE, 'row');
      row.cells = glued.cells;
      row.glue = glued.glue;
    }
    draft.rows.push(row);
    draft.seen.add(m.def.id);
    const lastCell = row.glue ? row.glue.run.end : row.cells.filter((c) => c.kind !== 'missing').pop()?.span.end;
    draft.end = Math.max(draft.end, lastCell ?? labelEnd);
    i = j - 1;
    if (wrapped) for (const p of wrapped.pieces) draft.end = Math.max(draft.end, p.span.end);
  }
  close();
  return tables;
}

/** A text token for part of another (the text glued before a label). */
function sub(tok: Token, text: string, start: number, end: number): Token | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? new Token('text', { start, end }, text.slice(start, end), tok.line, tok.piece) : undefined;
}

/** The label as written, with its continuation cells. */
function labelText(tokens: Token[], i: number, j: number, label: Span, text: string): string {
  const parts = [text.slice(label.start, tokens[i].span.end)];
  for (let k = i + 1; k < j; k++) if (tokens[k].kind === 'text' && tokens[k].span.end <= label.end) parts.push(tokens[k].raw);
  return parts.join('');
}

/** A group label (（三）不予公开) glued before a row's label. */
function groupIn(prefix: Token, draft: Draft, text: string): void {
  const g = matchAppLabel(prefix, true);
  if (g?.isGroup) draft.groups.push({ id: g.def.id, span: { start: g.start, end: prefix.span.end }, text: text.slice(g.start, prefix.span.end) });
  else if (g?.def.id === 'other') draft.groups.push({ id: 'g-other', span: { start: g.start, end: prefix.span.end }, text: text.slice(g.start, prefix.span.end) });
}

/**
 * Opens a table at its first row label, taking in the header just before it: header cells of
 * their own, or header words glued before the label (「…法律服务机构其他一、本年新收…」).
 */
function open(tokens: Token[], first: number, labelStart: number, prefix: Token | undefined, text: string): Draft {
  const draft: Draft = { start: labelStart, end: tokens[first].span.end, rows: [], groups: [], seen: new Set() };
  // Whether what stands before the label belongs to the table, so that header cells before it do too.
  let adjacent = true;
  if (prefix) {
    const f = prefix.fold();
    const h = appHeaderStart(f.s);
    if (h >= 0) {
      draft.start = f.at(h);
      draft.header = { start: draft.start, end: prefix.span.end };
      adjacent = h === 0;
    } else {
      const before = draft.groups.length;
      groupIn(prefix, draft, text);
      const g = draft.groups[before];
      if (g) draft.start = g.span.start;
      adjacent = !!g && g.span.start === prefix.span.start;
    }
  }
  if (!adjacent) return draft;
  let h = first;
  let end = -1;
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'blank') continue;
    if (t.kind === 'text' && isAppHeader(t.norm)) {
      h = k;
      if (end < 0) end = t.span.end;
      continue;
    }
    break;
  }
  if (h < first) {
    draft.start = tokens[h].span.start;
    draft.header = { start: draft.start, end: draft.header?.end ?? end };
  }
  return draft;
}

function finish(d: Draft, text: string): ApplicationsTable {
  const hasOtherRow = d.rows.some((r) => r.id === 'other');
  const hasOtherItems = d.rows.some((r) => r.id === 'o1' || r.id === 'o2' || r.id === 'o3');
  const variant = hasOtherRow && !hasOtherItems ? '2019' : '2021';
  const table: ApplicationsTable = { kind: 'applications', span: { start: d.start, end: d.end }, variant, rows: d.rows, groups: d.groups };
  if (d.header) table.header = d.header;
  const glue = settleGlued(table, text);
  if (glue) table.glue = glue;
  return table;
}

/**
 * Rows the row total left open are tried together against the column rules; then the table's
 * account of what it inferred, and which rules it used to do so.
 */
function settleGlued(t: ApplicationsTable, text: string): TableGlue | undefined {
  if (!t.rows.some((r) => r.glue)) return undefined;
  const rules = new Set<string>();
  const open = t.rows.filter((r) => r.glue?.status === 'ambiguous' && r.glue.readings?.length && !r.glue.more);
  if (open.length) {
    const choice = resolveColumns(
      t.rows.map((r) => (r.glue?.status === 'ambiguous' && r.glue.readings?.length && !r.glue.more ? { id: r.id, readings: r.glue.readings } : { id: r.id, values: r.cells.map((c) => (c.kind === 'number' ? c.value : c.kind === 'blank' || c.kind === 'none' ? 0 : undefined)) })),
      t.variant,
    );
    if (choice) {
      let settled = false;
      for (const r of open) {
        const ks = choice.get(r.id)!;
        const glue = r.glue!;
        if (ks.length !== 1) {
          // Still open: keep only the readings the columns allow.
          glue.readings = ks.map((k) => glue.readings![k]);
          if (glue.lengths) glue.lengths = ks.map((k) => glue.lengths![k]);
          continue;
        }
        const lengths = glue.lengths?.[ks[0]];
        if (!lengths) continue;
        // The run's words again, to place each figure on its own digits.
        const words = runWords(wordsOf(text, glue.run));
        r.cells = readingCells(text, words, lengths, glue.readings![ks[0]], 'columns');
        r.glue = { run: glue.run, raw: glue.raw, status: 'read', how: 'columns' };
        settled = true;
      }
      if (settled) {
        rules.add('column-total');
        rules.add('balance');
      }
    }
  }
  let inferred = 0;
  let unknown = 0;
  for (const r of t.rows) {
    if (!r.glue) continue;
    if (r.glue.how === 'row' || r.glue.how === 'columns') rules.add('row-total');
    for (const c of r.cells) {
      if (c.inferred) inferred++;
      if (c.kind === 'unknown') unknown++;
    }
  }
  return { inferred, unknown, rules: [...rules] };
}

/** The digit words of a run as value tokens (to place figures on their characters). */
function wordsOf(text: string, run: Span): Token[] {
  const out: Token[] = [];
  const re = /[-－+]?[0-9０-９]+/g;
  const raw = text.slice(run.start, run.end);
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push(new Token('value', { start: run.start + m.index, end: run.start + m.index + m[0].length }, m[0], 0, 0));
  return out;
}
