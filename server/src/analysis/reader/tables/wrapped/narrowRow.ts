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
 * no row or the wrong one (「2.其他」 reads as 「3.其他」), never decides; and the row must be one the
 * first line's numbering numbers. The figures are the row's cells among those lines or right after
 * them (blank cells of the lines the label goes on over are passed). A page laid out in columns
 * (pdftotext -layout) keeps the label in its column, roughly: the group's cell beside it leaves its
 * words on the same lines, to the left (「不予公 国家」, 「（五）  0 0 0」), and those are passed over —
 * never a row's whole label, which is the next row.
 */
import { APP_ROWS, APP_WIDTH, type RowDef } from '../../../form/schema';
import { chineseNumeral, foldChars, toSimplifiedChars } from '../../text/normalize';
import { formAppLabel } from '../../../form/template';
import { Token } from '../../tokens/token';
import { rowCellsEnd, toCell } from '../fitRow';
import { addsUp } from '../lostBlanks';
import { joinWrappedFigures } from './wrappedFigures';
import { MARKERS, matchAppLabel, type AppLabelMatch } from '../labels';
import type { WrappedRow } from './wrappedRow';

/** Whether text as written holds what every numbering ends with, in any width: 「.」「．」「、」「)」「）」. */
function endsNumbering(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 0x2e || c === 0xff0e || c === 0x3001 || c === 0x29 || c === 0xff09) return true;
  }
  return false;
}
/** What a label's words are compared without: punctuation and spaces, which a PDF's text moves or drops. */
const NOT_WORDS = new Uint8Array(0x10000);
for (const c of ' \t\u3000“”"\'‘’「」『』,，、.。．:：;；()（）《》〈〉·•-—_') NOT_WORDS[c.charCodeAt(0)] = 1;

/** The first line of a label in a narrow column is short, and so is every line after it. */
const MAX_LINE = 24;
/**
 * What may stand before a line's part of the label in a layout page's text: the group's cell beside it and the spaces
 * between (「（六）其         1.申请人无正当理由逾期不补」, 「他处理          正、行政机关不再处理其政府信」: pdftotext -layout of a
 * browser's PDF — measured whole, the lines were too long for a label's, and （六）1. was said missing; found by the review's
 * generated texts with known figures).
 */
const MAX_BESIDE = 16;
/** The longest label (37 characters) two characters a line, and the lines of words passed over beside it. */
const MAX_LINES = 24;
const MAX_PASSED = 8;

/** The form's labels' words (numbering and punctuation aside) as a trie: a node is a start of some of them. */
interface Node {
  next: Map<number, Node>;
  /** The row whose words end here. */
  def?: RowDef;
}
let root: Node | undefined;
/** Each row's label's length, folded (numbering included). */
const lengths = new Map<RowDef, number>();
/** Each row's number in its group, as the form numbers it (「2.」 → 2, 「（七）」 → 7). */
const numbers = new Map<RowDef, number>();
function labelTrie(): Node {
  if (!root) {
    root = { next: new Map() };
    for (const def of APP_ROWS) {
      const folded = foldChars(def.label).s;
      lengths.set(def, folded.length);
      const n = numberOf(folded, 0, folded.length);
      if (n !== undefined) numbers.set(def, n);
      const official = folded.replace(MARKERS, '');
      add(root, official, def);
      // The other spellings its keys allow (「反覆」「重覆」, which the fold keeps: 覆 is a simplified
      // character too; 「国家机密」): the label with a key of the same length put for its own.
      for (const key of def.keys) {
        if (official.includes(key)) continue;
        const own = def.keys.find((k) => k.length === key.length && official.includes(k));
        if (own) add(root, official.replace(own, key), def);
      }
      // Taiwan's words for the form's (OpenCC's twp: 信息 → 資訊, 文件 → 檔案), as another converter leaves a
      // label — and as any leaves the piece of one a PDF wrapped onto a line of its own, where it is no
      // longer read as the form's words (「5.屬於 / 三類 / 內部 / 事務 / 資訊」). Single-line labels are named
      // by their keys, which these words do not touch.
      const taiwan = official.replace(/信息/g, '资讯').replace(/文件/g, '档案');
      if (taiwan !== official) add(root, taiwan, def);
    }
  }
  return root;
}

function add(root: Node, words: string, def: RowDef): void {
  let n = root;
  for (let k = 0; k < words.length; k++) {
    const c = words.charCodeAt(k);
    if (NOT_WORDS[c] === 1) continue;
    let m = n.next.get(c);
    if (!m) n.next.set(c, (m = { next: new Map() }));
    n = m;
  }
  n.def = def;
}

/** Where folded text s[from..] leads from node `n`, its punctuation passed over; undefined off the trie. */
function walk(n: Node, s: string, from: number, to: number): Node | undefined {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (NOT_WORDS[c] === 1) continue;
    const m = n.next.get(c);
    if (!m) return undefined;
    n = m;
  }
  return n;
}

/**
 * One past the furthest token the last `narrowRow` looked at, a row found or not (how far a step's reading depends on:
 * a row it did not find, an edit there may make — found by a random hunt of edits, a label kept cut short).
 */
let lookedAhead = 0;
export const narrowLookedAhead = (): number => lookedAhead;

export interface NarrowRow extends WrappedRow {
  /** One past the furthest token looked at (how far an edit's reading depends on). */
  looked: number;
  /** The label's text, when not as written (below). */
  labelText?: string;
}

/**
 * The row whose label starts in tokens[i] and goes on over the next lines, or undefined. `m`: what the
 * token names by itself.
 */
export function narrowRow(tokens: readonly Token[], i: number, text: string, m: AppLabelMatch | undefined): NarrowRow | undefined {
  const head = tokens[i];
  lookedAhead = i + 2;
  // (The cheap tests first: this runs for every text token of a segment.)
  if (head.kind !== 'text' || head.raw.length > MAX_LINE + MAX_BESIDE) return undefined;
  const next = tokens[i + 1];
  if (!next || (next.kind === 'text' && next.line <= head.line)) return undefined;
  // (No numbering, no label's start: most short texts end here, unfolded.)
  if (!endsNumbering(head.raw)) return undefined;
  const f = folded(head);
  // A label whole on its line, named by its own key, is read as any label is (most of them, at no cost).
  const trie = labelTrie();
  if (m && !m.isGroup && !m.def.exact && head.segment && f.to - head.segment.fwd[m.start] >= lengths.get(m.def)!) return undefined;
  // The label opens at the head's last numbering: what stands before it is its group's cell.
  const numbering = lastNumbering(f.s, f.from, f.to);
  if (!numbering) return undefined;
  const [at, after] = numbering;
  /** The head's number (made when a row is spelled: most heads spell none). */
  let number: number | undefined | null = null;
  // Only the start of a label is read on here — a whole one too, when it starts a longer one
  // (「2.其他」 of 「2.其他法律行政法规禁止公开」): the longer is taken only if the next lines spell it.
  let node = walk(trie, f.s, after, f.to);
  if (!node || node.next.size === 0) return undefined;
  const start = sourceOf(head, f, at);
  if (head.span.end - start > MAX_LINE) return undefined;
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
      const e = rowCellsEnd(tokens, k);
      // Blank cells only: the empty figure cells of a line the label goes on over (「| 他 |  |  | … |」).
      if (!anyValue(tokens, k, e)) {
        k = e;
        continue;
      }
      // The row's figures, in one run or cut by the label's lines (「一、本年新收政府信  10」 / 「息公开申请数量
      // 2  0 …」): more once the row has all its cells are the next row's.
      if (complete || values(cells) >= APP_WIDTH) break;
      cells = [...(cells ?? []), ...tokens.slice(k, e)];
      k = e;
      continue;
    }
    if (t.line <= lastLine || (t.raw.length > MAX_LINE && (t.raw.length > MAX_LINE + MAX_BESIDE || t.span.end - lineStart(text, t.span.start) - column + 1 > MAX_LINE))) break;
    const own = ownPart(t, column, text, node);
    if (own === 'beside') {
      if (++passed > MAX_PASSED || isRowLabel(t)) break;
      k++;
      continue;
    }
    if (!own) break;
    pieces.push(own.part);
    lastLine = t.line;
    k++;
    // (A line of punctuation alone, 「“」, is carried, but completes nothing: 「3.其他」 / 「（」 is no longer label.
    // Nor does a row the head's numbering does not number: 「2.其」 / 「他」 is not 3.其他.)
    const def = own.node !== node ? own.node.def : undefined;
    if (def) {
      if (number === null) number = numberOf(f.s, at, after);
      if (number === undefined || numbers.get(def) === undefined || numbers.get(def) === number) complete = { def, pieces: pieces.length, end: k, cells };
    }
    node = own.node;
  }
  // (Its lines were read up to tokens[k], whatever it finds: an edit there may make the row, or unmake it.)
  lookedAhead = Math.max(lookedAhead, Math.min(k, tokens.length - 1) + 1);
  if (!complete) return undefined;
  let end = complete.end;
  let found = complete.cells;
  // A full run of figures among the lines, and another on the label's last line, beside its words: the
  // first is the row above's, whose figures fell below its label (a page printed by a browser) — this
  // row's are on its own line.
  const last = pieces[complete.pieces - 1];
  const onLast = tokens[end];
  // (Unless those stand under the run's figures, their ends a narrow cell wrapped: 「… １７ １３」 / 「其政府信息公开申请 ９」 is a
  // 总计 of 139, the run on the head's line — pdftotext -layout, found by a review. Then they are joined: wrappedFigures.ts.)
  if (values(found) >= APP_WIDTH && onLast && onLast.kind === 'value' && onLast.line === last.line) {
    const e = rowCellsEnd(tokens, end);
    const joined = joinWrappedFigures([...found!, ...tokens.slice(end, e)], APP_WIDTH, text, (row) => addsUp(row.map(toCell)), true);
    found = joined;
    if (joined) end = k = Math.max(k, e);
  }
  // The figures under the label's last line (a PDF that keeps the figures at the bottom of the row), or
  // the rest of them — past the group's words beside them (「理结果    4  1  0 …」).
  if (values(found) < APP_WIDTH) {
    let e = end;
    for (let n = 0; n < MAX_PASSED && tokens[e]?.kind === 'text' && tokens[e].line > tokens[e - 1].line && beside(tokens[e], column, text) && !isRowLabel(tokens[e]); n++) e++;
    if (tokens[e] && tokens[e].kind !== 'text') {
      const after = rowCellsEnd(tokens, e);
      found = [...(found ?? []), ...tokens.slice(e, after)];
      end = after;
      if (end > k) k = end;
    }
  }
  lookedAhead = Math.max(lookedAhead, Math.max(k, end) + 1);
  if (!found || !found.some((c) => c.kind === 'value')) return undefined;
  const kept = pieces.slice(0, complete.pieces);
  const match: AppLabelMatch = { def: complete.def, isGroup: false, numbered: true, start, key: { start, end: kept[kept.length - 1].span.end } };
  // The label as written — its own wording too (「国家机密」, label-drift's to report) — unless it no longer
  // names its row once written on one line: a PDF moved its punctuation into a key (「三类内部事」 / 「、务信息」).
  // Then it is as the form words it, in the text's script: what a table written back can read again.
  const written = text.slice(start, head.span.end) + kept.map((p) => p.raw.trim()).join('');
  const again = matchAppLabel(new Token('text', { start: 0, end: written.length }, written, 0, 0), true);
  const labelText = again?.def === complete.def ? undefined : formAppLabel(complete.def.id, toSimplifiedChars(written) === written ? 'simplified' : 'traditional');
  return { match, pieces: kept, cells: found, end, looked: Math.max(k, end) + 1, ...(labelText ? { labelText } : {}) };
}

/**
 * What of token `t` (a later line) goes on the label read up to trie node `n`: the whole of it, or its
 * part in the label's column (a layout page: 「不予公 国家」 → 「国家」), with the node it leads to;
 * 'beside' when it stands wholly left of that column (another cell's words); undefined when it goes on
 * no label: the label ends.
 */
function ownPart(t: Token, column: number, text: string, n: Node): { part: Token; node: Node } | 'beside' | undefined {
  const f = folded(t);
  // A numbering opens the next row or group — unless it stands beside the label's column.
  if (!numberingAt(f)) {
    const to = walk(n, f.s, f.from, f.to);
    if (to) return { part: t, node: to };
  }
  if (beside(t, column, text) || groupFragment(f)) return 'beside';
  const x = t.span.start - lineStart(text, t.span.start);
  if (x >= column - 1) return undefined;
  // Cut where a word starts, the group's words before it: a PDF's text keeps columns only roughly (a
  // wide character counts one, 「其他处 费通知…」 over 「理 用、行政…」), so the words that go on the label are the test.
  // (Or inside a word whose start is the group's: its merged cell printed a character a line, one of them run on into the
  // label's first character — 「） 其理 由 逾 期」, 其 the group's and 理 the label's; found by a hunt: （六）1. said missing.)
  for (let p = 1; p < t.raw.length; p++) {
    if (/\s/.test(t.raw[p]) || (!/\s/.test(t.raw[p - 1]) && !groupChars(t.raw.slice(0, p)))) continue;
    const part = new Token('text', { start: t.span.start + p, end: t.span.end }, t.raw.slice(p), t.line, t.piece, t.col);
    part.segment = t.segment;
    const pf = folded(part);
    if (numberingAt(pf)) return undefined;
    const to = walk(n, pf.s, pf.from, pf.to);
    if (to) return { part, node: to };
  }
  return undefined;
}

/** The words of the groups whose cells stand beside their items' labels (folded: one script). */
const GROUP_WORDS = ['不予公开', '无法提供', '不予处理', '其他处理'];
/** The characters of the groups' cells (「（六）其他处理」), in either script. */
const GROUP_CHARS = new Set([...'（）()三四五六不予公开无法提供处理其他公開無處']);
/** Whether `raw` is a few of a group's cell's characters and spaces: what a cell printed a character a line leaves. */
function groupChars(raw: string): boolean {
  let n = 0;
  for (const ch of raw) {
    if (/\s/.test(ch)) continue;
    if (!GROUP_CHARS.has(ch) || ++n > 4) return false;
  }
  return n > 0;
}
/**
 * Whether a line is a piece of a group's words alone (「其他处」, 「理」): pdfplumber's text of a group's cell, cut beside an
 * item's wrapped label, puts its lines between the label's (「2.申请人逾期未按收」 / 「其他处」 / 「费通知要求缴纳费」 / 「理」 /
 * 「用、行政机关不再处 0 0 …」): passed over as a group's words beside it are — the row was said to be missing, and a
 * change to its figures went unsaid (found by two reviews). Asked only where the line does not go on with the label.
 */
function groupFragment(f: Range): boolean {
  const n = f.to - f.from;
  if (n < 1 || n > 4) return false;
  const s = f.s.slice(f.from, f.to);
  return GROUP_WORDS.some((w) => w.includes(s));
}

/** A token's folded text as a range of its segment's fold (no string made), or of its own. */
interface Range {
  s: string;
  from: number;
  to: number;
}
function folded(t: Token): Range {
  const seg = t.segment;
  if (seg) return { s: seg.s, from: seg.fwd[t.span.start], to: seg.fwd[t.span.end] };
  const s = t.fold().s;
  return { s, from: 0, to: s.length };
}
/** The source offset of folded index `i` of token `t`'s range `f`. */
function sourceOf(t: Token, f: Range, i: number): number {
  return t.segment ? t.segment.back[i] : t.fold().at(i - f.from);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const CJK_NUMERALS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
/**
 * Where a numbering that ends at folded index `e` starts (not before `from`), or -1: 「(三)」「(12)」
 * ending in 「)」, 「一、」「三十、」 and 「1.」「12、」「3)」 (folded: one width, so 「（」 is 「(」 and 「．」 is 「.」).
 */
function numberingEndingAt(s: string, e: number, from: number): number {
  const c = s.charCodeAt(e);
  if (c !== 0x29 /* ) */ && c !== 0x2e /* . */ && c !== 0x3001 /* 、 */) return -1;
  let k = e - 1;
  if (k >= from && isDigit(s.charCodeAt(k))) {
    if (k - 1 >= from && isDigit(s.charCodeAt(k - 1))) k--;
    // 「(2)」 or 「2)」「2.」「2、」.
    return c === 0x29 && k - 1 >= from && s.charCodeAt(k - 1) === 0x28 ? k - 1 : k;
  }
  let n = 0;
  while (k >= from && n < 3 && CJK_NUMERALS.has(s.charCodeAt(k))) (k--, n++);
  if (n === 0) return -1;
  if (c === 0x3001) return k + 1;
  return c === 0x29 && k >= from && s.charCodeAt(k) === 0x28 ? k : -1;
}
/** The last numbering in s[from, to): where it starts and one past its end, or undefined. */
function lastNumbering(s: string, from: number, to: number): [number, number] | undefined {
  for (let e = to - 1; e >= from; e--) {
    const at = numberingEndingAt(s, e, from);
    if (at >= 0) return [at, e + 1];
  }
  return undefined;
}

/** The number the last numbering of s[from, to) gives (「2.」 2, 「(七)」 7, 「三、」 3), or undefined. */
function numberOf(s: string, from: number, to: number): number | undefined {
  const n = lastNumbering(s, from, to);
  if (!n) return undefined;
  const body = s.slice(n[0], n[1] - 1).replace(/[()]/g, '');
  return /^\d+$/.test(body) ? Number(body) : chineseNumeral(body);
}

/**
 * Whether token `t` is a row's label whole (「（七）总计」, 「四、结转下年度继续办理」): the next row, never
 * words beside this one's label.
 */
function isRowLabel(t: Token): boolean {
  const f = folded(t);
  return !!walk(labelTrie(), f.s, lastNumbering(f.s, f.from, f.to)?.[1] ?? f.from, f.to)?.def;
}

/** Whether range `f` opens with a numbering. */
function numberingAt(f: Range): boolean {
  for (let e = f.from + 1; e < f.to && e <= f.from + 4; e++) if (numberingEndingAt(f.s, e, f.from) === f.from) return true;
  return false;
}

/** Whether token `t` stands wholly left of the label's column, a space before it: another cell's words. */
function beside(t: Token, column: number, text: string): boolean {
  return t.span.start - lineStart(text, t.span.start) + t.raw.length <= column - 1;
}

/** Whether tokens[from, to) hold a figure (not only blank cells). */
function anyValue(tokens: readonly Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (tokens[x].kind !== 'blank') return true;
  return false;
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
