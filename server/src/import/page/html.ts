/**
 * A report page as downloaded from a government site, turned into report text: the article body
 * only (navigation, scripts, breadcrumbs, share buttons, footers and attachment lists left out),
 * paragraphs one per line, every table as pipe rows built from its cells with merged cells expanded
 * into a real grid — so nothing is ever glued. The body is found by its content (the element that
 * holds the report's section headings, the smallest that holds nearly all of them), not by one
 * site's class names. Parsed with parse5, which builds the tree as a browser does, so old Word/IE
 * markup (upper-case tags, unquoted attributes, unclosed cells and paragraphs) comes out as shown.
 */
import { parsePage } from './parsePage';
import { findHeadings, opensWithNumbering } from '../../analysis/reader/segments/headings';
import { isChromeLine } from '../../analysis/reader/segments/chrome';
import { isSentence, looksLikeTitle, yearIn } from '../../analysis/reader/segments/title';
import { expandGrid, pipeRows, type SourceCell } from './grid';
import { MAX_DEPTH, MAX_HTML, refuse } from '../limits';
import { TAB_MARK } from '../marks';
import { formatNumber } from '../word/wordNumbering';
import { cssTables } from './cssTables';

interface Node {
  nodeName: string;
  parentNode?: Node | null;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

// (Not <form>: an ASP.NET WebForms page — many government sites — is one form around the whole page.)
// (<del>: a revision Word saved with the page, or a CMS editor kept — struck through on the page, and no longer the
// text: 「<del>17</del><ins>13</ins>」 shows 13, and read as 1713 it made four false errors, found by a review. So too
// <s> and <strike>, what web editors write for a struck-through figure: 「<s>17</s>10」.)
const SKIP = new Set(['del', 's', 'strike', 'script', 'style', 'noscript', 'iframe', 'object', 'embed', 'button', 'select', 'input', 'textarea', 'svg', 'canvas', 'template', 'head', 'nav', 'video', 'audio', 'map', 'area']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'center', 'hr', 'body', 'caption']);
/** Page chrome found inside article containers: sharing, printing, QR codes, related links, attachments. */
const CHROME = /(?:^|[\s_-])(?:share|bdshare|bdsharebuttonbox|print|dayin|close|qrcode|erweima|ewm|related|xgwz|xglj|fujian|attach|attachment|download|fontsize|zihao|breadcrumb|crumb|location|position|weizhi|dqwz|pager|page-?nav|comment)(?:$|[\s_-])/i;

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const tag = (n: Node) => (n.tagName ?? '').toLowerCase();
const isChrome = (n: Node) => CHROME.test(`${attr(n, 'class') ?? ''} ${attr(n, 'id') ?? ''}`);

/**
 * Inside a table, what the page does not show (`display:none`, `hidden`): a cell, or characters a site
 * hides among a cell's digits against copying (「12<span style="display:none">0</span>」 shows 12). (Not
 * outside tables: a page hides whole parts of its article until 「展开全文」 is clicked, and they are the report.)
 */
// (So too text made invisible otherwise — 「visibility:hidden」, 「font-size:0」 — or by a class the page's style
// sheet hides: 「2<span class="hid">8</span>」 read as 28, found by a review.)
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?)\s*(?:!important\s*)?(?:;|$)/i;
const isHidden = (n: Node) => n.attrs !== undefined && (attr(n, 'hidden') !== undefined || HIDDEN_STYLE.test(attr(n, 'style') ?? '') || hiddenByClass(n));
/**
 * Made invisible by a style its children inherit and may set back (「font-size:0」, 「visibility:hidden」): a cell
 * 「<td style="font-size:0"><span style="font-size:14px">14</span></td>」 shows 14 — read as hidden, every figure of
 * the table was lost (found by a review). Not 「display:none」, which nothing inside undoes.
 */
const GONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
/** A style's declarations, property → value (lower case, 「!important」 aside): split, never matched across (a regular expression over a long run of spaces was quadratic). */
function declarations(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of style.split(';')) {
    const colon = d.indexOf(':');
    if (colon > 0) out.set(d.slice(0, colon).trim().toLowerCase(), d.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase());
  }
  return out;
}
/** A font size of nothing (「0」「0px」「0.0em」). */
const ZERO_SIZE = /^0*(?:\.0*)?(?:px|pt|pc|em|rem|ex|ch|%|cm|mm|in|q|vw|vh)?$/;
/** A size that shows text whatever its parent's is: an absolute length, 「rem」 (the page's root size), a keyword — not 「em」 or 「%」, a part of nothing. */
const OWN_SIZE = /^(?:\d*\.?\d+(?:px|pt|pc|cm|mm|in|q|rem|vw|vh)|xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large)$/;
/** Hidden so that nothing inside it shows: 「display:none」, the hidden attribute, a class the page's style sheet hides. */
const isGone = (n: Node) => n.attrs !== undefined && (attr(n, 'hidden') !== undefined || GONE.test(attr(n, 'style') ?? '') || hiddenByClass(n));
/**
 * What an element's style says of its text being seen, each property on its own: hidden or shown again (visibility),
 * a size of nothing or one of its own (font-size, a child's 「1em」 of nothing being nothing). Undefined: not said.
 */
function seen(style: string | undefined): { invisible?: boolean; sizeless?: boolean } {
  if (!style || !/visibility|font-size/i.test(style)) return {};
  const d = declarations(style);
  const out: { invisible?: boolean; sizeless?: boolean } = {};
  const v = d.get('visibility');
  if (v === 'hidden' || v === 'collapse') out.invisible = true;
  else if (v === 'visible') out.invisible = false;
  const f = d.get('font-size');
  if (f !== undefined && ZERO_SIZE.test(f)) out.sizeless = true;
  else if (f !== undefined && OWN_SIZE.test(f) && Number.parseFloat(f.replace(/^\./, '0.')) !== 0) out.sizeless = false;
  return out;
}
const isFaded = (n: Node) => {
  const s = n.attrs ? seen(attr(n, 'style')) : {};
  return s.invisible === true || s.sizeless === true;
};
/** The classes the page's own style sheets hide (「.hid{display:none}」): set for the page being read. */
let hiddenClasses: ReadonlySet<string> = new Set();
function hiddenByClass(n: Node): boolean {
  if (!hiddenClasses.size) return false;
  const c = attr(n, 'class');
  return !!c && c.split(/\s+/).some((x) => hiddenClasses.has(x));
}
/** A rule of a page's style sheets: its selectors, its declarations' text. */
type Rule = [selectors: string[], body: string];

/**
 * The rules of a page's <style> sheets, in one pass over each (a regular expression over a long stretch without
 * braces went back over it from every character: quadratic). Not the rules of an @media block (「.hidden-xs」
 * hides a cell on a phone only, and on print — found by a review), nor any other at-rule's; comments aside.
 */
function styleRules(doc: Node): Rule[] {
  const out: Rule[] = [];
  const walk = (n: Node) => {
    if (tag(n) === 'style') {
      const css = (n.childNodes ?? []).map((c) => c.value ?? '').join('').replace(/\/\*[\s\S]*?\*\//g, '');
      let depth = 0;
      let start = 0;
      let head = '';
      for (let i = 0; i < css.length; i++) {
        const c = css.charCodeAt(i);
        if (c === 0x7b) {
          if (depth === 0) {
            head = css.slice(start, i);
            start = i + 1;
          }
          depth++;
        } else if (c === 0x7d && depth > 0) {
          depth--;
          if (depth === 0) {
            if (!head.trimStart().startsWith('@')) out.push([head.split(','), css.slice(start, i)]);
            start = i + 1;
          }
        }
      }
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(doc);
  return out;
}

/** The class a simple selector names (「.a」「span.a」), if it is one; `element`, the element it may name before. */
function selectorClass(sel: string, element = '[a-z]*'): string | undefined {
  return new RegExp(`^\\s*${element}\\.([\\w-]+)\\s*$`, 'i').exec(sel)?.[1];
}

/** The classes a page's <style> rules hide, by simple selectors (「.a」「span.a」, in a list or not). */
function classesHidden(rules: readonly Rule[]): Set<string> {
  const out = new Set<string>();
  for (const [selectors, body] of rules) {
    if (!body.split(';').some((d) => HIDDEN_STYLE.test(d.trim()))) continue;
    for (const sel of selectors) {
      const c = selectorClass(sel);
      if (c) out.add(c);
    }
  }
  return out;
}

/**
 * A footnote's or endnote's mark as mammoth writes it from Word (「<a href="#footnote-1">[1]</a>」): in a
 * cell it would make 「25[1]」 of the figure 25. (The note itself is written after the report.)
 */
// (And as Word itself saves a page, 「<a href="#_ftn1">[1]</a>」: 「13[1]」 was 「不是数字」, found by a review.)
const isNoteReference = (n: Node) => tag(n) === 'a' && /^#(?:(?:footnote|endnote)-|_(?:ftn|edn)\d)/.test(attr(n, 'href') ?? '');
/**
 * A note's mark set above a figure (「13<sup>1</sup>」「13<sup>①</sup>」「13<sup>[1]</sup>」, as Word's superscript
 * comes out): in the cell it made the figure 131 — its row's total and the balance said wrong (found by a
 * review). The note itself is among the page's text.
 */
const NOTE_MARK = /^[\s\u00a0]*[[(（【]?(?:[0-9]{1,2}|[\u2460-\u2473]|[*※†‡#]|[a-z])[\])）】]?[\s\u00a0]*$/i;
function isNoteMark(n: Node, before: readonly string[]): boolean {
  if (tag(n) !== 'sup') return false;
  const parts: string[] = [];
  const walk = (m: Node) => (m.nodeName === '#text' ? parts.push(m.value ?? '') : (m.childNodes ?? []).forEach(walk));
  walk(n);
  if (!NOTE_MARK.test(parts.join(''))) return false;
  const so = before.join('').replace(/[\s\u00a0\u0000]+$/, '');
  return /[0-9０-９]$/.test(so);
}

/** A line break inside a cell (<br>, or a block such as <p>), kept as a mark among the text pieces. */
const BREAK = '\u0000';

/** Inline text of a subtree, with its line breaks marked (used inside table cells). */
function inlineText(n: Node, out: string[], invisible = false, sizeless = false): void {
  if (n.nodeName === '#text') {
    if (!invisible && !sizeless) out.push(n.value ?? '');
    return;
  }
  const t = tag(n);
  if (SKIP.has(t) || n.nodeName === '#comment' || isNoteReference(n) || isGone(n) || isNoteMark(n, out) || hidesLinks(n)) return;
  // (Made invisible, or shown again inside what was, each property on its own: 「visibility:hidden」 and a child's
  // 「visibility:visible」; 「font-size:0」 and a child's own size — a child's size does not show what visibility hides.)
  if (n.attrs) {
    const s = seen(attr(n, 'style'));
    invisible = s.invisible ?? invisible;
    sizeless = s.sizeless ?? sizeless;
  }
  if (t === 'br') {
    out.push(BREAK);
    return;
  }
  const block = BLOCK.has(t);
  if (block) out.push(BREAK);
  for (const c of n.childNodes ?? []) inlineText(c, out, invisible, sizeless);
  if (block) out.push(BREAK);
}
/**
 * Spaces as one space; the characters that take no room (zero-width space and joiners, word joiner, a
 * stray BOM) dropped, not made spaces: an editor leaves them inside figures (「1&#8203;0」 shows 10, and
 * read as 「1 0」 it was two invalid cells: found by a review).
 */
const clean = (s: string) => s.replace(/[\u200b-\u200d\u2060\ufeff]+/g, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
/** A Word paragraph's tabs (TAB_MARK) as tabs, the spaces beside them dropped; in a cell, a space. */
const TAB_MARKS = new RegExp(` ?${TAB_MARK} ?`, 'g');
const tabs = (s: string, cell: boolean) => (s.includes(TAB_MARK) ? (cell ? clean(s.replace(TAB_MARKS, ' ')) : lineTabs(s)) : s);
/**
 * A paragraph's tabs as tabs where they part its text (a table laid out with tabs, its blank cells tabs side
 * by side, at its start or its end); tabs only before its words, none after, are indentation, dropped (a
 * title indented so lost its agency, and the carry-over check with it: found by a review).
 */
function lineTabs(s: string): string {
  const words = s.replace(/^[\s\ue009]+/, '');
  return (words.includes(TAB_MARK) ? s : words).replace(TAB_MARKS, '\t');
}
const cellText = (n: Node) => {
  const parts: string[] = [];
  inlineText(n, parts);
  // Text split across <p>, <span> and <br> in a cell is one text (a label wrapped in a narrow cell):
  // the lines join without a separator — but two figures on two lines stay two (「3<br>4」 is not 34).
  return tabs(clean(parts.join('').replace(/(\d)\s*\u0000[\u0000\s]*(?=\d)/g, '$1 ').replace(/\u0000/g, '')), true);
};

/** A row of no height whose cells hold nothing. */
function isFillerRow(tr: Node): boolean {
  if (attr(tr, 'height')?.trim() !== '0' && !/(?:^|;)\s*height\s*:\s*0(?:px|pt)?\s*(?:;|$)/i.test(attr(tr, 'style') ?? '')) return false;
  return (tr.childNodes ?? []).every((c) => (tag(c) !== 'td' && tag(c) !== 'th') || !cellText(c).trim());
}

function rowsOf(table: Node): Node[] {
  const rows: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.childNodes ?? []) {
      const t = tag(c);
      // (A row the page does not show is no row of the table, as a hidden cell is none of its row.)
      // (Nor Word's filler row of a zero height, its cells empty, that sets the columns' widths: 「<tr height=0>」
      // after a table saved as a filtered web page — an empty pipe row, found by a review.)
      if (t === 'tr') {
        if (!isHidden(c) && !isFillerRow(c)) rows.push(c);
      }
      else if (t === 'thead' || t === 'tbody' || t === 'tfoot') walk(c);
    }
  };
  walk(table);
  return rows;
}
// (A cell made invisible whose words nothing inside shows again is none, as a cell 「display:none」.)
const cellsOf = (tr: Node) => (tr.childNodes ?? []).filter((c) => (tag(c) === 'td' || tag(c) === 'th') && !isGone(c) && !(isFaded(c) && !cellText(c)));

/**
 * A table used only to lay out the page holds blocks, not figures: one row or one column; or a cell
 * that holds the page's article (section headings: an old site's skeleton — banner, menu, article) or
 * a whole table of its own (a frame around the table, its note row above: 「单位：件 | 填报日期」). Its cells
 * are read as blocks, so that the tables inside keep their cells. (A small table in a header cell —
 * 「申请人情况」 boxed, a corner's 项目/数量 — leaves a table of figures one.)
 */
function isLayoutTable(table: Node): boolean {
  let known = layout.get(table);
  if (known === undefined) layout.set(table, (known = framesPage(table)));
  return known;
}
const layout = new WeakMap<Node, boolean>();
/** Rows a table inside a cell has from which it is a table of its own, not part of the cell's words. */
const FRAMED_ROWS = 5;
function framesPage(table: Node): boolean {
  const rows = rowsOf(table);
  // (A table of one row is a layout's, but for a row of figures: table 四's row or table 三's last set in a table of their
  // own, their header or rows above in another — read as blocks, a cell a line, their blank cells were lost and the
  // figures with them: found by a review of saved pages.)
  if (rows.length < 2) return !(rows.length === 1 && rowOfFigures(rows[0]));
  for (const r of rows) for (const c of cellsOf(r)) if (holdsLongTable(c) || findHeadings(blockText(c)).length >= 2) return true;
  // (A loop, not Math.max(...rows): a table of 200,000 rows would pass the most arguments a call takes.)
  for (const r of rows) if (cellsOf(r).reduce((n, c) => n + spanOf(c, 'colspan'), 0) >= 2) return false;
  return true;
}

/**
 * An empty cell Word puts before or after a row, no cell of the table (「<td width=0>」, 「mso-cell-special:placeholder」).
 * Written, it was the first cell of table 四's row of figures, and every figure a column on — wrong figures exported and
 * false sums (found by a review of saved pages). Dropped wherever it stands (at a row's end too); one not so marked, first
 * in every row, is dropped with its column (grid.ts).
 */
function isPlaceholder(c: Node): boolean {
  const style = attr(c, 'style') ?? '';
  const marked = /mso-cell-special\s*:\s*placeholder/i.test(style) || /^\s*0+(?:px)?\s*$/.test(attr(c, 'width') ?? '') || /(?:^|;)\s*width\s*:\s*0+(?:px|pt|in|cm)?\s*(?:;|$)/i.test(style);
  return marked && cellText(c).trim() === '';
}

/**
 * A cell's rowspan or colspan as a browser reads it (HTML's rules for non-negative integers): the digits at its
 * start, spaces before them — 「2px」 is 2, 「3;」 3 (read as 1, a row's figures moved a column: found by a review) —;
 * 1 where there are none, or 0.
 */
function spanOf(c: Node, name: 'rowspan' | 'colspan'): number {
  const m = /^[\s]*\+?(\d+)/.exec(attr(c, name) ?? '');
  return m ? Math.max(1, Number(m[1])) : 1;
}

/**
 * Whether a table of its own stands inside `n`: one of FRAMED_ROWS rows or more, or a short one with figures in its
 * cells — table 四, three or four rows, framed with its note row (「单位：件 | 填报日期」) was read as one cell, its fifteen
 * figures glued (found by a review). (Not a small table of words in a header cell: 「申请人情况」 boxed.)
 */
function holdsLongTable(n: Node): boolean {
  for (const c of n.childNodes ?? []) {
    if (tag(c) === 'table') {
      const rows = rowsOf(c);
      if (rows.length >= FRAMED_ROWS || (rows.length >= 2 && figureCells(rows) >= FRAMED_FIGURES)) return true;
    }
    if (holdsLongTable(c)) return true;
  }
  return false;
}
/** A cell that holds a figure alone (digits, thousands commas, a decimal point). */
const FIGURE_CELL = /^[0-9０-９][0-9０-９,，.]*$/;
/** A row of three cells or more, figures in half of those that hold anything at least, and no long block in any. */
function rowOfFigures(tr: Node): boolean {
  const cells = cellsOf(tr);
  if (cells.length < 3) return false;
  let words = 0;
  let figures = 0;
  for (const c of cells) {
    const t = clean(cellText(c));
    if (!t) continue;
    if (FIGURE_CELL.test(t)) figures++;
    else if (t.length > 40 || holdsLongTable(c)) return false;
    else words++;
  }
  return figures > 0 && figures >= words;
}
/** Cells of figures from which a short table inside a cell is a table of its own. */
const FRAMED_FIGURES = 5;
function figureCells(rows: readonly Node[]): number {
  let k = 0;
  for (const r of rows) for (const c of cellsOf(r)) if (FIGURE_CELL.test(clean(cellText(c)))) k++;
  return k;
}

/** The text of `n`, blocks and rows on lines of their own (to look for headings in). */
function blockText(n: Node): string {
  const parts: string[] = [];
  const walk = (m: Node): void => {
    if (m.nodeName === '#text') parts.push(m.value ?? '');
    else if (!SKIP.has(tag(m)) && m.nodeName !== '#comment') {
      const line = BLOCK.has(tag(m)) || tag(m) === 'tr' || tag(m) === 'br';
      if (line) parts.push('\n');
      for (const c of m.childNodes ?? []) walk(c);
      if (line) parts.push('\n');
    }
  };
  walk(n);
  return parts.join('');
}

class Writer {
  lines: string[] = [];
  /** Pictures in the article (their text is not read). */
  pictures = 0;
  /** Blocks of links the page hides (left out). */
  hiddenLinks = 0;
  private line = '';
  /** A list item's number, written before its first text (which may stand in a paragraph inside the item). */
  marker = '';
  text(s: string): void {
    if (this.marker && s.trim()) {
      s = this.marker + s.replace(/^\s+/, '');
      this.marker = '';
    }
    this.line += s;
  }
  break(): void {
    const l = tabs(clean(this.line), false);
    if (l) this.lines.push(l);
    this.line = '';
  }
  raw(line: string): void {
    this.break();
    this.lines.push(line);
  }
}

/**
 * Placed far off the screen (「position:absolute;left:-9999px」, 「top:-999px」, 「text-indent:-999em」), or in a box of no
 * size that hides what overflows it (「height:0;overflow:hidden」, a box of 1px): hidden from readers as display:none is
 * (each kept injected links as the report's words: found by a review).
 */
const OFFSCREEN = /(?:^|;)\s*(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}(?:\.\d+)?(?:px|em|rem|pt)/i;
const NO_BOX = /(?:^|;)\s*(?:height|width)\s*:\s*(?:0|1px)\s*(?:!important\s*)?(?:;|$)/i;
const offscreen = (style: string) => OFFSCREEN.test(style) || (NO_BOX.test(style) && /overflow\s*:\s*hidden/i.test(style));
/** The most characters a block of injected links holds (a hidden part of an article holds more). */
const HIDDEN_LINKS_TEXT = 300;
function hidesLinks(n: Node): boolean {
  if (!(isHidden(n) || offscreen(attr(n, 'style') ?? ''))) return false;
  let links = 0;
  let chars = 0;
  const walk = (m: Node) => {
    if (m.nodeName === '#text') chars += (m.value ?? '').trim().length;
    else if (tag(m) === 'a' && attr(m, 'href')) links++;
    for (const c of m.childNodes ?? []) walk(c);
  };
  walk(n);
  return links > 0 && chars <= HIDDEN_LINKS_TEXT;
}

/**
 * An image drawn small: an icon, a bullet, a button (under 100 pixels wide, or under 100 high — a button 110 × 42, a
 * share bar 160 × 60: counted as pictures, a page with no article was imported as one of pictures, found by the review
 * of the first version), or a line (under 40 high). Not a wide strip — a picture of table 四, one row of figures under
 * its header, is 650 × 96 (300 wide or more): it was taken for an icon, and the table said missing with no word of the
 * picture (found by a review).
 */
function isIcon(n: Node): boolean {
  const px = (name: string) => {
    const given = attr(n, name) ?? new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(\\d+)`, 'i').exec(attr(n, 'style') ?? '')?.[1];
    return given !== undefined && /^\d+(?:px)?$/i.test(given.trim()) ? parseInt(given, 10) : undefined;
  };
  const w = px('width');
  const h = px('height');
  return (w !== undefined && w < 100) || (h !== undefined && h < 100 && (h < 40 || w === undefined || w < 300));
}

/** How a page's blocks are written: what is chrome to leave out, and whether its text's line breaks are lines. */
interface Page {
  chrome(n: Node): boolean;
  /** Whether an element holds a section's heading: the report's, whatever hides it (a 「展开全文」 part). */
  holdsHeading(n: Node): boolean;
  /** Text with tables in it (Markdown that pandoc wrote with its merged tables as HTML): its lines are lines. */
  linesAreLines: boolean;
  /** Text the page shows as written (<pre>): its tabs are tabs too, a table's cells. */
  keepTabs?: boolean;
}

/** A style that shows its text's line breaks as written. */
const PRE = /(?:^|;)\s*white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\s*(?:!important\s*)?(?:;|$)/i;
function blocks(n: Node, w: Writer, page: Page): void {
  if (n.nodeName === '#text') {
    if (page.linesAreLines) {
      const lines = (n.value ?? '').split(/\r?\n/);
      lines.forEach((l, i) => {
        if (i) w.break();
        w.text(page.keepTabs ? l.replace(/\t/g, TAB_MARK) : l);
      });
      return;
    }
    w.text(n.value ?? '');
    return;
  }
  if (n.nodeName === '#comment') return;
  const t = tag(n);
  if (SKIP.has(t) || page.chrome(n)) return;
  if (t === 'br') return w.break();
  // Text whose line breaks the page shows as written — <pre>, 「white-space: pre」 — is written a line a line, its tabs kept:
  // a report typed into one, its tables by tabs, came out one line, tables 三 and 四 lost (found by a review of saved pages).
  if (!page.linesAreLines && (t === 'pre' || PRE.test(attr(n, 'style') ?? ''))) {
    w.break();
    const lines = { ...page, linesAreLines: true, keepTabs: true };
    for (const c of n.childNodes ?? []) blocks(c, w, lines);
    return w.break();
  }
  // Links the page hides from its readers — display:none, or placed far off the screen —, a few words each: what a
  // hacked site injects for search engines (「<div style="display:none">…<a href=…>办理各类证件</a>…</div>」, imported as the
  // report's words: found by a review). Left out, and counted so the import says so. (Not a hidden part of the article
  // a 「展开全文」 shows: long, and no block of links.)
  if (hidesLinks(n) && !page.holdsHeading(n)) {
    w.hiddenLinks++;
    return;
  }
  // A few characters the page hides inside a sentence against copying (「申请<span style="display:none">1</span>39件」
  // shows 39: read as 139, the text said to disagree with table 三 — found by a review), as inside a table's cells.
  // (Gone, display:none: an invisible span's child may show itself again, 「font-size:0」 undone inside.)
  if (INLINE.has(t) && isGone(n) && !page.holdsHeading(n) && textLength(n) <= HIDDEN_CHARS) return;
  // A picture: a table published as an image, a scan of a page. Counted, so the import can say its figures were not
  // read (a table that was a picture was said missing and nothing more: found by a review). Not an icon or a bullet.
  if (t === 'img') {
    if (!isIcon(n)) w.pictures++;
    return;
  }
  if (t === 'table' && !isLayoutTable(n)) {
    w.break();
    // The table's caption (「表四：行政复议、行政诉讼情况（单位：件）」, or the section's heading) above its rows.
    // (Not where the line above says the same already: the heading above the table and again in it.)
    // (Or the same section's heading in other words, 「三、…申请情况」 above a table titled 「三、…申请情况（单位：件）」: written
    // again, it was the section twice — a false section-duplicate, found by a review.)
    const said = (line: string) => {
      if (!w.lines.length) return false;
      const last = w.lines[w.lines.length - 1];
      return clean(last) === clean(line) || (isHeadingLine(line) && isHeadingLine(clean(last)) && findHeadings(line)[0].section === findHeadings(clean(last))[0].section);
    };
    for (const c of n.childNodes ?? []) if (tag(c) === 'caption' && !isHidden(c) && !said(cellText(c))) w.raw(cellText(c));
    const rows = rowsOf(n).map((tr) => cellsOf(tr).filter((c) => !isPlaceholder(c)).map((c): SourceCell => ({ text: cellText(c), rowspan: spanOf(c, 'rowspan'), colspan: spanOf(c, 'colspan') })));
    const grid = expandGrid(rows, attr(n, 'data-drawn') !== 'pdf');
    // (A report written in a spreadsheet has paragraphs among its rows, one cell across with sentences in it; a
    // statistics table of the pre-2019 form has rows headed 「三、依申请公开情况」 across it, which are its rows.)
    // (Two sentences so at least: a table's note across it, 「注：…。」, is one.)
    const prose = rows.filter((cells) => cells.length === 1 && cells[0].text.length >= 8 && /[。；！？]$/.test(cells[0].text.trim())).length >= 2;
    for (let r = 0; r < grid.length; r++) {
      // A section's heading written in a row of the table, one cell across it all: the heading on its line (as a
      // row's cell it was no heading: the section was said missing, found by a review). In its first row, over the
      // section's table; in any row, where a report written in a spreadsheet is one table, its paragraphs rows of
      // one cell across and its tables the rows between (six sections said missing: found by a review).
      // (Only in a table as wide as table 三 or 四: a statistics table of the pre-2019 form, three or four columns, has
      // rows headed 「三、依申请公开情况」 across it, which name no section.)
      // (And in any row after the first, where Word joined two tables and the heading between was typed into a row of
      // one cell across: 「（七）总计」 … 「四、政府信息公开行政复议、行政诉讼情况」 … table 四 — section 四 said missing,
      // found by a review. A row's label across it, 「四、结转下年度继续办理」, is no section's heading.)
      if ((r === 0 || prose || grid[r].length >= WIDE_TABLE) && grid.length > 1 && rows[r]?.length === 1 && grid[r].length > 1 && isHeadingLine(grid[r][0])) {
        if (!said(grid[r][0])) w.raw(grid[r][0]);
      }
      else w.raw(pipeRows([grid[r]])[0]);
    }
    return;
  }
  // A block of the page's furniture, by its words where no class names it (a simple site's template): 「发布时间：…
  // 浏览次数：123」, 「分享到：微信微博」, 「【打印】【关闭窗口】」, and 「相关文件：」 over a list of links — another report's
  // title among them (found by a review: all kept as the report's words, nothing said).
  if ((BLOCK.has(t) || t === 'td') && !page.holdsHeading(n) && isFurniture(n)) return;
  const block = BLOCK.has(t) || t === 'table' || t === 'tr' || t === 'td' || t === 'th';
  if (block) w.break();
  const marker = t === 'li' ? markers.get(n) : undefined;
  if (marker) w.marker = marker;
  for (const c of n.childNodes ?? []) blocks(c, w, page);
  if (marker) w.marker = ''; // (an item with no text: its number goes nowhere else)
  if (t === 'template' && n.content) blocks(n.content, w, page);
  if (block) w.break();
}

/**
 * The numbers a browser draws before a numbered list's items (<ol>): 「一、」 for a list styled
 * cjk-ideographic — an editor's way of numbering the section headings, whose text then holds none
 * (without them no heading was found, and the article was missed: found by a review) —, 「1.」 by default.
 * As Word formats, with the mark a browser puts after them; by the item: its list's start, its place, its value.
 */
const CSS_LISTS: Record<string, [string, string]> = {
  'cjk-ideographic': ['chineseCounting', '、'],
  'simp-chinese-informal': ['chineseCounting', '、'],
  'trad-chinese-informal': ['chineseCounting', '、'],
  'simp-chinese-formal': ['chineseLegalSimplified', '、'],
  'trad-chinese-formal': ['chineseLegalSimplified', '、'],
  'cjk-decimal': ['ideographDigital', '、'],
  decimal: ['decimal', '.'],
  'decimal-leading-zero': ['decimalZero', '.'],
  'lower-alpha': ['lowerLetter', '.'],
  'lower-latin': ['lowerLetter', '.'],
  'upper-alpha': ['upperLetter', '.'],
  'upper-latin': ['upperLetter', '.'],
  'lower-roman': ['lowerRoman', '.'],
  'upper-roman': ['upperRoman', '.'],
};
/**
 * The list type a style's declarations give: 「list-style-type」's, or the word of the 「list-style」 shorthand that
 * is one — 「list-style: inside decimal」 is decimal (its first word, 「inside」, took the lists' numbers away: found by a review).
 */
function listType(style: string): string | undefined {
  if (!/list-style/i.test(style)) return undefined;
  const d = declarations(style);
  // (A bullet's type, 「disc」, draws no number: kept, so that the list is not numbered.)
  return d.get('list-style-type') ?? d.get('list-style')?.split(/\s+/).find((w) => w === 'none' || w in CSS_LISTS || /^(?:disc|circle|square)$/.test(w));
}
const TYPE_ATTR: Record<string, string> = { '1': 'decimal', a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' };
const markers = new WeakMap<Node, string>();
/** Numbers every numbered list's items (into `markers`), once per page. */
function numberLists(root: Node, rules: readonly Rule[]): void {
  // (A page's stylesheet that takes lists' numbers away — 「ol,ul{list-style:none}」, a reset most sites
  // have — draws none: then only a list styled on the element itself is numbered. Found by a review.)
  const reset = rules.some(([selectors, body]) => listType(body) === 'none' && selectors.some((sel) => /(?:^|\s)(?:ol|li)\b/i.test(sel.trim())));
  // The list styles the page's style sheets give by class (「ol.cn{list-style-type:cjk-ideographic}」): the headings
  // numbered so were 「1.总体情况」 … (found by a review). Simple selectors, as for the classes that hide.
  const byClass = new Map<string, string>();
  for (const [selectors, body] of rules) {
    const type = listType(body);
    if (!type) continue;
    for (const sel of selectors) {
      const c = selectorClass(sel, '(?:ol)?');
      if (c) byClass.set(c, type);
    }
  }
  const classStyle = (n: Node) => (attr(n, 'class') ?? '').split(/\s+/).reduce<string | undefined>((found, c) => byClass.get(c) ?? found, undefined);
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (tag(n) === 'ol') {
      const style = listType(attr(n, 'style') ?? '') ?? classStyle(n) ?? (reset ? 'none' : undefined);
      const kind = CSS_LISTS[style ?? TYPE_ATTR[attr(n, 'type') ?? ''] ?? 'decimal'];
      let k = Number.parseInt(attr(n, 'start') ?? '1', 10);
      if (!Number.isFinite(k)) k = 1;
      for (const li of n.childNodes ?? []) {
        if (tag(li) !== 'li') continue;
        const v = Number.parseInt(attr(li, 'value') ?? '', 10);
        if (Number.isFinite(v)) k = v;
        // (Nor an item that carries its own number: 「一、总体情况」 numbered again would read 「1.一、总体情况」.)
        if (kind && style !== 'none' && !opensWithNumbering(clean(blockText(li)))) markers.set(li, formatNumber(k, kind[0]) + kind[1]);
        k++;
      }
    }
    for (const c of n.childNodes ?? []) stack.push(c);
  }
}

/** Columns from which a table is as wide as table 三 (nine) or 四 (fifteen), not a statistics table of four. */
const WIDE_TABLE = 7;

/** Whether a cell's text is a section heading and nothing else (「四、政府信息公开行政复议、行政诉讼情况」). */
function isHeadingLine(text: string): boolean {
  const h = findHeadings(text);
  return h.length === 1 && h[0].start === 0 && h[0].end >= text.length - 2;
}

/**
 * Whether a table is one of the report's: it names a row or column of the form (both scripts). A page's
 * other tables — its footer's, an index of 索引号 and 发布机构, a calendar — are no part of the article,
 * which need not hold them (the article had to hold every table, so a small footer table made the whole
 * page the article, navigation and all: found by a review).
 */
const REPORT_TABLE_WORDS = /行政[复復覆][议議]|行政[诉訴][讼訟]|信息[内內]容|予以公[开開]|本年新收|[制製][发發]件[数數]|[处處]理[决決]定|申[请請]人|[总總][计計]|件[数數]|[规規]章|第二十[条條]|收[费費]金[额額]|[结結][转轉]|不予公[开開]|商[业業]企[业業]|自然人|[维維]持|[纠糾]正/g;
/**
 * Two of the form's words at least: each of the report's tables, and each block of one, has several (「信息内容」
 * 「第二十条」, 「申请人」「总计」, 「行政复议」「维持」). One alone is a widget's or an index's — 「本月来信 | 办结 | 总计」, 「信息
 * 分类：规章」, 「申请人须知」 — and it made the whole page the article, navigation and all (found by a review).
 */
function isReportTable(table: Node): boolean {
  // (A table of links is a menu, whatever its words: 「依申请公开 | 申请人须知」「规章 | 规范性文件」.)
  if (onlyLinks(table)) return false;
  const seen = new Set<string>();
  for (const m of blockText(table).matchAll(REPORT_TABLE_WORDS)) if (seen.add(m[0]).size >= 2) return true;
  return false;
}

/** Whether every word of an element is a link's. */
function onlyLinks(n: Node): boolean {
  if (n.nodeName === '#text') return !(n.value ?? '').trim();
  if (tag(n) === 'a') return true;
  return (n.childNodes ?? []).every(onlyLinks);
}

/** Every element with the range of the page's text it covers, to find the article by its content. */
function measure(root: Node): { text: string; ranges: Map<Node, [number, number]>; tables: Map<Node, number> } {
  const parts: string[] = [];
  let length = 0;
  const ranges = new Map<Node, [number, number]>();
  const tables = new Map<Node, number>();
  /** A list item's number, put before its first text (as the page is written: Writer.marker). */
  let marker = '';
  const walk = (n: Node): number => {
    if (n.nodeName === '#text') {
      let s = (n.value ?? '').replace(/\s+/g, ' ');
      if (marker && s.trim()) {
        s = marker + s.trimStart();
        marker = '';
      }
      parts.push(s);
      length += s.length;
      return 0;
    }
    const t = tag(n);
    if (SKIP.has(t) || n.nodeName === '#comment') return 0;
    const start = length;
    if (BLOCK.has(t) || t === 'tr' || t === 'br') {
      parts.push('\n');
      length++;
    }
    if (t === 'li' && markers.has(n)) marker = markers.get(n)!;
    let count = t === 'table' && !isLayoutTable(n) && isReportTable(n) ? 1 : 0;
    for (const c of n.childNodes ?? []) count += walk(c);
    if (t === 'li') marker = '';
    if (BLOCK.has(t)) {
      parts.push('\n');
      length++;
    }
    ranges.set(n, [start, length]);
    tables.set(n, count);
    return count;
  };
  walk(root);
  return { text: parts.join(''), ranges, tables };
}

/** The title: the page's declared article title, a heading that reads as one, or the <title> before its site suffix. */
function titleOf(doc: Node): string | undefined {
  let meta: string | undefined;
  let heading: string | undefined;
  let title: string | undefined;
  /** A block of a line's words that reads as a titled report's title, with its year: 「<div class="tit">…</div>」. */
  let line: string | undefined;
  /** Below a link or a list's item (`inLink`): only its meta, no heading nor title's line. */
  const walk = (n: Node, inLink = false) => {
    const t = tag(n);
    if (t === 'meta' && /^(?:articletitle|title|og:title)$/i.test(attr(n, 'name') ?? attr(n, 'property') ?? '')) meta ??= attr(n, 'content');
    if (inLink) {
      for (const c of n.childNodes ?? []) walk(c, true);
      return;
    }
    if (SKIP.has(t) && t !== 'head') return;
    if (t === 'title') title ??= cellText(n);
    if (/^h[1-3]$/.test(t) && !heading) {
      const h = cellText(n);
      if (looksLikeTitle(h)) heading = h;
    }
    // (Not a link's words, nor a list's item: a sidebar's 「2022年…年度报告」 is another report — found by a review.)
    if (t === 'a' || t === 'li' || t === 'nav') {
      for (const c of n.childNodes ?? []) walk(c, true);
      return;
    }
    if (!line && (t === 'div' || t === 'p' || t === 'td' || t === 'span' || t === 'strong' || t === 'b') && (n.childNodes ?? []).every((c) => c.nodeName === '#text' || (INLINE.has(tag(c)) && tag(c) !== 'a'))) {
      // (Not a sentence that names the report, 「…现公布某局2023年…年度报告。」; its marks around it aside, 「【…】」.)
      const l = clean(cellText(n)).replace(/^[【\[]\s*(.*?)\s*[】\]]$/, '$1');
      if (l.length <= TITLE_LINE && !isSentence(l) && yearIn(l) !== undefined && looksLikeTitle(l)) line = l;
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(doc);
  // The <title> without the site's name or the path to the page around it (「…年度报告-某某县人民政府」,
  // 「…年度报告——…门户网站」, 「某某县人民政府 > 政务公开 > …年度报告」, 「…年度报告 某某县人民政府」): the part
  // that reads as a report's title, ending with its words (found by a review).
  const parts = (title ?? '').split(/[_|｜]|——|\s*[>＞»›]\s*|\s+[-–—]\s+|-(?=[^-]*$)/).map((x) => clean(x).replace(/(年度?报告|年报)\s+\S+$/, '$1'));
  // (A title shown in a block of its own — 「<div class="tit">」, no <h1> — before the <title>'s parts: the site's column's name
  // there, 「某某县人民政府-政务公开-政府信息公开年报」, was the title, and the report's own lost with its body: found by a
  // review. And a title with its year before one without: a column's name names no report's year.)
  const candidates = [meta, heading, line, ...parts.filter((x) => /(?:报告|報告|年报|年報)$/.test(x)), title?.split(/[_|｜]| - /)[0]].map((x) => x && clean(x));
  return candidates.find((x) => x && looksLikeTitle(x) && yearIn(x) !== undefined) ?? candidates.find((x) => x && looksLikeTitle(x)) ?? undefined;
}
/** The most characters a title's line holds. */
const TITLE_LINE = 80;

export interface Imported {
  text: string;
  title?: string;
  /** How many tables were written as pipe rows. */
  tables: number;
  /** How many pictures the article holds (their text, a table's figures in one, not read). */
  pictures?: number;
  /** How many blocks of links the page hides were left out (a hacked site's injected links). */
  hiddenLinks?: number;
  /** The page has a pager (「下一页」「共 3 页」): a report a site publishes over several pages, this one only imported. */
  paged?: true;
  /** Its pager's links to the other pages (engine.ts follows them to pages saved beside it). */
  pager?: Pager;
  /** How many pages saved beside it were joined after it (engine.ts): the report whole. */
  joined?: number;
}

/** How deep elements are nested, without recursion (the readers below recurse): parsePage counts as nodes are put in the
 *  tree, and a node the parser moves later (misnested formatting, 「<b><p>…</b>」) is counted here. */
function depthOf(root: Node): number {
  let max = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    for (const c of n.childNodes ?? []) stack.push([c, d + 1]);
    if (n.content) stack.push([n.content, d + 1]);
  }
  return max;
}

export function htmlToReport(html: string): Imported {
  if (html.length > MAX_HTML) refuse('size');
  const doc = parsePage(html) as unknown as Node;
  if (depthOf(doc) > MAX_DEPTH) refuse('depth');
  const rules = styleRules(doc);
  hiddenClasses = classesHidden(rules);
  numberLists(doc, rules);
  cssTables(doc, rules);
  const { out, body } = write(doc, measure(doc), onlyTables(doc));
  const pager = pagerOf(doc, body);
  if (pager) {
    out.paged = true;
    if (pager.next || pager.pages.length) out.pager = pager;
  }
  return out;
}

/**
 * Whether a page shows a pager to other pages: a link 「下一页」「下页」「尾页」「末页」 to another address, or TRS's script
 * that draws one, 「createPageHTML(3, 0, …)」 (most government sites' CMS). A site that publishes a long report over
 * several pages (「…_1.html」) saves one page at a time, and the rest was said missing with no word of the pages (found
 * by a review). (Not 「下一篇」, the next article; nor a pager of a page's script that shows parts the page holds; nor
 * the pager of a list of articles beside the report — a sidebar's 「最新信息」 with its own 「下一页」.)
 */
function pagerOf(doc: Node, article: Node): Pager | undefined {
  let found = false;
  const pager: Pager = { pages: [], earlier: [] };
  const walk = (n: Node) => {
    const t = tag(n);
    if (t === 'script') {
      // (Its count first, or after the pager's element: 「createPageHTML(3, 0, "report", "html")」「createPageHTML('page_div', 3, …)」:
      // the pages are the first's name with 「_1」「_2」… on it.)
      const m = /createPageHTML\(\s*(?:['"][^'"]{0,40}['"]\s*,\s*)?(\d+)\s*(?:,\s*(\d+)\s*,\s*['"]([^'"\/]{1,80})['"]\s*,\s*['"]([a-z]{2,5})['"])?/i.exec((n.childNodes ?? []).map((c) => c.value ?? '').join(''));
      if (m && Number(m[1]) > 1 && !pagesAList(n, article)) {
        found = true;
        if (m[3] && Number(m[2]) === 0 && !pager.pages.length) for (let i = 1; i < Math.min(Number(m[1]), MAX_PAGES); i++) pager.pages.push(`${m[3]}_${i}.${m[4]}`);
      }
      return;
    }
    if (SKIP.has(t) && t !== 'nav') return;
    if (t === 'a') {
      const href = (attr(n, 'href') ?? '').trim();
      const words = blockText(n);
      const away = /^(?!#|javascript:)\S/i.test(href);
      // (「上一页」 too: a later page, whose pager has no 下一页 — the last page was not said to be one of several.)
      if (away && /^[\s<>《》»«]*(?:下一?页|尾页|末页|上一?页)[\s<>《》»«]*$/.test(words) && !pagesAList(n, article)) {
        found = true;
        if (/下/.test(words)) pager.next ??= href;
        else if (/上/.test(words)) pager.earlier.push(href);
      } else if (away && /^\s*[0-9]{1,3}\s*$/.test(words) && !pagesAList(n, article)) {
        // (A link to page 1 — unless it is this page's own: the importer knows its name — says this is a later page.)
        if (Number(words) === 1) pager.earlier.push(href);
        else if ((pager.numbered?.length ?? 0) < MAX_PAGES) pager.numbered = [...(pager.numbered ?? []), [Number(words), href]];
      }
      return;
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(doc);
  if (!found) return undefined;
  // (The pager's numbered links, in their numbers' order: the pages after this one, when it is the first.)
  if (!pager.pages.length && pager.numbered) pager.pages = pager.numbered.sort((a, b) => a[0] - b[0]).map(([, href]) => href);
  delete pager.numbered;
  return pager;
}
/** The most pages of one report followed. */
const MAX_PAGES = 30;

/** A pager's links: the next page's, and the pages' in order (a first page's numbered links, or what its script names). */
export interface Pager {
  next?: string;
  /**
   * Where its 「上一页」 and its page 1 lead: a later page's, when they lead to another page than this one (a first page's
   * pager may link to itself) — the report is read from its first page, not joined from here.
   */
  earlier: string[];
  pages: string[];
  numbered?: [number, string][];
}

/**
 * Whether a pager pages a list of articles rather than the report: an element around it, below where it meets the
 * article, holds three links or more named as articles are (six characters or more; a pager's own are 「2」「尾页」).
 */
function pagesAList(pager: Node, article: Node): boolean {
  const aroundArticle = new Set<Node>();
  for (let a: Node | null | undefined = article; a; a = a.parentNode) aroundArticle.add(a);
  for (let n = pager.parentNode; n && !aroundArticle.has(n); n = n.parentNode) {
    if (titledLinks(n) >= 3) return true;
  }
  return false;
}

function titledLinks(n: Node): number {
  let count = 0;
  const walk = (c: Node) => {
    if (count >= 3) return;
    if (tag(c) === 'a') {
      if (clean(blockText(c)).length >= 6) count++;
      return;
    }
    for (const k of c.childNodes ?? []) walk(k);
  };
  walk(n);
  return count;
}

/** What Markdown may hold beside its tables (a hard line break, a mark, a link, a picture). */
const INLINE = new Set(['br', 'span', 'sup', 'sub', 'a', 'img', 'b', 'strong', 'em', 'i', 'u', 'font', 'small']);

/**
 * Whether a document is text with tables of figures in it: every element (the html, head and body it is
 * given aside) a table that is no layout table, or inline markup outside them. (An article in a layout
 * table is a page, whose source's line breaks are no lines.)
 */
function onlyTables(n: Node): boolean {
  for (const c of n.childNodes ?? []) {
    const t = tag(c);
    if (!t) continue;
    if (t === 'table') {
      if (isLayoutTable(c)) return false;
      continue;
    }
    if (!(t === 'html' || t === 'head' || t === 'body' || INLINE.has(t)) || !onlyTables(c)) return false;
  }
  return true;
}

/**
 * The section headings the article is looked for by, at most: a report has six, twelve with its table of contents. Each
 * element is weighed against each heading, and a page of 100,000 paragraphs that each open with 「一、总体情况」 was
 * never imported (found by a review of import on adversarial pages); past these, a page is no one report's.
 */
const MAX_HEADINGS = 200;

function write(doc: Node, { text, ranges, tables }: ReturnType<typeof measure>, linesAreLines: boolean): { out: Imported; body: Node } {
  const all = findHeadings(text);
  const found = all.length > MAX_HEADINGS ? all.slice(0, MAX_HEADINGS) : all;
  // A copy of the article the page hides (a phone's, 「display:none」, beside the computer's): its headings are not the
  // article's — with them, the article was the page around both copies, its navigation read (found by a review).
  const copies = [...ranges].filter(([n, [s, e]]) => isHidden(n) && copiesOthers(found, s, e));
  const hiddenCopies = copies.map(([, r]) => r);
  const hits = hiddenCopies.length ? found.filter((h) => !hiddenCopies.some(([s, e]) => h.start >= s && h.start < e)) : found;
  const headings = hits.map((h) => h.start);
  // Headings inside an element whose class looks like chrome: not the copy that stands for the report.
  const chromeRanges = [...ranges].filter(([n]) => isChrome(n)).map(([, r]) => r);
  // (Not one around the element itself: a chrome-like wrapper of the whole page holds both copies.)
  const inOtherChrome = (at: number, s: number, e: number) => chromeRanges.some(([cs, ce]) => at >= cs && at < ce && !(cs <= s && ce >= e));
  const chrome = (n: Node) => {
    // (Also a copy the page hides — a phone's copy of the article in 「display:none」 beside the computer's: read,
    // every section and table came twice, found by a review. A hidden part the other copy lacks is read: 「展开全文」.)
    if (isHidden(n) && hiddenCopies.length) {
      const r = ranges.get(n);
      if (r && hiddenCopies.some(([s, e]) => s === r[0] && e === r[1])) return true;
    }
    if (!isChrome(n)) return false;
    // By its class, page chrome — unless it holds part of the report that is nowhere else: Bootstrap's
    // 「content position-relative」 around the article is the article; a 「print-content」 copy of it is a copy.
    const [s, e] = ranges.get(n) ?? [0, 0];
    const inside = new Set(hits.filter((h) => h.start >= s && h.start < e).map((h) => h.section));
    const outside = new Set(hits.filter((h) => (h.start < s || h.start >= e) && !inOtherChrome(h.start, s, e)).map((h) => h.section));
    // (And a table of figures in a 「table-responsive position-relative」 wrapper is a table.)
    return inside.size ? [...inside].every((x) => outside.has(x)) : !(tables.get(n) ?? 0);
  };
  // The article: the smallest element holding nearly all the headings (and the tables among them).
  let body: Node = doc;
  if (headings.length) {
    const need = Math.max(1, Math.ceil(headings.length * 0.8));
    // (Not a hidden copy's tables: the article holds the tables shown.)
    const allTables = (tables.get(doc) ?? 0) - copies.reduce((n, [c]) => n + (tables.get(c) ?? 0), 0);
    let best: [number, number] | undefined;
    for (const [n, [s, e]] of ranges) {
      const inside = headings.filter((h) => h >= s && h < e).length;
      if (inside < need || (tables.get(n) ?? 0) < allTables) continue;
      // (Not the heading's own paragraph: a page of a report cut short, or one heading, holds more than its headings.)
      if (e - s <= hits.filter((h) => h.start >= s && h.start < e).reduce((n, h) => n + h.end - h.start, 0) + 4) continue;
      if (!best || e - s < best[1] - best[0]) {
        best = [s, e];
        body = n;
      }
    }
  }
  body = withItsOpeningAndSignature(body, ranges, tables);
  const w = new Writer();
  const tableCopies = hiddenTableCopies(doc);
  const holdsHeading = (n: Node) => {
    const r = ranges.get(n);
    return !!r && hits.some((h) => h.start >= r[0] && h.start < r[1]);
  };
  for (const part of besideArticle(body, hits, ranges, chromeRanges)) {
    blocks(part, w, { chrome: (n) => tableCopies.has(n) || chrome(n), holdsHeading, linesAreLines });
    w.break();
  }
  const title = titleOf(doc);
  const lines = w.lines;
  // (Not where a line is the title already — with a mark or a number around it at most —; an opening
  // sentence that names the report, 「…现公布某某县…年度报告。」, is no title line: found by a review.)
  if (title && !lines.slice(0, 3).some((l) => clean(l).includes(title) && clean(l).length <= title.length + 8)) lines.unshift(title);
  const out = lines.join('\n') + '\n';
  return { out: { text: out, title, tables: lines.filter((l) => l.startsWith('| ')).length ? countTables(lines) : 0, pictures: w.pictures, hiddenLinks: w.hiddenLinks }, body };
}

/**
 * The article and the parts of it the page keeps beside it: a section whose heading stands outside the article
 * found, in no chrome, and that the article lacks — a Word document's sections pasted as 「Section0」「Section1」
 * (the title, the opening and 一 in the first), the rest behind 「展开全文」 in a sibling, a page's second page
 * beside its first. The article held 80 % of the headings and was taken alone: the other part's sections were
 * lost, and said missing (found by a review). Between the two, the children of the element that holds both, from
 * the article's to the part's: what stands between them is the report's too (a section without a heading).
 */
function besideArticle(body: Node, hits: readonly { start: number; section: number }[], ranges: Map<Node, [number, number]>, chromeRanges: readonly [number, number][]): Node[] {
  const [s, e] = ranges.get(body) ?? [0, 0];
  const inBody = (at: number) => at >= s && at < e;
  const have = new Set(hits.filter((h) => inBody(h.start)).map((h) => h.section));
  const missing = hits.filter((h) => !inBody(h.start) && !have.has(h.section) && !chromeRanges.some(([cs, ce]) => h.start >= cs && h.start < ce)).map((h) => h.start);
  if (!missing.length) return [body];
  // The smallest element around the article that holds them, and which of its children lead to each.
  let holder = body.parentNode;
  let branch = body;
  while (holder) {
    const [hs, he] = ranges.get(holder) ?? [0, 0];
    if (missing.every((at) => at >= hs && at < he)) break;
    branch = holder;
    holder = holder.parentNode;
  }
  if (!holder) return [body];
  const children = (holder.childNodes ?? []).filter((c) => ranges.has(c));
  const at = children.indexOf(branch);
  const theirs = children.map((c, i) => {
    const [cs, ce] = ranges.get(c)!;
    return missing.some((m) => m >= cs && m < ce) ? i : -1;
  }).filter((i) => i >= 0);
  if (at < 0 || !theirs.length) return [body];
  const lo = Math.min(at, ...theirs);
  const hi = Math.max(at, ...theirs);
  return children.slice(lo, hi + 1).map((c) => (c === branch ? body : c));
}

/**
 * The article with the paragraphs beside it in its own wrapper: an editor's box (「TRS_Editor」) that holds the opening
 * paragraph — the statistics period, the rules it is made under — and the sections in a Word section's div
 * (「Section1」), or the signature and its date after them. The article was the sections' div alone: the opening was
 * lost, and with it the year the report states (found by a review). Only words beside it: no other table, no chrome,
 * no list of links, no part the page hides, and not much (a page's wrapper holds its navigation and more).
 */
function withItsOpeningAndSignature(body: Node, ranges: ReadonlyMap<Node, [number, number]>, tables: ReadonlyMap<Node, number>): Node {
  const parent = body.parentNode;
  if (!parent || !ranges.has(parent) || tag(parent) === 'body' || tag(parent) === 'html') return body;
  if ((tables.get(parent) ?? 0) !== (tables.get(body) ?? 0) || isChrome(parent)) return body;
  let extra = 0;
  for (const c of parent.childNodes ?? []) {
    if (c === body || c.nodeName === '#comment') continue;
    if (c.nodeName === '#text') {
      extra += (c.value ?? '').trim().length;
      continue;
    }
    const t = tag(c);
    if (SKIP.has(t) || t === 'br') continue;
    const words = textLength(c);
    if (!words) continue;
    if (!BESIDE.has(t) || isChrome(c) || isHidden(c) || onlyLinks(c)) return body;
    extra += words;
  }
  return extra > 0 && extra <= BESIDE_CHARS ? parent : body;
}
/** Elements of words that may stand beside the article in its wrapper. */
const BESIDE = new Set(['p', 'div', 'span', 'font', 'b', 'strong', 'center', 'section']);
/** The most characters of them: an opening paragraph, a signature and its date. */
const BESIDE_CHARS = 1000;

/** Whether a block is the page's furniture by its words: a line of buttons and labels, or related links under their label. */
function isFurniture(n: Node): boolean {
  if (!wordsAtMost(n, FURNITURE_CHARS)) return false;
  const text = clean(blockText(n));
  if (!text) return false;
  if (isChromeLine(text) || isPagerText(text)) return true;
  // (「相关文件：」「相关链接」 and links after it, and nothing else.)
  const label = RELATED.exec(text);
  if (!label) return false;
  let seenLabel = false;
  const rest = (m: Node): boolean => {
    if (m.nodeName === '#text') {
      const v = clean(m.value ?? '');
      if (!v) return true;
      if (!seenLabel && RELATED.test(v) && v.replace(RELATED, '').trim() === '') return (seenLabel = true);
      return false;
    }
    if (tag(m) === 'a') return seenLabel;
    return (m.childNodes ?? []).every(rest);
  };
  // (Not a list of the report's own files, 「相关文件：附件：…统计表.xlsx」: the only place that names where its tables are.)
  return rest(n) && seenLabel && !namesFiles(n);
}
/**
 * A pager's words alone, as a CMS draws it in an element of its own — its items in elements apart (DedeCMS's
 * 「首页 上一页 1 2 3 下一页 末页 共 3页」 in a list), a jump box (TRS's 「共2页 首页 上一页 1 2 下一页 尾页 跳转到[ ]页 GO」),
 * a count (「第1页/共3页 下一页」): each page's pager was kept as a line of the joined report, between the halves of a table
 * (found by a review). Furniture only with a pager's own word (「上一页」「下一页」「首页」「尾页」「末页」「共 3 页」), not a
 * cell's lone number.
 */
function isPagerText(text: string): boolean {
  if (text.length > 120 || !PAGER_ANCHOR.test(text)) return false;
  // (Each run of digits one 9 and no spaces: the pattern's items then meet in one way only, and a long line fails at once.)
  return PAGER_WORDS.test(text.replace(/[0-9]+/g, '9').replace(/[\s\u3000]+/g, ''));
}
const PAGER_WORDS = /^(?:[|｜/／<>«»‹›\[\]【】.…,，:：]|首[页頁]|[上下前后後]一?[页頁]|尾[页頁]|末[页頁]|最[后後]一?[页頁]|第|共|9|[页頁]|当前|當前|跳[转轉]|[转轉]到|到|GO|确定|確定)+$/i;
const PAGER_ANCHOR = /首[页頁]|[上下]一?[页頁]|尾[页頁]|末[页頁]|共\s*[0-9]{1,3}\s*[页頁]/;
/** Whether a block's links are to files or name an attachment (「附件」「附表」「统计表」, .xlsx, .doc, .pdf). */
function namesFiles(n: Node): boolean {
  let files = false;
  const walk = (m: Node) => {
    if (files) return;
    if (tag(m) === 'a' && (ATTACHED.test(clean(blockText(m))) || FILE_LINK.test(attr(m, 'href') ?? ''))) files = true;
    for (const c of m.childNodes ?? []) walk(c);
  };
  walk(n);
  return files;
}
const ATTACHED = /附件|附表|統計表|统计表|\.(?:xlsx?|docx?|pdf|wps|et|zip|rar)$/i;
const FILE_LINK = /\.(?:xlsx?|docx?|pdf|wps|et|zip|rar)(?:[?#].*)?$/i;
const RELATED = /^(?:相[关關](?:文件|[链鏈]接|[阅閱][读讀]|信息|新[闻聞]|文章|推荐|推薦)|延伸[阅閱][读讀]|推荐[阅閱][读讀])\s*[：:]?\s*/;
/** The most characters a block of furniture holds. */
const FURNITURE_CHARS = 600;
/** Whether the text under `n` is no longer than `limit` (stops as soon as it is: a page's article is long). */
function wordsAtMost(n: Node, limit: number): boolean {
  let k = 0;
  const walk = (m: Node): boolean => {
    if (m.nodeName === '#text') return (k += (m.value ?? '').trim().length) <= limit;
    return (m.childNodes ?? []).every(walk);
  };
  return walk(n);
}

/** The most characters a hidden run inside a sentence holds (a hidden part of an article holds more). */
const HIDDEN_CHARS = 20;
function textLength(n: Node): number {
  if (n.nodeName === '#text') return (n.value ?? '').trim().length;
  let k = 0;
  for (const c of n.childNodes ?? []) k += textLength(c);
  return k;
}

/**
 * Tables the page hides that it shows elsewhere, row for row by their rows' names: an earlier version of a table a
 * site keeps hidden, a phone's copy (「<div class="m-table" style="display:none">」) — read, the hidden one came first,
 * and its figures were checked and exported (false balance errors; 本年新收 25 where the page shows 30: found by a review).
 * (A hidden table shown nowhere else is read: a 「展开全文」 part's.)
 */
function hiddenTableCopies(root: Node): ReadonlySet<Node> {
  const shown = new Set<string>();
  const hidden: [Node, string][] = [];
  const walk = (n: Node, under: boolean) => {
    const t = tag(n);
    if (SKIP.has(t)) return;
    const gone = under || isHidden(n);
    if (t === 'table' && !isLayoutTable(n)) {
      const rows = rowsOf(n);
      if (rows.length >= 3) {
        // (Its rows' first cells, their figures aside: table 四's row of figures opens with one.)
        const names = rows.map((r) => clean(cellText(cellsOf(r)[0] ?? r)).replace(/[0-9０-９.,，]+/g, '#')).join('\u0001');
        if (gone) hidden.push([n, names]);
        else shown.add(names);
      }
    }
    for (const c of n.childNodes ?? []) if (c.nodeName !== '#text') walk(c, gone);
  };
  walk(root, false);
  return new Set(hidden.filter(([, names]) => shown.has(names)).map(([n]) => n));
}

/** Whether text[s, e) holds headings and each of its sections stands outside it too (a copy of what is read elsewhere). */
function copiesOthers(hits: readonly { start: number; section: number }[], s: number, e: number): boolean {
  const inside = new Set(hits.filter((h) => h.start >= s && h.start < e).map((h) => h.section));
  if (!inside.size) return false;
  const outside = new Set(hits.filter((h) => h.start < s || h.start >= e).map((h) => h.section));
  return [...inside].every((x) => outside.has(x));
}

function countTables(lines: string[]): number {
  let n = 0;
  lines.forEach((l, i) => {
    if (l.startsWith('| ') && !(lines[i - 1] ?? '').startsWith('| ')) n++;
  });
  return n;
}
