/** Facts about the whole document, cheap to recompute after every edit: what the document-level checks read. */
import type { Statement } from '../reader/segments/prose';
import type { Period } from '../reader/segments/title';
import type { FormatVersion, Heading, Script, SectionId, Span, Table, TableKind, Title } from '../types';

export interface DocFacts {
  text: string;
  length: number;
  headings: Heading[];
  /** Tables with their document span; `table` has offsets relative to `offset` (its segment's start). */
  tables: { kind: TableKind; span: Span; section?: SectionId; table: Table; offset: number; /** A scope's words stand before it (tableScope.ts). */ scoped?: boolean }[];
  /** Figures the prose states (document offsets). */
  statements: Statement[];
  title?: Title;
  year?: number;
  period?: Period;
  format: FormatVersion;
  script: Script;
  isReport: boolean;
  /** Where the markup starts, when the text is a web page's source rather than a report's text. */
  htmlSource?: number;
}
