/**
 * A table 二 block whose rows' figures stand before their names, as `pdftotext` without -layout writes it —
 *
 *     本年处理决定数量
 *     42
 *     行政处罚
 *     0
 *     行政强制
 *
 * Read after their names, 行政处罚 had 行政强制's 0 (a wrong figure exported, with no word) and 行政强制 none (found by a
 * review of a real report's PDF). Read so only where the layout says it for certain: the block's last row has nothing
 * after it, figures on lines of their own stand between its column header and its first row, and every other row has as
 * many after it, each on a line of its own below its name. Each row then has the figures above it.
 */
import { readCell } from '../../tokens/numbers';
import { lineEndAt, lineStartAt, prevLineStart } from '../../text/lines';
import { toCell } from '../fitRow';
import type { Token } from '../../tokens/token';
import type { Cell, Span } from '../../../types';

/** A figure alone, as a cell holds one (digits, a decimal point, thousands commas). */
const FIGURE = /^[0-9０-９][0-9０-９.,，]*$/;

/** Each row's cells, read from the figures above its name; undefined where the block is not so laid out. */
export function figuresBefore(rows: readonly { label: Span; cells: readonly Token[] }[], text: string, from: number): Cell[][] | undefined {
  const n = rows.length;
  if (!n || rows[n - 1].cells.length || from >= rows[0].label.start) return undefined;
  const first = figureLinesBefore(text, from, lineStartAt(text, rows[0].label.start));
  if (!first.length) return undefined;
  const out: Cell[][] = [first];
  for (let i = 0; i + 1 < n; i++) {
    const cells = rows[i].cells;
    if (cells.length !== first.length) return undefined;
    // (Below the row's name, each on a line of figures alone: a row's figures on its name's line are read as written.)
    if (cells[0].span.start < lineEndAt(text, rows[i].label.end)) return undefined;
    for (const t of cells) if (t.kind !== 'value' || !FIGURE.test(t.raw) || !figuresOnly(text, t.span.start)) return undefined;
    out.push(cells.map(toCell));
  }
  return out;
}

/** Whether the line holding offset `at` holds figures and spaces only. */
export function figuresOnly(text: string, at: number): boolean {
  const line = text.slice(lineStartAt(text, at), lineEndAt(text, at)).trim();
  return line !== '' && line.split(/[ \t\u3000]+/).every((w) => FIGURE.test(w));
}

/** The figures on the lines of figures alone that end right above `to` (a line's start), after `from`: empty lines passed over. */
function figureLinesBefore(text: string, from: number, to: number): Cell[] {
  const lines: [number, number][] = [];
  for (let start = to; start > from; ) {
    const ls = Math.max(from, prevLineStart(text, start));
    const le = Math.min(lineEndAt(text, ls), start);
    const line = text.slice(ls, le).trim();
    if (line !== '') {
      if (!line.split(/[ \t\u3000]+/).every((w) => FIGURE.test(w))) break;
      lines.unshift([ls, le]);
    }
    if (ls >= start) break;
    start = ls;
  }
  const cells: Cell[] = [];
  for (const [ls, le] of lines)
    for (const m of text.slice(ls, le).matchAll(/[^ \t\u3000]+/g)) {
      const start = ls + m.index!;
      cells.push({ ...readCell(m[0]), span: { start, end: start + m[0].length }, raw: m[0] });
    }
  return cells;
}
