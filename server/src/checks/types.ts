/** What a check is: its stable code, default severity, messages, and the function that finds. */
import type { Statement } from '../analysis/prose';
import type { SegmentParse } from '../analysis/segment';
import type { Period } from '../analysis/title';
import type { Finding, FormatVersion, Heading, Script, SectionId, Severity, Span, Table, TableKind, Text3, Title } from '../analysis/types';

/** Facts about the whole document, cheap to recompute after every edit. */
export interface DocFacts {
  text: string;
  length: number;
  headings: Heading[];
  /** Tables with their document span; `table` has offsets relative to `offset` (its segment's start). */
  tables: { kind: TableKind; span: Span; section?: SectionId; table: Table; offset: number }[];
  /** Figures the prose states (document offsets). */
  statements: Statement[];
  title?: Title;
  year?: number;
  period?: Period;
  format: FormatVersion;
  script: Script;
  isReport: boolean;
}

/** What a table or segment check may know of the whole document: small, so results can be cached by it. */
export interface TableContext {
  format: FormatVersion;
  script: Script;
  year?: number;
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
export type Check = DocumentCheck | TableCheck | SegmentCheck;
