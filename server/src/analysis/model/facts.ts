/** Facts about the whole document, cheap to recompute after every edit: what the document-level checks read. */
import type { Statement } from '../reader/segments/prose';
import type { Period } from '../reader/segments/title';
import type { FormatVersion, Heading, Script, SectionId, Span, Table, TableKind, Title } from '../types';

export interface DocFacts {
  /** The whole text: joined from the segments when first asked for in a version (a megabyte's join at every edit). */
  text: string;
  /** A part of the text, read from the segments without joining the whole. */
  slice(from: number, to: number): string;
  length: number;
  headings: Heading[];
  /** Tables with their document span; `table` has offsets relative to `offset` (its segment's start). */
  tables: { kind: TableKind; span: Span; section?: SectionId; table: Table; offset: number; /** A scope's words stand before it (tableScope.ts). */ scoped?: boolean; /** Its scope's heading, 「市局本级情况」, where one is read (scopeWords). */ scope?: string; /** A line of words stands between it and the table before it in its segment (tableScope.ts wordsBetween): no copy pasted right after the other. */ apart?: boolean; /** Read from glued text with figures left undetermined (its glue's `unknown`), or a table 三 with totals an OCR's rule may have lengthened (`ruleDigits`): set on every entry, so a check over all the tables reads one shape — a table's absent `glue`, read across tables of many shapes, cost an object a table at every edit. */ undetermined: boolean }[];
  /** Figures the prose states (document offsets). */
  statements: Statement[];
  title?: Title;
  year?: number;
  period?: Period;
  format: FormatVersion;
  script: Script;
  isReport: boolean;
  /**
   * Above the report's title, or with none: the line that names the report as what the document is about — a notice, a
   * circular, an interpretation or a graphic page (「关于…年度报告检查情况的通报」「《…年度报告》解读」「【图解】…」).
   */
  about?: { span: Span; text: string; graphic: boolean };
  /**
   * The title line of another report appended to this one (another body's or another year's): the headings, tables and
   * statements above are up to it; what follows is not this report's (otherReport.ts).
   */
  otherReport?: { span: Span; text: string };
  /** A report under the body's own rules, not the government's form (format 'own'): what tells it (ownRules.ts). */
  ownRules?: { span: Span; text: string };
  /** The outline of the years before 2019, with none of the form's tables (format pre-2019, whatever its year): where it shows (oldOutline.ts). */
  oldOutline?: { span: Span };
  /** The form's tables alone, with little else (an attachment saved on its own): its sections are not here to check. */
  tablesOnly?: true;
  /** Where the markup starts, when the text is a web page's source rather than a report's text. */
  /**
   * The tables' figures hashed (corpus/entry.ts figuresDigest), where the facts are kept without the tables' figures (the
   * CLI's second pass keeps table 三's 上年结转 row alone): year-duplicate compares it with the other copies'.
   */
  figuresDigest?: string;
  htmlSource?: number;
  /**
   * The body that signs the report (「平潭综合实验区财政金融局 / 2024年1月20日」 closing section 六), when its title names
   * none (「2023年政府信息公开工作年度报告」 on the agency's own site): found when asked.
   */
  readonly signer?: string;
}
