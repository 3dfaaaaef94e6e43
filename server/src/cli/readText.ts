/**
 * Reading a report file as text, honestly: an empty file, a binary file (a PDF, an image, a .doc)
 * and a file that cannot be read each get a sentence; text that is not UTF-8 — GBK and GB18030 are
 * common on government sites — is decoded as GB18030, and the reader is told.
 */
import { readFileSync } from 'node:fs';

export type ReadResult =
  | { text: string; encoding: 'utf-8' | 'utf-16' | 'gb18030' }
  | { problem: 'empty' | 'binary' }
  | { problem: 'unreadable'; code: string };

export function readTextFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { problem: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): ReadResult {
  // UTF-16 with a byte-order mark (Windows "Unicode" text).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return text.trim() ? { text, encoding: 'utf-16' } : { problem: 'empty' };
  }
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return { problem: 'binary' };
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (head.length && controls / head.length > 0.05) return { problem: 'binary' };
  let text: string;
  let encoding: 'utf-8' | 'gb18030' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
    encoding = 'gb18030';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { problem: 'empty' };
  return { text, encoding };
}
