/** What a check is: its stable code, default severity, messages, and the function that finds. */
import type { Period } from '../analysis/title';
import type { Finding, FormatVersion, Heading, Script, SectionId, Severity, Span, Table, TableKind, Text3, Title } from '../analysis/types';

/** Facts about the whole document, cheap to recompute after every edit. */
export interface DocFacts {
  text: string;
  length: number;
  headings: Heading[];
  tables: { kind: TableKind; span: Span; section?: SectionId; table: Table }[];
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
