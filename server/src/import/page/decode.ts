/** A saved page's bytes as text: by its byte-order mark, its declared charset, or its bytes. */
import { decodeChineseLegacy, REPORT_WORDS, undecoded } from '../../textFiles/reportWords';
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
  if (!m) return sniffed(bytes);
  const charset = m[1].toLowerCase();
  const gbk = GBK.test(charset);
  if (gbk && holdsNonAscii(bytes)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // GBK indeed.
    }
  }
  // (A <meta> that names UTF-16 was read in an ASCII-compatible charset — a browser then reads UTF-8 —; a label the
  // decoder does not know is no declaration: 「cp936」「windows-936」 read as UTF-8 were all 「�」, said imported.)
  if (UTF16.test(charset)) return sniffed(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(gbk ? 'gb18030' : charset);
  } catch {
    return sniffed(bytes);
  }
  const text = decoder.decode(bytes);
  // (A Western single-byte charset over Chinese bytes — a server's default 「iso-8859-1」 written into the page — decodes
  // every byte to a letter, no 「�」: the bytes decoded as UTF-8 or GB18030 with Chinese in them say what the page is.)
  if (WESTERN.test(charset) && holdsNonAscii(bytes)) {
    const other = sniffed(bytes);
    if (!undecoded(other) && /[\u4e00-\u9fff]{4}/.test(other)) return other;
  }
  // One Chinese charset declared over the other's bytes (a template's 「charset=big5」 over GBK text, or the
  // reverse): both decode to ideographs, few 「�」 — but only the right one holds a report's words.
  if ((gbk || BIG5.test(charset)) && holdsNonAscii(bytes) && !REPORT_WORDS.test(text)) {
    const other = new TextDecoder(gbk ? 'big5' : 'gb18030').decode(bytes);
    if (REPORT_WORDS.test(other) && undecoded(other) <= undecoded(text)) return other;
  }
  // A declaration the bytes belie (most characters undecodable): the bytes say what the page is.
  if (undecoded(text) * 20 > text.length) {
    const other = sniffed(bytes);
    if (undecoded(other) < undecoded(text)) return other;
  }
  return text;
}

/** The names a page gives GBK, as browsers take them (WHATWG's labels, and Windows' names for its code page). */
const GBK = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|gb-2312|gb_2312(?:-80)?|csgb2312|csgb231280|chinese|zh-cn|euc-cn|x-euc-cn|iso-ir-58)$/;
const WESTERN = /^(?:iso-8859-1|iso8859-1|latin-?1|l1|windows-1252|cp1252|us-ascii|ascii|iso-8859-15)$/;
const BIG5 = /^(?:big5|big5-hkscs|cn-big5|csbig5|x-x-big5)$/;
const UTF16 = /^(?:utf-?16(?:le|be)?|unicode(?:fffe|feff|-1-1)?|ucs-?2|iso-10646-ucs-2|csunicode)$/;

/**
 * A page without a usable declaration: UTF-8 when its bytes are, else GB18030 or Big5 by which holds a report's words, as
 * `check` reads text files (a Big5 page declaring nothing was read as GBK, all of it wrong characters: found by a review).
 */
function sniffed(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeChineseLegacy(bytes).text;
  }
}


/** Whether any byte is outside ASCII (a page of ASCII only reads the same in UTF-8 and GBK). */
function holdsNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}
