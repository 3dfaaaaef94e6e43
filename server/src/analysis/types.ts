/**
 * Plain data shared by the analysis, the checks and the features. No LSP, no VS Code:
 * every position is a UTF-16 offset span into the document text (what JS strings index).
 */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** The government's forms by year, or `own`: the body's own rules (a university's, a hospital's, a company's: ownRules.ts). */
export type FormatVersion = '2021' | '2019' | 'pre-2019' | 'own';
export type Script = 'simplified' | 'traditional';
export type SectionId = 1 | 2 | 3 | 4 | 5 | 6;
export type Locale = 'zh-cn' | 'zh-tw' | 'en';

/** A localisable text: the same words in the three display languages. */
export interface Text3 {
  cn: string;
  tw: string;
  en: string;
}

/**
 * What a table cell holds.
 * - number: a figure (value set);  none: 「/」「-」「—」「无」 (counts as 0, not an error);
 * - masked: 「*****」 (unknown: rules that need it are skipped);  blank: nothing between separators;
 * - invalid: text that is not a figure;  missing: the reader expected a cell here and found none;
 * - unknown: glued digits that split in more than one way (or none): the figure is not determined.
 */
export type CellKind = 'number' | 'none' | 'masked' | 'blank' | 'invalid' | 'missing' | 'unknown';

/**
 * How a figure read from glued digits was determined: one digit per cell (digits) or the only
 * possible split (unique) — facts of the text, so every rule can be checked on them; or chosen by
 * a rule the report should satisfy — the row total (row), table 三's column totals and balance
 * (columns), table 四's group totals (review) — which is then no evidence that it does.
 */
export type Inference = 'digits' | 'unique' | 'row' | 'columns' | 'review';

export interface Cell {
  kind: CellKind;
  /** Exact source range of the cell's content (for blank and missing cells: an empty span where it would be). */
  span: Span;
  raw: string;
  value?: number;
  /** Set when the figure was read from glued digits (its cell boundaries were lost). */
  inferred?: Inference;
  /** An amount's unit as written in or right after its cell (「4816.34万元」「251000 元」): table 二's amounts. */
  unit?: '万元' | '元';
  /**
   * Read from a grid's cell wrapped over several lines (「8」 over 「21」): its span runs over other cells' text, so no
   * fix writes into it.
   */
  split?: true;
  /**
   * An undetermined total of table 三 that is a digit and then its row's sum, in a table an OCR read from its rules
   * (tables/applications/ruleAsDigit.ts): that sum, the figure where that digit is the rule before it.
   */
  withoutRule?: number;
}

/** A row whose figures arrived glued together: the run, and what could be read from it. */
export interface RowGlue {
  run: Span;
  raw: string;
  /** read: the cells are known; ambiguous: several readings fit; unreadable: none does. */
  status: 'read' | 'ambiguous' | 'unreadable';
  how?: Inference;
  /** Ambiguous rows: the readings that fit (at most a few dozen), and whether there are more. */
  readings?: number[][];
  /** Ambiguous rows: how many characters of the run each figure of each reading takes (its sign apart). */
  lengths?: number[][];
  more?: boolean;
  /** The rule the readings were filtered by, if any. */
  rule?: Inference;
  /** Unreadable because other rows of its table show that blank cells were dropped (lostBlanks.ts). */
  blanksLost?: true;
}

/** What a table read from glued text inferred, and which rules it used to do it (so they are not checked). */
export interface TableGlue {
  /** Figures read from glued digits. */
  inferred: number;
  /** Figures left undetermined. */
  unknown: number;
  /** Rule codes used to choose splits: row-total (on the rows marked `row`), column-total, balance, review-total. */
  rules: string[];
  /** Table 三 whose text dropped its blank cells (lostBlanks.ts): its rows that cannot be read are said together. */
  blanksLost?: true;
}

/** One row of a table as read: its label and its value cells, padded to the schema's width. */
export interface TableRow {
  id: string;
  label: Span;
  labelText: string;
  cells: Cell[];
  /** How many value cells the source really had for this row (before padding or trimming). */
  found: number;
  /** Set when the row's figures arrived glued together. */
  glue?: RowGlue;
  /**
   * Set on a row read whole in a table 三 most of whose rows could not be read (too few or too many
   * figures: a PDF's text taken column by column, where a row's lines hold figures of other columns
   * and rows and its empty lines separate paragraphs, not cells). That it has its width is then
   * chance, not evidence: none of its figures is summed, compared or exported (figuresKnown).
   */
  unsure?: true;
  /**
   * Where its figures fix their window on a line of separated cells (fitRow.ts): how many of the cells
   * after its label come before the first value cell (`lead`) and after the last (`trail`).
   */
  place?: { lead: number; trail: number; col: number; blankEnd: boolean };
  /**
   * Read by its place, not its words: an item whose label names no row (「1.属于国家秘蜜」, a typo) in the
   * place and under the number of the form's next row (readApplications.ts byPlace); in table 二, a row whose words
   * are its block's row's but for one character (「行政处刑」, OCR's: readActive.ts rowLabel). label-drift says so.
   */
  byPlace?: true;
  /** The same row as the one before it, written again under it (ApplicationsTable.duplicates): dropped when the table is finished. */
  duplicate?: true;
  /**
   * A row of no figure whose name stands right above the next row's, that row's figures on the lines after both
   * names (a PDF's text that stacked two rows' names): the id of that row, which is `unsure` — whose figures they
   * are cannot be told (readApplications.ts stackedNames). table-shape says so at this row.
   */
  stacked?: string;
  /**
   * The numbering of its name and the next row's run together before it (「1.2.本机关不掌握…」: rows/mergedNames.ts): the
   * figures after it may be the next row's, and it is `unsure`. table-shape says so at this row.
   */
  merged?: string;
  /** While its table is open: the windows of its line's cells that hold its figures (placed by `placeRows`). */
  windows?: RowWindows;
  /**
   * While its table is open: a table 三 row read with whole rows' figures more than its own (14 or 21 after its name, no
   * blank among them) — the figures past its seven, which the rows whose names follow them may own (rows/namesAfter.ts).
   */
  over?: Cell[];
}

/** The windows a row's figures fit: `cells` read from its line, windows starting at lo…hi. */
export interface RowWindows {
  cells: Cell[];
  lo: number;
  hi: number;
  /** The cell of its line each of `cells` is (Token.col). */
  cols: number[];
}

export interface GroupLabel {
  id: string;
  span: Span;
  text: string;
}

/** Table 二 (section 二): blocks 第二十条第（一）（五）（六）（八）（九）项. */
export interface ActiveTable {
  kind: 'active';
  span: Span;
  variant: '2021' | '2019';
  blocks: ActiveBlock[];
  glue?: TableGlue;
}
export interface ActiveBlock {
  id: string;
  span: Span;
  header: Span;
  rows: TableRow[];
  /**
   * Rows of the block that read as one of its rows already in `rows` (「行政处罚（一般程序）」 and 「…（简易程序）」, 「重大行政
   * 处罚」 beside 「行政处罚」): left out of `rows`. Where a row's label is the form's own, that row is kept (the first such);
   * else the first is kept, its figures not known (TableRow.unsure). table-shape says which.
   */
  duplicates?: { id: string; label: Span; labelText: string }[];
  /**
   * Where its column header, written as a grid, orders the figure columns otherwise than the form
   * (本年废止件数 first): for each figure position, the form's column (header/activeColumns.ts). The rows'
   * cells are in the form's order; table-shape says the block was read in its own.
   */
  columns?: number[];
}

/** Table 三 (section 三): 25 numeric rows (23 in 2019) × 7 columns. */
export interface ApplicationsTable {
  kind: 'applications';
  span: Span;
  /** The header cells before the first row (勾稽关系 note, 申请人情况, column names). */
  header?: Span;
  variant: '2021' | '2019';
  rows: TableRow[];
  groups: GroupLabel[];
  glue?: TableGlue;
  /**
   * Where the header, written in cells, orders the figure columns otherwise than the form (总计 first, 法人
   * before 自然人): for each figure position of its rows, the form's column (header/applicationColumns.ts). The rows'
   * cells are in the form's order; table-shape says the table was read in its own.
   */
  columns?: number[];
  /**
   * Rows written twice in a row (a row copied and pasted under itself): the second's label and words. Its
   * figures are not the table's — the first row's are (table-shape says so); not the start of a second
   * table, as a whole table repeated is.
   */
  duplicates?: { id: string; label: Span; labelText: string }[];
  /**
   * Rows in cells between the table's rows that are none of the form's (「9.其他 | 2 | 0 | … | 2 |」 under （三）, 「其中：网上申请
   * | 6 | …」): their figures are not read — table-shape says so, where a sum they were counted in would blame the report
   * alone (extraRows.ts).
   */
  extraRows?: { label: Span; labelText: string }[];
  /**
   * Its figures stand before their rows' names, not after them: a whole row's figures between the header and
   * the first row's name, none after the last row's (the text of a PDF whose figures sit a line above their
   * wrapped names, as pdftotext gives it without -layout). Which row holds which figures cannot then be told:
   * every row is unsure (TableRow.unsure), and table-shape says why. Each name's figures were the next row's.
   */
  figuresFirst?: true;
  /**
   * Its text dropped every blank cell: no row holds one, most are short of figures, and each short row's figures stand a
   * line each (a converter that writes a cell a paragraph and leaves an empty one out: turndown's Markdown of a page
   * without its table plugin). Which cell holds which figure cannot be told; table-shape says so once, at the table.
   */
  blanksDropped?: true;
  /**
   * Rows that do not add up with lines of figures alone after them that no row took (a PDF's narrow cells whose figures
   * wrapped: rows/strayFigures.ts), two or more: their ids. They are `unsure`; table-shape says so once, at the table.
   */
  strayFigures?: string[];
  /**
   * Rows that do not add up with a page's margins between their figures (a page break cut them, in a text that gives the
   * page's parts in the PDF's order: rows/acrossPages.ts): their ids. They are `unsure`; table-shape says so once.
   */
  acrossPages?: string[];
  /**
   * Set where the table was written in two blocks of its columns one above the other (「续表」, tables/columnBlocks.ts):
   * each block's span. Its rows' cells are in the form's order, each where its block writes it.
   */
  blocks?: Span[];
  /** Rows whose total cell is undetermined because its leading digit may be an OCR's reading of a rule (Cell.withoutRule). */
  ruleDigits?: number;
}

/** Table 四 (section 四): one row of 15 figures in three groups. */
export interface ReviewTable {
  kind: 'review';
  span: Span;
  header: Span;
  cells: Cell[];
  found: number;
  /** Set when its fifteen figures arrived glued together. */
  rowGlue?: RowGlue;
  glue?: TableGlue;
  /** Its row read without a header, in section 四 (bareReview.ts): `header` is the empty span before the row. */
  unheaded?: true;
  /** Its figures cannot be told apart between groups (two groups' columns side by side in the text): not checked nor summed. */
  unsure?: true;
  /**
   * Why, where it is not the groups side by side (readReview.ts): the groups' totals fail and its figures stand a figure a
   * line, some lines holding two ('mixed'), or each on its own line and one moved elsewhere makes every total hold ('single').
   */
  linesOrder?: 'mixed' | 'single';
  /**
   * Where the header, written as a grid, orders the figure columns otherwise than the form (行政诉讼 first,
   * 总计 first): for each figure position, the form's column (header/reviewColumns.ts). `cells` are in the
   * form's order; table-shape says the table was read in its own.
   */
  columns?: number[];
}

/** The statistics table of pre-2019 reports (指标名称 / 计量单位 / 本年度 …): free rows, no rules. */
export interface StatisticsTable {
  kind: 'statistics';
  span: Span;
  header: Span;
  /** The value columns' names as written (本年度, 历年累计, 年末统计 …). */
  columns: string[];
  rows: StatisticsRow[];
  glue?: TableGlue;
}
export interface StatisticsRow {
  label: Span;
  labelText: string;
  unit: string;
  cells: Cell[];
  found: number;
  glue?: RowGlue;
}

export type Table = ActiveTable | ApplicationsTable | ReviewTable | StatisticsTable;

/** A table as rows of cell texts (the official templates, the document's own tables written back). */
export type Grid = string[][];
export type TableKind = Table['kind'];

export interface Heading {
  section: SectionId;
  span: Span;
  text: string;
}

export interface SubHeading {
  span: Span;
  text: string;
  /** 1 for （一）, 2 for 1. or 一是 */
  level: 1 | 2;
}

export interface Title {
  span: Span;
  text: string;
  year?: number;
  /**
   * Its body's name is the line above the title's words (「上海市某某局」 / 「2023年政府信息公开工作年度报告」) — which may be
   * a portal's banner, 「福州市人民政府」 over a bureau's report: views/agency.ts asks the signer then.
   */
  above?: true;
}

export interface SectionModel {
  section: SectionId;
  heading: Span;
  headingText: string;
  /** From the heading to the next heading (or the end of the document). */
  span: Span;
  subheadings: SubHeading[];
  tables: Table[];
}

export interface ReportModel {
  length: number;
  title?: Title;
  /** The body that signs the report, when its title names none (DocFacts.signer). */
  signer?: string;
  year?: number;
  format: FormatVersion;
  script: Script;
  /** Whether the text reads as an annual report at all (title, headings or tables found). */
  isReport: boolean;
  /** Text before the first heading. */
  preamble: Span;
  preambleTables: Table[];
  sections: SectionModel[];
}

/** A message and its arguments; rendered in the user's language at the edge (CLI, server). */
export interface Msg {
  key: string;
  args?: Record<string, MsgArg>;
}
export type MsgArg = string | number | Text3 | Msg;

export interface TextEdit {
  span: Span;
  newText: string;
}

/** A repair computed by the check that found the problem: data, applied by one shared path. */
export interface Fix {
  title: Msg;
  edits: TextEdit[];
  /** The fix to offer first (VS Code's "preferred" quick fix, used by auto-fix). */
  preferred?: boolean;
  /** Safe to apply without looking: used by "fix all" and source.fixAll. */
  safe?: boolean;
  /** Cells to show the user (a fix that explains rather than edits). */
  reveal?: Span[];
  /**
   * A conversion of script, done when the user picks the fix (it needs the OpenCC engine, which
   * the diagnostics path never loads). No span: the whole document.
   */
  convert?: { to: Script; span?: Span };
  /** A server command run with the document (and its version) when the user picks the fix: an import. */
  command?: string;
}

/** A range as line and character (UTF-16), for places in other files. */
export interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface Related {
  span: Span;
  message: Msg;
  /** A place in another file (the previous year's report): `span` is then unused. */
  location?: { uri: string; range: PlainRange };
}

/** What an arithmetic finding is about, for fixes that reason across rules. */
export interface Arithmetic {
  /** Table-三 row id, or the table-四 group index as a string. */
  row?: string;
  /** Column index (table 三) — absent for a whole-row rule. */
  col?: number;
  expected: number;
  actual: number;
}

export interface Finding {
  code: string;
  severity: Severity;
  span: Span;
  message: Msg;
  related?: Related[];
  fixes?: Fix[];
  arith?: Arithmetic;
}
