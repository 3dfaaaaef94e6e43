/** Offsets ↔ LSP ranges for one TextDocument. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Span } from '../analysis/types';

export const toRange = (doc: TextDocument, s: Span): Range => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
export const toSpan = (doc: TextDocument, r: Range): Span => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) });
export const overlaps = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;

/**
 * What the features read of a document's text one character at a time, without asking for the whole
 * text: the server's EditorText answers from its chunks (the whole text would be joined, a megabyte
 * copied, for a few characters at a section's end); any other TextDocument from its text.
 */
type InPlace = { charCodeAt?(i: number): number; length?: number };
export const codeAt = (doc: TextDocument, i: number): number => (doc as InPlace).charCodeAt?.(i) ?? doc.getText().charCodeAt(i);
export const textLength = (doc: TextDocument): number => (doc as InPlace).length ?? doc.getText().length;
/** Whitespace, as `\s` has it (the ends of sections and tables are pulled back over it). */
export const isSpaceCode = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
