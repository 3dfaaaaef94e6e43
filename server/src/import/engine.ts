/**
 * Importing a report from a saved web page or a Word file. Bundled on its own
 * (dist/import/engine.js, with parse5 and mammoth) and loaded only when an import is asked for.
 */
import { docxToReport } from './docx';
import { htmlToReport, type Imported } from './html';
import { htmlSourceAt } from '../analysis/reader/text/htmlSource';
import { refusalOf, refuse } from './limits';
import { isMhtml, mhtmlPages } from './mhtml';
import { findHeadings } from '../analysis/reader/segments/headings';
import { decodeHtml } from './decode';

export type { Imported } from './html';

/** What a file is, by its name and its first bytes (a .txt may hold a page's HTML source). */
export function kindOf(name: string, bytes: Uint8Array): 'html' | 'docx' | 'mhtml' | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx'; // a zip package
  // A page saved as one file (.mht, .mhtml, or named .doc by a site's 「下载」 link).
  if (isMhtml(bytes)) return 'mhtml';
  // Markup whatever its name (a page saved as .doc or .docx by a site's 「下载」 link), then by its name.
  // (Its opening read as check reads it — characters, not bytes — so that what check offers to import, import takes.)
  if (htmlSourceAt(new TextDecoder('utf-8').decode(bytes.subarray(0, 24_000))) >= 0) return 'html';
  if (/\.docx$/i.test(name)) return 'docx';
  if (/\.(html?|xhtml)$/i.test(name)) return 'html';
  return undefined;
}

export async function importBytes(name: string, bytes: Uint8Array): Promise<Imported> {
  const imported = await importKind(name, bytes);
  // Nothing of a report: a page whose article a script loads (saved as 「HTML only」), an empty file — it was
  // 「已导入（0 张表格）」, exit 0, and a file of the title alone (found by a review).
  if (isEmpty(imported)) refuse('empty');
  return imported;
}

/** Characters of text besides the title under which an import with no heading nor table holds no report. */
const EMPTY_BELOW = 40;
function isEmpty(r: Imported): boolean {
  // (A report published as pictures is no empty page: imported, the pictures said — not a script's page.)
  if (r.tables > 0 || r.pictures || findHeadings(r.text).length) return false;
  const lines = r.text.split('\n').filter((l) => l.trim() && l.trim() !== r.title?.trim());
  return lines.join('').replace(/\s+/g, '').length < EMPTY_BELOW;
}

async function importKind(name: string, bytes: Uint8Array): Promise<Imported> {
  const kind = kindOf(name, bytes);
  if (kind === 'docx') {
    try {
      return await docxToReport(Buffer.from(bytes));
    } catch (e) {
      // A damaged package, or not Word's: the library's own words (in English, about zip directories) say nothing to the user.
      if (refusalOf(e)) throw e;
      refuse('docx');
    }
  }
  if (kind === 'html') return htmlToReport(decodeHtml(bytes));
  if (kind === 'mhtml') {
    const pages = mhtmlPages(bytes);
    if (!pages.length) refuse('mhtml');
    // The page, or the frame's page that holds the report (its headings, then its tables), when the article is in a
    // frame — 「已导入（0 张表格）」 of the outer page alone, found by a review. (The first eight: a page's frames are few.)
    const read = pages.slice(0, 8).map((p) => htmlToReport(decodeHtml(p.bytes, p.charset)));
    const score = (r: Imported) => findHeadings(r.text).length * 1000 + r.tables * 100 + Math.min(99, Math.floor(r.text.length / 1000));
    return read.reduce((best, r) => (score(r) > score(best) ? r : best));
  }
  throw new Error(`unsupported file: ${name}`);
}

export { htmlToReport, refusalOf, decodeHtml };
