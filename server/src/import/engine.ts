/**
 * Importing a report from a saved web page or a Word file. Bundled on its own
 * (dist/import/engine.js, with parse5 and mammoth) and loaded only when an import is asked for.
 */
import { docxToReport } from './word/docx';
import { docToReport } from './word/doc/doc';
import { rtfToReport } from './word/rtf/rtf';
import { pdfToReport } from './pdf/pdf';
import { binaryKind, WORD_NAME } from '../textFiles/binaryKind';
import { htmlToReport, type Imported } from './page/html';
import { htmlSourceAt, htmlTablesAt } from '../analysis/reader/text/htmlSource';
import { refusalOf, refuse } from './limits';
import { isMhtml, mhtmlPages } from './page/mhtml';
import { findHeadings } from '../analysis/reader/segments/headings';
import { decodeHtml } from './page/decode';
import { framePages, type ReadBeside } from './page/frames';
import { addressFile } from './address';
import { isMarkdownWithTables, markdownWithHtmlTables } from './markdown/htmlTables';

export type { Imported } from './page/html';

/** What a file is, by its name and its first bytes (a .txt may hold a page's HTML source). */
export function kindOf(name: string, bytes: Uint8Array): 'html' | 'docx' | 'doc' | 'rtf' | 'pdf' | 'mhtml' | 'markdown' | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx'; // a zip package
  // Word 97–2003's compound file, whatever its name (a .doc renamed .docx, a .wps WPS saved in Word's format).
  const binary = binaryKind(bytes);
  // A PDF, whatever its name (a site's 「下载」 names one .doc too).
  if (binary === 'pdf') return 'pdf';
  if (binary === 'doc' || (binary === 'office' && WORD_NAME.test(name))) return 'doc';
  // Rich text, whatever its name (a site's 「下载」 names it .doc).
  if (binary === 'rtf') return 'rtf';
  // A page saved as one file (.mht, .mhtml, or named .doc by a site's 「下载」 link).
  if (isMhtml(bytes)) return 'mhtml';
  // Markup whatever its name (a page saved as .doc or .docx by a site's 「下载」 link), then by its name.
  // (Its opening read as check reads it — characters, not bytes — so that what check offers to import, import takes.)
  // (Or Markdown with the report's tables as HTML, however far on — pandoc's Markdown of a Word report: what check offers to
  // import, import takes; its tables written as rows, its own lines kept.)
  const named = /\.(html?|xhtml)$/i.test(name);
  const page = htmlSourceAt(new TextDecoder('utf-8').decode(bytes.subarray(0, 24_000))) >= 0;
  if (page || (!/\.docx$/i.test(name) && !named)) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 4_000_000));
    if (page || htmlTablesAt(text) >= 0) return !named && isMarkdownWithTables(text) ? 'markdown' : 'html';
  }
  if (/\.docx$/i.test(name)) return 'docx';
  if (named) return 'html';
  return undefined;
}

/** `readBeside`: how to read a file saved beside the page (a frame's page), where the page is a file. */
export async function importBytes(name: string, bytes: Uint8Array, readBeside?: ReadBeside): Promise<Imported> {
  const imported = await importKind(name, bytes, readBeside);
  // Nothing of a report: a page whose article a script loads (saved as 「HTML only」), an empty file — it was
  // 「已导入（0 张表格）」, exit 0, and a file of the title alone (found by a review).
  // (A Word file's own words: a page's advice — save it as .mhtml — said nothing to one with a title alone: found by a review.)
  const kind = kindOf(name, bytes);
  if (isEmpty(imported)) refuse(kind === 'pdf' ? 'emptyPdf' : kind === 'docx' || kind === 'doc' || kind === 'rtf' ? 'emptyWord' : 'empty');
  return imported;
}

/** Characters of text besides the title under which an import with no heading nor table holds no report. */
const EMPTY_BELOW = 40;
/** A line of a site's footer. */
const CHROME_LINE = /主办单位|承办单位|主辦單位|网站标识码|網站標識碼|ICP备|ICP備|公网安备|公網安備|版权所有|版權所有|Copyright|©/i;
/** A line no longer than this, without a sentence's mark, is a navigation link (首页、政务公开). */
const NAV_LINK = 8;
function isEmpty(r: Imported): boolean {
  // (A report published as pictures is no empty page: imported, the pictures said — not a script's page.)
  if (r.tables > 0 || r.pictures || findHeadings(r.text).length) return false;
  // (Nor a site's navigation and footer — short links, 主办单位, 网站标识码, ICP — which a page whose article a script
  // loads keeps: some fifty characters of them were taken for a report, found by a review.)
  const lines = r.text.split('\n').filter((l) => l.trim() && l.trim() !== r.title?.trim() && !CHROME_LINE.test(l) && (l.trim().length > NAV_LINK || /[。；，]/.test(l)));
  return lines.join('').replace(/\s+/g, '').length < EMPTY_BELOW;
}

async function readOrRefused(read: () => Imported | Promise<Imported>, damaged: 'docx' | 'doc' | 'rtf' | 'pdf'): Promise<Imported> {
  try {
    return await read();
  } catch (e) {
    if (refusalOf(e)) throw e;
    refuse(damaged);
  }
}

async function importKind(name: string, bytes: Uint8Array, readBeside?: ReadBeside): Promise<Imported> {
  const kind = kindOf(name, bytes);
  // A Word file: a damaged one (a zip that is no package, a structure that does not hold together) says so in the user's
  // words, not the library's (in English, about zip directories) nor a reader's own (an offset past the end).
  if (kind === 'docx') return readOrRefused(() => docxToReport(Buffer.from(bytes)), 'docx');
  if (kind === 'doc') return readOrRefused(() => docToReport(bytes), 'doc');
  if (kind === 'rtf') return readOrRefused(() => rtfToReport(bytes), 'rtf');
  if (kind === 'pdf') return readOrRefused(() => pdfToReport(bytes), 'pdf');
  if (kind === 'html') {
    const html = decodeHtml(bytes);
    const frames = framePages(html, readBeside);
    const page = bestPage([htmlToReport(html), ...frames.srcdoc.map(htmlToReport), ...frames.saved.map((b) => htmlToReport(decodeHtml(b)))]);
    return readBeside ? withPagesBeside(page, readBeside, name) : page;
  }
  if (kind === 'markdown') return markdownWithHtmlTables(new TextDecoder('utf-8').decode(bytes));
  if (kind === 'mhtml') {
    const page = mhtmlReport(bytes);
    if (!page) refuse('mhtml');
    // (Its other pages saved beside it as single files too, under the site's names: 「index_1.mhtml」 for the pager's
    // 「index_1.html」 — only the first was imported, and the user asked to save what they had saved: found by a review.)
    return readBeside ? withPagesBeside(page, readBeside, name) : page;
  }
  throw new Error(`unsupported file: ${name}`);
}

/** A page saved as one file: the report its parts hold (the first eight: a page's frames are few). */
function mhtmlReport(bytes: Uint8Array): Imported | undefined {
  const pages = mhtmlPages(bytes);
  return pages.length ? bestPage(pages.slice(0, 8).map((p) => htmlToReport(decodeHtml(p.bytes, p.charset)))) : undefined;
}

/**
 * A report a site publishes over several pages (「共3页 上一页 1 2 3 下一页」, 「…_1.html」「…_2.html」), its other pages saved
 * beside the first: joined after it, page by page — by the pager's numbered links, or from each page to its next. It was
 * imported a page at a time, each a report lacking sections and tables (found by a review: eighteen errors for one
 * report, and 「请一并保存导入」 could not be done). Each later page's title line, the first's again, is left out.
 */
function withPagesBeside(first: Imported, readBeside: ReadBeside, name: string): Imported {
  if (!first.pager) return first;
  // (A link's file, to compare with this one's: 「./report.html?x=1」 is report.html.)
  // (By its name without the kind: a page saved as one file, 「index.mhtml」, is the pager's 「index.html」.)
  const self = stem(addressFile(name));
  const elsewhere = (href: string) => stem(addressFile(href)) !== self;
  const single = /\.mht(?:ml)?$/i.test(name) ? name.slice(name.lastIndexOf('.')) : undefined;
  if (first.pager.earlier.some(elsewhere)) return first;
  // (Where the link says, or by its file's name beside this page: a pager's links may name the site's path — 「/zwgk/czj/
  // 202401/report_1.html」, 「https://czj.fuzhou.gov.cn/…/report_1.html」 —, and the pages were saved side by side: the report
  // was said paged, its user told to save what they had saved — found by a review.)
  const readSaved = (href: string) => readBeside(href) ?? (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(href) ? readBeside(href.split(/[?#]/)[0].split('/').pop() ?? '') : undefined);
  const read = (href: string) => {
    const bytes = readSaved(href) ?? (single ? readSaved(href.split(/[?#]/)[0].replace(/\.[a-z]{2,5}$/i, '') + single) : undefined);
    return bytes ? (isMhtml(bytes) ? mhtmlReport(bytes) : htmlToReport(decodeHtml(bytes))) : undefined;
  };
  // (Each page the same article's: its title the first's — not a list's page a sidebar's pager leads to, found by a review.
  // The page it leads to saved, titled otherwise: the pager is that list's, and the report no paged one.)
  // (A page's number after the title, 「…年度报告(2)」「…年度报告_第2页」, is the same title: the CMS numbers its pages so, and
  // the two pages saved beside were taken for another article's — dropped, and the report said whole, found by a review.)
  const same = (p: Imported) => !first.title || (p.title !== undefined && pageless(p.title) === pageless(first.title));
  const onePage = (): Imported => ({ ...first, paged: undefined, pager: undefined });
  const pages: Imported[] = [];
  const seen = new Set<string>([self]);
  let whole = true;
  if (first.pager.pages.length) {
    for (const href of first.pager.pages.filter(elsewhere)) {
      if (seen.has(stem(addressFile(href)))) continue;
      seen.add(stem(addressFile(href)));
      const p = read(href);
      if (!p) return first;
      if (!same(p)) return pages.length ? first : onePage();
      pages.push(p);
    }
  } else {
    // (From each page to its next, as far as they were saved: a later page's pager names the one after it.)
    for (let next = first.pager.next; next && !seen.has(stem(addressFile(next))) && pages.length < MAX_JOINED; ) {
      seen.add(stem(addressFile(next)));
      const p = read(next);
      // (A next page not saved: the report is not whole, and the import says so.)
      if (!p) {
        whole = false;
        break;
      }
      if (!same(p)) {
        if (!pages.length) return onePage();
        break;
      }
      pages.push(p);
      next = p.pager?.next;
    }
  }
  if (!pages.length) return first;
  const body = (p: Imported) => {
    const title = [first.title, p.title].find((t) => t && p.text.startsWith(t + '\n'));
    return title ? p.text.slice(title.length + 1) : p.text;
  };
  const text = first.text.replace(/\n*$/, '\n') + pages.map((p) => body(p).replace(/\n*$/, '\n')).join('');
  return {
    ...first,
    text,
    tables: first.tables + pages.reduce((n, p) => n + p.tables, 0),
    pictures: (first.pictures ?? 0) + pages.reduce((n, p) => n + (p.pictures ?? 0), 0) || undefined,
    hiddenLinks: (first.hiddenLinks ?? 0) + pages.reduce((n, p) => n + (p.hiddenLinks ?? 0), 0) || undefined,
    paged: whole ? undefined : true,
    pager: undefined,
    joined: pages.length,
  };
}
/** A link's or a path's file name, decoded, without its query: what two addresses of one page share. */
/** A file's name without its kind (「.html」「.mhtml」). */
function stem(file: string): string {
  return file.replace(/\.[a-z]{2,5}$/i, '');
}

/** A page's title without the number a CMS puts after it on a later page: 「(2)」「（第2页）」「_2」「 第2页」. */
function pageless(title: string): string {
  return title.replace(/\s*(?:[（(]\s*(?:第\s*)?[0-9]{1,2}\s*[页頁]?\s*[)）]|[（(]\s*[0-9]{1,2}\s*[/／]\s*[0-9]{1,2}\s*[)）]|[_\-—]\s*(?:第\s*)?[0-9]{1,2}\s*[页頁]?|\s第\s*[0-9]{1,2}\s*[页頁])$/, '');
}

/** The most pages joined after the first. */
const MAX_JOINED = 30;

/**
 * The page, or the frame's page that holds the report (its headings, then its tables), when the article is in a
 * frame — 「已导入（0 张表格）」 of the outer page alone, found by a review.
 */
function bestPage(read: Imported[]): Imported {
  const score = (r: Imported) => findHeadings(r.text).length * 1000 + r.tables * 100 + Math.min(99, Math.floor(r.text.length / 1000));
  return read.reduce((best, r) => (score(r) > score(best) ? r : best));
}

export { htmlToReport, refusalOf, decodeHtml };
