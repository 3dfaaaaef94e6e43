/**
 * Reading a report file as text, honestly: an empty file, a binary file (a PDF, an image, a .doc)
 * and a file that cannot be read each get a sentence; text that is not UTF-8 — GBK and GB18030 are
 * common on government sites — is decoded as GB18030, and the reader is told. What was read says how
 * to write it back (`form`): a file the CLI rewrites (--fix, convert --write) keeps its encoding and
 * byte-order mark, or is not rewritten at all.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { binaryKind, type BinaryKind } from './binaryKind';
import { decodeChineseLegacy } from './reportWords';

/** How a file's text was stored: what writing it back must give. */
export type TextForm = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-nobom' | 'utf-16be-nobom' | 'utf-32le' | 'utf-32be' | 'gb18030' | 'big5' | 'utf-8-damaged';

export type ReadResult =
  | { text: string; encoding: 'utf-8' | 'utf-16' | 'utf-32' | 'gb18030' | 'big5'; form: TextForm; /** Invalid UTF-8 sequences replaced by U+FFFD. */ damaged?: number }
  | { problem: 'empty' }
  | { problem: 'binary'; kind: BinaryKind }
  | { problem: 'unreadable'; code: string };

/** The standard input named as a file, as Unix tools name it: 「pdftotext 报告.pdf - | disclosure-report check -」. */
export const STDIN = '-';
/** The standard input's bytes, read once (a run reads a file more than once: its passes). */
let stdin: Buffer | undefined;
export const stdinBytes = (): Buffer => (stdin ??= readFileSync(0));

export function readTextFile(file: string): ReadResult {
  let bytes: Buffer;
  if (file === STDIN) {
    try {
      bytes = stdinBytes();
    } catch (e) {
      return { problem: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? String(e) };
    }
    return bytes.length ? decodeText(bytes) : { problem: 'empty' };
  }
  try {
    // A FIFO, a socket or a device (/dev/zero) is not a file to read: it could block or never end.
    if (!statSync(file).isFile()) return { problem: 'unreadable', code: 'ENOTFILE' };
    bytes = readFileSync(file);
  } catch (e) {
    return { problem: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return decodeText(bytes);
}

/**
 * Invalid sequences in a file that is otherwise UTF-8 (a character cut at the end, a stray byte) are
 * not a reason to read it all as GB18030: a GBK file read as UTF-8 has nearly every Chinese character
 * invalid, a damaged UTF-8 file a few.
 */
const DAMAGED_SHARE = 0.02;

export function decodeText(bytes: Uint8Array): ReadResult {
  // A PDF is no text, whatever its first kilobytes hold (an uncompressed one is all ASCII there).
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) return { problem: 'binary', kind: 'pdf' };
  // UTF-32 with a byte-order mark (before UTF-16: its little-endian mark starts with UTF-16's).
  const utf32 = utf32WithMark(bytes);
  if (utf32) return utf32;
  // UTF-16 with a byte-order mark (Windows "Unicode" text).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return text.trim() ? { text, encoding: 'utf-16', form: le ? 'utf-16le' : 'utf-16be' } : { problem: 'empty' };
  }
  const head = bytes.subarray(0, 8192);
  const bare = utf16WithoutMark(head, bytes);
  if (bare) return bare;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return { problem: 'binary', kind: binaryKind(bytes) };
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (head.length && controls / head.length > 0.05) return { problem: 'binary', kind: binaryKind(bytes) };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: 'utf-8' | 'gb18030' | 'big5' = 'utf-8';
  let form: TextForm = bom ? 'utf-8-bom' : 'utf-8';
  let damaged: number | undefined;
  try {
    text = decodeUtf8(bytes, bom);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    let wide = 0;
    for (let i = 0; i < lossy.length; i++) {
      const c = lossy.charCodeAt(i);
      if (c === 0xfffd) bad++;
      else if (c >= 0x80) wide++;
    }
    if (bad <= DAMAGED_SHARE * (wide + bad)) {
      text = lossy;
      form = 'utf-8-damaged';
      damaged = bad;
    } else {
      // (GBK and GB18030 are common on government sites; Big5 where its bytes say so: reportWords.ts.)
      ({ text, encoding } = decodeChineseLegacy(bytes));
      form = encoding;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { problem: 'empty' };
  return damaged ? { text, encoding, form, damaged } : { text, encoding, form };
}


/**
 * Strict UTF-8, its byte-order mark dropped, or a throw: Node's own check and decoding (simdutf) where
 * it has them — several times faster than TextDecoder with `fatal`, for the same answer (a test
 * compares the two on valid and broken bytes of every kind).
 */
export function decodeUtf8(bytes: Uint8Array, bom: boolean): string {
  if (typeof isUtf8 !== 'function') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (!isUtf8(bytes)) throw new TypeError('not UTF-8');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return bom ? text.slice(1) : text;
}

/**
 * UTF-32 with its byte-order mark (FF FE 00 00, 00 00 FE FF): rare, but a text editor's choice, and
 * read as UTF-16 it would be every other character a NUL. TextDecoder has no UTF-32: decoded here,
 * and a file whose length or code points are not UTF-32's is binary.
 */
function utf32WithMark(bytes: Uint8Array): ReadResult | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0;
  const be = bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff;
  if (!le && !be) return undefined;
  if (bytes.length % 4) return { problem: 'binary', kind: 'other' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const points: number[] = [];
  for (let i = 4; i < bytes.length; i += 4) {
    const c = view.getUint32(i, le);
    if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return { problem: 'binary', kind: 'other' };
    points.push(c);
    // (In slices: an argument list of millions would overflow the stack.)
    if (points.length === 4096) parts.push(String.fromCodePoint(...points.splice(0)));
  }
  parts.push(String.fromCodePoint(...points));
  const text = parts.join('');
  return text.trim() ? { text, encoding: 'utf-32', form: le ? 'utf-32le' : 'utf-32be' } : { problem: 'empty' };
}

/**
 * UTF-16 saved without a byte-order mark: its ASCII characters (figures, spaces, line breaks) leave a
 * zero byte in their pair. Read so when zeros are common enough and one byte order decodes the whole as
 * text — nearly every character one a report is written in — where a binary file's bytes read as
 * neither. (Of two orders that both read so, the one with more ASCII: the other makes CJK of it.)
 */
function utf16WithoutMark(head: Uint8Array, bytes: Uint8Array): ReadResult | undefined {
  if (head.length < 8 || bytes.length % 2) return undefined;
  let zeros = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros++;
  if (zeros < (head.length / 2) * 0.05) return undefined;
  // Each byte order read, and kept if it reads as text: Han characters whose low byte is zero (开 U+5F00, 一,
  // 需 …) put zeros on both sides of the pairs, so which side holds them does not tell the order.
  let best: { le: boolean; text: string; score: number; ascii: number } | undefined;
  for (const le of [true, false]) {
    let text: string;
    try {
      text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const sample = text.slice(0, 4096);
    const score = textShare(sample);
    const ascii = sample.replace(/[^\x09-\x7e]/g, '').length;
    if (score >= 0.95 && (!best || ascii > best.ascii)) best = { le, text, score, ascii };
  }
  if (!best) return undefined;
  const { le, text } = best;
  // (Text: no control characters but tabs and line breaks.)
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) return undefined;
  return text.trim() ? { text, encoding: 'utf-16', form: le ? 'utf-16le-nobom' : 'utf-16be-nobom' } : { problem: 'empty' };
}

/** The share of `s`'s characters that a report's text is made of: ASCII, Latin-1, CJK, full-width forms, punctuation. */
function textShare(s: string): number {
  if (!s.length) return 0;
  let ok = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || (c >= 0xa0 && c <= 0xff) || (c >= 0x2000 && c <= 0x27ff) || (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xffef)) ok++;
  }
  return ok / s.length;
}

/**
 * The bytes of `text` in the form it was read in, or undefined where writing it back would change
 * what is not ours to change: GB18030 (Node has no encoder for it) and UTF-8 whose invalid bytes
 * were read as U+FFFD (writing would put U+FFFD in their place).
 */
export function encodeText(text: string, form: TextForm): Buffer | undefined {
  switch (form) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf-16le-nobom':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be-nobom':
      return Buffer.from(text, 'utf16le').swap16();
    case 'utf-32le':
    case 'utf-32be':
      return utf32Bytes(text, form === 'utf-32le');
    default:
      return undefined;
  }
}

/** `text` as UTF-32 with its byte-order mark. */
function utf32Bytes(text: string, le: boolean): Buffer {
  const points: number[] = [0xfeff];
  for (const ch of text) points.push(ch.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((c, i) => (le ? out.writeUInt32LE(c, i * 4) : out.writeUInt32BE(c, i * 4)));
  return out;
}
