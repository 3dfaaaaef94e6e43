/** The checks, in the order their findings are listed, and the two ways they run. */
import { governmentForm } from '../analysis/model/format';
import type { ApplicationsTable, Finding, Table } from '../analysis/types';
import { balance } from './arithmetic/balance';
import { cellBlank } from './cells/cellBlank';
import { cellInvalid } from './cells/cellInvalid';
import { addCheapestFixes } from './arithmetic/cheapestFix';
import { columnTotal } from './arithmetic/columnTotal';
import { formatOutdated } from './text/formatOutdated';
import { injectedText } from './text/injectedText';
import { unfilled } from './text/unfilled';
import { labelDrift } from './text/labelDrift';
import { mixedScript } from './text/mixedScript';
import { numbering } from './text/numbering';
import { textMismatch } from './text/textMismatch';
import { yearMismatch } from './text/yearMismatch';
import { reviewTotal } from './arithmetic/reviewTotal';
import { documentCount } from './arithmetic/documentCount';
import { rowTotal } from './arithmetic/rowTotal';
import { sectionDuplicate } from './sections/sectionDuplicate';
import { sectionMissing } from './sections/sectionMissing';
import { sectionOrder } from './sections/sectionOrder';
import { tableMissing } from './structure/tableMissing';
import { tableDuplicate } from './structure/tableDuplicate';
import { tableShape } from './structure/tableShape';
import { tableAmbiguous } from './structure/tableAmbiguous';
import { tableGlued } from './structure/tableGlued';
import { htmlSource } from './structure/htmlSource';
import { otherReport } from './structure/otherReport';
import { otherForm } from './structure/otherForm';
import type { SegmentParse } from '../analysis/reader/segment';
import { lineage } from '../analysis/shift';
import { shiftFinding } from './shiftFinding';
import { sameFindings, sameItems } from './sameFindings';
import { carryOver } from './corpus/carryOver';
import { yearDuplicate } from './corpus/yearDuplicate';
import { figuresDigest } from '../corpus/entry';
import type { CorpusLookup } from '../corpus/index';
import type { Check, CorpusCheck, DocFacts, DocumentCheck, SegmentCheck, SegmentContext, TableCheck, TableContext } from './types';

export type { DocFacts, SegmentContext, TableContext } from './types';

export const CHECKS: readonly Check[] = [
  htmlSource, otherReport, otherForm, sectionMissing, sectionOrder, sectionDuplicate, tableMissing, tableDuplicate, tableShape, tableAmbiguous, tableGlued, cellBlank, cellInvalid, rowTotal, columnTotal, balance, reviewTotal, documentCount,
  textMismatch, yearMismatch, formatOutdated, labelDrift, numbering, injectedText, unfilled, mixedScript, carryOver, yearDuplicate,
];
const DOCUMENT_CHECKS = CHECKS.filter((c): c is DocumentCheck => c.scope === 'document');
const TABLE_CHECKS = CHECKS.filter((c): c is TableCheck => c.scope === 'table');
const SEGMENT_CHECKS = CHECKS.filter((c): c is SegmentCheck => c.scope === 'segment');
const CORPUS_CHECKS = CHECKS.filter((c): c is CorpusCheck => c.scope === 'corpus');

/**
 * What the corpus checks read of a report's facts — its title, year and form, and table 三's row
 * 二、上年结转 — as facts that hold nothing else: kept by the CLI between its passes in place of the
 * analysis (~1 KB instead of ~25 for the whole table). A corpus check that comes to read more must be
 * given it here; the CLI's test compares the two ways on reports that carry over.
 */
export function corpusFacts(facts: DocFacts): DocFacts {
  const tables: DocFacts['tables'] = [];
  for (const t of facts.tables) {
    if (t.kind !== 'applications') continue;
    const table = t.table as ApplicationsTable;
    tables.push({ ...t, table: { ...table, rows: table.rows.filter((r) => r.id === 'carried') } });
  }
  const digest = figuresDigest(facts);
  return { ...facts, headings: [], statements: [], tables, ...(digest ? { figuresDigest: digest } : {}) };
}

/** The checks that compare the report with the others checked together. */
export function runCorpusChecks(facts: DocFacts, corpus: CorpusLookup): Finding[] {
  return CORPUS_CHECKS.flatMap((c) => safely(() => c.run(facts, corpus)));
}

/** The checks of one segment: its tables' and its own (relative offsets). */
export function runSegmentChecks(segment: SegmentParse, text: string, ctx: SegmentContext): Finding[] {
  return [...segment.tables.flatMap((t) => runTableChecks(t, ctx)), ...SEGMENT_CHECKS.flatMap((c) => safely(() => c.run(segment, text, ctx)))];
}

/** A document's last findings of the checks that declare their inputs (see DocumentCheck.inputs). */
export type DocumentCheckMemo = Map<DocumentCheck, { inputs: readonly (readonly unknown[])[]; findings: Finding[] }>;

/**
 * The analysis never fails: a check that throws is dropped, not allowed to take the others down.
 * With `memo` (one per document), a check whose inputs are the same objects as at its last run
 * gives the findings of that run.
 */
export function runChecks(facts: DocFacts, memo?: DocumentCheckMemo): Finding[] {
  return runCheckParts(facts, memo).flat();
}

/** The same, one list per document check (a kept list is the same array as at the last run). */
export function runCheckParts(facts: DocFacts, memo?: DocumentCheckMemo): Finding[][] {
  return DOCUMENT_CHECKS.map((c) => {
    if (memo && c.stable && !c.inputs) {
      const now = safely(() => c.run(facts));
      const last = memo.get(c);
      if (last && sameFindings(last.findings, now)) return last.findings;
      memo.set(c, { inputs: [], findings: now });
      return now;
    }
    if (!memo || !c.inputs) return safely(() => c.run(facts));
    const inputs = c.inputs(facts);
    let last = memo.get(c);
    if (!last || !sameObjects(last.inputs, inputs)) {
      const now = safely(() => c.run(facts));
      // (The same findings — a check that keeps each of its answers, text-mismatch — are the last list: the document's
      // order is then kept as it is, not merged again.)
      memo.set(c, (last = { inputs, findings: last && sameItems(last.findings, now) ? last.findings : now }));
    }
    return last.findings;
  });
}

/** Whether two lists of lists hold the same objects in the same places. */
function sameObjects(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameItems(a[i], b[i])) return false;
  return true;
}

/**
 * A table's findings depend on the table and the context only: kept with the table's lineage (a table
 * an edit did not reach is the same object in the segment read again, and one it moved past a copy of
 * the one read before, `movedCopy`), at the offset they were made for; a member at another offset gets
 * them moved.
 */
const tableFindings = new WeakMap<object, { key: string; at: number; findings: Finding[] }>();

export function runTableChecks(table: Table, ctx: TableContext): Finding[] {
  if (!governmentForm(ctx.format)) return [];
  // (The line break too: a fix written into the table writes the document's — a CR inserted at the top of a glued page made it CR.)
  const key = `${ctx.format} ${ctx.script} ${ctx.year} ${JSON.stringify(ctx.eol ?? "")}`;
  const l = lineage(table);
  const kept = tableFindings.get(l.root);
  if (kept && kept.key === key) {
    if (kept.at === l.at) return kept.findings;
    const d = l.at - kept.at;
    return kept.findings.map((f) => shiftFinding(f, d));
  }
  const findings = TABLE_CHECKS.flatMap((c) => safely(() => c.run(table, ctx)));
  if (table.kind === 'applications') safely(() => (addCheapestFixes(table, findings), []));
  tableFindings.set(l.root, { key, at: l.at, findings });
  return findings;
}

let onError: (e: unknown) => void = () => undefined;
/** Where a failing check is reported (the server logs it; the tests make it fail the test). */
export function setCheckErrorHandler(handler: (e: unknown) => void): void {
  onError = handler;
}

function safely(f: () => Finding[]): Finding[] {
  try {
    return f();
  } catch (e) {
    onError(e);
    return [];
  }
}
