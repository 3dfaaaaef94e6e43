/**
 * Where table 二's reader (readActive) can take up its walk after an edit, and where it can stop. Its
 * walk carries a state from token to token — the blocks of the table read so far, the header words
 * seen, the block open (第二十条第（N）项 and its rows) — and closes a table only when a block repeats
 * or the segment ends. Marks are that state at some steps, with how far the steps before had read:
 *
 * - *take up*: the last mark before the first token the edit cut again, when nothing read before it
 *   lies at or after that token;
 * - *stop*: past the edited lines, with no block open, where the walk before the edit had no block
 *   open any more and changed nothing more (no block header, no row, no header words after): with no
 *   block open a step only looks for a block header, the walk before found none in the tokens after
 *   (the same ones, moved), so this walk will change nothing more either — its table is what it has read.
 *
 * Table 二 stands at the end of its section, so an edit re-reads it from the mark before the edit to
 * its last row, not the whole section (nor the rest of a section that runs on after it).
 */
import type { RawBlock } from '../readActive';
import type { TokenCut } from '../../tokens/retokenize';
import type { ActiveTable } from '../../../types';

export interface ActiveMark {
  /** The token the step starts at; the mark is the state before it. */
  at: number;
  /** Tables finished before the step. */
  tables: number;
  /** Every token the steps before read is below this index. */
  reach: number;
  /** The blocks read so far (the first `nb` of the array: it only grows), the header words (the first `nh`). */
  blocks: readonly RawBlock[];
  nb: number;
  headers: readonly string[];
  nh: number;
  /** The block open (the last of the blocks), its rows so far and where it ends; or none. */
  open: boolean;
  rows: number;
  end: number;
}

export interface ActiveResume {
  tables: readonly ActiveTable[];
  marks: readonly ActiveMark[];
  /** The last step of that walk that changed its state or had a block open. */
  lastChange: number;
  cut: TokenCut;
}

export interface ActiveRead {
  tables: ActiveTable[];
  marks: ActiveMark[];
  lastChange: number;
  /** The tokens the walk went over, [from, to) (for tests and the benchmark). */
  walked: [number, number];
}

/** The state before the step at `at`. */
export function activeMark(at: number, tables: number, reach: number, blocks: RawBlock[], headers: string[], current: RawBlock | undefined): ActiveMark {
  return { at, tables, reach, blocks, nb: blocks.length, headers, nh: headers.length, open: !!current, rows: current ? current.rows.length : 0, end: current ? current.end : 0 };
}

/** The state of a mark, made again: the open block copied (the walk goes on adding to it). */
export function restoreActive(m: ActiveMark): { blocks: RawBlock[]; headers: string[]; current: RawBlock | undefined } {
  const blocks = m.blocks.slice(0, m.nb);
  const headers = m.headers.slice(0, m.nh);
  if (!m.open) return { blocks, headers, current: undefined };
  const last = blocks[m.nb - 1];
  const current: RawBlock = { item: last.item, header: last.header, end: m.end, rows: last.rows.slice(0, m.rows) };
  if (last.late) current.late = true;
  blocks[m.nb - 1] = current;
  return { blocks, headers, current };
}

