/**
 * What a report's own words say of a glued table 二 row that splits several ways (table-ambiguous): its
 * statements of the documents issued, repealed and in force (prose.ts) — those of the same report, and
 * only those that speak of this agency's documents in the year reported: not plans (计划、将、拟), other
 * years, running totals (累计、历年、以来), other bodies' documents (指导各乡镇…、上级…) or proposals
 * (建议废止、提请废止). When those that fit any reading leave exactly one, that is the reading they fit.
 */
import type { Statement, StatementKind } from '../../analysis/reader/segments/prose';
import { foldChars } from '../../analysis/reader/text/normalize';
import { firstAbove } from '../../analysis/reader/text/sorted';
import type { RowGlue, Span, Text3 } from '../../analysis/types';
import type { DocFacts } from '../types';

/** The column of table 二's document rows each statement gives, by form and row (2019: 本年新制作数量 only). */
export const STATED: Record<'2021' | '2019', Record<string, Partial<Record<StatementKind, number>>>> = {
  '2021': { rules: { rulesIssued: 0, rulesRepealed: 1, rulesInForce: 2 }, normative: { normIssued: 0, normRepealed: 1, normInForce: 2 } },
  '2019': { rules: { rulesIssued: 0 }, normative: { normIssued: 0 }, procurement: { procItems: 0, procAmount: 1 } },
};

/** Words in a statement's sentence that make it no statement of this year's own documents (folded text). */
const NOT_OWN = /计划|将|拟|下一步|明年|今后|来年|累计|历年|以来|指导|督促|各乡镇|各街道|各部门|各单位|各县|各区|所属|下属|上级|全国|全省/;
/**
 * Words that do so in the statement's own clause only (after the sentence's last comma): what is done to documents
 * other than issuing them — 「审查」「备案」「清理」 — in a clause of its own before it speaks of another deed.
 * (「加强行政规范性文件审查公开，全年共制发行政规范性文件6件」 is this year's six: its 审查 had the statement passed
 * over, and the row's one reading it fits not said — found by a review of real pages.)
 */
const NOT_OWN_CLAUSE = /建议|提请|审核|审查|备案|清理|参与|涉及/;
/** The clause a sentence's text ends with: after its last comma or colon. */
const clauseOf = (sentence: string): string => sentence.slice(Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(','), sentence.lastIndexOf('：'), sentence.lastIndexOf(':')) + 1);
const YEAR = /(?:19|20)[0-9]{2}(?=年)/g;
/** Where a statement's words start, read back from its figure: its verb, 现行有效 or the documents' name (prose.ts). */
const STATED_WORDS = /(?:(?:制发|制定|出台|印发|废止|宣布失效)[了的]?(?:政府|行政)?(?:规范性文件|规章)|现行有效的?(?:政府|行政)?(?:规范性文件|规章)|(?:政府|行政)?(?:规范性文件|规章)现行有效的?|(?:集中)?采购(?:项目|信息|事项)|采购[^。；;，,]{0,16}?(?:总金额|金额|资金))(?:共计|共|合计|总计)?(?:为|达)?$/;
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

/** The sentence before `at`, folded: back to the last 。；！？ or line break, at most 80 characters, not before `from`. */
function sentenceBefore(text: string, from: number, at: number): string {
  let a = at;
  const min = Math.max(from, at - 80);
  while (a > min && !/[。；;！？!?\n\r]/.test(text[a - 1])) a--;
  return foldChars(text.slice(a, at)).s;
}

/**
 * What is known of each statement: whether it speaks of the agency's own documents in `year`, and its
 * words — each with the text it was read from (the sentence before it, the words around it), and read
 * again when that text changed: a statement kept across an edit (findProseAfterEdit moves it) is the same
 * object while the text around it may not be.
 */
const known = new WeakMap<Statement, { year: number | undefined; own: boolean; before: string; words?: string; wordsAround?: string }>();

/** The headings' starts, for finding a statement's segment and a table's report. */
interface Places {
  headings: number[];
  firstSections: number[];
}
export function places(facts: DocFacts): Places {
  const headings: number[] = [];
  const firstSections: number[] = [];
  for (const h of facts.headings) {
    headings.push(h.span.start);
    if (h.section === 1) firstSections.push(h.span.start);
  }
  return { headings, firstSections };
}

/** The last of sorted `xs` at or before `at`, or 0 (the text's start). */
function startBefore(xs: readonly number[], at: number): number {
  const k = firstAbove(xs, at);
  return k > 0 ? xs[k - 1] : 0;
}

/** The report a place is in, in a document that holds several: from the 一、 heading before it to the next. */
export function reportAround(p: Places, length: number, at: number): Span {
  const k = firstAbove(p.firstSections, at);
  return { start: k > 0 ? p.firstSections[k - 1] : 0, end: k < p.firstSections.length ? p.firstSections[k] : length };
}

const DOCUMENTS = new Set<StatementKind>(['rulesIssued', 'rulesRepealed', 'rulesInForce', 'normIssued', 'normRepealed', 'normInForce', 'procItems', 'procAmount']);

/** The statements of table 二's documents in the document. */
export function documentStatements(facts: DocFacts): Statement[] {
  return facts.statements.filter((s) => DOCUMENTS.has(s.kind));
}

/** Of those, the report's own of its year in a part of the text. `text` is asked for only for a statement not met before. */
export function ownStatements(statements: readonly Statement[], p: Places, year: number | undefined, text: () => string, within: Span): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) {
    if (s.span.start < within.start || s.span.end > within.end) continue;
    let k = known.get(s);
    // (Judged again when the sentence before it changed: a statement kept across an edit is the same object
    // in the same place while an edit before it joins its sentence to the one before — the property test
    // found 「…35条规范性文件库，本年度制发规范性文件34件」 still judged by its old sentence.)
    const before = sentenceBefore(text(), startBefore(p.headings, s.span.start), s.span.start);
    if (!k || k.year !== year || k.before !== before) {
      let own = !NOT_OWN.test(before) && !NOT_OWN_CLAUSE.test(clauseOf(before));
      if (own && year !== undefined) for (const m of before.matchAll(YEAR)) if (Number(m[0]) !== year) own = false;
      known.set(s, (k = { year, own, before }));
    }
    if (k.own) out.push(s);
  }
  return out;
}

/** The words a statement's figure stands in (「我局制定规范性文件5件」 → 「制定规范性文件5件」), read through the fold for either script. */
function phrase(text: () => string, p: Places, s: Statement): string {
  const k = known.get(s);
  const t = text();
  const { span } = s;
  const from = Math.max(startBefore(p.headings, span.start), span.start - 30);
  // (Kept while the words around it are the same: an edit near a statement kept across it changes them.)
  const around = t.slice(from, Math.min(t.length, span.end + 8));
  if (k?.words !== undefined && k.wordsAround === around) return k.words;
  const f = foldChars(t.slice(from, span.start).replace(/[\s\u00a0\u3000]+$/, ''));
  const m = STATED_WORDS.exec(f.s);
  const a = m ? from + f.back[m.index] : span.start;
  let b = span.end;
  while (b < t.length && SPACE.test(t[b])) b++;
  b = /[件份个项条宗批元]/.test(t[b] ?? '') ? b + 1 : span.end;
  const words = t.slice(a, b).replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
  if (k) (k.words = words), (k.wordsAround = around);
  return words;
}

export interface Stated {
  /** The reading the statements leave. */
  index: number;
  /** The statements that fit a reading, in the text's order. */
  said: Statement[];
  /** Their words, each once, quoted for the message in each language. */
  words: Text3;
}

/**
 * The one reading every statement that fits any reading at all fits (one that fits none speaks of
 * something else: the whole county, another count); undefined when none fits, or they leave several
 * readings or contradict each other.
 */
export function statedReading(text: () => string, p: Places, g: RowGlue, columns: Partial<Record<StatementKind, number>> | undefined, statements: readonly Statement[]): Stated | undefined {
  const rs = g.readings;
  if (!columns || g.more || !rs?.length) return undefined;
  let left = rs.map((_, i) => i);
  const said: Statement[] = [];
  for (const s of statements) {
    const col = columns[s.kind];
    if (col === undefined || !rs.some((r) => r[col] === s.value)) continue;
    left = left.filter((i) => rs[i][col] === s.value);
    said.push(s);
  }
  if (!said.length || left.length !== 1) return undefined;
  said.sort((x, y) => x.span.start - y.span.start);
  const quoted = [...new Set(said.map((s) => phrase(text, p, s)))];
  return { index: left[0], said, words: { cn: quoted.join('」「'), tw: quoted.join('」「'), en: quoted.join('”, “') } };
}
