/**
 * What a file that is not text is, by its first bytes: a PDF, a Word file (.docx, or Word 97–2003's .doc), an OpenDocument
 * file (.odt), another old Office file (.xls, .ppt), an image. The CLI then says what to do with it — take a PDF's text out, import a .docx —
 * instead of only that it is no text.
 */
export type BinaryKind = 'pdf' | 'docx' | 'doc' | 'odf' | 'office' | 'encrypted' | 'rtf' | 'image' | 'other';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A Word file's name (WPS saves Word's format under .wps). */
export const WORD_NAME = /\.(?:docx?|dot|wps)$/i;

export function binaryKind(bytes: Uint8Array): BinaryKind {
  // 「%PDF-」, within the first kilobyte (some writers put bytes before it).
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) if (startsWith(head, ascii('%PDF-'), i)) return 'pdf';
  // A zip whose parts are a Word document's (its first entry names are in the local headers).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65536))).toString('latin1');
    // (An OpenDocument file — LibreOffice's or WPS's .odt — names its type in its first entry, 「mimetype」, stored as is.)
    return names.includes('word/document.xml') ? 'docx' : names.startsWith('mimetypeapplication/vnd.oasis.opendocument', 30) ? 'odf' : 'other';
  }
  // An OLE2 compound file: an Office 97–2003 file (Word's .doc, Excel's .xls, …).
  // (A .docx with a password is one too, holding its package encrypted: 「EncryptedPackage」 in its directory —
  // told to save it as .docx, its user saved it again with the password: found by a review.)
  // A compound file holding a 「WordDocument」 stream is Word 97–2003's .doc, which import reads (a .doc with a password
  // is refused there, by its own flag).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return holdsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : holdsUtf16(bytes, 'WordDocument', Infinity) ? 'doc' : 'office';
  // Rich text, which a site's 「下载」 link often names .doc: text, but not a report's.
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, ascii('GIF8')) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || // TIFF
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
  )
    return 'image';
  return 'other';
}

/**
 * What a file that cannot be imported is, where that says what to do with it (save an .odt as .docx, OCR a picture),
 * else undefined (rich text, a .doc, a .docx and a PDF are imported). A compound file named as Word's whose directory names no Word document goes on to the import,
 * which says it is damaged (a .doc cut short lost its directory at its end: it was 「not a Word file」).
 */
export function notImportable(bytes: Uint8Array, name = ''): 'office' | 'odf' | 'encrypted' | 'image' | undefined {
  const kind = binaryKind(bytes);
  if (kind === 'office' && WORD_NAME.test(name)) return undefined;
  return kind === 'office' || kind === 'odf' || kind === 'encrypted' || kind === 'image' ? kind : undefined;
}

/**
 * Whether `word` stands in the first `within` bytes of `bytes` in UTF-16LE (a compound file's directory names its streams
 * so; a .doc's directory may stand after its text, so 「WordDocument」 is looked for in the whole file — a search at memory's
 * speed).
 */
function holdsUtf16(bytes: Uint8Array, word: string, within = 1 << 20): boolean {
  const needle = Buffer.from(word, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, within)).includes(needle);
}
