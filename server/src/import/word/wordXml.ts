/**
 * A Word package made ready for mammoth, which reads Word's text as it is stored, not as Word shows it.
 * What Word shows and mammoth would lose or add is written into word/document.xml first:
 *  - numbered paragraphs get their numbers as text (wordNumbering.ts): 「一、总体情况」 as a heading
 *    style with a multilevel list, or a list AutoCorrect made;
 *  - a paragraph moved with Track Changes on is where it was moved to, once (mammoth knows neither
 *    w:moveFrom nor w:moveTo, and dropped the text in both places);
 *  - a simple field (w:fldSimple, a formula's 「=SUM(LEFT)」) shows its result, and what smart tags and
 *    custom XML wrap (w:smartTag, w:customXml: runs, cells, rows) is read;
 *  - hidden text (w:vanish) is not read;
 *  - a row that starts past the table's first column (w:gridBefore) gets empty cells there, so that
 *    its figures stay in their columns;
 *  - a table of contents is left out (its entries are the headings again, with page numbers);
 *  - content brought in whole (w:altChunk, a page) is marked where it stands, for the HTML import;
 *  - a tab in a paragraph outside a table is marked (TAB_MARK) so that it stays a tab: a table laid out
 *    with tabs (「行政复议⇥⇥⇥⇥⇥行政诉讼」, blank cells as tabs side by side) keeps its cells, where the
 *    page's whitespace rule made one space of every run of them (a review saw table 四's five blank
 *    cells lost, its ten figures out of place).
 * A package needing none of this is passed on as it is.
 */
import JSZip from 'jszip';
import { child, numberParagraphs, readNumbering, readStyles, W, type Document, type Element, type XNode } from './wordNumbering';
import { TAB_MARK } from '../marks';
import { MAX_DEPTH, MAX_DOCX_BYTES, MAX_DOCX_PART, refuse } from '../limits';
import { nestsDeeperThan } from './xmlDepth';

interface XmlDom {
  DOMParser: new (options?: { errorHandler?: Record<string, (msg: string) => void> }) => { parseFromString(xml: string, type: string): Document };
  XMLSerializer: new () => { serializeToString(node: XNode): string };
}
// (required, not imported: its typings bring in the browser's DOM for the whole program.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DOMParser, XMLSerializer } = require('@xmldom/xmldom') as XmlDom;

const quiet = { warning: () => undefined, error: () => undefined };
const parseXml = (xml: string): Document => new DOMParser({ errorHandler: quiet }).parseFromString(xml, 'text/xml');

/**
 * Word's XML with WordprocessingML's names under the prefix 「w:」 that the steps here read them by. Valid XML may bind
 * the namespace to any prefix (Python's lxml writes 「ns0:」): read by 「w:」, such a document kept its hidden text and
 * lost its headings' numbers (found by a review). The prefix is renamed where 「w」 is not bound to another namespace.
 */
function withPrefixW(xml: string): string {
  const bound = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*["'](?:http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main)["']/.exec(xml.slice(0, 4096));
  if (!bound || bound[1] === 'w' || /xmlns:w\s*=/.test(xml.slice(0, 4096))) return xml;
  const p = bound[1].replace(/[.]/g, '\\.');
  return xml.replace(new RegExp(`(<\\/?|\\s)${p}:(?=[A-Za-z_])`, 'g'), '$1w:').replace(new RegExp(`xmlns:${p}(?=\\s*=)`), 'xmlns:w');
}

/** Whether an on/off property (w:vanish) is on: present, and not set to 0, false or off. */
const isOn = (e: Element) => !/^(?:0|false|off)$/i.test(e.getAttribute('w:val') ?? '');

const all = (doc: Document, name: string): Element[] => Array.from(doc.getElementsByTagName(name));

/** The element replaced by its children. */
function unwrap(e: Element): void {
  const parent = e.parentNode;
  if (!parent) return;
  while (e.firstChild) parent.insertBefore(e.firstChild, e);
  parent.removeChild(e);
}

/** Whether a node stands in a table's cell. */
function inCell(n: XNode): boolean {
  for (let p = n.parentNode; p; p = p.parentNode) if (p.nodeName === 'w:tc') return true;
  return false;
}

/** An empty cell `span` grid columns wide. */
function emptyCell(doc: Document, span: number): Element {
  const tc = doc.createElementNS(W, 'w:tc');
  const tcPr = doc.createElementNS(W, 'w:tcPr');
  const gridSpan = doc.createElementNS(W, 'w:gridSpan');
  gridSpan.setAttributeNS(W, 'w:val', String(span));
  tcPr.appendChild(gridSpan);
  tc.appendChild(tcPr);
  tc.appendChild(doc.createElementNS(W, 'w:p'));
  return tc;
}

/** What Word shows, written into the document's XML (see above); how many changes were made. */
export function showAsWord(doc: Document, numbering?: Document, styles?: Document): number {
  // The table of contents first (its entries would be six more headings), then the numbers, while the
  // marks of paragraphs deleted or moved away with Track Changes (which Word does not number) are there.
  let changes = withoutContents(doc, styles);
  changes += numberParagraphs(doc, readNumbering(numbering?.documentElement ?? undefined), readStyles(styles?.documentElement ?? undefined));
  for (const e of all(doc, 'w:moveFrom')) {
    e.parentNode?.removeChild(e);
    changes++;
  }
  changes += textBoxesShown(doc);
  // (Smart tags and custom XML — older Word, templates of office systems — wrap runs, cells or rows;
  // mammoth passes over what they hold.)
  for (const e of [...all(doc, 'w:moveTo'), ...all(doc, 'w:fldSimple'), ...all(doc, 'w:smartTag'), ...all(doc, 'w:customXml')]) {
    unwrap(e);
    changes++;
  }
  for (const r of all(doc, 'w:r')) {
    const vanish = child(child(r, 'w:rPr'), 'w:vanish');
    if (vanish && isOn(vanish)) {
      r.parentNode?.removeChild(r);
      changes++;
    }
  }
  // (A run's tab, not a tab stop of the paragraph's properties, w:tabs' w:tab; in a cell a tab is a space.)
  for (const tab of all(doc, 'w:tab')) {
    if (tab.parentNode?.nodeName !== 'w:r' || inCell(tab)) continue;
    const t = doc.createElementNS(W, 'w:t');
    t.appendChild(doc.createTextNode(TAB_MARK));
    tab.parentNode.replaceChild(t, tab);
    changes++;
  }
  // (Not w:gridAfter: the cells a row lacks at its end are empty in the grid anyway, and a cell more at
  // the end of every row would stand for a column the table does not have.)
  for (const tr of all(doc, 'w:tr')) {
    const before = Number(child(child(tr, 'w:trPr'), 'w:gridBefore')?.getAttribute('w:val') ?? 0);
    if (before > 0 && before < 64) {
      let first: XNode | null = tr.firstChild;
      while (first && first.nodeName !== 'w:tc' && first.nodeName !== 'w:sdt' && first.nodeName !== 'w:customXml') first = first.nextSibling;
      tr.insertBefore(emptyCell(doc, before), first);
      changes++;
    }
  }
  return changes;
}

/**
 * A text box drawn the way Word 2010 and later draw it (DrawingML's wps:txbx) with no older copy for other readers
 * (mc:Fallback's VML, which mammoth reads): its paragraphs, put before the paragraph it is anchored in — a title set in
 * a text box was dropped, and the report's agency with it (found by a review).
 */
function textBoxesShown(doc: Document): number {
  let changes = 0;
  for (const box of all(doc, 'w:txbxContent')) {
    let drawing: XNode | null = null;
    let alternate: XNode | null = null;
    let para: XNode | null = null;
    for (let n: XNode | null = box.parentNode; n; n = n.parentNode) {
      if (n.nodeName === 'w:drawing' && !drawing) drawing = n;
      else if (n.nodeName === 'mc:AlternateContent' && !alternate) alternate = n;
      else if (n.nodeName === 'w:p' && drawing) {
        para = n;
        break;
      }
    }
    if (!drawing || !para?.parentNode) continue;
    // (Where an older copy stands beside it, mammoth reads that one.)
    const kids = (n: XNode) => {
      const out: XNode[] = [];
      for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
      return out;
    };
    if (alternate && kids(alternate).some((c) => c.nodeName === 'mc:Fallback')) continue;
    // (Moved out of the box, which then goes: its text is read once, where the paragraph is.)
    for (const c of kids(box)) if (c.nodeName === 'w:p' || c.nodeName === 'w:tbl') para.parentNode.insertBefore(c, para);
    box.parentNode?.removeChild(box);
    changes++;
  }
  return changes;
}

/**
 * A table of contents left out: the content control Word puts it in (its gallery 「Table of Contents」),
 * and paragraphs in its entry styles (toc 1 … toc 9) — a list of the headings with page numbers, which
 * would read as each heading a second time.
 */
function withoutContents(doc: Document, styles?: Document): number {
  let changes = 0;
  for (const sdt of all(doc, 'w:sdt')) {
    const gallery = sdt.getElementsByTagName('w:docPartGallery')[0];
    if (gallery && /table of contents/i.test(gallery.getAttribute('w:val') ?? '') && sdt.parentNode) {
      sdt.parentNode.removeChild(sdt);
      changes++;
    }
  }
  const tocStyles = new Set<string>();
  for (const st of styles ? Array.from(styles.getElementsByTagName('w:style')) : []) {
    const name = st.getElementsByTagName('w:name')[0]?.getAttribute('w:val') ?? '';
    if (/^toc ?\d$/i.test(name)) tocStyles.add(st.getAttribute('w:styleId') ?? '');
  }
  if (tocStyles.size)
    for (const p of all(doc, 'w:p')) {
      const pStyle = child(child(p, 'w:pPr'), 'w:pStyle');
      if (pStyle && tocStyles.has(pStyle.getAttribute('w:val') ?? '') && p.parentNode) {
        p.parentNode.removeChild(p);
        changes++;
      }
    }
  return changes;
}

/** A prepared package, and the content its altChunks bring in (by their marks' numbers: CHUNK_MARK). */
export interface Prepared {
  bytes: Buffer;
  chunks: Uint8Array[];
}

/**
 * What stands where an altChunk was, for the HTML import to put the chunk's page in: a paragraph holding
 * this private-use character and the chunk's number.
 */
export const CHUNK_MARK = '\ue010';

/** Refuses a package whose parts, by the sizes its zip declares, unpack past the limits (a zip bomb, before it is inflated). */
function unpackedSize(zip: JSZip): void {
  let total = 0;
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    // (JSZip keeps the declared size on the entry it has not inflated; it has no public name.)
    const n = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += n;
    if (total > MAX_DOCX_BYTES || (n > MAX_DOCX_PART && /\.(?:xml|rels)$/i.test(f.name))) refuse('docxSize');
  }
}

/** The package with word/document.xml as Word shows it; the same bytes when nothing needed changing. */
export async function prepareDocx(bytes: Buffer): Promise<Prepared> {
  const zip = await JSZip.loadAsync(bytes);
  unpackedSize(zip);
  // Each XML part read once. (Before any parser reads them: a part nested thousands deep is a damaged file, and would take
  // minutes to parse.)
  const xml = new Map<string, string>();
  for (const f of zip.file(/\.(?:xml|rels)$/i)) {
    const text = await f.async('string');
    if (nestsDeeperThan(text, MAX_DEPTH)) refuse('docx');
    xml.set(f.name, text);
  }
  const main = xml.get('word/document.xml');
  if (main === undefined) return { bytes, chunks: [] }; // (mammoth says what is wrong with the package)
  const part = (name: string) => {
    const text = xml.get(name);
    return text === undefined ? undefined : parseXml(withPrefixW(text));
  };
  const doc = parseXml(withPrefixW(main));
  const chunks = await altChunks(doc, zip, part('word/_rels/document.xml.rels'));
  if (!showAsWord(doc, part('word/numbering.xml'), part('word/styles.xml')) && !chunks.length) return { bytes, chunks };
  zip.file('word/document.xml', new XMLSerializer().serializeToString(doc));
  return { bytes: await zip.generateAsync({ type: 'nodebuffer' }), chunks };
}

/**
 * Content a document brings in whole (w:altChunk: what HTML-to-Word exporters write — the whole report a
 * page, which Word shows and mammoth passes over: the import was empty and said it had succeeded, found by
 * a review): each replaced by a paragraph of its mark, its part's bytes kept for the HTML import.
 */
async function altChunks(doc: Document, zip: JSZip, rels: Document | undefined): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  const elements = all(doc, 'w:altChunk');
  if (!elements.length || !rels) return out;
  const targets = new Map<string, string>();
  for (const r of Array.from(rels.getElementsByTagName('Relationship'))) targets.set(r.getAttribute('Id') ?? '', r.getAttribute('Target') ?? '');
  for (const e of elements) {
    const target = targets.get(e.getAttribute('r:id') ?? '');
    const file = target !== undefined ? zip.file(target.startsWith('/') ? target.slice(1) : 'word/' + target) : null;
    const p = doc.createElementNS(W, 'w:p');
    if (file) {
      const r = doc.createElementNS(W, 'w:r');
      const t = doc.createElementNS(W, 'w:t');
      t.appendChild(doc.createTextNode(CHUNK_MARK + out.length));
      r.appendChild(t);
      p.appendChild(r);
      out.push(await file.async('uint8array'));
    }
    e.parentNode?.replaceChild(p, e);
  }
  return out;
}
