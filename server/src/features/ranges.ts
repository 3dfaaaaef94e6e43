/** Offsets ↔ LSP ranges for one TextDocument. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Span } from '../analysis/types';

export const toRange = (doc: TextDocument, s: Span): Range => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
export const toSpan = (doc: TextDocument, r: Range): Span => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) });
export const overlaps = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;
