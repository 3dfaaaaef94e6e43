/** A row of table 三 told by its place where its words name none (a typo, an OCR's misreading), and the figures' places that vouch for it. */
import { Token } from '../../tokens/token';
import type { Draft } from '../resume/appMarks';
import { isAppHeaderCell, type AppLabelMatch } from '../labels';
import { norm } from '../../text/normalize';
import { APP_ROWS, APP_WIDTH } from '../../../form/schema';

/** A row's numbering and its words, folded: 「1.属于国家秘蜜」, 「(一)予以公」, 「二、上年结转…」. */
// (A bracket OCR lost counts too, 「(七总计」「七)总计」 — tesseract's, the row lost with its figures: found by a review.)
const ITEM_LABEL = /^(?:(\d{1,2})[.、]|\(([一二三四五六七])\)?|([一二三四五六七])\)|([一二三四])、)([^\d。；;，,：:]{2,30})$/;
/** 总计, or what OCR made of it with one of its two characters misread (「总汁」「忌计」): the total's words, by its place after （六）. */
const TOTAL_MISREAD = /^(?:总\D|\D计)$/;

/**
 * The row an item whose words name none is, by its place: a table begun, the item numbered as the form's
 * row after the last one read (「1.」 after （二）部分公开 is （三）1.属于国家秘密), not read yet, and its
 * figures after it on its line — a label with a typo in its key (「国家秘蜜」), whose row was dropped and
 * reported missing. Only a whole cell of words: never prose, nor words glued to a figure.
 */
export function byPlace(tokens: readonly Token[], i: number, draft: Draft | undefined, previous: string | undefined, after?: number): AppLabelMatch | undefined {
  if (!draft || !previous) return undefined;
  const head = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.kind !== 'value') return undefined;
  // (In its own cell; or, in a row written apart by spaces, apart from a run of figures that fills its line —
  // 「3.其他情形 0 0 0 0 0 0 0」 — never words glued to a figure, nor a sentence's count; or alone on its line
  // with the row's figures a line each under it, a row written a cell a line.)
  if (next.line !== head.line) {
    if (after !== undefined || !figuresALine(tokens, i)) return undefined;
  } else if (next.piece === head.piece && !apartBeforeFigures(tokens, i)) return undefined;
  // The item's words after a group's label (`after`, where its key ends): apart from it by a space.
  let start = head.span.start;
  let item = head.norm;
  if (after !== undefined) {
    const rest = head.raw.slice(after - head.span.start);
    const lead = /^[ \t\u3000]+/.exec(rest);
    if (!lead) return undefined;
    start = after + lead[0].length;
    item = norm(rest.slice(lead[0].length).trimEnd());
  }
  const words = ITEM_LABEL.exec(item);
  if (!words) return undefined;
  const bracketed = words[2] ?? words[3];
  const numbering = words[1] !== undefined ? `${words[1]}.` : bracketed !== undefined ? `(${bracketed})` : `${words[4]}、`;
  let at = APP_ROWS.findIndex((r) => r.id === previous);
  // (（七）总计 after （六）其他处理's last item — or, in the 2019 form, after （六）其他处理 itself.)
  if (numbering === '(七)' && (previous === 'other' || previous === 'o1' || previous === 'o2')) at = APP_ROWS.findIndex((r) => r.id === 'o3');
  const def = at >= 0 ? APP_ROWS[at + 1] : undefined;
  // (Of the exact rows, 3.其他 too — 「3.其他情形」 after （六）2.: its words are any; （七）总计 only with its own words, one of
  // them misread — a row of other words numbered （七） is not the total.)
  if (!def || !norm(def.label).startsWith(numbering) || draft.seen.has(def.id)) return undefined;
  if (def.exact && def.id !== 'o3' && !(def.id === 'total' && TOTAL_MISREAD.test(words[5]))) return undefined;
  return { def, isGroup: false, numbered: true, start, key: { start, end: head.span.end } };
}

/**
 * Whether a header word of table 三 (「自然人」「法人或其他组织」「商业企业」…) stands before tokens[i] on its line, or
 * is the last word before it (the header written a cell a line: 「其他 |」 / 「总计 |」).
 */
export function headerWordBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'blank') continue;
    if (t.kind === 'text' && isAppHeaderCell(t.norm)) return true;
    if (t.line !== tokens[i].line) return false;
  }
  return false;
}

/**
 * Whether tokens[i] stands on a line of column names: four cells or more, each holding words, none a figure alone —
 * 「| 类别 | 数据1 | 数据2 | … | 总计 |」, 「| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | … | 总计 |」, the headers a converter
 * wrote over each group of rows in words of its own. A row's name there, after the line's first cell, is a column's: read
 * as rows without figures, the real （七）总计 after it was dropped as a repeat, and six rows said empty (found by a review
 * of a PDF's Markdown). (Not three: a label wrapped in a tab-separated cell, 「行政机关不再处理⇥其政府信息⇥公开申请」, is its
 * row's words — found by the review of the first version.) `notFirst`: and tokens[i] is not in the line's first cell.
 */
export function wordCellsLine(tokens: readonly Token[], i: number, notFirst: boolean, memo: LineMemo): boolean {
  const line = tokens[i].line;
  // (The line's reading is kept for the next ask on the same line, in the walk's own memo: a line of thousands of cells
  // was read again for each of its tokens.)
  if (memo.line !== line) {
    let a = i;
    while (a > 0 && tokens[a - 1].line === line) a--;
    let cells = 0;
    let piece = -1;
    let words = true;
    let all = true;
    for (let k = a; k < tokens.length && tokens[k].line === line; k++) {
      const t = tokens[k];
      if (t.piece !== piece) {
        if (!words) {
          all = false;
          break;
        }
        piece = t.piece;
        cells++;
        words = false;
      }
      if (t.kind === 'text') words = true;
    }
    memo.line = line;
    memo.firstPiece = tokens[a].piece;
    memo.header = all && words && cells >= 4;
  }
  return memo.header && !(notFirst && memo.firstPiece === tokens[i].piece);
}
/** The last line wordCellsLine read in one walk over a segment's tokens (made by the walk: no reading outlives it). */
export interface LineMemo {
  line: number;
  firstPiece: number;
  header: boolean;
}

/** Whether tokens[j] opens its line and is followed on it by a row's figures (blank cells passed over). */
export function endsBeforeFigures(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t.col === 0 && !(j > 0 && tokens[j - 1].line === t.line) && rowOfFiguresAfter(tokens, j, true);
}

/**
 * Whether tokens[i] stands alone on its line and a row's seven figures follow it one a line (empty lines, a
 * blank cell's, between them), and then no more figures: a row written a cell a line.
 */
function figuresALine(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i];
  if ((i > 0 && tokens[i - 1].line === head.line) || tokens[i + 1].line !== head.line + 1) return false;
  let line = head.line;
  for (let k = i + 1; k <= i + APP_WIDTH; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'value' || t.line <= line || (tokens[k + 1] && tokens[k + 1].line === t.line)) return false;
    line = t.line;
  }
  const after = tokens[i + APP_WIDTH + 1];
  return !after || after.kind !== 'value';
}

/** Whether tokens[i] is followed on its line, after spaces, by figures only — as many as a row of table 三 has. */
function apartBeforeFigures(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i];
  if (tokens[i + 1].span.start === head.span.end && !/\s$/.test(head.raw)) return false;
  return rowOfFiguresAfter(tokens, i, false);
}

/** Whether the rest of tokens[i]'s line is a row's seven figures and nothing else (blank cells too, where `blanks`). */
function rowOfFiguresAfter(tokens: readonly Token[], i: number, blanks: boolean): boolean {
  let n = 0;
  for (let k = i + 1; k < tokens.length && tokens[k].line === tokens[i].line; k++) {
    if (tokens[k].kind === 'value') n++;
    else if (tokens[k].kind === 'text' || !blanks) return false;
  }
  return n === APP_WIDTH;
}

