/**
 * A string with its characters of its own. A segment's text is cut from the document's
 * (`slice` makes a view into it) or, after an edit, joined from pieces; V8 reads a character of
 * such a string through the view or the join on every `charCodeAt`. The reader's per-character
 * loops (the tokenizer, the script scan, the fold) run ~1.2× faster on a string that holds its own
 * characters, and making one costs a copy (~1 ns a character), so each segment's text is made so once.
 */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** Short strings are copied by `slice` already; what is not Node (a browser) keeps the string as it is. */
const MIN = 64;

export function flat(s: string): string {
  if (s.length < MIN || !NodeBuffer) return s;
  // UTF-16 code units both ways, lone surrogates kept as they are.
  return NodeBuffer.from(s, 'utf16le').toString('utf16le');
}
