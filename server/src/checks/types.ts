/** What a check is: its stable code, default severity, messages, and the function that finds. */
import type { SegmentParse } from '../analysis/reader/segment';
import type { Finding, FormatVersion, Script, Severity, Table, Text3 } from '../analysis/types';

export type { DocFacts } from '../analysis/model/facts';
import type { CorpusLookup } from '../corpus/index';
import type { DocFacts } from '../analysis/model/facts';
import type { Eol } from '../analysis/write/eol';

/** What a table or segment check may know of the whole document: small, so results can be cached by it. */
export interface TableContext {
  format: FormatVersion;
  script: Script;
  year?: number;
  /** The document's line end (what a fix that writes lines writes; the segment's text may hold none). */
  eol?: Eol;
}
export type SegmentContext = TableContext;

interface CheckBase {
  code: string;
  severity: Severity;
  /** One line for the README and the CLI's --list. */
  description: Text3;
  /** Message templates by key: 「{name}」 placeholders filled from the finding's arguments. */
  messages: Record<string, Text3>;
}
export interface DocumentCheck extends CheckBase {
  scope: 'document';
  run(facts: DocFacts): Finding[];
  /**
   * For a check whose findings depend only on some of the facts' objects (headings, tables,
   * statements): those objects, as lists (the facts' own arrays, not copies). When they are the same objects as at the last run, the findings of
   * that run are kept instead of made again — the facts' objects are kept and moved in place while
   * their text is unchanged, and such a check's findings share their spans, so they move with them.
   */
  inputs?(facts: DocFacts): readonly (readonly unknown[])[];
  /**
   * For a check that names no inputs but whose findings are usually the same from one run to the next:
   * when they come out equal to the last run's (sameFindings.ts), that list is kept, so the document's
   * sorted findings are not sorted again.
   */
  stable?: boolean;
}
export interface TableCheck extends CheckBase {
  scope: 'table';
  run(table: Table, ctx: TableContext): Finding[];
}
/** A check that needs one segment only (its parse and its text, relative offsets): cached with the segment. */
export interface SegmentCheck extends CheckBase {
  scope: 'segment';
  run(segment: SegmentParse, text: string, ctx: SegmentContext): Finding[];
}
/** A check that compares the report with the others checked together (the workspace, the CLI's files). */
export interface CorpusCheck extends CheckBase {
  scope: 'corpus';
  run(facts: DocFacts, corpus: CorpusLookup): Finding[];
}
export type Check = DocumentCheck | TableCheck | SegmentCheck | CorpusCheck;
