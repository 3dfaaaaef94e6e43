/**
 * The analysis of a report document: its text, its headings, and its segments (one per section,
 * plus the preamble), each with a parse that depends on its own text only. `update` applies one
 * edit: it re-scans the window around the edit for headings, re-parses the segments whose text or
 * bounds changed, and reuses all the others — so an edit costs the size of a section, not of the
 * document. `model()` and `facts()` are derived on demand and memoised; they equal what a fresh
 * parse of the same text gives (test/property). This layer knows nothing of checks: a segment
 * carries a `cache` slot that the layers above use to keep what they derive from it.
 */
import { detectFormat } from './format';
import { oldOutline } from './oldOutline';
import type { DocFacts } from './facts';
import { findHeadings, updateHeadings, type KeptHeadings, type HeadingHit } from '../reader/segments/headings';
import { readSegment, type ReadBefore, type SegmentParse, type SegmentRead, type TableMarks } from '../reader/segment';
import type { ProseMatches } from '../reader/segments/prose';
import type { SegmentEdit } from '../reader/tokens/retokenize';
import type { Token } from '../reader/tokens/token';
import { KeptFold } from '../reader/text/normalize';
import { flat } from '../reader/text/flat';
import { moveShifted, shifted } from '../shift';
import { HTML_TABLE_TAGS, htmlSourceAt } from '../reader/text/htmlSource';
import type { FormatVersion, Heading, ReportModel, Script, SectionModel, Table, Title } from '../types';
import { carriedFacts, moveFacts, segmentFacts, type SegmentFacts } from './segmentFacts';
import { keptEnds } from './keptEnds';
import { blankGap, withoutContents } from './contents';
import { agencyOf, LEVEL_ONLY } from '../reader/segments/agency';
import { signingDate } from '../reader/segments/signingDate';
import { aboutReportLine, yearIn } from '../reader/segments/title';
import { otherReportAt } from './otherReport';
import { ownRules } from './ownRules';
import { readPieces } from './pieces';

export interface Segment {
  start: number;
  end: number;
  heading: HeadingHit | null;
  /** The segment's text: the document is held as these pieces, not as one string (see `update`). */
  text: string;
  /** The parse, relative to `start`. */
  parse: SegmentParse;
  /** Kept with the segment as long as its text is unchanged (moved with it when only its position changes). */
  cache: Record<string, unknown>;
  /** What the segment gives the document facts, at document offsets: made once, moved with the segment. */
  facts?: SegmentFacts;
}


let onUpdateError: (e: unknown) => void = () => undefined;
/**
 * Where an incremental update that failed — and was recovered from by reading the text afresh — is
 * reported: the server logs it, the fuzzer fails on it (a recovery must not hide the bug it recovers from).
 */
export function setUpdateErrorHandler(handler: (e: unknown) => void): void {
  onUpdateError = handler;
}

export class ReportAnalysis {
  /** The whole text, when someone asked for it since the last edit (joined from the segments). */
  private joined?: string;
  private _length!: number;
  private headings!: HeadingHit[];
  private _segments!: Segment[];
  private memoModel?: ReportModel;
  private memoFacts?: DocFacts;
  /** What the last facts were put together from (see `assemble`). */
  private assembled?: Assembled;
  /** Where the markup of a web page starts (-1: none), while the text's opening is unchanged. */
  private htmlAt?: number;
  /**
   * The tokens of the segment the last edit read, while it is current: typing goes on where it
   * was, and the next edit there cuts only the lines it touches (readSegment). One segment's worth.
   */
  private lastRead?: { segment: Segment; tokens: Token[]; marks: TableMarks; prose: ProseMatches };
  /** The fold of the last segment an edit read (lastRead's): the next edit there folds only what it inserts. */
  private keptFold = new KeptFold();
  /** How many segments the last update parsed (for tests and the benchmark). */
  lastReparsed = 0;
  /** How many of those were read from their tokens before the edit (for tests and the benchmark). */
  lastRetokenized = 0;

  constructor(text: string) {
    this.reset(text);
  }

  private reset(text: string): void {
    this.joined = text;
    this._length = text.length;
    this.headings = findHeadings(text, 0, text.length);
    this._segments = [];
    this.htmlAt = undefined;
    this.memoModel = undefined;
    this.memoFacts = undefined;
    this.assembled = undefined;
    this.lastRead = undefined;
    this.lastRetokenized = 0;
    this.lastReparsed = this.eachSegment((start, end, heading) => {
      // (No marks for table 三's reading to be taken up from: no edit reads from a first reading.)
      this._segments.push(this.segment(start, end, heading, text.slice(start, end), undefined, undefined, undefined, false).segment);
    });
  }

  /**
   * The whole text. An edit does not make it: a new 1 MB string costs more to flatten (~2 ms) than
   * the rest of the edit, and the analysis reads only the segments it re-reads. Joined on demand.
   */
  get text(): string {
    if (this.joined === undefined) {
      const parts: string[] = new Array(this._segments.length);
      for (let i = 0; i < parts.length; i++) parts[i] = this._segments[i].text;
      this.joined = parts.join('');
    }
    return this.joined;
  }

  get length(): number {
    return this._length;
  }

  get segments(): readonly Segment[] {
    return this._segments;
  }

  /** text[from, to), read from the segments that hold it. */
  slice(from: number, to: number): string {
    return this.joined !== undefined ? this.joined.slice(from, to) : readPieces(this._segments, from, to);
  }

  /**
   * Replaces text[start, end) with `insert`. The headings are re-scanned in a window around the
   * edit; segments wholly before or after it keep their text and parse when their bounds did not
   * move otherwise (the ones after it are moved in place); the others are read again.
   */
  update(start: number, end: number, insert: string): void {
    const old = this._segments;
    const oldLength = this._length;
    start = Math.max(0, Math.min(start, oldLength));
    end = Math.max(start, Math.min(end, oldLength));
    try {
      this.applyEdit(start, end, insert);
    } catch (e) {
      onUpdateError(e);
      // The analysis never fails, and never stays half-updated: the new text is read afresh, from
      // the old segments if the edit had not replaced them yet (they are moved last), else the new.
      const text = this._segments === old ? readPieces(old, 0, start) + insert + readPieces(old, end, oldLength) : readPieces(this._segments, 0, oldLength + insert.length - (end - start));
      this.reset(text);
    }
  }

  /** The edit of `update`, with start and end already within the text. */
  private applyEdit(start: number, end: number, insert: string): void {
    const old = this._segments;
    const oldLength = this._length;
    const delta = insert.length - (end - start);
    const afterInsert = start + insert.length;
    const oldSlice = (a: number, b: number) => (a < b ? readPieces(old, a, b) : '');
    // The new text: the old one before the edit, the insertion, the old one after it.
    const read = (a: number, b: number): string => {
      let out = '';
      if (a < start) out += oldSlice(a, Math.min(b, start));
      if (b > start && a < afterInsert) out += insert.slice(Math.max(0, a - start), Math.min(insert.length, b - start));
      if (b > afterInsert) out += oldSlice(Math.max(a, afterInsert) - delta, b - delta);
      return out;
    };
    this._length = oldLength + delta;
    this.joined = undefined;
    const keptHeadings: KeptHeadings = { before: 0, after: 0 };
    this.headings = updateHeadings(this.headings, read, this._length, start, end, insert.length, keptHeadings);
    const hs = this.headings;
    // The segments of the headings the update left alone are the same: those before the first heading
    // it changed (each ends at a heading it left where it was), and those of the headings it moved.
    // Only the segments between are walked — an edit does not visit every segment of the document.
    const off = hs.length && hs[0].start === 0 ? 0 : 1;
    const count = hs.length + off;
    const P = keptHeadings.before ? keptHeadings.before - 1 + off : 0;
    const Q = keptHeadings.after;
    const out: Segment[] = new Array(count);
    for (let i = 0; i < P; i++) out[i] = old[i];
    let n = P;
    // Walked together with the new segments between (both in document order): an old segment is kept
    // where it starts, ends and is headed as before (after the edit: shifted by delta). The kept ones
    // after the edit are moved once the walk no longer reads the old text through them: they stand in
    // `out` in runs ([from, to) pairs — between the segments read again, and the last ones), not listed
    // one by one (an array of every segment after the edit, made on every keystroke).
    const moved: number[] = [];
    const keepMoved = (at: number) => {
      if (moved.length && moved[moved.length - 1] === at) moved[moved.length - 1] = at + 1;
      else moved.push(at, at + 1);
    };
    const dropped: Segment[] = [];
    const made: Segment[] = [];
    let r = P;
    const oldEnd = old.length - Q;
    const last = this.lastRead;
    this.lastRead = undefined; // (its tokens are moved into the new segment's, or dropped)
    this.lastRetokenized = 0;
    for (let j = P; j < count - Q; j++) {
      const k = j - off;
      const heading = k >= 0 ? hs[k] : null;
      const s = heading ? heading.start : 0;
      const e = k + 1 < hs.length ? hs[k + 1].start : this._length;
      let o: Segment | undefined;
      let d = 0;
      for (; r < oldEnd; r++) {
        o = old[r];
        if (o.end <= start) d = 0;
        else if (o.start >= end) d = delta;
        else {
          dropped.push(o); // touched by the edit: never kept
          continue;
        }
        if (o.start + d >= s) break;
        dropped.push(o);
      }
      if (r < oldEnd && o && o.start + d === s && o.end + d === e && sameHeading(o.heading, heading, d)) {
        if (d) keepMoved(n);
        out[n++] = o;
        o.heading = heading;
        r++;
        continue;
      }
      // The segment the edit fell in, read by the last edit too: only the touched lines are cut again.
      const t = dropped.length ? dropped[dropped.length - 1] : undefined;
      const headed = heading ? heading.end - heading.start : 0;
      const edit = last && t === last.segment && t.start === s && t.end + delta === e && start - s >= headed && end <= t.end && sameHeading(t.heading, heading, 0) ? { before: t.text, tokens: last.tokens, start: start - s, end: end - s, inserted: insert.length, script: t.parse } : undefined;
      if (edit) this.lastRetokenized++;
      // (The table readers' marks are kept from the second edit in a segment on: a reading of a segment
      // the last edit did not read keeps none — most such edits are the only one there — and the next
      // edit there reads its tables whole once, keeping them.)
      const { segment: x, tokens, marks, prose } = this.segment(s, e, heading, read(s, e), edit, this.keptFold, edit && { parse: t!.parse, marks: last!.marks, prose: last!.prose }, !!edit);
      this.lastRead = { segment: x, tokens, marks, prose };
      out[n++] = x;
      made.push(x);
    }
    this.lastReparsed = made.length;
    while (r < oldEnd) dropped.push(old[r++]);
    if (delta && oldEnd < old.length) moved.push(n, n + old.length - oldEnd);
    for (let i = oldEnd; i < old.length; i++) out[n++] = old[i];
    out.length = n; // (n is the count reserved: one segment per heading, plus one before the first)
    // (Indexed loops on this path: it runs once per edit, often before V8 optimises it, and an
    // unoptimised for-of makes an object per step.)
    for (let k = 0; k < moved.length; k += 2)
      for (let i = moved[k]; i < moved[k + 1]; i++) {
        const o = out[i];
        o.start += delta;
        o.end += delta;
        if (o.facts) moveFacts(o.facts, delta);
      }
    this._segments = out;
    // The facts of the segments read again keep the objects of the facts they had before, where the
    // text of those is unchanged: typing in a section's prose leaves its heading and statements the
    // same objects, so the document checks that read them keep their findings.
    const carried = carriedFacts(dropped, start, end, delta);
    if (carried.size) for (const n of made) n.facts = segmentFacts(n, carried);
    if (start < HTML_HEAD) this.htmlAt = undefined;
    this.memoModel = undefined;
    this.memoFacts = undefined;
  }

  /**
   * Calls `f` for each segment the headings make, in order: one before the first heading (unless a
   * heading opens the text), one per heading. Returns how many calls returned true.
   */
  private eachSegment(f: (start: number, end: number, heading: HeadingHit | null) => boolean | void): number {
    const hs = this.headings;
    let n = 0;
    let k = hs.length && hs[0].start === 0 ? 1 : 0;
    let start = 0;
    let heading: HeadingHit | null = k === 1 ? hs[0] : null;
    for (;;) {
      const end = k < hs.length ? hs[k].start : this._length;
      if (f(start, end, heading) !== false) n++;
      if (k >= hs.length) return n;
      heading = hs[k++];
      start = heading.start;
    }
  }

  private segment(start: number, end: number, heading: HeadingHit | null, cut: string, edit?: SegmentEdit, kept?: KeptFold, before?: ReadBefore, keepMarks = true): SegmentRead & { segment: Segment } {
    // (Its characters of its own, not a view into the document's text or a join of pieces: see flat.ts.)
    const text = flat(cut);
    const read = readSegment(text, heading && { section: heading.section, length: heading.end - heading.start, text: heading.text }, edit, kept, before, keepMarks);
    return { ...read, segment: { start, end, heading, text, parse: read.parse, cache: {}, facts: undefined } };
  }

  /**
   * The small, cheap facts the document-level checks need. Maintained, not listed again: each
   * segment's part is made once and moved with the segment, so after an edit the facts are its
   * segments' parts put end to end, and the same objects as before wherever the text is unchanged
   * (which lets a document check keep its findings: see DocumentCheck.inputs).
   */
  facts(): DocFacts {
    if (this.memoFacts) return this.memoFacts;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const analysis = this;
    const assembled = this.assemble();
    let { headings, tables, statements, simplified, traditional } = assembled;
    const pre = this._segments[0];
    const title = pre.parse.title && shifted(pre.parse.title, pre.start);
    // Another report appended (a township's after the county's, another year's): what follows its title is not this
    // report's — not its headings, tables, statements, period, years, script or signature (otherReport.ts).
    // (The headings without a table of contents' lines, made once: what the facts hold, cut below if need be.)
    let listed = (this.lastListed = withoutContents(headings, (k) => this.blankAfterHeading(headings, k), this.lastListed));
    // (Only the segments that hold a title are read: otherReport.ts.)
    const titled = assembled.titled.map((i) => this._segments[i]);
    const other = otherReportAt(titled, title, listed, (a, b) => this.slice(a, b));
    let segments: readonly Segment[] = this._segments;
    if (other) {
      const cut = other.span.start;
      headings = headings.filter((h) => h.span.start < cut);
      listed = listed.filter((h) => h.span.start < cut);
      tables = tables.filter((t) => t.span.start < cut);
      statements = statements.filter((x) => x.span.start < cut);
      segments = this._segments.filter((x) => x.start < cut);
      simplified = traditional = 0;
      for (const x of segments) {
        const f = (x.facts ??= segmentFacts(x));
        simplified += f.simplified;
        traditional += f.traditional;
      }
    }
    // The sections present, as bits: a report's six come first, so this stops early.
    let sections = 0;
    for (let i = 0; i < headings.length && bitCount(sections) < 3; i++) sections |= 1 << headings[i].section;
    const periodSeg = segments.find((s) => s.parse.period);
    const period = periodSeg?.parse.period && shifted(periodSeg.parse.period, periodSeg.start);
    let year = reportYear(title?.year, period, segments);
    // A title that names the year the report was published in, 「…2024年政府信息公开工作年度报告」 over a report of 2023 — its text
    // speaks of 2023 alone and it is signed in 2024's first half —, with no statistics period to say so: the report of 2023
    // (filed as 2024's, it was one of 「two reports of 2024」 and 2023 had none: found by a review). year-mismatch says it at the title.
    // (Its own sentences' years twice, or once beside the notice on that year's reports it was written under: 「根据《关于做好2022年
    // 政府信息公开工作年报编制…的通知》要求」 — a report of 2023 signed 「2023年1月」 by a typo, speaking of 2022 once, is 2023's.)
    if (title?.year !== undefined && !period && year === title.year && this.signedEarlyIn(title.year)) {
      const before = yearBeforeCount(title.year, segments);
      if (before >= 2 || (before === 1 && citesNoticeFor(this.slice(0, NOTICE_HEAD), title.year - 1))) year = title.year - 1;
    }
    // (The opening read only when the title leaves the question open: nearly every report's names government disclosure.)
    // (The tables as read, listed once a version for the three that look at them.)
    const read = tables.map((t) => t.table);
    const own = ownRules(title, (a, b) => this.slice(a, b), read, listed);
    // (A report of any year in the outline before 2019 is on that form: format-outdated says so once, for 2019 and later.)
    const outline = own ? undefined : oldOutline(read, (a, b) => this.slice(a, b));
    const format: FormatVersion = own ? 'own' : outline ? 'pre-2019' : detectFormat(read, year);
    const script: Script = traditional > simplified ? 'traditional' : 'simplified';
    const facts: DocFacts = {
      get text() {
        return analysis.text;
      },
      slice: (from, to) => analysis.slice(from, to),
      length: this._length,
      headings: listed,
      tables,
      format,
      script,
      statements,
      // (Two of the six sections under their headings, one of them 二 or 三 — words only these reports head a
      // section with: a page cut after its opening, or one whose title was left off; a work summary's 「一、基本
      // 情况」「四、行政复议应诉工作」 are not enough.)
      // A title alone is not enough either: a folder's README saying 「本文件夹存放 2023 年度各单位政府信息公开工作年度报告」
      // was a report with its six sections and three tables missing (found by a review); a report has a section too.
      isReport: (!!title && sections !== 0) || bitCount(sections) >= 3 || (bitCount(sections) >= 2 && (sections & ((1 << 2) | (1 << 3))) !== 0) || tables.length > 0,
    };
    // A notice, circular, interpretation or graphic page about the report: not the report — unless it holds the report's
    // tables (a report published under its notice, or after its interpretation), and then not for a graphic page's
    // summary table with no report title under it.
    // (Also above a title: a graphic page repeats the report's name under its own, 「【图解】…」 / 「某局…年度报告」.)
    const aboutLine = aboutReportLine(pre.text, 0, pre.text.length);
    let issued: Title | undefined;
    const about = aboutLine && { ...aboutLine, span: shifted(aboutLine.span, pre.start) };
    if (about && (!title || about.span.start <= title.span.start)) {
      facts.about = about;
      // (A report under its notice's title, its tables published as pictures, still has its sections written out; a
      // notice listing the six headings has none under them. A report whose title line carries a link to its graphic
      // version, 「…年度报告 【图解】」, has its tables and its sections: found by a review of the first version.)
      const written = writtenSections(facts.headings, this._length);
      // (A graphic page's summary is written under the six headings; its tables are pictures: without tables it is no report.)
      if (about.graphic ? !tables.length || (!title && written < 3) : !tables.length && written < 3) facts.isReport = false;
      else if (!title && about.graphic) {
        // Its title is that line, the mark aside.
        const text = about.text.replace(/[【\[(（]?(?:图解|圖解|一图读懂|一圖讀懂|一图看懂|图说|圖說|图读|政策解读|政策解讀|解读|解讀)[】\])）]?[:：|]?/g, '').trim();
        const year = yearIn(text);
        facts.title = { span: { ...about.span }, text, ...(year !== undefined ? { year } : {}) };
      } else if ((!title || !agencyOf(title.text)) && ISSUED.test(about.text)) {
        // The report under the notice that issues it, no title of its own (「福州市财政局关于印发2023年…年度报告的通知」 over its
        // sections and tables, or a sentence naming the report without a body): the notice names its body and year (found by a
        // review: the report of no body).
        const year = yearIn(about.text);
        issued = { span: { ...about.span }, text: about.text, ...(year !== undefined ? { year } : {}) };
      }
    }
    if (title) facts.title = title;
    if (issued) facts.title = issued;
    if (other) facts.otherReport = other;
    if (own) facts.ownRules = own;
    if (outline) facts.oldOutline = outline;
    if (tablesOnly(tables, listed, this._length, (a, b) => this.slice(a, b))) facts.tablesOnly = true;
    if (year !== undefined) facts.year = year;
    this.htmlAt ??= htmlSourceAt(this.slice(0, HTML_HEAD));
    if (this.htmlAt >= 0) facts.htmlSource = this.htmlAt;
    else {
      // Markdown with the report's tables as HTML further on (pandoc's, from a Word report): a page to import as well.
      // (The segments walked only where their tags are enough: counted as the document is put together.)
      const at = assembled.htmlTags >= HTML_TABLE_TAGS ? htmlTablesAt(this._segments) : -1;
      if (at >= 0) facts.htmlSource = at;
    }
    if (period) facts.period = period;
    // (Looked for only when the title names no body, takes it from the line above or names it by its level alone — 「市财政局
    // 2023年…」, signed 「福州市财政局」: views/agency.ts —, and only when asked: the CLI's index and the export ask.)
    const named = agencyOf(title?.text);
    if (!named || title?.above || LEVEL_ONLY.test(named)) {
      let signer: string | null | undefined;
      Object.defineProperty(facts, 'signer', { enumerable: true, get: () => (signer ??= this.signer() ?? null) ?? undefined });
    }
    return (this.memoFacts = facts);
  }

  /** The last version's headings without a table of contents (withoutContents). */
  private lastListed?: Heading[];

  /**
   * Whether heading k of the document and the next have a little white space between them at most (contents.ts): read
   * once a segment, since what follows a heading up to the next is the rest of its segment — read between every two
   * headings at every version, a document of a hundred reports' tables of contents spent a tenth of an edit on it.
   */
  private blankAfterHeading(headings: readonly Heading[], k: number): boolean {
    const h = headings[k];
    const next = headings[k + 1];
    const segs = this._segments;
    const s = segs[k + (segs[0].heading ? 0 : 1)];
    if (!s || s.start !== h.span.start || s.end !== next.span.start) return blankGap(next.span.start - h.span.end, () => this.slice(h.span.end, next.span.start));
    let blank = s.cache.blankAfterHeading as boolean | undefined;
    if (blank === undefined) s.cache.blankAfterHeading = blank = blankGap(s.end - h.span.end, () => s.text.slice(h.span.end - s.start));
    return blank;
  }

  /**
   * The segments' parts of the facts put end to end. After an edit only the segments between the
   * unchanged first ones and the unchanged (moved) last ones are visited: the others' parts are copied
   * from the last arrays by where each segment's part starts in them — an edit on a document of
   * thousands of segments does not read each segment's facts again.
   */
  private assemble(): Assembled {
    const segs = this._segments;
    const last = this.assembled;
    const m = last ? last.segs.length : 0;
    const { head: p, tail: q } = last ? keptEnds(last.segs, segs) : { head: 0, tail: 0 };
    const n = segs.length;
    let simplified = last ? last.simplified : 0;
    let traditional = last ? last.traditional : 0;
    let htmlTags = last ? last.htmlTags : 0;
    // The old parts between: gone (their segments were replaced), counted out of the totals.
    for (let i = p; i < m - q; i++) {
      const f = last!.segs[i].facts!;
      simplified -= f.simplified;
      traditional -= f.traditional;
      htmlTags -= f.htmlTags;
    }
    // The new parts between; and whether each starts where the part of the segment it replaces
    // started: most edits (typing) replace a segment by one with as many headings, tables and
    // statements, and then the last index holds as it is.
    let sameAt = !!last && n === m;
    let nh = p ? last!.at[p * 3] : 0;
    let nt = p ? last!.at[p * 3 + 1] : 0;
    let ns = p ? last!.at[p * 3 + 2] : 0;
    for (let i = p; i < n - q; i++) {
      const f = (segs[i].facts ??= segmentFacts(segs[i]));
      simplified += f.simplified;
      traditional += f.traditional;
      htmlTags += f.htmlTags;
      if (sameAt && (last!.at[i * 3] !== nh || last!.at[i * 3 + 1] !== nt || last!.at[i * 3 + 2] !== ns)) sameAt = false;
      if (f.heading) nh++;
      nt += f.tables.length;
      ns += f.statements.length;
    }
    // The segments that hold a report's title, by index (few: a report's opening, another report's): the last ones before and
    // after the segments between, and those between.
    const titled: number[] = [];
    if (last) for (let k = 0; k < last.titled.length && last.titled[k] < p; k++) titled.push(last.titled[k]);
    for (let i = p; i < n - q; i++) if (segs[i].facts!.titles) titled.push(i);
    if (last) for (const i of last.titled) if (i >= m - q) titled.push(i - (m - q) + (n - q));
    const e = (n - q) * 3;
    if (last && sameAt && last.at[e] === nh && last.at[e + 1] === nt && last.at[e + 2] === ns) {
      // Then an array whose parts between are the same objects too (the heading and statements of a
      // section typed in) is the last one: nothing is made per segment.
      const at = last.at;
      const headings = samePartsOrCopy(last.headings, segs, p, n - q, at, 0, (f) => (f.heading ? [f.heading] : NONE));
      const tables = samePartsOrCopy(last.tables, segs, p, n - q, at, 1, (f) => f.tables);
      const statements = samePartsOrCopy(last.statements, segs, p, n - q, at, 2, (f) => f.statements);
      return (this.assembled = { segs, at, headings, tables, statements, simplified, traditional, htmlTags, titled });
    }
    // Where each segment's part starts in the three arrays: [heading, table, statement] per segment, and the ends.
    const at: number[] = new Array((n + 1) * 3);
    for (let i = 0; i < p * 3; i++) at[i] = last!.at[i];
    nh = p ? last!.at[p * 3] : 0;
    nt = p ? last!.at[p * 3 + 1] : 0;
    ns = p ? last!.at[p * 3 + 2] : 0;
    for (let i = p; i < n - q; i++) {
      const f = segs[i].facts!;
      (at[i * 3] = nh), (at[i * 3 + 1] = nt), (at[i * 3 + 2] = ns);
      if (f.heading) nh++;
      nt += f.tables.length;
      ns += f.statements.length;
    }
    // The parts after: where they were, moved by what the parts between added.
    const from = m - q;
    const dh = last ? nh - last.at[from * 3] : 0;
    const dt = last ? nt - last.at[from * 3 + 1] : 0;
    const ds = last ? ns - last.at[from * 3 + 2] : 0;
    if (last) {
      for (let i = 0; i <= q; i++) {
        const o = (from + i) * 3;
        const k = (n - q + i) * 3;
        (at[k] = last.at[o] + dh), (at[k + 1] = last.at[o + 1] + dt), (at[k + 2] = last.at[o + 2] + ds);
      }
    } else (at[n * 3] = nh), (at[n * 3 + 1] = nt), (at[n * 3 + 2] = ns);
    const headings: Heading[] = new Array(at[n * 3]);
    const tables: DocFacts['tables'] = new Array(at[n * 3 + 1]);
    const statements: DocFacts['statements'] = new Array(at[n * 3 + 2]);
    // Copied from the last arrays (the same objects, moved in place with their segments) ...
    if (last) {
      for (let i = 0; i < at[p * 3]; i++) headings[i] = last.headings[i];
      for (let i = 0; i < at[p * 3 + 1]; i++) tables[i] = last.tables[i];
      for (let i = 0; i < at[p * 3 + 2]; i++) statements[i] = last.statements[i];
      const o = from * 3;
      for (let i = last.at[o]; i < last.headings.length; i++) headings[i + dh] = last.headings[i];
      for (let i = last.at[o + 1]; i < last.tables.length; i++) tables[i + dt] = last.tables[i];
      for (let i = last.at[o + 2]; i < last.statements.length; i++) statements[i + ds] = last.statements[i];
    }
    // ... and the parts between, from their segments.
    for (let i = p; i < n - q; i++) {
      const f = segs[i].facts!;
      let h = at[i * 3];
      let t = at[i * 3 + 1];
      let x = at[i * 3 + 2];
      if (f.heading) headings[h++] = f.heading;
      for (let k = 0; k < f.tables.length; k++) tables[t++] = f.tables[k];
      for (let k = 0; k < f.statements.length; k++) statements[x++] = f.statements[k];
    }
    return (this.assembled = { segs, at, headings, tables, statements, simplified, traditional, htmlTags, titled });
  }

  /**
   * The whole report model with document offsets (built on demand: hovers, outline, tests). Valid
   * until the next edit, which moves the parts it keeps in place.
   */
  /** Whether the last section 六 is signed in the first half of `year` (signingDate.ts): before that year's report could be. */
  private signedEarlyIn(year: number): boolean {
    let seg: Segment | undefined;
    for (const s of this._segments) if (s.heading?.section === 6) seg = s;
    const signed = seg && signingDate(seg.text, seg.parse.tables);
    return !!signed && signed.year === year && signed.month <= 6;
  }

  /** The body named before the signing date of the last section 六 (signingDate.ts), as its words are written. */
  private signer(): string | undefined {
    let seg: Segment | undefined;
    // (This report's section 六, not an appended report's: otherReport.ts.)
    const cut = this.memoFacts?.otherReport?.span.start ?? Infinity;
    for (const s of this._segments) if (s.heading?.section === 6 && s.start < cut) seg = s;
    if (!seg) return undefined;
    const signed = signingDate(seg.text, seg.parse.tables);
    if (!signed) return undefined;
    const name = seg.text.slice(signed.signer, signed.span.start).replace(/[\s\u00a0]+/g, '').replace(/[（(][公盖蓋]章[）)]$/, '');
    return name ? flat(name) : undefined;
  }

  model(): ReportModel {
    if (this.memoModel) return this.memoModel;
    const facts = this.facts();
    const pre = this._segments[0];
    const sections: SectionModel[] = [];
    let preambleTables: Table[] = [];
    // (Up to another report appended, whose sections are not this report's: DocFacts.otherReport.)
    const cut = facts.otherReport?.span.start ?? Infinity;
    for (const s of this._segments) {
      const part = modelPart(s);
      if (part.section) {
        if (part.section.heading.start >= cut) break;
        // (The last section up to the other report's title, not over its title and opening: a copy, the part kept as is.)
        const x = part.section;
        sections.push(x.span.end <= cut ? x : { ...x, span: { start: x.span.start, end: cut }, subheadings: x.subheadings.filter((h) => h.span.start < cut), tables: x.tables.filter((t) => t.span.start < cut) });
      } else preambleTables = part.tables;
    }
    const model: ReportModel = {
      length: this._length,
      format: facts.format,
      script: facts.script,
      isReport: facts.isReport,
      preamble: { start: 0, end: pre.heading ? 0 : pre.end },
      preambleTables,
      sections,
    };
    if (facts.title) model.title = facts.title;
    if (facts.year !== undefined) model.year = facts.year;
    if (facts.signer) model.signer = facts.signer;
    return (this.memoModel = model);
  }
}

interface ModelPart {
  start: number;
  end: number;
  /** The segment's section at document offsets, or its tables for the preamble. */
  section?: SectionModel;
  tables: Table[];
}

/**
 * A segment's part of the model, at document offsets: made once per segment (kept in its cache) from
 * what the model holds (not the prose facts, script runs and the rest of the parse). A segment moved by
 * edits before it keeps its part, moved in place (as its facts are): no copy of its tables. So a model
 * holds for its version only — read it before the next edit, as every request does.
 */
function modelPart(s: Segment): ModelPart {
  const last = s.cache.model as ModelPart | undefined;
  if (last) {
    // The same segment (its text and parse are the same), moved by edits before it: its part moves in place.
    const d = s.start - last.start;
    if (d !== 0) {
      moveShifted(last.tables, d);
      if (last.section) {
        const x = last.section;
        moveShifted(x.heading, d);
        moveShifted(x.span, d);
        moveShifted(x.subheadings, d);
      }
      last.start = s.start;
      last.end = s.end;
    }
    return last;
  }
  const p = s.parse;
  const tables = shifted(p.tables, s.start);
  const part: ModelPart = { start: s.start, end: s.end, tables };
  if (s.heading && p.heading) {
    const heading = shifted(p.heading, s.start);
    part.section = { section: heading.section, heading: heading.span, headingText: heading.text, span: { start: s.start, end: s.end }, subheadings: shifted(p.subheadings, s.start), tables };
  }
  s.cache.model = part;
  return part;
}

/** No parts (a segment without a heading). */
const NONE: readonly never[] = [];

/**
 * `last` if the parts of segments [from, to) are the same objects it holds where they start (`at`,
 * column `col`), else a copy of it with theirs in their places (their counts are those of `at`).
 */
function samePartsOrCopy<T>(last: T[], segs: readonly Segment[], from: number, to: number, at: readonly number[], col: number, parts: (f: SegmentFacts) => readonly T[]): T[] {
  let out = last;
  for (let i = from; i < to; i++) {
    const xs = parts(segs[i].facts!);
    let k = at[i * 3 + col];
    for (let j = 0; j < xs.length; j++, k++) {
      if (out[k] === xs[j]) continue;
      if (out === last) out = last.slice();
      out[k] = xs[j];
    }
  }
  return out;
}

/** The document's facts as its segments' parts put end to end, and where each segment's part starts. */
interface Assembled {
  segs: readonly Segment[];
  /** [heading, table, statement] index of each segment's part, then the three lengths. */
  at: number[];
  headings: Heading[];
  tables: DocFacts['tables'];
  statements: DocFacts['statements'];
  simplified: number;
  traditional: number;
  /** The segments' HTML table tags (SegmentFacts.htmlTags), counted. */
  htmlTags: number;
  /** The segments that hold report titles (SegmentFacts.titles), by index, in order. */
  titled: number[];
}

/** How many sections have words under their heading (more than a line's end before the next heading). */
function writtenSections(headings: readonly Heading[], length: number): number {
  const seen = new Set<number>();
  for (let i = 0; i < headings.length; i++) {
    const next = i + 1 < headings.length ? headings[i + 1].span.start : length;
    if (next - headings[i].span.end > 30) seen.add(headings[i].section);
  }
  return seen.size;
}

/** A text this short or shorter may be a file of the tables alone (an attachment's: three tables are a few thousand characters). */
const TABLES_ONLY_MAX = 20_000;
/** What a file of tables alone may hold besides them: its title, the tables' titles, a line or two of notes. */
const TABLES_ONLY_PROSE = 240;

/**
 * Whether the text is the report's tables alone — its attachment (「…年度报告附表」「…工作统计表」), saved on its own: two of the
 * form's tables or more, and little else than their titles. Its sections are in the report's text, not here: five were
 * said missing, the first inside table 三 (found by a review of townships' reports).
 */
function tablesOnly(tables: readonly { span: { start: number; end: number } }[], headings: readonly Heading[], length: number, slice: (a: number, b: number) => string): boolean {
  if (tables.length < 2 || length > TABLES_ONLY_MAX) return false;
  // (A report however brief heads its sections 「一、」「第一部分」…; an attachment heads its tables 「附表1」「表二」.)
  // (One is enough: a township's short report with 「一、总体情况」 alone over its tables lacks five sections — the review of this.)
  if (headings.some((h) => !/^[\s\u3000#*]*(?:附表|附件|表[一二三四五1-5１-５])/.test(h.text))) return false;
  let prose = 0;
  let at = 0;
  const outside = (a: number, b: number) => {
    // (Only the lines of words: a table's title 「附表2 收到和处理政府信息公开申请情况」 counts, as little as a heading does.)
    for (const line of slice(a, b).split(/\r\n|\r|\n/)) prose += line.replace(/[\s\u3000|｜]+/g, '').length;
  };
  for (const t of [...tables].sort((x, y) => x.span.start - y.span.start)) {
    if (t.span.start > at) outside(at, t.span.start);
    at = Math.max(at, t.span.end);
  }
  outside(at, length);
  return prose <= TABLES_ONLY_PROSE;
}

/** How many bits are set. */
function bitCount(m: number): number {
  let n = 0;
  for (; m; m &= m - 1) n++;
  return n;
}

/** Whether heading `a` of the old text, moved by `d`, is heading `b` of the new one (`a` may be `b`, already moved). */
function sameHeading(a: HeadingHit | null, b: HeadingHit | null, d: number): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.start + d === b.start && a.end + d === b.end && a.section === b.section && a.text === b.text;
}

/** How much of the text's opening says whether it is a web page's source (htmlSourceAt reads no further). */
const HTML_HEAD = 6000;

/**
 * The year a report is on: its title's — but where the title names another year than a statistics period
 * of one year, and the body's own words (「2023年度本部门…」) say the period's more often than the title's,
 * the period's: the title is what was left from last year's copy (a review saw every line of a 2023 report
 * flagged against a title that said 2022). The checks then name the title (year-mismatch).
 */
/**
 * With neither a year in the title nor a statistics period: the year the body speaks of as its own (「2014年，我局…」
 * 「2014年度本部门…」), where it does so more often than of any other — a report of the old form
 * titled 「某某县财政局政府信息公开工作年度报告」 was read as of no year, and so under the 2021 form's rules (found by a
 * review).
 */
function bodyYear(segments: readonly { parse: { prose: { years: readonly { year: number }[] } } }[]): number | undefined {
  const counts = new Map<number, number>();
  for (const s of segments) for (const y of s.parse.prose.years) counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  let tie = false;
  for (const [y, c] of counts) {
    if (c > n) (best = y), (n = c), (tie = false);
    else if (c === n) tie = true;
  }
  return n >= 1 && !tie ? best : undefined;
}

/** How often the text's own years (「2022年，本机关…」) are the year before `year`; none where any is `year` itself. */
function yearBeforeCount(year: number, segments: readonly { parse: { prose: { years: readonly { year: number }[] } } }[]): number {
  let before = 0;
  for (const s of segments)
    for (const y of s.parse.prose.years) {
      if (y.year === year) return 0;
      if (y.year === year - 1) before++;
    }
  return before;
}

/** How far into a report the notice it was written under is looked for: its opening. */
const NOTICE_HEAD = 3000;
/** Whether the opening cites a notice on the reports of `year` (「《关于做好2022年政府信息公开工作年报编制和公开工作的通知》」). */
function citesNoticeFor(opening: string, year: number): boolean {
  // (A notice on writing them — 做好, 开展, 编制, 报送 —: not one about them, 「关于2022年度…年度报告评估情况的通报」, found by a review.)
  for (const m of opening.matchAll(/关于(?:做好|开展|编制|报送)(?:好)?.{0,6}?((?:19|20)\d{2})年度?(?:政府信息公开|政务公开).{0,10}?(?:年度报告|年报)/g)) if (Number(m[1]) === year) return true;
  return false;
}

/** A notice that issues the report it is about: 「…关于印发…年度报告的通知」「…关于公布…的公告」. */
const ISSUED = /[关關][于於](?:印[发發]|[发發]布|公布)/;

function reportYear(titleYear: number | undefined, period: { from: number; to: number } | undefined, segments: readonly { parse: { prose: { years: readonly { year: number }[] } } }[]): number | undefined {
  if (titleYear === undefined) return period?.to ?? bodyYear(segments);
  if (!period || period.from !== period.to || period.to === titleYear) return titleYear;
  let forTitle = 0;
  let forPeriod = 0;
  for (const s of segments)
    for (const y of s.parse.prose.years) {
      if (y.year === titleYear) forTitle++;
      else if (y.year === period.to) forPeriod++;
    }
  return forPeriod > forTitle ? period.to : titleYear;
}

/** Where the first of the segments' HTML tables starts, where they hold table tags enough (htmlSource.ts); else -1. */
function htmlTablesAt(segments: readonly Segment[]): number {
  let tags = 0;
  let at = -1;
  for (const s of segments) {
    const h = s.parse.htmlTables;
    if (!h) continue;
    if (at < 0) at = s.start + h.at;
    tags += h.tags;
  }
  return tags >= HTML_TABLE_TAGS ? at : -1;
}
