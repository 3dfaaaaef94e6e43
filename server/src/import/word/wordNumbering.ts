/**
 * The numbers Word draws before a numbered paragraph, written into its text. Word keeps 「一、」 of
 * 「一、总体情况」 out of the text when the writer (or AutoCorrect) made it a numbered list or a heading
 * style with a multilevel list: the number is computed from word/numbering.xml when the page is drawn.
 * mammoth makes such paragraphs list items without their numbers, and a report whose six headings
 * lost their numerals has no section headings at all. Here each numbered paragraph gets its number
 * as text, computed as Word does (the list's counters in document order, each level's start, format
 * and text such as 「%1、」「（%2）」「%1.%2」), and its numbering is taken off so that it is not drawn twice.
 */

/** The WordprocessingML namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The few DOM calls made on Word's XML (xmldom's nodes; typed here, not with the browser's DOM). */
export interface XNode {
  nodeType: number;
  nodeName: string;
  firstChild: XNode | null;
  nextSibling: XNode | null;
  parentNode: XNode | null;
  appendChild(c: XNode): XNode;
  insertBefore(c: XNode, ref: XNode | null): XNode;
  replaceChild(c: XNode, old: XNode): XNode;
  removeChild(c: XNode): XNode;
}
export interface Element extends XNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttributeNS(ns: string | null, name: string, value: string): void;
  getElementsByTagName(name: string): ArrayLike<Element>;
}
export interface Document extends XNode {
  documentElement: Element | null;
  createElementNS(ns: string, name: string): Element;
  createTextNode(s: string): XNode;
  getElementsByTagName(name: string): ArrayLike<Element>;
}

interface Level {
  start: number;
  format: string;
  text: string;
  /** Numbers of the levels above written as plain digits (legal numbering: 「1.1」). */
  legal: boolean;
  /** What follows the number: a tab (the default), a space, or nothing. */
  suffix: string;
  /** The paragraph style tied to this level (a heading style's list). */
  style?: string;
}

interface Num {
  abstract: string;
  /** Levels the instance restarts (startOverride) or replaces (a w:lvl of its own). */
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface Numbering {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink?: string }>;
  nums: Map<string, Num>;
}

interface StyleNum {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const children = (e: Element, name: string): Element[] => {
  const out: Element[] = [];
  for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).nodeName === name) out.push(c as Element);
  return out;
};
/** An element's first child element of a name. */
export const child = (e: Element | undefined, name: string): Element | undefined => (e ? children(e, name)[0] : undefined);
const val = (e: Element | undefined): string | undefined => (e && e.hasAttribute('w:val') ? e.getAttribute('w:val')! : undefined);
const intVal = (e: Element | undefined): number | undefined => {
  const v = val(e);
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined;
};

function readLevel(l: Element): Level {
  return {
    start: intVal(child(l, 'w:start')) ?? 1,
    format: val(child(l, 'w:numFmt')) ?? 'decimal',
    text: val(child(l, 'w:lvlText')) ?? '',
    legal: child(l, 'w:isLgl') !== undefined && val(child(l, 'w:isLgl')) !== '0' && val(child(l, 'w:isLgl')) !== 'false',
    suffix: val(child(l, 'w:suff')) ?? 'tab',
    style: val(child(l, 'w:pStyle')),
  };
}

export function readNumbering(root: Element | undefined): Numbering {
  const abstracts: Numbering['abstracts'] = new Map();
  const nums: Numbering['nums'] = new Map();
  if (!root) return { abstracts, nums };
  for (const a of children(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of children(a, 'w:lvl')) levels.set(Number(l.getAttribute('w:ilvl') ?? 0), readLevel(l));
    abstracts.set(a.getAttribute('w:abstractNumId') ?? '', { levels, styleLink: val(child(a, 'w:numStyleLink')) });
  }
  for (const n of children(root, 'w:num')) {
    const overrides = new Map<number, { start?: number; level?: Level }>();
    for (const o of children(n, 'w:lvlOverride')) {
      const lvl = child(o, 'w:lvl');
      overrides.set(Number(o.getAttribute('w:ilvl') ?? 0), { start: intVal(child(o, 'w:startOverride')), level: lvl && readLevel(lvl) });
    }
    nums.set(n.getAttribute('w:numId') ?? '', { abstract: val(child(n, 'w:abstractNumId')) ?? '', overrides });
  }
  return { abstracts, nums };
}

/** Each paragraph style's numbering (its own or its base's), and the default paragraph style. */
export function readStyles(root: Element | undefined): { styles: Map<string, StyleNum>; defaultStyle?: string } {
  const styles = new Map<string, StyleNum>();
  let defaultStyle: string | undefined;
  if (!root) return { styles };
  for (const s of children(root, 'w:style')) {
    const id = s.getAttribute('w:styleId') ?? '';
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    styles.set(id, { numId: val(child(numPr, 'w:numId')), ilvl: intVal(child(numPr, 'w:ilvl')), basedOn: val(child(s, 'w:basedOn')) });
    if (s.getAttribute('w:type') === 'paragraph' && (s.getAttribute('w:default') === '1' || s.getAttribute('w:default') === 'true')) defaultStyle = id;
  }
  return { styles, defaultStyle };
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (as Word's chineseCounting draws them). */
function counting(n: number, digits = DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits === DIGITS ? '零' : digits[0];
    zero = false;
    // 「十一」, not 「一十一」, when the tens open the number.
    out += (d === 1 && unit === units[1] && out === '' && digits === DIGITS ? '' : digits[d]) + unit;
  });
  return out;
}
const letters = (n: number, a: number) => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(a + ((k - 1) % 26)) + s;
  return s || String(n);
};
function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of parts) for (; n >= v; n -= v) s += r;
  return s;
}
const enclosed = (n: number, first: number) => (n >= 1 && n <= 20 ? String.fromCharCode(first + n - 1) : String(n));

/** A number in one of Word's formats (w:numFmt); formats not drawn here as plain digits. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return counting(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return counting(n, LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => DIGITS[Number(d)]);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1] : String(n);
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? '0' + n : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x2460);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488);
    case 'upperLetter':
      return letters(n, 0x41);
    case 'lowerLetter':
      return letters(n, 0x61);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/**
 * Writes each numbered paragraph's number into its text, and takes its numbering off (a numbering of
 * list 0, which mammoth and Word draw as none). Bullets are left as they are. Returns how many
 * paragraphs were numbered.
 */
export function numberParagraphs(doc: Document, numbering: Numbering, { styles, defaultStyle }: ReturnType<typeof readStyles>): number {
  /** The counters of each list (an abstract list, or an instance that restarts it), by level. */
  const counters = new Map<string, number[]>();
  let numbered = 0;
  const paragraphs = Array.from(doc.getElementsByTagName('w:p'));
  for (const p of paragraphs) {
    if (inChoice(p)) continue; // (a text box's paragraphs twice: mammoth reads the fallback)
    const pPr = child(p, 'w:pPr');
    // A paragraph deleted, or moved away, with Track Changes on: Word does not number it.
    const mark = child(pPr, 'w:rPr');
    if (child(mark, 'w:del') || child(mark, 'w:moveFrom')) continue;
    const numPr = child(pPr, 'w:numPr');
    let numId = val(child(numPr, 'w:numId'));
    let ilvl = intVal(child(numPr, 'w:ilvl'));
    const styleId = val(child(pPr, 'w:pStyle')) ?? defaultStyle;
    if (numId === undefined || ilvl === undefined) {
      const fromStyle = styleNumbering(styleId, styles);
      numId ??= fromStyle.numId;
      ilvl ??= fromStyle.ilvl;
    }
    if (numId === undefined || numId === '0') continue;
    const found = levelOf(numbering, styles, numId, ilvl, styleId);
    if (!found) continue;
    const { level, key, levels, restart, at } = found;
    if (level.format === 'bullet' || !level.text) continue;
    // The instance that restarts its list (a startOverride) starts at its first paragraph.
    const counterKey = restart ? `num:${numId}` : `abs:${key}`;
    let c = counters.get(counterKey);
    if (!c) counters.set(counterKey, (c = []));
    c[at] = c[at] === undefined ? startOf(numbering, numId, at, levels) : c[at] + 1;
    c.length = at + 1; // the levels below restart
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const lv = levels.get(k);
      const n = c![k] ?? startOf(numbering, numId!, k, levels);
      return formatNumber(n, level.legal || !lv ? 'decimal' : lv.format);
    });
    if (!label.trim()) continue; // (a level drawn without a number: numFmt none)
    writeNumber(doc, p, pPr, numberWithFollow(label, level.suffix === 'nothing' ? 2 : 0));
    numbered++;
  }
  return numbered;
}

/** Whether a paragraph is inside the markup-compatibility choice that mammoth passes over for its fallback. */
function inChoice(p: Element): boolean {
  for (let e = p.parentNode; e; e = e.parentNode) if (e.nodeName === 'mc:Choice') return true;
  return false;
}

/** A paragraph style's numbering, from it or the styles it is based on. */
function styleNumbering(styleId: string | undefined, styles: Map<string, StyleNum>): StyleNum {
  const out: StyleNum = {};
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) break;
    out.numId ??= s.numId;
    out.ilvl ??= s.ilvl;
  }
  return out;
}

/** The level a paragraph of list `numId` at `ilvl` draws (the instance's own level first), and its list. */
function levelOf(numbering: Numbering, styles: Map<string, StyleNum>, numId: string, ilvl: number | undefined, styleId: string | undefined) {
  const num = numbering.nums.get(numId);
  let key = num?.abstract ?? '';
  let abs = num && numbering.abstracts.get(key);
  // (A list that names a list style (w:numStyleLink): the list that style numbers with.)
  for (let hops = 0; abs?.styleLink !== undefined && hops < 4; hops++) {
    const linkedNum = numbering.nums.get(styles.get(abs.styleLink)?.numId ?? '');
    const linked = linkedNum && numbering.abstracts.get(linkedNum.abstract);
    if (!linked || linked === abs) break;
    key = linkedNum.abstract;
    abs = linked;
  }
  if (!num || !abs) return undefined;
  // A heading style tied to a level of the list (w:pStyle on the level): that level.
  let at = ilvl;
  if (at === undefined && styleId) for (const [k, l] of abs.levels) if (l.style === styleId) at = k;
  at ??= 0;
  const levels = new Map(abs.levels);
  for (const [k, o] of num.overrides) if (o.level) levels.set(k, o.level);
  const level = levels.get(at);
  if (!level) return undefined;
  const restart = [...num.overrides.values()].some((o) => o.start !== undefined);
  return { level, levels, at, restart, key };
}

function startOf(numbering: Numbering, numId: string, k: number, levels: Map<number, Level>): number {
  return numbering.nums.get(numId)?.overrides.get(k)?.start ?? levels.get(k)?.start ?? 1;
}

/** The number as the paragraph's first run, and its numbering set to none. */
function writeNumber(doc: Document, p: Element, pPr: Element | undefined, label: string): void {
  const r = doc.createElementNS(W, 'w:r');
  const t = doc.createElementNS(W, 'w:t');
  t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  t.appendChild(doc.createTextNode(label));
  r.appendChild(t);
  if (!pPr) {
    pPr = doc.createElementNS(W, 'w:pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  p.insertBefore(r, pPr.nextSibling);
  const old = child(pPr, 'w:numPr');
  const none = doc.createElementNS(W, 'w:numPr');
  for (const [name, v] of [['w:ilvl', '0'], ['w:numId', '0']]) {
    const e = doc.createElementNS(W, name);
    e.setAttributeNS(W, 'w:val', v);
    none.appendChild(e);
  }
  if (old) pPr.replaceChild(none, old);
  else pPr.insertBefore(none, pPr.firstChild);
}

/**
 * A list number as the text it is written into: followed by a space where Word draws a tab or a space after it
 * (`follow` 0 or 1), nothing where it draws nothing (2) or after a number that ends in its own mark (「一、」「1.」「（一）」).
 * The .docx, .doc and RTF imports all write their numbers so.
 */
export function numberWithFollow(label: string, follow: number): string {
  return label + (follow === 2 || /[、.．)）:：]$/.test(label) ? '' : ' ');
}
