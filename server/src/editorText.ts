/**
 * The editor's text of an open document, as the server keeps it: in chunks of a few thousand
 * characters, with its table of line starts kept up to date edit by edit. It answers what the
 * library's TextDocument answers — positions, offsets, text — and the server uses it through that
 * interface. Why not the library's: after each edit it joins the text before, the insertion and the
 * text after into one new string, which V8 copies whole (2 MB for a million characters) the first time
 * a character of it is read — and the server read one on every keystroke, to place the edit. Here an
 * edit makes a new chunk where it falls; the whole text is joined only when someone asks for all of
 * it (formatting, conversion, export), and kept until the next edit.
 *
 * Line starts follow the library's rules (a line break is \n, \r, or \r\n taken as one; a position
 * past a line's end, or between a \r and its \n, is at the end of the line). They are counted again
 * only around the edit — from the line before it to the first line start after it — since a \r and a
 * \n meeting across the edit's edges make one line break of two, or two of one (the library counted
 * only the breaks inside the inserted text, and so went one line out on such edits).
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { firstAbove, lastAtOrBefore } from './analysis/reader/text/sorted';

/** A chunk is cut when it grows past twice this. */
const CHUNK = 8192;
const CR = 13;
const LF = 10;

export class EditorText implements TextDocument {
  private chunks: string[] = [];
  /** Where each chunk starts in the text. */
  private starts: number[] = [];
  private size = 0;
  /** Where each line starts (line 0 at 0); counted when first asked for (a huge document's first diagnostics need only the part read). */
  private lineTable: number[] | undefined;
  private joined: string | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.reset(content);
  }

  /** How many UTF-16 code units the text holds. */
  get length(): number {
    return this.size;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  private get lines(): number[] {
    if (!this.lineTable) {
      const text = this.getText();
      this.lineTable = [0];
      lineStarts(text, this.lineTable);
    }
    return this.lineTable;
  }

  getText(range?: Range): string {
    if (range) {
      // (As the library's: the two ends in either order.)
      const a = this.offsetAt(range.start);
      const b = this.offsetAt(range.end);
      return a <= b ? this.slice(a, b) : this.slice(b, a);
    }
    return (this.joined ??= this.chunks.length === 1 ? this.chunks[0] : this.chunks.join(''));
  }

  /** text[from, to), read from the chunks that hold it. */
  slice(from: number, to: number): string {
    from = Math.max(0, from);
    to = Math.min(this.size, to);
    if (from >= to) return '';
    if (this.joined !== undefined) return this.joined.slice(from, to);
    let i = this.chunkAt(from);
    let out = '';
    while (from < to) {
      const s = this.starts[i];
      const c = this.chunks[i];
      const e = Math.min(to, s + c.length);
      out += c.slice(from - s, e - s);
      from = e;
      i++;
    }
    return out;
  }

  /** The code unit at `i` (NaN outside the text), without joining the chunks. */
  charCodeAt(i: number): number {
    if (i < 0 || i >= this.size) return NaN;
    if (this.joined !== undefined) return this.joined.charCodeAt(i);
    const k = this.chunkAt(i);
    return this.chunks[k].charCodeAt(i - this.starts[k]);
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.size), 0);
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid] > offset) hi = mid;
      else lo = mid + 1;
    }
    const line = lo - 1;
    return { line, character: this.beforeEol(offset, lines[line]) - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.lines;
    // The protocol's positions are integers from 0; a client that sends anything else (1.5, "1",
    // null, NaN) gets the place the integer part names, clamped as out-of-range ones are — never a
    // NaN offset, which would leave the text without a length.
    const raw = position?.line;
    if (!(typeof raw === 'number' && raw >= 0)) return 0; // (the library: a line before the first is offset 0)
    const line = index(raw);
    const character = index(position.character);
    if (line >= lines.length) return this.size;
    const start = lines[line];
    if (character <= 0) return start;
    const next = line + 1 < lines.length ? lines[line + 1] : this.size;
    return this.beforeEol(Math.min(start + character, next), start);
  }

  /**
   * Applies the editor's changes, in order (each range is in the text as the changes before it left
   * it), and takes the version. Returns each change as offsets in the text before it.
   */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): ({ start: number; end: number; text: string } | undefined)[] {
    const out: ({ start: number; end: number; text: string } | undefined)[] = [];
    for (const c of changes) {
      if (!('range' in c) || !c.range) {
        this.reset(c.text);
        out.push(undefined);
        continue;
      }
      // (The two ends in either order, as the library takes them.)
      const x = this.offsetAt(c.range.start);
      const y = this.offsetAt(c.range.end);
      const start = Math.min(x, y);
      const end = Math.max(x, y);
      this.replace(start, end, c.text);
      out.push({ start, end, text: c.text });
    }
    this.version = version;
    return out;
  }

  private reset(content: string): void {
    this.chunks = [];
    this.starts = [];
    for (let i = 0; i < content.length || i === 0; i += CHUNK) {
      this.chunks.push(content.length <= CHUNK ? content : content.slice(i, i + CHUNK));
      this.starts.push(i);
      if (content.length <= CHUNK) break;
    }
    this.size = content.length;
    this.joined = content;
    this.lineTable = undefined;
  }

  /** Replaces text[start, end) by `insert`: the chunks it touches, then the line starts around it. */
  private replace(start: number, end: number, insert: string): void {
    const delta = insert.length - (end - start);
    const lines = this.lines;
    // Whether a line starts at p depends on the characters at p - 1 and p only (after a \n, or after a
    // \r not followed by a \n). The edit changes those for p from start to start + insert.length in
    // the new text, and takes away the old line starts from start to end: they are counted again
    // there, from the few characters around the insertion; the others stay, those after moved.
    const lo = firstAbove(lines, Math.max(0, start - 1)); // the first line start ≥ start (never line 0's)
    const hi = firstAbove(lines, end); // the first line start > end
    this.replaceChunks(start, end, insert);
    this.size += delta;
    this.joined = undefined;
    const base = Math.max(0, start - 1);
    const around = this.slice(base, start + insert.length + 1); // (around[k] is the character at base + k)
    const counted: number[] = [];
    for (let p = Math.max(1, start); p <= start + insert.length && p <= this.size; p++) {
      const before = around.charCodeAt(p - 1 - base);
      const at = p < this.size ? around.charCodeAt(p - base) : NaN;
      if (before === LF || (before === CR && at !== LF)) counted.push(p);
    }
    // In place: the table is a million entries long for a million lines, and most edits add or take none.
    if (counted.length === hi - lo) for (let k = 0; k < counted.length; k++) lines[lo + k] = counted[k];
    else if (counted.length < 10_000) lines.splice(lo, hi - lo, ...counted);
    else this.lineTable = [...lines.slice(0, lo), ...counted, ...lines.slice(hi)];
    const table = this.lines;
    if (delta) for (let k = lo + counted.length; k < table.length; k++) table[k] += delta;
  }

  private replaceChunks(start: number, end: number, insert: string): void {
    const i = this.chunkAt(start);
    const j = this.chunkAt(end);
    const joined = this.chunks[i].slice(0, start - this.starts[i]) + insert + this.chunks[j].slice(end - this.starts[j]);
    // (A flat string: a chunk is read character by character, and a joined one would be flattened then.)
    const made: string[] = [];
    if (joined.length <= 2 * CHUNK) made.push(flat(joined));
    else for (let k = 0; k < joined.length; k += CHUNK) made.push(flat(joined.slice(k, k + CHUNK)));
    const keep = made.length === 1 && made[0] === '' && this.chunks.length > j - i + 1 ? [] : made;
    this.chunks.splice(i, j - i + 1, ...keep);
    const starts = new Array<number>(this.chunks.length);
    for (let k = 0, at = 0; k < this.chunks.length; k++) {
      starts[k] = at;
      at += this.chunks[k].length;
    }
    this.starts = starts;
  }

  /** The chunk holding offset `i` (the last one for the text's length). */
  private chunkAt(i: number): number {
    return lastAtOrBefore(this.starts, i);
  }

  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart) {
      const c = this.charCodeAt(offset - 1);
      if (c !== CR && c !== LF) break;
      offset--;
    }
    return offset;
  }
}

/** The line starts made by the line breaks of `s` (a line after each), appended to `out`. */
function lineStarts(s: string, out: number[]): number[] {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== CR && c !== LF) continue;
    if (c === CR && i + 1 < s.length && s.charCodeAt(i + 1) === LF) i++;
    out.push(i + 1);
  }
  return out;
}

/** The string as one sequence of characters (a joined string is a tree V8 flattens on first read). */
function flat(s: string): string {
  if (s.length > 0) s.charCodeAt(0);
  return s;
}

/** A position's line or character as an index: its integer part, 0 for what is no number or below 0. */
function index(x: unknown): number {
  return typeof x === 'number' && x > 0 ? Math.floor(Math.min(x, 0x7fffffff)) : 0;
}
