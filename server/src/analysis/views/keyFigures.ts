/**
 * A report's key figures on one line — what review offices compare across reports and years: the
 * applications received and handled, how they were handled, the disclosure rate, reviews and
 * lawsuits with their correction rate. Undefined where a figure cannot be read; `inferred` says
 * whether any of them came from glued digits.
 */
import { FIGURE_ROWS, summariseApplications, summariseReview } from './summary';
import type { ApplicationsTable, Finding, ReviewTable } from '../types';
import { REVIEW_COLUMNS } from '../form/schema';

export interface KeyFigures {
  newCount?: number;
  carried?: number;
  open?: number;
  partial?: number;
  withheld?: number;
  unable?: number;
  ignored?: number;
  other?: number;
  closed?: number;
  carryNext?: number;
  /** (予以公开 + 部分公开) ÷ （七）总计. */
  disclosureRate?: number;
  reviews?: number;
  reviewsCorrected?: number;
  /** 行政诉讼: filed directly and after review. */
  suits?: number;
  suitsCorrected?: number;
  /** 结果纠正 ÷ 已审结 (总计 − 尚未审结), reviews and lawsuits together. */
  correctionRate?: number;
  inferred: boolean;
  /** How many sums of tables 三 and 四 fail (row-total, column-total, balance, review-total), where the caller counted them. */
  failingSums?: number;
  /**
   * Which figures came from glued digits, where any did: a figure read from its own cells is not shaded
   * because another table was glued (a workbook shaded every key figure of a report whose table 四 alone
   * was glued — found by a review).
   */
  inferredFigures?: KeyFigureName[];
}

export type KeyFigureName = keyof Omit<KeyFigures, 'inferred' | 'inferredFigures'>;

export const KEY_FIGURE_NAMES: readonly KeyFigureName[] = ['newCount', 'carried', 'open', 'partial', 'withheld', 'unable', 'ignored', 'other', 'closed', 'carryNext', 'disclosureRate', 'reviews', 'reviewsCorrected', 'suits', 'suitsCorrected', 'correctionRate'];

const add = (...xs: (number | undefined)[]) => (xs.some((x) => x === undefined) ? undefined : (xs as number[]).reduce((a, b) => a + b, 0));

export function keyFigures(app: ApplicationsTable | undefined, review: ReviewTable | undefined): KeyFigures {
  const k: KeyFigures = { inferred: false };
  const set = <K extends keyof KeyFigures>(key: K, v: KeyFigures[K] | undefined) => {
    if (v !== undefined) k[key] = v;
  };
  if (app) {
    const s = summariseApplications(app);
    set('newCount', s.newCount);
    set('carried', s.carried);
    set('open', s.open);
    set('partial', s.partial);
    set('withheld', s.withheld);
    set('unable', s.unable);
    set('ignored', s.ignored);
    set('other', s.other);
    set('closed', s.closed);
    set('carryNext', s.carryNext);
    const disclosed = add(s.open, s.partial);
    if (disclosed !== undefined && s.closed) k.disclosureRate = disclosed / s.closed;
    if (app.rows.some((r) => r.cells.some((c) => c.inferred))) k.inferred = true;
    if (k.inferred) {
      // Each figure from its rows (a group's from its items); a rate from the figures it divides.
      const glued = new Set(app.rows.filter((r) => r.cells.some((c) => c.inferred)).map((r) => r.id as string));
      const from = (ids: readonly string[]) => ids.some((id) => glued.has(id));
      const R = FIGURE_ROWS;
      const rows: [KeyFigureName, readonly string[]][] = [
        ...(['newCount', 'carried', 'open', 'partial', 'withheld', 'unable', 'ignored', 'closed', 'carryNext'] as const).map((n): [KeyFigureName, readonly string[]] => [n, R[n]]),
        ['other', [...R.other2019, ...R.other]],
        ['disclosureRate', [...R.open, ...R.partial, ...R.closed]],
      ];
      k.inferredFigures = rows.filter(([name, ids]) => k[name] !== undefined && from(ids)).map(([name]) => name);
    }
  }
  if (review) {
    const [r, direct, after] = summariseReview(review);
    set('reviews', r.total);
    set('reviewsCorrected', r.corrected);
    set('suits', add(direct.total, after.total));
    set('suitsCorrected', add(direct.corrected, after.corrected));
    const decided = add(r.decided, direct.decided, after.decided);
    const corrected = add(r.corrected, direct.corrected, after.corrected);
    if (decided && corrected !== undefined) k.correctionRate = corrected / decided;
    if (review.cells.some((c) => c.inferred)) {
      k.inferred = true;
      // Table 四's figures by group: 行政复议's five, then the lawsuits' ten.
      const w = REVIEW_COLUMNS.length;
      const glued = (g: number) => review.cells.slice(g * w, g * w + w).some((c) => c.inferred);
      const names: KeyFigureName[] = [];
      if (glued(0)) names.push('reviews', 'reviewsCorrected');
      if (glued(1) || glued(2)) names.push('suits', 'suitsCorrected');
      if (names.length) names.push('correctionRate');
      (k.inferredFigures ??= []).push(...names.filter((n) => k[n] !== undefined));
    }
  }
  return k;
}

/** The rules whose failing a summary counts: the sums of tables 三 and 四. */
const SUMS = new Set(['row-total', 'column-total', 'balance', 'review-total']);
/** How many sums of a report fail (its findings'): a study may leave out a report whose figures do not add up. */
export function failingSums(findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) if (f.severity === 'error' && SUMS.has(f.code)) n++;
  return n;
}
