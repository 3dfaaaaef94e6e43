/** Offsets → line and character (UTF-16), for ranges in files other than the one being checked. */
import type { PlainRange } from '../analysis/types';

export type { PlainRange } from '../analysis/types';
export type PlainPosition = PlainRange['start'];

/** Whatever turns offsets into positions: a LineIndex, or an editor's TextDocument (which keeps its lines). */
export interface Positions {
  positionAt(offset: number): PlainPosition;
}

export class LineIndex implements Positions {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }
  positionAt(offset: number): PlainPosition {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  range(start: number, end: number): PlainRange {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
