/**
 * A table 三 read to its end, finished: rows in the header's column order, duplicates and the 2019 form's row told,
 * rows a converter set a cell off put back, rows whose reading is in doubt marked unsure, glued rows settled by the
 * column rules.
 */
import { readingCells, runWords } from '../../glued/readRun';
import { resolveColumns } from '../../glued/resolveColumns';
import { missingCell, outOfShape, placeRows } from '../fitRow';
import type { Draft } from '../resume/appMarks';
import { addsUp, lostBlanks, wordsOf } from '../lostBlanks';
import { headerOrder } from '../header/applicationColumns';
import { lostSeparators } from '../rows/lostSeparator';
import { extraRows } from '../rows/extraRows';
import { mergedNames } from '../rows/mergedNames';
import { strayFigures } from '../rows/strayFigures';
import { acrossPages } from '../rows/acrossPages';
import { namesAfter } from '../rows/namesAfter';
import { APP_WIDTH } from '../../../form/schema';
import type { ApplicationsTable, Cell, RowGlue, TableGlue, TableRow } from '../../../types';
import { ruleAsDigit } from './ruleAsDigit';
import { lineStartAt } from '../../text/lines';
import { earlyByDroppedEnd, leadOfFiller, partedByEmptyLines, shortOfFiller } from './fillerCells';
import { placeByColumn, spacesOnly } from './columnPlaces';

/**
 * The lowest offset of the text before the table the last `finish` read (Infinity when none): a walk after an edit may
 * not take the table as read before where an edit there changed it (readApplications lowers its opening mark's `back`).
 */
export let finishLookedBack = Infinity;

export function finish(d: Draft, text: string): ApplicationsTable {
  finishLookedBack = Infinity;
  // (Its own copies of the rows: what is said of them below — unsure, stacked, a lost separator's cells — is said of the
  // table as finished here, and the walk's marks hold the draft's rows. Said on them in place, a row kept the word of an
  // earlier reading when an edit's reading took up from a mark: a row left unsure by rows since changed went unchecked,
  // found by the fuzzer — incremental ≠ fresh.)
  let rows = d.rows.map((r) => ({ ...r }));
  // Columns in the header's own order (总计 first …), when a header written in cells says so for certain: each
  // row's figures to the form's columns. (Not rows whose figures were glued: their split assumed the form's.)
  const order = d.header && !rows.some((r) => r.glue) ? headerOrder(text, d.header) : undefined;
  if (order) rows = rows.map((r) => (r.cells.length === APP_WIDTH ? { ...r, cells: order.map((_, k) => r.cells[order.indexOf(k)]) } : r));
  rows = captionsDropped(rows);
  let groups = d.groups;
  const duplicates = rows.filter((r) => r.duplicate).map((r) => ({ id: r.id, label: r.label, labelText: r.labelText }));
  if (duplicates.length) rows = rows.filter((r) => !r.duplicate);
  const hasOtherItems = rows.some((r) => r.id === 'o1' || r.id === 'o2' || r.id === 'o3');
  // A （六）其他处理 of blank cells above its items is the 2021 form's group label, a row no more.
  const blankOther = hasOtherItems ? rows.findIndex((r) => r.id === 'other' && r.found === 0) : -1;
  if (blankOther >= 0) {
    const r = rows[blankOther];
    rows = rows.filter((_, k) => k !== blankOther);
    groups = [...groups, { id: 'g-other', span: r.label, text: text.slice(r.label.start, r.label.end) }].sort((a, b) => a.span.start - b.span.start);
  }
  // A （六）其他处理 with no figures and no items under it is the 2019 form's row whose blank cells the text
  // lost (lynx drops a row's blanks), not the 2021 form's group: a row of seven cells it does not have
  // (table-shape says so) — not three items missing from another form.
  const otherGroup = groups.find((g) => g.id === 'g-other');
  if (otherGroup && !hasOtherItems && !rows.some((r) => r.id === 'other')) {
    const at = otherGroup.span.end;
    const row: TableRow = { id: 'other', label: otherGroup.span, labelText: otherGroup.text, cells: Array.from({ length: APP_WIDTH }, () => missingCell(at)), found: 0 };
    rows = [...rows, row].sort((a, b) => a.label.start - b.label.start);
    groups = groups.filter((g) => g !== otherGroup);
  }
  const hasOtherRow = rows.some((r) => r.id === 'other');
  const variant = hasOtherRow && !hasOtherItems ? '2019' : '2021';
  const table: ApplicationsTable = { kind: 'applications', span: { start: d.start, end: d.end }, variant, rows: leadOfFiller(shortOfFiller(placeRows(earlyByDroppedEnd(partedByEmptyLines(rows, text)), APP_WIDTH, addsUp))), groups };
  // (A table laid out by spaces, its blanks dropped: short rows' figures in the columns they stand under.)
  const byColumn = placeByColumn(table.rows, text, variant);
  if (byColumn) table.rows = byColumn;
  markUnsure(table.rows, text);
  lostSeparators(table.rows);
  // (Rows named apart from one run of all their figures, given them where certain — before names stacked on another's
  // are said to be in doubt, which such a run settles: rows/namesAfter.ts.)
  namesAfter(table.rows, variant);
  stackedNames(table.rows, text);
  mergedNames(table.rows, text);
  if (figuresFirst(table.rows, d.header?.end ?? 0, text)) {
    table.figuresFirst = true;
    // (A row whose figures stand on its name's own line is read as written: the rows a page laid out whole.)
    for (const r of table.rows) if (r.found > 0 && !onNameLine(r, text)) r.unsure = true;
  }
  else if (blanksDropped(table.rows, text)) table.blanksDropped = true;
  if (d.header) table.header = d.header;
  if (order) table.columns = order;
  if (duplicates.length) table.duplicates = duplicates;
  const extra = extraRows(table.rows, text, duplicates.map((d) => d.label));
  if (extra.length) table.extraRows = extra;
  const ruleDigits = ruleAsDigit(table, text);
  if (ruleDigits) table.ruleDigits = ruleDigits;
  const glue = settleGlued(table, text);
  if (glue) table.glue = glue;
  // (After the glued rows are settled: their cells are their reading's.)
  // (Which reads the line above the first row's name, before the table: a walk after an edit there reads the table again —
  // kept, a row left unsure by a line of figures since changed went unchecked, found by a hunt of edits.)
  if (table.rows.length > 1) {
    const firstName = Math.min(...table.rows.map((r) => r.label.start));
    const ls = lineStartAt(text, firstName);
    if (ls > 0) finishLookedBack = Math.min(finishLookedBack, lineStartAt(text, ls - 1));
  }
  const stray = strayFigures(table.rows, text);
  if (stray.length) table.strayFigures = stray.map((r) => r.id);
  const cut = acrossPages(table.rows, text);
  if (cut.length) table.acrossPages = cut.map((r) => r.id);
  return table;
}

/**
 * A row's name with nothing after it, not even a blank cell, then the same row with its figures: the name was a caption
 * over the row's own table (「### 一、本年新收政府信息公开申请数量」 and a table of that one row, as a converter writes a PDF's
 * table in pieces) — the row is the second. Read the other way, its figures were dropped as a repeat's, and the row said
 * empty (found by a review of a PDF's Markdown).
 */
function captionsDropped(rows: TableRow[]): TableRow[] {
  if (!rows.some((r, k) => r.duplicate && nameAlone(rows[k - 1]) && r.found > 0)) return rows;
  const out: TableRow[] = [];
  for (const r of rows) {
    const before = out[out.length - 1];
    if (r.duplicate && before?.id === r.id && nameAlone(before) && r.found > 0) out[out.length - 1] = { ...r, duplicate: undefined };
    else out.push(r);
  }
  return out;
}
/** A row's name with no cell after it (a row of blank cells, 「| 2.重复申请 | | | … |」, is a row: printed twice, it is said). */
const nameAlone = (r: TableRow): boolean => r.found === 0 && r.cells.every((c) => c.kind === 'missing');

/**
 * A row of no figure, not even a blank cell, whose name stands on the line right above the next row's name, that
 * row's figures on the lines after both names — 「5.属于三类内部事务信」 / 「息」 / 「1.本机关不掌握相关政」 / 「府信息」 /
 * 「| 1 | 0 | … | 1 |」, a PDF's text that stacked two rows' names: whose figures they are cannot be told (a real
 * report's were the first row's, read as the second's with nothing said: found by a review). The second row is
 * unsure (its figures neither summed nor exported), and the first says why (`stacked`). Not where the figures stand
 * on the second name's line (a text that dropped the first row's blank cells, as lynx does), nor past an empty line.
 */
/** A table 三 group's cell's words beside a row's name (「（五）不予」「处理」「（三）不予公开」), at its line's start. */
const GROUP_BESIDE = /(?<=\n)[ \t\u3000]*(?:[（(][三四五六][）)])?[不予公开開无無法提供處处理其他]{0,6}(?=[ \t\u3000]{2,}\S*$|$)/;
function stackedNames(rows: TableRow[], text: string): void {
  for (let k = 1; k < rows.length; k++) {
    const [above, row] = [rows[k - 1], rows[k]];
    if (above.found !== 0 || !above.cells.every((c) => c.kind === 'missing') || row.found === 0 || row.unsure) continue;
    // (The group's cell beside the second name — 「2.重复申请」 / 「（五）不予   3.要求提供公开出版物」, pdftotext -layout — is no
    // line between them: found by the review's generated texts with known figures, 2.'s figures exported as 3.'s.)
    if (!/^[ \t\u3000]*\r?\n[ \t\u3000]*$/.test(text.slice(above.label.end, row.label.start).replace(GROUP_BESIDE, ''))) continue;
    const first = row.cells.find((c) => c.kind === 'number' || c.kind === 'blank' || c.kind === 'none');
    if (!first || !/[\r\n]/.test(text.slice(row.label.end, first.span.start))) continue;
    above.stacked = row.id;
    row.unsure = true;
  }
}

/**
 * Where half or more of a table's rows with figures are out of shape, the text was not read as the table it is (a PDF's
 * text taken column by column): a row there that has its width but whose figures stand on lines of
 * their own and do not add up has it by chance, and its total is no evidence of a wrong sum
 * (TableRow.unsure). A row whose figures stand on one line was read as that line has them (a text that
 * dropped other rows' blank cells reads this one right), a row that adds up was read right (figures
 * fallen into a row from elsewhere would not), and a row of blank cells only has no figure to doubt.
 */
function markUnsure(rows: TableRow[], text: string): void {
  // (Counted among the rows with figures: a row of blank cells says nothing of how the figures were read.)
  let out = 0;
  let withFigures = 0;
  for (const r of rows) {
    if (r.found === 0) continue;
    withFigures++;
    if (outOfShape(r, APP_WIDTH)) out++;
  }
  if (out * 2 < withFigures || out === 0) return;
  for (const r of rows) if (r.found > 0 && !outOfShape(r, APP_WIDTH) && !addsUp(r.cells) && overLines(r.cells, text)) r.unsure = true;
}

/**
 * Whether a table's figures stand before their rows' names (ApplicationsTable.figuresFirst): a whole row's
 * figures, alone on their lines, between the header (if it was read) and the first row's name, and
 * none after the last row's name.
 */
function figuresFirst(rows: readonly TableRow[], from: number, text: string): boolean {
  if (rows.length < 2) return false;
  let first = rows[0];
  let last = rows[0];
  for (const r of rows) {
    if (r.label.start < first.label.start) first = r;
    if (r.label.start > last.label.start) last = r;
  }
  // (The last name's one 「figure」 alone on a line of its own after it is a page's number — pdftotext's 「6」.)
  // (Or its figures on its name's line, three rows or more above with theirs on lines of their own: pdftotext's default
  // text puts a page's last rows so, the rows before them a row's figures, then its name — 「19 / 0 / … / 19 / 一、本年新收…
  // / 0 / …」 up to 「四、结转下年度继续办理 0 0 0 0 0 0 0」. Read each name with the figures after it, 「（一）予以公开」 had
  // （二）'s 8 1 … 8 and was said wrong: found by a review of printed pages' text.)
  const lastClean = last.found === 0 || (last.found === 1 && pageNumberAfter(last, text)) || (onNameLine(last, text) && rows.filter((r) => r.found > 0 && !onNameLine(r, text)).length >= 3);
  if (!lastClean || first.label.start <= from) return false;
  // The figures right before the first name, back to the first character that is none of a figure's or a gap's.
  // (Without a header, the text before the first name: a row's figures alone on their lines there are the table's.)
  const back = Math.max(from, first.label.start - 400);
  finishLookedBack = Math.min(finishLookedBack, back);
  const before = text.slice(back, first.label.start);
  const tail = /(?:[0-9０-９][0-9０-９,，.]*[ \t\u3000|｜]*(?:\r?\n[ \t\u3000|｜]*)?)+$/.exec(before);
  if (!tail || (tail.index > 0 && !/[\r\n]/.test(before[tail.index - 1]))) return false;
  // (Six will do: a page whose total column pdftotext gave apart from the others, 「2 / 0 / 0 / 0 / 0 / 0 / 一、本年新收…」 — read as
  // blank cells dropped, its （七）总计 was the next row's figures and compared with the prose: found by a review.)
  return (tail[0].match(/[0-9０-９][0-9０-９,，.]*/g)?.length ?? 0) >= APP_WIDTH - 1;
}

/**
 * Whether a table's text dropped its blank cells (ApplicationsTable.blanksDropped): no blank cell in any row, half of the
 * rows short of figures, and five of them or more with figures, each on a line of its own below the row's name. (A
 * writer's table with rows not yet filled keeps a finding at each row: its short rows hold no figure, or hold them on
 * their names' lines.)
 */
function blanksDropped(rows: readonly TableRow[], text: string): boolean {
  // (Not a PDF's text taken column by column, whose rows' names are stacked or whose figures left their rows: table-shape
  // says that, 「各数似已不在原来的行里」.)
  for (const r of rows) if (r.stacked || r.unsure || r.cells.some((c) => c.kind === 'blank')) return false;
  let short = 0;
  let shown = 0;
  let spaced = 0;
  let other = 0;
  for (const r of rows) {
    if (r.found >= APP_WIDTH || !r.cells.some((c) => c.kind === 'missing')) continue;
    short++;
    const figures = r.cells.filter(written);
    if (!figures.length) continue;
    if (gapsLeft(r, figures, text)) spaced++;
    else if (figuresBelow(r, figures, text)) shown++;
    else other++;
  }
  if (short * 2 < rows.length) return false;
  // (Or rows laid out by spaces that kept a blank's room and lost the blank — `pdftotext -layout` of a table that leaves
  // cells blank, 「821   35             2   1 859」, where no row has all seven to say where the columns are (columnPlaces.ts):
  // table-shape said 「只读到 N 个」 at each of 23 rows of a real page's PDF. Its other short rows have a figure or two.)
  return spaced >= 3 || (shown >= 5 && other === 0);
}

/** Whether each of a row's figures stands on a line below its name's (a cell a paragraph). */
function figuresBelow(r: TableRow, figures: readonly Cell[], text: string): boolean {
  let at = r.label.end;
  for (const c of figures) {
    if (!/[\r\n]/.test(text.slice(at, c.span.start))) return false;
    at = c.span.end;
  }
  return true;
}

/**
 * Whether a short row's figures stand on its name's line apart by spaces, one run of spaces between two of them eight
 * wide or more, and three times the narrowest (or the only one): a blank cell's room, the blank gone.
 */
function gapsLeft(r: TableRow, figures: readonly Cell[], text: string): boolean {
  if (figures.length < 2) return false;
  let narrow = Infinity;
  let wide = 0;
  // (The name may run into its first figure, 「数量821」: only what stands between is looked at.)
  for (let i = r.label.end; i < figures[0].span.start; i++) if (text.charCodeAt(i) !== 0x20) return false;
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1].span.end;
    const b = figures[k].span.start;
    if (!spacesOnly(text, a, b)) return false;
    narrow = Math.min(narrow, b - a);
    wide = Math.max(wide, b - a);
  }
  return wide >= 8 && (figures.length === 2 || wide >= 3 * narrow);
}

/** Whether a row's one figure stands alone on a line below its name: a page's number, not a cell. */
function pageNumberAfter(r: TableRow, text: string): boolean {
  const c = r.cells.find((x) => x.kind === 'number');
  if (!c) return false;
  const lineStart = text.lastIndexOf('\n', c.span.start - 1);
  const lineEnd = text.indexOf('\n', c.span.end);
  const line = text.slice(lineStart + 1, lineEnd < 0 ? text.length : lineEnd);
  return lineStart >= r.label.end && /^[\s\f]*[0-9]{1,3}[\s\f]*$/.test(line);
}

/** A cell that holds something written: a figure, a figure that is none, or a none mark (not blank, not missing). */
const written = (c: Cell): boolean => c.kind === 'number' || c.kind === 'invalid' || c.kind === 'none';

/** Whether a row's figures (one or more) all stand on its name's line. */
function onNameLine(r: TableRow, text: string): boolean {
  let any = false;
  for (const c of r.cells) {
    if (!written(c)) continue;
    if (/[\r\n]/.test(text.slice(r.label.end, c.span.start))) return false;
    any = true;
  }
  return any;
}

/** Whether a row's figures stand on more than one line. */
function overLines(cells: readonly Cell[], text: string): boolean {
  let first = -1;
  let last = -1;
  for (const c of cells) {
    if (c.kind === 'blank' || c.kind === 'missing') continue;
    if (first < 0) first = c.span.start;
    last = c.span.end;
  }
  for (let i = first; i < last; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return true;
  }
  return false;
}

/**
 * Rows the row total left open are tried together against the column rules; then the table's
 * account of what it inferred, and which rules it used to do so.
 */
function settleGlued(t: ApplicationsTable, text: string): TableGlue | undefined {
  if (!t.rows.some((r) => r.glue)) return undefined;
  const blanksLost = lostBlanks(t, text);
  const rules = new Set<string>();
  const open = t.rows.filter((r) => r.glue?.status === 'ambiguous' && r.glue.readings?.length && !r.glue.more);
  if (open.length) {
    const choice = resolveColumns(
      t.rows.map((r) => (r.glue?.status === 'ambiguous' && r.glue.readings?.length && !r.glue.more ? { id: r.id, readings: r.glue.readings } : { id: r.id, values: r.cells.map((c) => (c.kind === 'number' ? c.value : c.kind === 'blank' || c.kind === 'none' ? 0 : undefined)) })),
      t.variant,
    );
    if (choice) {
      let settled = false;
      // The rows are the open table's, which marks keep (appMarks.ts): a row settled here is a new one.
      const rows = t.rows.slice();
      for (const r of open) {
        const ks = choice.get(r.id)!;
        const glue = r.glue!;
        const at = rows.indexOf(r);
        if (ks.length !== 1) {
          // Still open: keep only the readings the columns allow.
          const narrowed: RowGlue = { ...glue, readings: ks.map((k) => glue.readings![k]) };
          if (glue.lengths) narrowed.lengths = ks.map((k) => glue.lengths![k]);
          rows[at] = { ...r, glue: narrowed };
          continue;
        }
        const lengths = glue.lengths?.[ks[0]];
        if (!lengths) continue;
        // The run's words again, to place each figure on its own digits.
        const words = runWords(text, wordsOf(text, glue.run));
        rows[at] = { ...r, cells: readingCells(text, words, lengths, glue.readings![ks[0]], 'columns'), glue: { run: glue.run, raw: glue.raw, status: 'read', how: 'columns' } };
        settled = true;
      }
      t.rows = rows;
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
  return blanksLost ? { inferred, unknown, rules: [...rules], blanksLost } : { inferred, unknown, rules: [...rules] };
}
