/**
 * The order of table 四's fifteen figure columns as its header gives them, where the header is a grid
 * that says it for certain (grid.ts). Each figure position takes its group from the name standing over
 * it — a group's or lawsuit group's name covers its own cell and the empty ones after it on its line,
 * up to the next cell with words (its merged cells) — and its outcome from the outcome named in its own
 * cell, on whichever line. A header that puts 行政诉讼 before 行政复议, 结果纠正 before 结果维持 or 总计 first is
 * then read in its own order: its figures went to the wrong group or outcome, silently or with false
 * group totals (found by a review). Anywhere else — a header that lost its merged cells, only the
 * outcome row, a position named twice or not at all — the form's order is kept.
 */
import { REVIEW_COLUMNS, REVIEW_WIDTH } from '../../../form/schema';
import type { Span } from '../../../types';
import { headerLines, permutation } from './grid';

const W = REVIEW_COLUMNS.length;
type Name = { group: 'review' | 'suit' } | { lawsuit: 1 | 2 } | { outcome: number };

/** What a header cell's words name (as the fold writes them: one script, no spaces). */
function name(words: string): Name | undefined {
  if (/^行政法?[复覆]议$/.test(words)) return { group: 'review' };
  if (words === '行政诉讼') return { group: 'suit' };
  if (/^(?:未经[复覆]议)?直接起诉$/.test(words)) return { lawsuit: 1 };
  if (/^[复覆]议后起诉$/.test(words)) return { lawsuit: 2 };
  const outcome = outcomeOf(words);
  if (outcome !== undefined) return { outcome };
  return undefined;
}
/** The outcome column (0–4) an outcome's name (folded words) names: 「结果维持」「维持」 … 「总计」「合计」. */
export function outcomeOf(words: string): number | undefined {
  const k = OUTCOMES.indexOf(words);
  return k >= 0 ? k % W : undefined;
}
const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '维持', '纠正', '其他', '未审结', '合计'];
const MENTIONS = /[复覆]议|诉讼|起诉|结果维持|结果纠正|尚未审结/;

/**
 * For each figure position of the row (left to right), the form's column it holds (group × 5 + outcome)
 * — where the header certainly gives an order other than the form's; undefined where it is the form's or
 * cannot be told.
 */
export function reviewOrder(text: string, header: Span, parts = false): number[] | undefined {
  // The header's lines in cells that name a group, a lawsuit or an outcome, read once.
  const lines = headerLines(text, header.start, header.end, (w) => name(w) !== undefined, (w) => MENTIONS.test(w));
  if (!lines?.length) return undefined;
  // A grid that places every column says the order for certain — the form's too (a table in parts has its names' places).
  const grid = !parts && lines.every((l) => l.length === lines[0].length);
  const at = grid ? gridPlaces(lines) : undefined;
  if (at) return permutation(at);
  return bySequence(lines);
}

/** Where each of the form's fifteen columns stands by a grid's names (`at[column]`): undefined where it cannot be told. */
function gridPlaces(lines: readonly (readonly string[])[]): number[] | undefined {
  const n = lines[0].length;
  if (n < REVIEW_WIDTH) return undefined;
  const group: ('review' | 'suit' | undefined)[] = new Array(n).fill(undefined);
  const lawsuit: (1 | 2 | undefined)[] = new Array(n).fill(undefined);
  const outcome: (number | undefined)[] = new Array(n).fill(undefined);
  for (const cells of lines) {
    let covering: Name | undefined;
    for (let i = 0; i < n; i++) {
      if (cells[i] !== '') covering = name(cells[i]);
      // (Cells before the fifteen — a label's column — name nothing.)
      if (cells[i] !== '' && covering && i < n - REVIEW_WIDTH) return undefined;
      if (!covering) continue;
      if ('group' in covering) {
        if (group[i] !== undefined) return undefined;
        group[i] = covering.group;
      } else if ('lawsuit' in covering) {
        if (lawsuit[i] !== undefined) return undefined;
        lawsuit[i] = covering.lawsuit;
      } else if (cells[i] !== '') {
        if (outcome[i] !== undefined) return undefined;
        outcome[i] = covering.outcome;
      }
    }
  }
  const at: number[] = new Array(REVIEW_WIDTH).fill(-1);
  for (let p = 0; p < REVIEW_WIDTH; p++) {
    const i = n - REVIEW_WIDTH + p;
    const o = outcome[i];
    if (o === undefined) return undefined;
    // 行政复议 with no lawsuit group over it; a lawsuit group under 行政诉讼 (or under no group name).
    const g = group[i] === 'review' ? (lawsuit[i] === undefined ? 0 : -1) : lawsuit[i] ?? -1;
    if (g < 0) return undefined;
    const column = g * W + o;
    if (at[column] >= 0) return undefined;
    at[column] = p;
  }
  return at;
}

/**
 * The order of table 四's columns by the names' sequence, where the header is no grid (a page's copy that dropped the empty
 * cells under its merged names, 「结果维持 | 结果纠正 | 尚未审结 | 其他结果 | 总计 | 未经复议直接起诉 | 复议后起诉」 over the
 * lawsuits' ten; a table a row a group under one line of outcomes): its outcomes in reading order, five — one order for
 * the three groups — or fifteen, five a group, each five the five outcomes once. The groups stay in the form's order,
 * and their names, where the header gives them, must say so. Figures put by the form's outcome order were wrong with
 * every group adding up, and nothing said (found by a review). Undefined where it cannot be told, or is the form's.
 */
function bySequence(lines: readonly (readonly string[])[]): number[] | undefined {
  const outcomes: number[] = [];
  const groups: string[] = [];
  for (const cells of lines) {
    for (const c of cells) {
      const n = c ? name(c) : undefined;
      if (!n) continue;
      if ('outcome' in n) outcomes.push(n.outcome);
      else if ('group' in n) groups.push(n.group);
      else groups.push(`lawsuit${n.lawsuit}`);
    }
  }
  // (The groups as the form has them, where named at all: 行政复议 before 行政诉讼, 未经复议直接起诉 before 复议后起诉.)
  const rank = (g: string) => ['review', 'suit', 'lawsuit1', 'lawsuit2'].indexOf(g);
  for (let k = 1; k < groups.length; k++) if (rank(groups[k]) <= rank(groups[k - 1])) return undefined;
  if (outcomes.length !== W && outcomes.length !== REVIEW_WIDTH) return undefined;
  const blocks = outcomes.length === W ? [outcomes, outcomes, outcomes] : [outcomes.slice(0, W), outcomes.slice(W, 2 * W), outcomes.slice(2 * W)];
  if (!blocks.every((b) => new Set(b).size === W)) return undefined;
  const at: number[] = new Array(REVIEW_WIDTH).fill(-1);
  blocks.forEach((b, g) => b.forEach((o, p) => (at[g * W + o] = g * W + p)));
  return permutation(at);
}
