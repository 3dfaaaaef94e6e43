/**
 * A token: a run of text, a figure or a blank cell, with its exact source range and where it stood (line, piece,
 * cell), and its text folded for matching on demand. Made by tokenize.ts; read by the table readers.
 */
import type { CellValue } from './numbers';
import { foldChars, norm, type SegmentFold } from '../text/normalize';
import type { Span } from '../../types';

export type TokenKind = 'text' | 'value' | 'blank';

export class Token {
  /** What the cell holds (value and blank tokens). */
  cell?: CellValue;
  /** Value tokens: the word is digits only (ASCII or full-width), so a glued row may have to split it. */
  digits?: boolean;
  /**
   * Value tokens: a run of none marks glued to the figures or words around it (a page's text that lost its
   * cell boundaries: 「规章///」「12—————12」), a cell a mark or a cell a pair of dashes (「——」): a glued row splits it.
   */
  marks?: boolean;
  private folded?: string;
  /** What the label matcher found in the token's folded text (tables/labels.ts): its own, so kept with it. */
  keys?: unknown;
  private view?: { s: string; at(i: number): number };
  /** The fold of the text the token's offsets are in (set by `tokenize` when it has one). */
  segment?: SegmentFold;
  /**
   * A token read from a grid's cell wrapped over several lines (gridBands.ts), over more than one of them: the pieces of
   * the text it was read from, [start, end, …] (its span runs from the first's start to the last's end, other cells' text
   * between). Its text is theirs joined; no edit can write it back in one place.
   */
  frags?: number[];

  constructor(
    readonly kind: TokenKind,
    readonly span: Span,
    readonly raw: string,
    /** Line number within the tokenized text (0-based). */
    public line: number,
    /** Index of the separator-delimited piece it came from: tokens of one piece had no | or tab between them. */
    public piece: number,
    /**
     * Which cell of its line the piece is, counting from the line's first, before any separator; -1
     * where the line's columns are not known (a line of one cell or none, a line cut by tabs): a label
     * wrapped in its cell goes on in the same cell of the next lines.
     */
    readonly col = -1,
  ) {}

  /** Normalised text (text tokens): for comparing with labels, never for ranges. */
  get norm(): string {
    return (this.folded ??= this.kind === 'text' ? norm(this.raw) : '');
  }

  /**
   * The text folded for matching (no spaces, one script, one width) with, for each folded
   * character, its source offset: labels found inside a longer run of text get exact ranges.
   */
  fold(): { s: string; at(i: number): number } {
    // Asked for by every table reader for every text token: made once, cut from the segment's fold when there is one.
    if (this.view) return this.view;
    if (this.frags) {
      const f = foldChars(this.raw);
      return (this.view = new FragView(f.s, this.frags, f.back));
    }
    const seg = this.segment;
    // (Views of a class each, not an object and a closure over the token: one object made a text token.)
    if (seg) return (this.view = new SegmentView(seg.s.slice(seg.fwd[this.span.start], seg.fwd[this.span.end]), this));
    const f = foldChars(this.raw);
    return (this.view = new OwnView(f.s, this.span.start, f.back));
  }

  /**
   * Moves a token kept across an edit (see retokenize): by `delta` characters, `lines` lines and
   * `pieces` pieces, and onto the fold of the new text. Its span is its own (cells copy theirs).
   */
  move(delta: number, lines: number, pieces: number, fold: SegmentFold | undefined): void {
    this.span.start += delta;
    this.span.end += delta;
    if (this.frags) this.frags = this.frags.map((x) => x + delta);
    this.line += lines;
    this.piece += pieces;
    if (this.segment !== fold && !this.frags) {
      this.segment = fold;
      if (!fold) this.view = undefined;
    }
  }
}

/**
 * A token's fold cut from its segment's. Read through the token's current fold and place: a token kept
 * across an edit (retokenize) is moved and given the new fold, and its folded text, which is its own, stays true.
 */
class SegmentView {
  constructor(
    readonly s: string,
    private readonly tok: Token,
  ) {}

  at(i: number): number {
    const tok = this.tok;
    return i < this.s.length ? tok.segment!.back[tok.segment!.fwd[tok.span.start] + i] : tok.span.end;
  }
}

/** A token's fold of its own text (a token with no segment's fold), from where the token started when it was made. */
class OwnView {
  constructor(
    readonly s: string,
    private readonly start: number,
    private readonly back: ArrayLike<number>,
  ) {}

  at(i: number): number {
    return this.start + this.back[i];
  }
}

/** The fold of a token joined from pieces of several lines (Token.frags): each folded character's offset is in its piece. */
class FragView {
  constructor(
    readonly s: string,
    private readonly frags: readonly number[],
    private readonly back: ArrayLike<number>,
  ) {}

  at(i: number): number {
    return i < this.s.length ? offsetIn(this.frags, this.back[i]) : this.frags[this.frags.length - 1];
  }
}

/** The source offset of character `j` of pieces [start, end, …] joined. */
export function offsetIn(frags: readonly number[], j: number): number {
  for (let k = 0; k < frags.length; k += 2) {
    const len = frags[k + 1] - frags[k];
    if (j < len) return frags[k] + j;
    j -= len;
  }
  return frags[frags.length - 1];
}

