/**
 * A row of table 三 whose label a narrow column wrapped over many short lines: a Word or PDF table
 * printed with a label column a few characters wide, as a PDF's text gives it —
 *
 *     （三） 1.属于 0  0  0 …      2.其他                 3.要求提供公开出
 *     不予公 国家                  法律                   （五）          0  0  0 …
 *     开    秘密                   …                      版物
 *                                  公开
 *                                  0  0  0 …
 *
 * The lines are read on while what they spell is still the start of one of the form's labels, and
 * the row is taken only when they spell a whole one: numbering and punctuation aside, which a PDF's
 * text moves about (「3.危」「“」「及 三」「安全」「一稳」「”」「定」). So the first line alone, which names
 * no row or the wrong one (「2.其他」 reads as 「3.其他」), never decides. The figures are the one run of
 * cells among those lines or right after them. A page laid out in columns (pdftotext -layout) keeps
 * the label in its column: the group's cell beside it leaves its words on the same lines, to the left
 * (「不予公 国家」, 「（五）  0 0 0」), and those are passed over.
 */
import { APP_ROWS, APP_WIDTH, type RowDef } from '../../form/schema';
import { foldChars } from '../text/normalize';
import { Token } from '../tokens/tokenize';
import { rowCellsEnd } from './fitRow';
import type { AppLabelMatch } from './labels';
import type { WrappedRow } from './wrappedRow';

/** A numbering, on folded text (「(三)」「一、」「1.」「(2)」). */
const NUMBERING = /\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.、)]/g;
const NUMBERING_AT_START = /^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.、)])/;
/** What a label's words are compared without: punctuation and spaces, which a PDF's text moves or drops. */
const NOT_WORDS = /[\s\u3000“”"'‘’「」『』,，、.。．:：;；()（）《》〈〉·•\-—_]/g;
const words = (folded: string) => folded.replace(NOT_WORDS, '');
const NOT_WORD_CHAR = /^[\s\u3000“”"'‘’「」『』,，、.。．:：;；()（）《》〈〉·•\-—_]$/;

/** The first line of a label in a narrow column is short, and so is every line after it. */
const MAX_LINE = 24;
/** The longest label (37 characters) two characters a line, and the lines of words passed over beside it. */
const MAX_LINES = 24;
const MAX_PASSED = 8;

interface LabelWords {
  /** Every row's words, numbering and punctuation aside. */
  whole: Map<string, RowDef>;
  /** Every start of them. */
  starts: Set<string>;
  /** Their first characters. */
  firsts: Set<number>;
}
let index: LabelWords | undefined;
function labelWords(): LabelWords {
  if (!index) {
    const whole = new Map<string, RowDef>();
    const starts = new Set<string>();
    for (const def of APP_ROWS) {
      const w = words(foldChars(def.label).s.replace(NUMBERING, ''));
      whole.set(w, def);
      for (let n = 1; n < w.length; n++) starts.add(w.slice(0, n));
    }
    index = { whole, starts, firsts: new Set([...whole.keys()].map((w) => w.charCodeAt(0))) };
  }
  return index;
}

export interface NarrowRow extends WrappedRow {
  /** One past the furthest token looked at (how far an edit's reading depends on). */
  looked: number;
}

/** The row whose label starts in tokens[i] and goes on over the next lines, or undefined. */
export function narrowRow(tokens: readonly Token[], i: number, text: string): NarrowRow | undefined {
  const head = tokens[i];
  // (The cheap tests first: this runs for every text token of a segment.)
  if (head.kind !== 'text' || head.raw.length > MAX_LINE) return undefined;
  const next = tokens[i + 1];
  if (!next || (next.kind === 'text' && next.line <= head.line)) return undefined;
  const { whole, starts, firsts } = labelWords();
  const f = head.fold();
  // The label opens at the head's last numbering: what stands before it is its group's cell.
  let at = -1;
  let after = 0;
  NUMBERING.lastIndex = 0;
  for (let m = NUMBERING.exec(f.s); m; m = NUMBERING.exec(f.s)) ((at = m.index), (after = m.index + m[0].length));
  if (at < 0) return undefined;
  // (Most labels are whole on their line: their first words are tried before any string is made.)
  const c0 = f.s.charCodeAt(after);
  if (!firsts.has(c0) && !NOT_WORD_CHAR.test(f.s[after] ?? '')) return undefined;
  let w = words(f.s.slice(after));
  // Only the start of a label is read on here — a whole one too, when it starts a longer one
  // (「2.其他」 of 「2.其他法律行政法规禁止公开」): the longer is taken only if the next lines spell it.
  if (!w || !starts.has(w)) return undefined;
  const start = f.at(at);
  const column = start - lineStart(text, start);
  const pieces: Token[] = [];
  let cells: Token[] | undefined;
  let complete: { def: RowDef; pieces: number; end: number; cells: Token[] | undefined } | undefined;
  let passed = 0;
  let lastLine = head.line;
  let k = i + 1;
  for (let lines = 0; k < tokens.length && lines < MAX_LINES; lines++) {
    const t = tokens[k];
    if (t.kind !== 'text') {
      // The row's figures, in one run or cut by the label's lines (「一、本年新收政府信  10」 / 「息公开申请数量
      // 2  0 …」): more once the row has all its cells are the next row's.
      if (complete || values(cells) >= APP_WIDTH) break;
      const e = rowCellsEnd(tokens, k);
      cells = [...(cells ?? []), ...tokens.slice(k, e)];
      k = e;
      continue;
    }
    if (t.line <= lastLine || t.raw.length > MAX_LINE) break;
    const part = ownPart(t, column, text, w, starts);
    if (part === 'beside') {
      if (++passed > MAX_PASSED) break;
      k++;
      continue;
    }
    if (!part) break;
    const more = words(part.fold().s);
    w += more;
    pieces.push(part);
    lastLine = t.line;
    k++;
    // (A line of punctuation alone, 「“」, is carried, but completes nothing: 「3.其他」 / 「（」 is no longer label.)
    const def = more ? whole.get(w) : undefined;
    if (def) complete = { def, pieces: pieces.length, end: k, cells };
  }
  if (!complete) return undefined;
  let end = complete.end;
  let found = complete.cells;
  // The figures under the label's last line (a PDF that keeps the figures at the bottom of the row), or
  // the rest of them.
  if (values(found) < APP_WIDTH && tokens[end] && tokens[end].kind !== 'text') {
    const e = rowCellsEnd(tokens, end);
    found = [...(found ?? []), ...tokens.slice(end, e)];
    end = e;
  }
  if (!found || !found.some((c) => c.kind === 'value')) return undefined;
  const kept = pieces.slice(0, complete.pieces);
  const match: AppLabelMatch = { def: complete.def, isGroup: false, numbered: true, start, key: { start, end: kept[kept.length - 1].span.end } };
  return { match, pieces: kept, cells: found, end, looked: Math.max(k, end) + 1 };
}

/**
 * What of token `t` (a later line) goes on the label whose words so far are `w`: the whole of it, its
 * part in the label's column (a layout page: 「不予公 国家」 → 「国家」), 'beside' when it stands wholly
 * left of that column (another cell's words), or undefined when it goes on no label: the label ends.
 */
function ownPart(t: Token, column: number, text: string, w: string, starts: Set<string>): Token | 'beside' | undefined {
  const f = t.fold().s;
  // A numbering opens the next row or group — unless it stands beside the label's column.
  const x = t.span.start - lineStart(text, t.span.start);
  if (!NUMBERING_AT_START.test(f)) {
    const all = w + words(f);
    if (starts.has(all) || labelWords().whole.has(all)) return t;
  }
  if (x + t.raw.length <= column - 1) return 'beside';
  if (x >= column - 1) return undefined;
  // Cut where a word starts at the label's column (one character either side).
  for (let p = 1; p < t.raw.length; p++) {
    const at = x + p;
    if (at < column - 1) continue;
    if (at > column + 1) break;
    if (!/\s/.test(t.raw[p - 1]) || /\s/.test(t.raw[p])) continue;
    const part = new Token('text', { start: t.span.start + p, end: t.span.end }, t.raw.slice(p), t.line, t.piece, t.col);
    const pf = part.fold().s;
    if (NUMBERING_AT_START.test(pf)) return undefined;
    const all = w + words(pf);
    return starts.has(all) || labelWords().whole.has(all) ? part : undefined;
  }
  return undefined;
}

/** How many of `cells` are figures (not blank cells). */
function values(cells: readonly Token[] | undefined): number {
  let n = 0;
  if (cells) for (const c of cells) if (c.kind !== 'blank') n++;
  return n;
}

/** Where the line holding offset `o` starts. */
function lineStart(text: string, o: number): number {
  return text.lastIndexOf('\n', o - 1) + 1;
}
