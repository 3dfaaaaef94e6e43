/**
 * A report made under the body's own rules, not the government's form: a university's (《高等学校信息公开办法》, the
 * 教育部's list of items), a hospital's (《医疗卫生服务单位信息公开管理办法》), a school's, a water, power or gas company's
 * (公共企事业单位信息公开). Review offices and researchers meet them in the same folders as the governments' reports,
 * titled 「…信息公开工作年度报告」 as those are; checked against the government form, each had four to six false errors
 * (three tables missing, its own sections said misnumbered, fixes that renamed them) and was exported as a government's
 * report with no tables (found by a review of other issuers' reports).
 *
 * Told by these together: the title names no government disclosure (「政府信息公开」「政务公开」); the opening before the
 * first section cites such rules, or the body is a school, hospital or company; the opening does not cite the form; none
 * of the form's tables is read whole; and fewer than five of its six sections stand under their own numerals. A public
 * enterprise, a hospital or a county that reports on the government's form (its tables filled in, or its sections written
 * and its tables pictures) is checked as a government's report.
 */
import { norm } from '../reader/text/normalize';
import { agencyOf } from '../reader/segments/agency';
import type { Heading, Span, Table, Title } from '../types';
import { isWholeFormTable } from './format';

export interface OwnRules {
  /** The title's (where it is said). */
  span: Span;
  /** What tells it: the rules the opening cites (folded), or the body the title names. */
  text: string;
}

/** Bodies that report under their own rules (folded: simplified, no spaces). */
const INSTITUTION = /(?:大学|学院|学校|中学|小学|幼儿园|医院|卫生院|保健院|公司|集团)$/;
/** The rules such bodies report under, as their opening cites them (folded). */
const RULES = /高等学校信息公开|学校信息公开|医疗卫生(?:服务单位|机构)信息公开|公共企事业单位|(?:供电|供水|供气|燃气|供热|公交|电力)企业信息公开|企业信息公开(?:实施)?办法|条例》?第五十五条/;
/** How far into the text the opening is read for them. */
const OWN_RULES_OPENING = 1500;

/** The form's own words: the annual report's format, by its name or its circulars' numbers (folded). */
const CITES_FORM = /年度报告格式|〔2021〕30号|〔2019〕60号|\[2021\]30号|\[2019\]60号/;
/** A heading under each section's own numeral (「一、」…「六、」). */
const NUMBERED = [...'一二三四五六'].map((n) => new RegExp(`^[\\s\\u3000#*]*${n}[、．.]`));

export function ownRules(title: Title | undefined, slice: (from: number, to: number) => string, tables: readonly Table[], headings: readonly Heading[]): OwnRules | undefined {
  // (The cheap tests first: this runs at every version, and nearly every report's title names government disclosure.)
  if (title && /政府信息公开|政务公开|政府资讯公开/.test(norm(title.text))) return undefined;
  // Only the opening before the first section: the text under it may speak of the rules others report under (a 住建局's
  // 「指导供水企业落实公共企事业单位信息公开」), and a report that cites the form is on it.
  const before = headings.length ? Math.min(OWN_RULES_OPENING, headings[0].span.start) : OWN_RULES_OPENING;
  const head = norm(slice(0, before));
  if (CITES_FORM.test(head)) return undefined;
  const cited = RULES.exec(head);
  const body = cited ? undefined : title && agencyOf(title.text);
  if (!cited && !(body && INSTITUTION.test(norm(body)))) return undefined;
  // (Any of the form's tables read whole: the body reports on the government's form.)
  for (const t of tables) {
    if (isWholeFormTable(t) || t.kind === 'review' || t.kind === 'statistics') return undefined;
  }
  // (The form's sections, five of the six under their own numerals: the government form, its tables pictures or cut — a
  // hospital or a county titled without 政府 that writes them is checked as a government's report: found by a review.)
  const inPlace = new Set<number>();
  for (let i = 0; i < headings.length && inPlace.size < 5; i++) {
    const h = headings[i];
    if (h.section >= 1 && h.section <= 6 && NUMBERED[h.section - 1].test(h.text)) inPlace.add(h.section);
  }
  if (inPlace.size >= 5) return undefined;
  // (Said at the title, or at the text's start when it has none.)
  const span = title ? { ...title.span } : { start: 0, end: 0 };
  if (!cited) return { span, text: body! };
  // (Named by the title of the rules it stands in, where it stands in one: 「《高等学校信息公开办法》」.)
  const open = head.lastIndexOf('《', cited.index);
  const close = head.indexOf('》', cited.index);
  const whole = open >= 0 && close > 0 && close - open <= 40 && !head.slice(open, cited.index).includes('》');
  // (The article of the disclosure regulations on public enterprises, with its number: 「《…条例》第五十五条」.)
  const end = cited[0].endsWith('第五十五条') ? cited.index + cited[0].length : close + 1;
  return { span, text: whole ? head.slice(open, end) : cited[0] };
}
