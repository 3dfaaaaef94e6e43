/** Test helpers: fixtures, table figures as plain arrays, and finding cells by their text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportDocument } from '../server/src/checks/document';
import { setCheckErrorHandler } from '../server/src/checks/registry';
import { looksLikeTitle } from '../server/src/analysis/reader/segments/title';
import type { ActiveTable, ApplicationsTable, Cell, Finding, ReportModel, ReviewTable, Table } from '../server/src/analysis/types';

// In tests a check that throws is a failure, not a silently missing finding.
setCheckErrorHandler((e) => {
  throw e;
});

export const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');
export const SEEDS = {
  pipe: '000_47da689f533ce874.txt',
  traditional: '001_72945e47686616df.txt',
  oneLine: '002_9419df82f7924411.txt',
  tabs: '003_054de3fe172792eb.txt',
  prose: '004_d2c3a1f8ae3b501d.txt',
} as const;

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/**
 * The text with one line's figures — after its label, from the first run of two spaces or more before a digit — replaced as
 * written (a line of a text laid out with spaces, as pdftotext -layout and an OCR give it).
 */
export function withLine(text: string, label: string, figures: string): string {
  const at = text.indexOf(label);
  if (at < 0) throw new Error(`no line ${label}`);
  const end = text.indexOf('\n', at);
  const line = text.slice(at, end);
  const first = line.search(/\s\s+\d/);
  return text.slice(0, at) + line.slice(0, first) + '   ' + figures + text.slice(end);
}

export function allTables(model: ReportModel): Table[] {
  return [...model.preambleTables, ...model.sections.flatMap((s) => s.tables)];
}
/** A table's rows and figures, without positions or how they were read: to compare two readings of one table. */
export function tableFigures(t: Table): unknown {
  switch (t.kind) {
    case 'applications':
      return [t.kind, t.variant, t.rows.map((r) => [r.id, r.cells.map(plain)])];
    case 'review':
      return [t.kind, t.cells.map(plain)];
    case 'active':
      return [t.kind, t.variant, t.blocks.map((b) => [b.id, b.rows.map((r) => [r.id, r.cells.map(plain)])])];
    case 'statistics':
      return [t.kind, t.rows.map((r) => [r.labelText, r.cells.map(plain)])];
  }
}
export function firstTable<K extends Table['kind']>(model: ReportModel, kind: K): Extract<Table, { kind: K }> {
  const t = allTables(model).find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind} table`);
  return t as Extract<Table, { kind: K }>;
}

/** A cell as a plain value: its number, '' for blank, the raw text otherwise. */
export function plain(c: Cell): number | string {
  if (c.kind === 'number') return c.value as number;
  if (c.kind === 'blank') return '';
  if (c.kind === 'missing') return '<missing>';
  return c.raw;
}
export function appFigures(t: ApplicationsTable): Record<string, (number | string)[]> {
  return Object.fromEntries(t.rows.map((r) => [r.id, r.cells.map(plain)]));
}
export function reviewFigures(t: ReviewTable): (number | string)[] {
  return t.cells.map(plain);
}
export function activeFigures(t: ActiveTable): Record<string, (number | string)[]> {
  return Object.fromEntries(t.blocks.flatMap((b) => b.rows.map((r) => [`${b.id}.${r.id}`, r.cells.map(plain)])));
}

export function analyse(text: string): { model: ReportModel; findings: Finding[]; doc: ReportDocument } {
  const doc = new ReportDocument(text);
  return { model: doc.model(), findings: doc.findings(), doc };
}

/** What a report reads as, to compare two ways in to it (an import and another): its sections, every figure of its first tables, its findings' codes. */
export function readingOf(text: string) {
  const { model, findings } = analyse(text);
  return {
    sections: model.sections.map((s) => s.section),
    active: activeFigures(firstTable(model, 'active')),
    applications: appFigures(firstTable(model, 'applications')),
    review: reviewFigures(firstTable(model, 'review')),
    codes: codes(findings).sort(),
  };
}

/** Findings other than mixed-script notes (seed 001 carries 39 of them, which most tests are not about). */
export function beyondScript(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.code !== 'mixed-script');
}

/** The findings of `after` that `before` did not have (by code and message): what an alteration caused. */
export function added(after: Finding[], before: Finding[]): Finding[] {
  const key = (f: Finding) => f.code + '|' + JSON.stringify(f.message);
  const left = new Map<string, number>();
  for (const f of before) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  return after.filter((f) => {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) {
      left.set(key(f), n - 1);
      return false;
    }
    return true;
  });
}

export function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

/** Replaces one cell's text (the way a user would retype a figure). */
export function setCell(text: string, c: Cell, value: string): string {
  return text.slice(0, c.span.start) + value + text.slice(c.span.end);
}

export const ZERO7 = [0, 0, 0, 0, 0, 0, 0];
/** Row ids of table 三 in the 2021 form, in order. */
export const APP_IDS_2021 = ['new', 'carried', 'open', 'partial', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'u1', 'u2', 'u3', 'i1', 'i2', 'i3', 'i4', 'i5', 'o1', 'o2', 'o3', 'total', 'carryNext'];

export { gbk } from './gbk';

/**
 * A report's text without its title lines: joined after another report, its sections read as that one's again
 * (duplicated), not as another report (other-report) — for tests and benches of many sections in one document.
 */
export function untitled(text: string): string {
  return text
    .split('\n')
    // (A title line a page ran its table's empty cells into — seed 002's 「…年度报告 | ||||…」 — is a title too.)
    .filter((l) => !(l.split('|')[0].trim().length <= 80 && looksLikeTitle(l.split('|')[0].trim())))
    .join('\n');
}
