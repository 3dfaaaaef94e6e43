/**
 * Importing a report from a saved web page or a Word file. Bundled on its own
 * (dist/import/engine.js, with parse5 and mammoth) and loaded only when an import is asked for.
 */
import { docxToReport } from './docx';
import { htmlToReport, type Imported } from './html';
import { htmlSourceAt } from '../analysis/reader/text/htmlSource';
import { refusalOf, refuse } from './limits';
import { isMhtml, mhtmlPage } from './mhtml';
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
    const page = mhtmlPage(bytes);
    if (!page) refuse('mhtml');
    return htmlToReport(decodeHtml(page.bytes, page.charset));
  }
  throw new Error(`unsupported file: ${name}`);
}

export { htmlToReport, refusalOf, decodeHtml };
