/**
 * Recognising row labels of table 三 in a text token. The label is the end of the token: on a
 * page whose cell boundaries were lost, the text before it is the previous row's group label
 * (「（三）不予公开 1.属于国家秘密」) or the table's header run together
 * (「…法律服务机构其他一、本年新收政府信息公开申请数量」). Labels are matched on folded text (one
 * script, one width, no spaces); where the row's key is found last is the row (「三、本年度办理结果
 * （一）予以公开」 is the row （一）), and the label starts at its numbering or, without one, where
 * the official wording before the key starts.
 */
import { APP_GROUPS, APP_ROWS, type RowDef } from '../../form/schema';
import { foldChars } from '../text/normalize';
import { wordAutomaton, type WordAutomaton } from '../text/automaton';
import type { Token } from '../tokens/token';

/** Every numbering in folded text (「(三)」「一、」「(2)」「1.」). */
export const MARKERS = /\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.、)]|[\u2460-\u2473]/g;
/** A number glued to the words, without its 「.」 (a list numbered 「1其他」). */
const LEADING_NUMBER = /^\d{1,2}(?=[^\d])/;
/** (A numbering cut at its closing bracket by a narrow column, 「（二」 alone on its line, is one too.) */
const NUMBERED = /^(?:[\u2460-\u2473]|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.、)]|\d{1,2}(?=[^\d])|\([一二三四五六七八九十]{1,3}$)/;
/** A numbering that ends exactly where a label's words begin (a circled number too: 「③其他」, which the fold keeps). */
const MARKER_AT_END = /(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.、)]|[\u2460-\u2473])$/;

export interface LabelParts {
  /** The label without its numbering. */
  words: string;
  /** Whether the label carried a numbering at its start. */
  numbered: boolean;
}

/** Whether a label's normalised text opens with a numbering (「（三）」「2.」「①」). */
export const isNumbered = (n: string): boolean => NUMBERED.test(n);

export function labelParts(n: string): LabelParts {
  const numbered = NUMBERED.test(n);
  const words = n.replace(MARKERS, '').replace(LEADING_NUMBER, '');
  return { words, numbered };
}

export interface AppLabelMatch {
  def: RowDef;
  isGroup: boolean;
  numbered: boolean;
  /** Source offset where the label starts (the token's start unless text is glued before it). */
  start: number;
  /** Source offsets of the key the row was recognised by. */
  key: { start: number; end: number };
  /** Where the label starts in the token's fold (a label found in one token). */
  foldStart?: number;
}

const MAX_WORDS = 60;
/** How far before a key the label's own words and numbering may reach (folded characters). */
const LEAD_WINDOW = 24;

/** The official wording before a row's key, without numbering (「属于」 before 「国家秘密」). */
const LEADS = new Map<RowDef, Map<string, string>>();
function officialLead(def: RowDef, key: string): string {
  let leads = LEADS.get(def);
  if (!leads) LEADS.set(def, (leads = new Map()));
  let lead = leads.get(key);
  if (lead === undefined) {
    const official = foldChars(def.label).s.replace(MARKERS, '');
    let at = official.indexOf(key);
    // A different wording (国家机密): the official words before the first key.
    if (at < 0) at = official.indexOf(def.keys[0]);
    lead = at > 0 ? official.slice(0, at) : '';
    leads.set(key, lead);
  }
  return lead;
}

/** Where, in folded text `s`, the label whose key `key` starts at `pos` begins. */
function labelStart(s: string, pos: number, def: RowDef, key: string): number {
  const lead = officialLead(def, key);
  let k = 0;
  while (k < lead.length && pos - k - 1 >= 0 && s[pos - k - 1] === lead[lead.length - 1 - k]) k++;
  let start = pos - k;
  const m = MARKER_AT_END.exec(s.slice(Math.max(0, start - 6), start));
  if (m) return start - m[0].length;
  // A numbering a few words before the key (a wording that differs from the form's).
  const window = s.slice(Math.max(0, start - LEAD_WINDOW), start);
  let last: RegExpExecArray | undefined;
  MARKERS.lastIndex = 0;
  for (let x = MARKERS.exec(window); x; x = MARKERS.exec(window)) last = x;
  if (last) {
    const between = window.slice(last.index + last[0].length);
    // Only words a label can hold: no figures, no clause punctuation.
    if (!/[\d。；;，,：:]/.test(between)) start = start - window.length + last.index;
  }
  return start;
}

/** Rows, then groups: the order in which labels are considered (earlier wins a tie). */
const O3 = APP_ROWS.find((d) => d.id === 'o3')!;
/** A group's words (folded) and a mark joining an item's words to them: 「其他处理-」「(六)其他处理/」「不予处理·」. */
const JOINED_TO_GROUP = /(?:^|\))(?:其他处理|不予处理|无法提供|不予公开|本年度办理结果)[-—–/／·:：>]$/;
const DEFS: { def: RowDef; isGroup: boolean }[] = [...APP_ROWS.map((def) => ({ def, isGroup: false })), ...APP_GROUPS.map((def) => ({ def, isGroup: true }))];

interface KeyIndex {
  /** Every row's and group's keys, found in one pass. */
  automaton: WordAutomaton;
  /** For each key (the automaton's word), the rows and groups it names (indexes into DEFS). */
  defs: number[][];
  /** For each of DEFS, its keys as the automaton's words, in the order of `def.keys`. */
  words: number[][];
}
/** The keys of every row and group in one automaton (built on first use). */
let keyIndex: KeyIndex | undefined;
function keysAutomaton(): KeyIndex {
  if (!keyIndex) {
    const words: string[] = [];
    const defs: number[][] = [];
    const byKey = new Map<string, number>();
    const defWords = DEFS.map(({ def }, i) =>
      def.keys.map((k) => {
        let w = byKey.get(k);
        if (w === undefined) {
          byKey.set(k, (w = words.length));
          words.push(k);
          defs.push([]);
        }
        if (!defs[w].includes(i)) defs[w].push(i);
        return w;
      }),
    );
    keyIndex = { automaton: wordAutomaton(words), defs, words: defWords };
  }
  return keyIndex;
}

/**
 * The keys a token's fold holds: each key found (the automaton's word) and where it occurs last
 * (relative to the token's fold), in the order first found; the rows and groups they name (indexes
 * into DEFS, ascending). Small arrays, not a map: a label holds one key or two.
 */
interface FoundKeys {
  words: number[];
  last: number[];
  defs: number[];
}

const ascending = (a: number, b: number) => a - b;

/**
 * What the scan of one token found, gathered in arrays kept from token to token (`foundWords` long) and
 * copied out at its end: arrays grown from empty by push take room for seventeen at the first, and
 * three of them were made for each of the many tokens that hold a key (most of labels.ts's allocation).
 */
const foundWords: number[] = [];
const foundLast: number[] = [];
const foundDefs: number[] = [];
let foundN = 0;
let foundD = 0;
let foundFrom = 0;
const onKey = (w: number, start: number) => {
  for (let k = 0; k < foundN; k++) {
    if (foundWords[k] === w) {
      foundLast[k] = start - foundFrom;
      return;
    }
  }
  foundWords[foundN] = w;
  foundLast[foundN++] = start - foundFrom;
  for (const d of keyIndex!.defs[w]) {
    let seen = false;
    for (let k = 0; k < foundD && !seen; k++) seen = foundDefs[k] === d;
    if (!seen) foundDefs[foundD++] = d;
  }
};

/**
 * Where each key occurs last in s[from, to), in one pass of the keys' automaton (instead of a
 * `lastIndexOf` per key over long prose), and which rows and groups have a key there; undefined when
 * no key occurs — most text is not a label.
 */
function lastKeyPositions(s: string, from: number, to: number): FoundKeys | undefined {
  const { automaton } = keysAutomaton();
  foundN = foundD = 0;
  foundFrom = from;
  automaton.scan(s, from, to, onKey);
  if (foundN === 0) return undefined;
  const keys: FoundKeys = { words: foundWords.slice(0, foundN), last: foundLast.slice(0, foundN), defs: foundDefs.slice(0, foundD) };
  keys.defs.sort(ascending);
  return keys;
}

/**
 * The fold a token's keys are read in, and where — its segment's, in place, when it has one — left in
 * `rangeS`, `rangeFrom`, `rangeTo` (not an array made per token: this runs for every text token).
 */
let rangeS = '';
let rangeFrom = 0;
let rangeTo = 0;
function foldRange(tok: Pick<Token, 'fold'> & { segment?: Token['segment']; span?: Token['span'] }): void {
  const seg = tok.segment;
  if (seg && tok.span) {
    rangeS = seg.s;
    rangeFrom = seg.fwd[tok.span.start];
    rangeTo = seg.fwd[tok.span.end];
    return;
  }
  rangeS = tok.fold().s;
  rangeFrom = 0;
  rangeTo = rangeS.length;
}

const noKey = () => undefined;
let straddling = false;
let straddleFrom = 0;
const onStraddle = (_: number, start: number) => {
  if (start < straddleFrom) straddling = true;
};

/**
 * Whether two text tokens read as one (a label wrapped onto the next line) may name a row or group:
 * not when neither holds a key and no key runs across the two — their join then holds none, and is
 * not made (exact: a key of the join lies in one of them or across them).
 */
export function mayJoinToLabel(a: Token, b: Token): boolean {
  if (tokenKeys(a) || tokenKeys(b)) return true;
  const { automaton } = keysAutomaton();
  const reach = automaton.longest - 1;
  // The end of the first and the start of the second, as one text: a key that begins in one and ends in the other.
  foldRange(a);
  const state = automaton.scan(rangeS, Math.max(rangeFrom, rangeTo - reach), rangeTo, noKey);
  foldRange(b);
  straddling = false;
  straddleFrom = rangeFrom;
  automaton.scan(rangeS, rangeFrom, Math.min(rangeTo, rangeFrom + reach), onStraddle, state);
  return straddling;
}

/**
 * The keys in a token's folded text: read in place in its segment's fold when it has one (no copy of
 * its text, no view: most tokens hold no key, and are never folded on their own).
 */
function keysOf(tok: Pick<Token, 'fold'> & { segment?: Token['segment']; span?: Token['span'] }): ReturnType<typeof lastKeyPositions> {
  foldRange(tok);
  return lastKeyPositions(rangeS, rangeFrom, rangeTo);
}

/**
 * The keys in a token's folded text, found once per token: they are its own (a token kept across an
 * edit by retokenize keeps them, with its fold). null when it holds none.
 */
function tokenKeys(tok: Pick<Token, 'fold'> & { keys?: unknown; segment?: Token['segment']; span?: Token['span'] }): FoundKeys | null {
  let keys = tok.keys as FoundKeys | null | undefined;
  if (keys === undefined) tok.keys = keys = keysOf(tok) ?? null;
  return keys;
}

/**
 * `rowsStarted`: whether a numeric row has been read already (a bare 「总计」 or 「其他」 before the
 * rows is a column header, after them a row); `previous`: the id of the last row read.
 */
export function matchAppLabel(tok: Pick<Token, 'fold'> & { keys?: unknown; segment?: Token['segment']; span?: Token['span'] }, rowsStarted: boolean, previous?: string): AppLabelMatch | undefined {
  const keys = tokenKeys(tok);
  if (!keys) return undefined;
  const f = tok.fold();
  const s = f.s;
  const { words, automaton } = keysAutomaton();
  let best: RowDef | undefined;
  let bestIsGroup = false;
  let bestPos = -1;
  let bestLen = 0;
  let bestStart = 0;
  // Only the rows and groups with a key in the text, in the same order as all of them.
  for (const d of keys.defs) {
    const { def, isGroup } = DEFS[d];
    const defWords = words[d];
    for (let k = 0; k < defWords.length; k++) {
      const at = keys.words.indexOf(defWords[k]);
      if (at < 0) continue;
      const pos = keys.last[at];
      const key = automaton.words[defWords[k]];
      let start: number;
      if (def.exact) {
        // The whole label, numbering aside: 「（七）总计」「3.其他」 at the end of the token.
        if (pos !== s.length - key.length) continue;
        const rest = s.slice(0, pos);
        const marked = MARKER_AT_END.exec(rest);
        // (Or a number without its point, 「3其他」 — a space for the point, folded away, or none: 「| 3 其他 |」 was no row
        // of the table, said missing — found by a review of Word files.)
        const m = marked ?? (/^\d{1,2}$/.test(rest) ? ([rest + '.'] as const) : null);
        // (Or after its group's words and a mark joining them, a label flattened as an assistant writes one: 「其他处理 - 其他」.)
        if (!m && rest !== '' && !JOINED_TO_GROUP.test(rest)) continue;
        const numbered = !!m;
        if (def.id === 'total' && !numbered && !rowsStarted) continue;
        // (「（七）小计」 names the total as some agencies write it; a bare 小计 may be any group's.)
        if (def.id === 'total' && !numbered && key === '小计') continue;
        if (def.id === 'o3' && ((!numbered && previous !== 'o2') || !rowsStarted)) continue;
        // 「（六）其他」 is （六）其他处理 cut by a narrow column (its 处理 on the next line), never the item
        // 「3.其他」, which a group's numeral does not number; nor, but after （六）'s first items, is 「2.其他」,
        // the first line of 2.其他法律行政法规禁止公开 wrapped in its cell (a Word table pasted as text).
        if (def.id === 'o3' && m && (m[0] === '(六)' || (/^\(?[0-9]/.test(m[0]) && !/^\(?3\D/.test(m[0]) && previous !== 'o1' && previous !== 'o2'))) continue;
        start = marked ? pos - marked[0].length : 0;
      } else start = labelStart(s, pos, def, key);
      if (!best || pos > bestPos || (pos === bestPos && key.length > bestLen)) {
        best = def;
        bestIsGroup = isGroup;
        bestPos = pos;
        bestLen = key.length;
        bestStart = start;
      }
    }
  }
  if (!best) return undefined;
  // 「3.其他处理」「3.其他情形」 after （六）'s items 1 and 2: the item 3.其他, worded otherwise (label-drift says so) — not
  // the 2019 form's group row （六）其他处理, which an item's 「3.」 does not number (table-shape said 3.其他 lacking:
  // found by a review).
  if (best.id === 'other' && (previous === 'o2' || previous === 'o1') && /^\(?3[.、)]/.test(s.slice(bestStart))) best = O3;
  const { words: labelWords, numbered } = labelParts(s.slice(bestStart));
  // (A label holds no figure and ends no sentence: 「予以公开。长宁区…」 is prose that runs on past the words.)
  if (!labelWords || labelWords.length > MAX_WORDS || /[\d。;]/.test(labelWords)) return undefined;
  return { def: best, isGroup: bestIsGroup, numbered, start: f.at(bestStart), key: { start: f.at(bestPos), end: f.at(bestPos + bestLen - 1) + 1 }, foldStart: bestStart };
}

/**
 * A row's numbering opening a label (folded text): an item's 「2.」, or one of the rows numbered in words —
 * 「二、」上年结转, 「(二)」部分公开, 「四、」结转 (a group's 「（六）」 is no row's: 「（六）其他」 is （六）其他处理 cut short).
 */
const ITEM_AT_START = /^(?:\d{1,2}[.、)]|[一二四]、|\([一二七]\))/;

/**
 * Row labels of table 三 that run straight on into the next label in one text token, before fold offset
 * `before` (where the token's own row label starts): 「2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其
 * 政府信息公开申请3.其他（七）总计5000005」 — a glued page's rows whose cells were empty. Each an item numbered 「N.」, each
 * ending where the next begins (an exact one, 「3.其他」, with nothing after its words), no figure or clause
 * punctuation in it; in order, as source offsets.
 */
export function labelsRunOn(tok: Pick<Token, 'fold'> & { keys?: unknown; segment?: Token['segment']; span?: Token['span'] }, before: number): { def: RowDef; start: number; end: number }[] {
  const keys = tokenKeys(tok);
  if (!keys || before <= 0) return [];
  const f = tok.fold();
  const s = f.s;
  const { words, automaton } = keysAutomaton();
  const found: { def: RowDef; start: number; keyEnd: number }[] = [];
  for (const d of keys.defs) {
    const { def, isGroup } = DEFS[d];
    if (isGroup) continue;
    for (const w of words[d]) {
      const at = keys.words.indexOf(w);
      if (at < 0) continue;
      const pos = keys.last[at];
      const key = automaton.words[w];
      if (pos + key.length > before) continue;
      const m = def.exact ? MARKER_AT_END.exec(s.slice(Math.max(0, pos - 6), pos)) : undefined;
      const start = def.exact ? (m ? pos - m[0].length : -1) : labelStart(s, pos, def, key);
      if (start < 0 || !ITEM_AT_START.test(s.slice(start))) continue;
      found.push({ def, start, keyEnd: pos + key.length });
      break;
    }
  }
  // (Two rows' keys in one item — 「2.其他法律行政法规禁止公开」 holds 3.其他's 其他 — are the one whose key reaches further.)
  found.sort((a, b) => a.start - b.start || b.keyEnd - a.keyEnd);
  for (let i = found.length - 1; i > 0; i--) if (found[i].start === found[i - 1].start) found.splice(i, 1);
  const out: { def: RowDef; start: number; end: number }[] = [];
  for (let i = 0; i < found.length; i++) {
    const g = found[i];
    let end = i + 1 < found.length ? found[i + 1].start : before;
    // A group's label between this item and the next (「…已获取信息（六）其他处理1.申请人…」) is the group's, not
    // the item's: the item ends before it — its blank cells there, where a fix writes its figures.
    const group = s.slice(g.keyEnd, end).search(GROUP_MARK);
    if (group >= 0) end = g.keyEnd + group;
    // (The words after the key hold no figure and no clause's punctuation — a bracketed note of the form's
    // own, 「（区分处理的，只计这一情形，不计其他情形）」, aside.)
    if (end <= g.keyEnd - 1 || (g.def.exact && g.keyEnd !== end) || /[\d。；;，,]/.test(s.slice(g.keyEnd, end).replace(/\([^()]*\)/g, ''))) continue;
    out.push({ def: g.def, start: f.at(g.start), end: f.at(end - 1) + 1 });
  }
  return out;
}

/** A group's numbering in folded text: 「(三)」 … 「(七)」. */
const GROUP_MARK = /\([一二三四五六七]\)/;

/** Units after a figure that make it a statement in prose (「予以公开15件」「35個」「3宗」), not a cell. */
export const STATED_UNIT = /^[件条个個項项次人名家户戶份宗%％]/;

/** Header cells of table 三 (before its first row). */
export const APP_HEADER_WORDS = ['勾稽', '本列数据', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '申请人'];
/** Words that open the header (not 其他, 总计 or 申请人, which prose uses too). */
const APP_HEADER_ANCHORS = ['勾稽', '本列数据', '申请人情况', '自然人', '法人或其他组织', '商业企业'];
/** A header cell on its own (「自然人」「总计」), not words that merely contain one (「不计其他情形）」). */
export function isAppHeaderCell(n: string): boolean {
  return n.includes('勾稽') || n.includes('本列数据') || APP_HEADER_WORDS.includes(n);
}
export function isAppHeader(n: string): boolean {
  if (n.length > 60) return false;
  if (n.includes('勾稽') || n.includes('本列数据')) return true;
  // A sentence is not a header cell (「…并告知申请人获取该信息…」).
  return n.length <= 30 && !/[。；;，,：:]/.test(n) && APP_HEADER_WORDS.some((w) => n.includes(w));
}
/** Where in folded text the header of table 三 starts (its first header word, with an opening bracket), or -1. */
export function appHeaderStart(s: string): number {
  let first = -1;
  for (const w of APP_HEADER_ANCHORS) {
    const i = s.indexOf(w);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  if (first > 0 && s[first - 1] === '(') first--;
  return first;
}

/**
 * Table 四's header words, and any piece of them: a PDF's text cuts a narrow column's words anywhere
 * (「总」 / 「计」, 「结果维」 / 「持」) and puts the pieces where their lines fall. Text made only of these
 * characters is header (prose never is: it holds others). A character class, not an alternation of
 * the words and their pieces, which could backtrack without end on text that almost matches.
 */
const REVIEW_HEADER = /^[行政法复覆议诉讼未经直接起后结果维持纠正其他它尚审总计合小]+$/;
const REVIEW_HEADER_CHARS = /[行政法复覆议诉讼未经直接起后结果维持纠正其他它尚审总计合小]/g;
/** Whether normalised text is made of table 四's header characters alone, not one misread (a header's pieces, exactly). */
export const madeOfReviewWords = (n: string): boolean => REVIEW_HEADER.test(n);
export function isReviewHeader(n: string): boolean {
  // (Up to fifteen columns each named whole: 「行政复议结果维持 … 复议后起诉总计」 folds to 145 characters.)
  if (n.length > 240) return false;
  const words = n.replace(/[()、,，]/g, '');
  if (REVIEW_HEADER.test(words)) return true;
  // A character an OCR misread in a word of four or more (「尚末审结」「结果维特」「总汁」 in 「…总汁」, 「复议后超诉」): one in
  // six at most. Read as no header, the table's fifteen figures were lost, 「表头后没有数字」 (found by a review).
  if (words.length < 4) return false;
  const off = words.length - (words.match(REVIEW_HEADER_CHARS)?.length ?? 0);
  return off <= Math.max(1, Math.floor(words.length / 6));
}

const REVIEW_WORDS = ['行政复议', '行政覆议', '行政法复议', '行政诉讼', '未经复议直接起诉', '未经覆议直接起诉', '复议后起诉', '覆议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '合计', '小计'];
/** The first part of a header word cut in two by a line break (「未经复议」 of 未经复议直接起诉). */
export function isReviewWordStart(n: string): boolean {
  return n.length >= 1 && REVIEW_WORDS.some((w) => w.length > n.length && w.startsWith(n));
}
