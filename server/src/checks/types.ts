/** What a check is: its stable code, default severity, messages, and the function that finds. */
import type { Marker, Statement, YearClaim } from '../analysis/prose';
import type { Period } from '../analysis/title';
import type { Finding, FormatVersion, Heading, Script, SectionId, Severity, Span, Table, TableKind, Text3, Title } from '../analysis/types';

/** Facts about the whole document, cheap to recompute after every edit. */
export interface DocFacts {
  text: string;
  length: number;
  headings: Heading[];
  /** Tables with their document span; `table` has offsets relative to `offset` (its segment's start). */
  tables: { kind: TableKind; span: Span; section?: SectionId; table: Table; offset: number }[];
  /** From the prose (document offsets): stated figures, years, list numbering by section, spam. */
  statements: Statement[];
  years: YearClaim[];
  markers: { section?: SectionId; list: Marker[] }[];
  spam: Span[];
  title?: Title;
  year?: number;
  period?: Period;
  format: FormatVersion;
  script: Script;
  /** Runs of characters of the other script than the report's own. */
  otherScriptRuns: Span[];
  isReport: boolean;
}

export interface TableContext {
  format: FormatVersion;
  script: Script;
  year?: number;
}

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
export type Check = DocumentCheck | TableCheck;
