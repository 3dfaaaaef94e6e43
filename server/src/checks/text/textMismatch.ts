/**
 * text-mismatch: the prose states a figure that the table contradicts (seed 001: 「予以公开15件」
 * where table 三 says 16). Only clear statements are compared (prose.ts): 新收, 上年结转, 办结,
 * 结转, 予以公开, 部分公开, 行政复议 N 件, 行政诉讼 N 件; 「收到…N件」 may mean 新收 or 新收 + 上年结转.
 */
import { summariseApplications, summariseReview } from '../../analysis/views/summary';
import { APP_TOTAL_COL, REVIEW_COLUMNS } from '../../analysis/form/schema';
import type { ApplicationsTable, Cell, Finding, ReviewTable, Text3 } from '../../analysis/types';
import type { Statement, StatementKind } from '../../analysis/reader/segments/prose';
import type { DocFacts } from '../../analysis/model/facts';
import { msg, sumValue } from '../shared/cells';
import { sameItems } from '../sameFindings';
import type { DocumentCheck } from '../types';
import { otherScopes } from '../../analysis/model/tableScope';

const t3 = (cn: string, tw: string, en: string): Text3 => ({ cn, tw, en });
/** The row of table 三 whose total a statement of one row is compared with. */
const ROW_OF: Partial<Record<StatementKind, string>> = { new: 'new', carried: 'carried', closed: 'total', open: 'open', partial: 'partial', carryNext: 'carryNext', noCarryNext: 'carryNext' };
/** What each statement compared here is of (table 二's documents are not: they settle its glued rows, tableAmbiguous.ts). */
const WHAT: Partial<Record<StatementKind, Text3>> = {
  received: t3('收到申请', '收到申請', 'applications received'),
  new: t3('本年新收', '本年新收', 'new applications'),
  carried: t3('上年结转', '上年結轉', 'carried over'),
  closed: t3('办结', '辦結', 'handled'),
  open: t3('予以公开', '予以公開', 'disclosed'),
  partial: t3('部分公开', '部分公開', 'partly disclosed'),
  carryNext: t3('结转下年度', '結轉下年度', 'carried to next year'),
  reviews: t3('行政复议', '行政複議', 'administrative reviews'),
  suits: t3('行政诉讼', '行政訴訟', 'lawsuits'),
  noReviews: t3('行政复议', '行政複議', 'administrative reviews'),
  noSuits: t3('行政诉讼', '行政訴訟', 'lawsuits'),
  noReceived: t3('本年新收', '本年新收', 'new applications'),
  noCarryNext: t3('结转下年度', '結轉下年度', 'carried to next year'),
};

/** The figures a statement of `kind` may state, by table 三's summary `a` and table 四's `r`. */
function expectedOf(kind: StatementKind, a: ReturnType<typeof summariseApplications> | undefined, r: ReturnType<typeof summariseReview> | undefined): number[] | undefined {
  if (a) {
    if (kind === 'noReceived') return a.newCount === undefined ? undefined : [a.newCount];
    if (kind === 'noCarryNext') return a.carryNext === undefined ? undefined : [a.carryNext];
    if (kind === 'received') return a.newCount === undefined ? undefined : a.received === undefined ? [a.newCount] : [a.newCount, a.received];
    const v = { new: a.newCount, carried: a.carried, closed: a.closed, open: a.open, partial: a.partial, carryNext: a.carryNext }[kind as 'new'];
    if (v !== undefined) return [v];
  }
  if (r && (kind === 'reviews' || kind === 'noReviews') && r[0].total !== undefined) return [r[0].total];
  if (r && (kind === 'suits' || kind === 'noSuits') && r[1].total !== undefined && r[2].total !== undefined) return [r[1].total + r[2].total];
  return undefined;
}

export const textMismatch: DocumentCheck = {
  code: 'text-mismatch',
  severity: 'warning',
  scope: 'document',
  description: { cn: '正文所述数字与统计表不一致', tw: '正文所述數字與統計表不一致', en: 'A figure stated in the text contradicts the table' },
  messages: {
    'text-mismatch': { cn: '正文写{what} {stated} 件，{table}为 {expected} 件', tw: '正文寫{what} {stated} 件，{table}為 {expected} 件', en: 'The text says {stated} {what}; {table} says {expected}' },
    'text-mismatch.blank': { cn: '正文写{what} {stated} 件，{table}此格为空白', tw: '正文寫{what} {stated} 件，{table}此格為空白', en: 'The text says {stated} {what}; {table} leaves that cell blank' },
    // (「收到申请」 may count the applications carried over too: both readings named, as the hover names the second.)
    'text-mismatch.received': {
      cn: '正文写收到申请 {stated} 件，表三本年新收 {expected} 件（加上年结转为 {withCarried} 件）',
      tw: '正文寫收到申請 {stated} 件，表三本年新收 {expected} 件（加上年結轉為 {withCarried} 件）',
      en: 'The text says {stated} applications received; table III has {expected} new ({withCarried} with those carried over)',
    },
    'text-mismatch.none': { cn: '正文写未发生{what}案件，{table}为 {expected} 件', tw: '正文寫未發生{what}案件，{table}為 {expected} 件', en: 'The text says there were no {what}; {table} says {expected}' },
    'text-mismatch.noneCarried': { cn: '正文写无结转下年度的申请，表三结转下年度为 {expected} 件', tw: '正文寫無結轉下年度的申請，表三結轉下年度為 {expected} 件', en: 'The text says none were carried to next year; table III has {expected}' },
    'text-mismatch.noneReceived': { cn: '正文写未收到政府信息公开申请，表三本年新收 {expected} 件', tw: '正文寫未收到政府信息公開申請，表三本年新收 {expected} 件', en: 'The text says no applications were received; table III has {expected} new' },
    'text-mismatch.tableCell': { cn: '表中的数字', tw: '表中的數字', en: 'The figure in the table' },
  },
  // Its findings share the statements' spans, which move with the text.
  inputs: (f) => [f.tables.filter((t) => t.kind === 'applications' || t.kind === 'review'), f.statements, [f.year]],
  run(f) {
    const app = f.tables.find((t) => t.kind === 'applications');
    const review = f.tables.find((t) => t.kind === 'review');
    // A report of a government with its region's table 三 and its own (「（一）全区汇总情况」「（二）区政府本级情况」): a figure of
    // the prose is either's — said only where it agrees with none (found by a review: four warnings against the region's).
    // (Only a table a scope's words stand before: scopedTables.ts.)
    const others = [...otherScopes(f, app), ...otherScopes(f, review)];
    const out: Finding[] = [];
    // (The tables summed once a run, and only where a statement's answer is not kept.)
    let sums: { a?: ReturnType<typeof summariseApplications>; r?: ReturnType<typeof summariseReview> } | undefined;
    for (const s of f.statements) {
      const kept = KEPT.get(s);
      if (kept && kept.app === app && kept.review === review && kept.year === f.year && sameItems(kept.others, others)) {
        if (kept.finding) out.push(kept.finding);
        continue;
      }
      sums ??= { a: app && summariseApplications(app.table as ApplicationsTable), r: review && summariseReview(review.table as ReviewTable) };
      const finding = compare(s, f.year, app, review, others, sums.a, sums.r);
      KEPT.set(s, { app, review, others, year: f.year, finding });
      if (finding) out.push(finding);
    }
    return out;
  },
};

type TableFact = DocFacts['tables'][number];

/**
 * Each statement's answer, kept while the tables it was compared with and the year are the same: a document of a
 * hundred reports has a thousand statements, and an edit of any table or statement ran the check again on them all
 * (its message made anew for each of four hundred mismatches: a tenth of such an edit).
 */
const KEPT = new WeakMap<Statement, { app?: TableFact; review?: TableFact; others: readonly TableFact[]; year?: number; finding?: Finding }>();

/** The finding a statement `s` gets against table 三 (`a`, its summary) and 四 (`r`), if any. */
function compare(s: Statement, year: number | undefined, app: TableFact | undefined, review: TableFact | undefined, others: readonly TableFact[], a: ReturnType<typeof summariseApplications> | undefined, r: ReturnType<typeof summariseReview> | undefined): Finding | undefined {
  const expected = (kind: StatementKind) => expectedOf(kind, a, r);
  const elsewhere = (kind: StatementKind, value: number) =>
    others.some((t) => expectedOf(kind, t.kind === 'applications' ? summariseApplications(t.table as ApplicationsTable) : undefined, t.kind === 'review' ? summariseReview(t.table as ReviewTable) : undefined)?.includes(value));
  // The one cell a statement is compared with, where it is one: a blank one is said to be blank, not 0
  // (the writer looks for a figure the table does not have).
  const cellOf = (kind: StatementKind): Cell | undefined => {
    const id = ROW_OF[kind];
    if (id) return (app?.table as ApplicationsTable | undefined)?.rows.find((row) => row.id === id)?.cells[APP_TOTAL_COL];
    return kind === 'reviews' ? (review?.table as ReviewTable | undefined)?.cells[REVIEW_COLUMNS.length - 1] : undefined;
  };
  // (Another year's statement — 「2022年新收申请10件」 — is history; the report's own year's is compared.)
  if (s.year !== undefined && s.year !== year) return undefined;
  // (Years counted together from one before this — 「自2019年以来累计收到…58件」 — are no figure of this year's.)
  if (s.since !== undefined && year !== undefined && s.since < year) return undefined;
  const e = expected(s.kind);
  const what = WHAT[s.kind];
  if (!e || !what || e.includes(s.value) || (others.length && elsewhere(s.kind, s.value))) return undefined;
  // (A row whose 总计 is not the sum of its figures, that sum being the prose's: the total is what is wrong, and row-total
  // says so — 「共受理政府信息公开申请6件」 against 5|1|0|0|0|0|0 was said to contradict the table's 0, found by a review of
  // real pages.)
  if (app && partsAgree(app.table as ApplicationsTable, s)) return undefined;
  const none = s.kind === 'noReviews' || s.kind === 'noSuits';
  const table = none || s.kind === 'reviews' || s.kind === 'suits' ? t3('表四', '表四', 'table IV') : t3('表三', '表三', 'table III');
  // (Received compared with 新收 and with 新收 + 上年结转: both blank, a blank form pasted, is blank too — 「表三为 0 件」 beside three
  // 「此格为空白」 of the same form, found by a writer's trial.)
  const blank = cellOf(s.kind === 'received' ? 'new' : s.kind)?.kind === 'blank' && e.every((x) => x === e[0]);
  const message = s.kind === 'noReceived' ? msg('text-mismatch.noneReceived', { expected: e[0] }) : s.kind === 'noCarryNext' ? msg('text-mismatch.noneCarried', { expected: e[0] }) : none ? msg('text-mismatch.none', { what, table, expected: e[0] }) : s.kind === 'received' && e.length === 2 && e[1] !== e[0] ? msg('text-mismatch.received', { stated: s.value, expected: e[0], withCarried: e[1] }) : msg(blank ? 'text-mismatch.blank' : 'text-mismatch', { what, stated: s.value, table, expected: e[0] });
  return { code: 'text-mismatch', severity: 'warning', span: s.span, message };
}

/** The sum of a row's six applicant figures where its 总计 differs from it (row-total's finding); undefined otherwise. */
function partsBesideTotal(t: ApplicationsTable, id: string): number | undefined {
  const row = t.rows.find((r) => r.id === id);
  if (!row || row.unsure || row.cells.length !== APP_TOTAL_COL + 1) return undefined;
  let sum = 0;
  for (let k = 0; k < APP_TOTAL_COL; k++) {
    const v = sumValue(row.cells[k]);
    if (v === undefined) return undefined;
    sum += v;
  }
  return sumValue(row.cells[APP_TOTAL_COL]) === sum ? undefined : sum;
}

/** Whether a statement's figure is the sum of the figures of a row (or, received, of 新收 and 上年结转) whose 总计 is wrong. */
function partsAgree(t: ApplicationsTable, s: Statement): boolean {
  const id = s.kind === 'received' ? 'new' : ROW_OF[s.kind];
  const sum = id === undefined ? undefined : partsBesideTotal(t, id);
  if (sum === undefined) return false;
  if (sum === s.value) return true;
  if (s.kind !== 'received') return false;
  const carried = t.rows.find((r) => r.id === 'carried')?.cells[APP_TOTAL_COL];
  const c = partsBesideTotal(t, 'carried') ?? (carried && sumValue(carried));
  return c !== undefined && sum + c === s.value;
}
