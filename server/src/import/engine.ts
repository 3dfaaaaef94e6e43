/**
 * Importing a report from a saved web page or a Word file. Bundled on its own
 * (dist/import/engine.js, with parse5 and mammoth) and loaded only when an import is asked for.
 */
import { docxToReport } from './docx';
import { htmlToReport, type Imported } from './html';
import { htmlSourceAt } from '../analysis/reader/text/htmlSource';
import { refusalOf, refuse } from './limits';
import { isMhtml, mhtmlPage } from './mhtml';

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

/**
 * Pages are UTF-8, or declare another charset (GBK/GB2312 on older government sites). A byte-order
 * mark decides first, as in a browser (a page saved as UTF-16 by a Windows editor, or as UTF-8 by
 * Notepad with its old 「charset=gb2312」 left in: read by the declaration, every character was garbled
 * and the import said it had succeeded); a page that declares nothing and is not valid UTF-8 is read as
 * GB18030, as `check` reads text files. A page declaring GBK whose bytes are valid UTF-8 with Chinese in
 * them was re-saved as UTF-8 by a scraper or an editor: GBK text is never valid UTF-8 for long (its
 * two-byte characters are not UTF-8's sequences), so the bytes, not the stale declaration, say what it is.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const head = Buffer.from(bytes.slice(0, 4096)).toString('latin1');
  // The page's own declaration: a <meta> (or an XML declaration), not a script's or a link's charset.
  // (A saved single-file page's part names its charset in its own header: that first, as a browser reads it.)
  const m = (declared ? [declared, declared] : null) ?? /<meta\b[^>]*?charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)/i.exec(head);
  if (!m) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('gb18030').decode(bytes);
    }
  }
  const charset = m[1].toLowerCase();
  const gbk = /^(gb2312|gbk|gb18030|x-gbk)$/.test(charset);
  if (gbk && holdsNonAscii(bytes)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // GBK indeed.
    }
  }
  const label = gbk ? 'gb18030' : charset;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export { htmlToReport, refusalOf };

/** Whether any byte is outside ASCII (a page of ASCII only reads the same in UTF-8 and GBK). */
function holdsNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}
