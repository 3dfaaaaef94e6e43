/**
 * One segment = one section (from its heading to the next heading), or the preamble before the
 * first heading. Its parse is a pure function of its own text, with offsets relative to the
 * segment's start: that is what lets the incremental parser reuse every segment an edit did not
 * touch, and what the property test relies on.
 */
import { mayHoldActive, readActive } from './tables/readActive';
import { readApplications } from './tables/readApplications';
import { joinColumnBlocks } from './tables/columnBlocks';
import type { AppMark } from './tables/resume/appMarks';
import type { ActiveMark, ActiveRead } from './tables/resume/activeMarks';
import type { Walk, WalkMark } from './tables/resume/walkTables';
import { mayHoldReview, readReview } from './tables/readReview';
import { readBareReview } from './tables/bareReview';
import { mayHoldStatistics, readStatistics } from './tables/readStatistics';
import { foldSegment, type KeptFold, type SegmentFold } from './text/normalize';
import { scanScript, scanScriptEdit, scriptRuns, type ScriptScan } from './text/script';
import { webAddresses } from './text/webAddress';
import { htmlTableTags } from './text/htmlSource';
import { findProse, findProseAfterEdit, proseFacts, type ProseFacts, type ProseMatches } from './segments/prose';
import { allSubheadings, outsideTables, subheadingsAfterEdit } from './segments/subheadings';
import { findPeriod, findTitle, type Period } from './segments/title';
import { retokenize, type SegmentEdit, type TokenCut } from './tokens/retokenize';
import { tokenize } from './tokens/tokenize';
import type { Token } from './tokens/token';
import { ruledCuts } from './tokens/ruledColumns';
import { gridBands } from './tokens/gridBands';
import type { ApplicationsTable, Heading, SectionId, SubHeading, Table, Title } from '../types';

export interface SegmentHeading {
  section: SectionId;
  /** Length of the heading text from the segment start. */
  length: number;
  text: string;
}

export interface SegmentParse {
  heading?: Heading;
  title?: Title;
  period?: Period;
  subheadings: SubHeading[];
  tables: Table[];
  simplified: number;
  traditional: number;
  /** Runs of one-script characters ([start, end, …], relative), for the mixed-script check: found when first read. */
  simplifiedRuns: number[];
  traditionalRuns: number[];
  /** Titles quoted in 《》 and web addresses ([start, end, …], relative, in order): cited as named, whatever their script. */
  quoted: number[];
  /** Figures, years, numbering and spam in the prose, for the softer checks. */
  prose: ProseFacts;
  /** HTML table tags in the segment (Markdown that kept a Word report's tables as HTML): how many, and where the first is. */
  htmlTables?: { at: number; tags: number };
}

export function parseSegment(text: string, heading: SegmentHeading | null): SegmentParse {
  return readSegment(text, heading).parse;
}

/** A segment's reading: its parse, and what the next edit in it reads again from (its tokens, table 三's marks). */
export interface SegmentRead {
  parse: SegmentParse;
  tokens: Token[];
  marks: TableMarks;
  /** Every match of the prose patterns, tables included (the facts are those outside them). */
  prose: ProseMatches;
  /** The tokens each table reader went over, [from, to) (for tests and the benchmark). */
  walked: { active: [number, number]; app: [number, number]; review: [number, number]; statistics: [number, number] };
}

/**
 * The parse and the tokens it was read from. Given the segment's tokens before an edit inside it
 * (after its heading), only the lines the edit touched are cut into tokens again (retokenize), and
 * only the stretch it touched is scanned for script again; given the fold of the text before the
 * edit (`kept`), only the inserted characters are folded; given the reading before the edit
 * (`before`: its parse and table 三's marks), table 三 is read again from the mark before the edit
 * to the end of the table the edit is in (appMarks.ts). `kept` is left holding this text's fold.
 */
export function readSegment(text: string, heading: SegmentHeading | null, edit?: SegmentEdit, kept?: KeptFold, before?: ReadBefore, keepMarks = true): SegmentRead {
  const from = heading ? afterHeadingMarks(text, heading.length) : 0;
  const inside = edit && edit.start >= from ? edit : undefined;
  // One fold of the segment for every token and for the prose patterns.
  const fold = (inside && kept?.splice(text, inside.before, inside.start, inside.end, inside.inserted)) || foldSegment(text);
  kept?.keep(text, fold);
  const cut: TokenCut = { from: 0, oldAfter: 0, moved: 0, delta: 0 };
  // A ruled table's lines are cut where its ruler says (ruledColumns.ts), a grid's wrapped cells are joined over their
  // lines (gridBands.ts): lines not cut on their own, so a segment that holds one, or held one before the edit, is cut
  // into tokens whole, and its tables read whole.
  const ruled = ruledCuts(text, from, text.length);
  const bands = gridBands(text, from, text.length);
  const whole = !!ruled || !!bands || (!!inside && (!!ruledCuts(inside.before, from, inside.before.length) || !!gridBands(inside.before, from, inside.before.length)));
  const tokens = withoutHeadingMarks(text, inside && !whole ? retokenize(text, from, inside, fold, cut) : tokenize(text, from, text.length, fold, ruled, bands));
  const scan = inside ? scanScriptEdit(text, inside.before, inside.script, inside.start, inside.end, inside.inserted) : scanScript(text);
  // The prose patterns' matches: around the edit only, given those of the reading before.
  const prose = inside && before ? findProseAfterEdit(text, fold, before.prose, inside.start, inside.end, inside.inserted) : findProse(text, fold);
  return parseTokens(text, heading, tokens, fold, scan, prose, inside && before && !whole ? { before, cut, start: inside.start, inserted: inside.inserted } : undefined, keepMarks);
}

/** Where the table readers' walks can be taken up again after an edit (appMarks.ts, walkTables.ts). */
export interface TableMarks {
  /** Whether the reading kept its marks (a reading no edit was expected to read from keeps none). */
  kept: boolean;
  active: readonly ActiveMark[];
  /** The last step of table 二's walk that changed its state or had a block open. */
  activeChange: number;
  app: readonly AppMark[];
  /** Table 三 as read, where two blocks of its columns were joined into one (tables/columnBlocks.ts). */
  appRead?: ApplicationsTable[];
  review: readonly WalkMark[];
  statistics: readonly WalkMark[];
}

/** The reading of a segment before an edit in it: what the table readers and the prose patterns take up from. */
export interface ReadBefore {
  parse: SegmentParse;
  marks: TableMarks;
  prose: ProseMatches;
}

/** A parse's tables of one kind (the reading before an edit), in order. */
const tablesOf = <K extends Table['kind']>(tables: readonly Table[], kind: K) => tables.filter((t): t is Extract<Table, { kind: K }> => t.kind === kind);
/** A parse's sub-headings, tables included, once asked for: what the next edit's reading starts from. */
const allSubs = new WeakMap<SegmentParse, SubHeading[]>();

/** How much of a segment's opening is read for the statistics period. */
const PERIOD_HEAD = 4000;
/**
 * A reader the segment's fold kept from running (its header's words are not there) read nothing: its
 * marks are none of a walk, so the next edit's reading of it is not taken up from them (a walk with no
 * marks would stop at once, as one that found no table).
 */
const NOT_READ: readonly never[] = [];
const NO_WALK: Walk<never> = { tables: [], marks: NOT_READ as never[], walked: [0, 0] };
const NO_ACTIVE: ActiveRead = { tables: [], marks: NOT_READ as never[], lastChange: -1, walked: [0, 0] };
/** The reading before, for a reader it ran. */
const ran = <M>(marks: readonly M[]) => marks !== NOT_READ;

/**
 * The marks that open the next section's heading on its line (「**四、…**」「## 四、」「> 四、」「- 四、」) end
 * this segment's text: they are Markdown, not a cell — 「**」 would read as a masked figure of the
 * table's last row. Only marks on the heading's own line: 「*****」 on a line before it is a cell.
 */
function withoutHeadingMarks(text: string, tokens: Token[]): Token[] {
  let i = text.length;
  while (i > 0 && isHeadingMark(text.charCodeAt(i - 1))) i--;
  // A list's bullet opening the line, 「- 四、…」 (read as a cell, it was a none mark added to the table's last
  // row) — one only: a row of none marks before a heading on its line is the row's.
  if (i > 0 && (text.charCodeAt(i - 1) === 0x2d || text.charCodeAt(i - 1) === 0x2b)) {
    let j = i - 1;
    while (j > 0 && (text.charCodeAt(j - 1) === 0x20 || text.charCodeAt(j - 1) === 0x09 || text.charCodeAt(j - 1) === 0x3000)) j--;
    if (j === 0 || text.charCodeAt(j - 1) === 10 || text.charCodeAt(j - 1) === 13) i = j;
  }
  if (i === text.length || (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13)) return tokens;
  let n = tokens.length;
  while (n > 0 && tokens[n - 1].span.start >= i) n--;
  if (n < tokens.length) tokens.length = n;
  return tokens;
}
/** Where the body starts after a heading: past the marks that close it on its line (「**」 of 「**三、…**」). */
function afterHeadingMarks(text: string, end: number): number {
  let i = end;
  while (i < text.length && isHeadingMark(text.charCodeAt(i))) i++;
  return i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 ? i : end;
}
const isHeadingMark = (c: number) => c === 0x2a || c === 0x23 || c === 0x3e || c === 0x5f || c === 0x20 || c === 0x09 || c === 0x3000;

function parseTokens(text: string, heading: SegmentHeading | null, tokens: Token[], fold: SegmentFold, scan: ScriptScan, prose: ProseMatches, resume: { before: ReadBefore; cut: TokenCut; start: number; inserted: number } | undefined, keepMarks: boolean): SegmentRead {
  // (A table whose header words are nowhere in the segment's fold is not looked for: most segments are prose.)
  const f = fold.s;
  // (The readers take up only from a reading that kept its marks: one without is read whole, keeping them.)
  const old = resume?.before.marks.kept ? resume.before : undefined;
  keepMarks ||= !!resume;
  const cut = resume?.cut;
  // (Taken up from the tables as read, before two blocks of one table were joined.)
  const app = readApplications(tokens, text, old && cut && { tables: old.marks.appRead ?? tablesOf(old.parse.tables, 'applications'), marks: old.marks.app, cut }, keepMarks);
  const appTables = joinColumnBlocks(text, app.tables);
  // (A table 四 read without its header is no table of the walk's: read again each time, past the walk.)
  let review = mayHoldReview(f) ? readReview(tokens, text, old && cut && ran(old.marks.review) ? { tables: tablesOf(old.parse.tables, 'review').filter((t) => !t.unheaded), marks: old.marks.review, cut } : undefined, keepMarks) : NO_WALK;
  if (heading?.section === 4 && !review.tables.length) {
    const bare = readBareReview(tokens);
    if (bare) review = { ...review, tables: [bare] };
  }
  const statistics = mayHoldStatistics(f) ? readStatistics(tokens, text, old && cut && ran(old.marks.statistics) ? { tables: tablesOf(old.parse.tables, 'statistics'), marks: old.marks.statistics, cut } : undefined, keepMarks) : NO_WALK;
  // (Section 二 is read for table 二's rows even with no block title nor column header in it: a table stripped to its rows.)
  const titled = mayHoldActive(f);
  const bare = heading?.section === 2 && !titled;
  const active = titled || bare ? readActive(tokens, text, old && cut && ran(old.marks.active) ? { tables: tablesOf(old.parse.tables, 'active'), marks: old.marks.active, lastChange: old.marks.activeChange, cut } : undefined, keepMarks, bare) : NO_ACTIVE;
  const tables: Table[] = [...active.tables, ...appTables, ...review.tables, ...statistics.tables].sort((a, b) => a.span.start - b.span.start);
  const from = heading ? heading.length : 0;
  let subs: SubHeading[] | undefined;
  // (What the getter below needs of the reading before, taken now: the parse before is not kept.)
  let was = resume && allSubs.get(resume.before.parse);
  const edit = resume && ([resume.start, resume.inserted, resume.cut.delta] as const);
  let quoted: number[] | undefined;
  let simplifiedRuns: number[] | undefined;
  let traditionalRuns: number[] | undefined;
  const parse: SegmentParse = {
    // For the outline, folding and hover only: found when one of them asks, never for the checks
    // (the CLI, and the diagnostics after an edit, do without).
    get subheadings() {
      if (subs) return subs;
      // Those of the reading before, if it was asked for them, with the lines the edit touched read again.
      const all = was && edit ? subheadingsAfterEdit(text, from, was, edit[0], edit[1], edit[2]) : allSubheadings(text, from, from, text.length);
      allSubs.set(parse, all);
      was = undefined;
      return (subs = outsideTables(all, tables));
    },
    tables,
    simplified: scan.simplified,
    traditional: scan.traditional,
    // Read by the mixed-script check for the script the report is not in: found then, and only where
    // that script occurs (in a report of one script, nowhere).
    get simplifiedRuns() {
      return (simplifiedRuns ??= scan.simplified ? scriptRuns(text, 'simplified') : []);
    },
    get traditionalRuns() {
      return (traditionalRuns ??= scan.traditional ? scriptRuns(text, 'traditional') : []);
    },
    // Read by the mixed-script check only where the other script occurs (most segments: nowhere).
    get quoted() {
      return (quoted ??= citedAsNamed(text));
    },
    prose: proseFacts(prose, tables, text, heading?.section),
  };
  const html = htmlTableTags(text);
  if (html) parse.htmlTables = html;
  if (heading) parse.heading = { section: heading.section, span: { start: 0, end: heading.length }, text: heading.text };
  else {
    const title = findTitle(text, 0, text.length);
    if (title) parse.title = title;
  }
  // (The period is looked for in the segment's opening: an edit after it leaves it as it was.)
  const period = resume && resume.start >= PERIOD_HEAD ? resume.before.parse.period : findPeriod(text, 0, Math.min(text.length, PERIOD_HEAD));
  if (period) parse.period = period;
  const marks: TableMarks = { kept: keepMarks, app: app.marks, review: review.marks, statistics: statistics.marks, active: active.marks, activeChange: active.lastChange };
  if (appTables !== app.tables) marks.appRead = app.tables;
  return { parse, tokens, marks, prose, walked: { active: active.walked, app: app.walked, review: review.walked, statistics: statistics.walked } };
}

/** 《…》 on one line, and web addresses (「http://…/信息公开/…」), in order. */
function citedAsNamed(text: string): number[] {
  const titles = quotedTitles(text);
  const sites = webAddresses(text);
  if (!sites.length) return titles;
  const pairs: [number, number][] = [];
  for (const list of [titles, sites]) for (let i = 0; i + 1 < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
  return pairs.sort((a, b) => a[0] - b[0]).flat();
}

/** 《…》 on one line. */
function quotedTitles(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
    const j = text.indexOf('》', i + 1);
    if (j < 0) break;
    if (/[\r\n]/.test(text.slice(i, j))) continue;
    out.push(i, j + 1);
    i = j;
  }
  return out;
}
