/**
 * The report's title and year, and the statistics period. The title is the first line near the top
 * that names 政府信息公开 (or 政务公开) and a report, preferring one that carries a year (seed 004
 * opens with breadcrumbs and a bare 「政府信息公开年报」 before the real title).
 */
import { chineseYear, norm, toSimplifiedChars } from '../text/normalize';
import { agencyOf } from './agency';
import type { Span, Title } from '../../types';

const MAX_LINES = 60;
/**
 * How far down the title is looked for, in lines: a page saved whole (pandoc's text of it, a browser's copy) puts its site's
 * menu first — 85 lines of it over a real report's title, which was not found: no agency, no year-against-year check,
 * no duplicate told (found by a review office's trial).
 */
const TITLE_REACH = 200;
const MAX_TITLE = 100;
/** 「标题: 」「发布时间：」「原文链接: 」…: a field of a scraper's page header. */
const SCRAPER_FIELD = /^\s*([\u4e00-\u9fffA-Za-z ]{1,8})\s*[:：]\s*/;
const TITLE_FIELD = /^(?:标题|題目|题目|标 题|文章标题|信息名称|名称|title)$/i;

export function yearIn(raw: string): number | undefined {
  const s = raw.normalize('NFKC');
  const m = /((?:19|20)\d{2})\s*年/.exec(s);
  if (m) return Number(m[1]);
  // (A school's academic year, 「2022-2023学年」: the year it ends in, as its report is published after it.)
  const academic = /(?:19|20)\d{2}\s*[-—–~～至到－]\s*((?:19|20)\d{2})\s*学年/.exec(s);
  if (academic) return Number(academic[1]);
  // (A year without its 年 right before the report's words, 「福州市财政局2023政府信息公开工作年度报告」, as page titles write it.)
  const bare = /(?<!\d)((?:19|20)\d{2})\s*(?=(?:政府|政[务務])?(?:信息|资讯|資訊)公[开開]|政[务務]公[开開])/.exec(s);
  if (bare) return Number(bare[1]);
  // (A zero also written with a circle or a letter O — 「二○二三年」「二O二三年」 — as typed; NFKC made Ｏ an O.)
  const c = /((?:[〇零○O一二三四五六七八九]){4})\s*年/.exec(s);
  return c ? chineseYear(c[1]) : undefined;
}

export function looksLikeTitle(raw: string): boolean {
  const n = norm(raw);
  // (资讯公开: 信息公开 as Taiwan writes it — a report converted with its phrases, 「政府資訊公開工作年度報告」.)
  return namesReport(n) && !isAboutReport(n);
}

const namesReport = (n: string) => n.length <= MAX_TITLE && /政府信息公开|政务公开|信息公开|资讯公开/.test(n) && /报告|年报/.test(n);

/**
 * A title that names the report as what another document is about (folded): a notice or circular about reports
 * (「关于…年度报告检查情况的通报」「关于做好…年度报告编制发布工作的通知」), an interpretation or a graphic page
 * (「《…年度报告》解读」「【图解】…年度报告」). These were read as reports, with their lists' 「二、存在的主要问题」 said
 * misnumbered and three tables missing (found by a review of a researcher's folder).
 */
const ABOUT_AFTER = /(?:报告|年报)["”』」》]?[^。，；]{0,24}?(?:通报|通知|通告|公告|公示|解读|图解|问答|答记者问|函|批复|目录|说明|模板|范本)(?:\([^()]{0,8}\))?$/;
const ABOUT_BEFORE = /^[【\[(]?(?:(?:图解|图说|图读|政策解读|解读)(?:[】\]):|]|$)|一图读懂|一图看懂|图解(?=[\u4e00-\u9fff]))/;
const GRAPHIC = /图解|一图|图说|图读|解读|问答|答记者问/;

/** A graphic page's or an interpretation's mark anywhere in the line (after a page's navigation run into it). */
const ABOUT_MARK = /[【\[](?:图解|一图读懂|一图看懂|图说|图读|政策解读|解读)[】\]]|\((?:图解|图文解读|解读)版?\)$/;

function isAboutReport(n: string): boolean {
  return ABOUT_AFTER.test(n) || ABOUT_BEFORE.test(n) || ABOUT_MARK.test(n);
}

/**
 * The first line near the top (text[from, to)) that names the report as another document's subject (isAboutReport),
 * and whether that document is an interpretation or a graphic page (whose tables are a summary's, not the report's).
 */
export function aboutReportLine(text: string, from: number, to: number): { span: Span; text: string; graphic: boolean } | undefined {
  let ls = from;
  for (let k = 0; k < MAX_LINES && ls < to; k++) {
    const le = lineEnd(text, ls, to);
    // (The line as written, not titleBody's: 「图解：…年度报告」 reads as a scraper's field, which is no title.)
    const body = text.slice(ls, le).trim();
    if (body) {
      const n = norm(body);
      if (namesReport(n) && isAboutReport(n)) {
        const start = ls + text.slice(ls, le).indexOf(body);
        return { span: { start, end: start + body.length }, text: body, graphic: GRAPHIC.test(n) };
      }
    }
    ls = breakAfter(text, le, to);
  }
  return undefined;
}
/** The title of a report's statistics tables given alone (folded): 「…政府信息公开工作年度统计表」「…政务公开…统计表」. */
const TABLES_TITLE = /(?:政府信息公开|政务公开|信息公开)[^，。；]{0,12}统计表$/;

/** A year alone on its line, in brackets or not: 「（2023年度）」「2023年」. */
// (Or in numerals, 「（二〇二三年度）」 under a Word cover's title: found by a review.)
const YEAR_LINE = /^[（(【\[]?\s*(?:(?:19|20)[0-9]{2}|[12１２][0-9０-９]{3}|[〇零○OＯ一二三四五六七八九]{4})\s*年度?\s*[）)】\]]?$/;

/** Finds the title in text[from, to) (the part before the first section heading). */
export function findTitle(text: string, from: number, to: number): Title | undefined {
  let first: Title | undefined;
  let firstAt = 0;
  let ls = from;
  /** The last line with words before this one: an agency's name that Word or a PDF put above the title. */
  let above: { start: number; body: string } | undefined;
  /** A title of the statistics tables alone, taken where no line is a report's. */
  let tables: Title | undefined;
  /** The line with words before `above`: a cover's body's name over its year's line (「福州市财政局」 / 「2023年度」 / the title). */
  let aboveThat: { start: number; body: string } | undefined;
  /** A sentence publishing the report, 「现将我局2023年…年度报告予以公布。」: its title only if no title line follows it. */
  let published: Title | undefined;
  let publishedAt = 0;
  for (let n = 0; n < TITLE_REACH && ls < to; n++) {
    // (A few lines after such a sentence, no title: the sentence's.)
    if (published && n - publishedAt > PUBLISHED_REACH) return published;
    const le = lineEnd(text, ls, to);
    const body = titleBody(text.slice(ls, le));
    let title: Title | undefined;
    // (CRLF is one break: counted as two lines, a CRLF text reached only half as far, and a title forty lines
    // down was missed — an audit found the agency and the year wrong in thirteen real pages with CRLF.)
    let next = breakAfter(text, le, to);
    // (A sentence without such a clause stays the title, for its year: agencyOf names no body from it.)
    // The year on a line of its own under a title that has none (「…工作年度报告」 / 「（2023年度）」, a Word cover).
    if (first && first.year === undefined && n - firstAt <= 2 && body && YEAR_LINE.test(body)) {
      const start = ls + text.slice(ls, le).indexOf(body);
      return { span: { start: first.span.start, end: start + body.length }, text: first.text + body, year: yearIn(body)! };
    }
    // (A sentence that names the report is the title only where no line was one: under 「杭州市财政局政府信息公开工作年度
    // 报告」 without a year, 「本报告根据…统计期限自2023年…」 was taken for it, with the line above for the body's name,
    // and the body was lost — found by a review.)
    if (body && looksLikeTitle(body)) title = isSentence(body) ? titleInSentence(text, ls, le, body) || (first ? undefined : titleAt(text, ls, le, body)) : titleAt(text, ls, le, body);
    // (Not a notice's title about reports run on into its next line, 「…年度报告检查情况的通报」 / 「各乡镇人民政府…：」.)
    else if (body && !SENTENCE.test(body) && !isAboutReport(norm(body))) {
      // A title wrapped in two (「…2023年政府信息公开工作年度」 / 「报告」): the two lines make it — also where the
      // second reads as a title without the year the first holds (a PDF's 「某局 2023 年度政府」 / 「信息公开工作年度报告」).
      // (Past a blank line or two: pdfplumber's layout mode puts one between a title's two lines.)
      let ns = breakAfter(text, le, to);
      for (let k = 0; k < 2 && ns < to && !text.slice(ns, lineEnd(text, ns, to)).trim(); k++) ns = breakAfter(text, lineEnd(text, ns, to), to);
      const ne = lineEnd(text, ns, to);
      const rest = titleBody(text.slice(ns, ne));
      // (Or broken after the year, a body's name and its year above the rest: 「…管委会办公室2022年度」 / 「政府信息公开工作
      // 年度报告」 — the second line alone was the title, and the agency lost: found by a review of Word files.)
      const wrapped = rest && (!looksLikeTitle(rest) || (yearIn(rest) === undefined && yearIn(body) !== undefined && (cutsKeyWords(body, rest) || AGENCY_AND_YEAR.test(norm(body)))));
      if (wrapped && body.length + rest.length <= MAX_TITLE && looksLikeTitle(body + rest)) {
        const a = titleAt(text, ls, le, body);
        const b = titleAt(text, ns, ne, rest);
        title = { span: { start: a.span.start, end: b.span.end }, text: body + rest };
        next = breakAfter(text, ne, to);
      }
    }
    if (title) {
      // 「上海市某某局」 / 「2023年政府信息公开工作年度报告」: the title names no body, the line above does.
      // (A body's name, ending as one does: not any short line — 「附件」「打印本页」「无障碍浏览」 above a title were taken for
      // the body, two bureaus' reports filed as one agency's 「附件」: found by a review.)
      if (above && !agencyOf(title.text) && isBodyName(above.body)) title = { span: { start: above.start, end: title.span.end }, text: above.body + title.text, above: true };
      // A cover of three lines, the body's name, its year and the title (「福州市财政局」 / 「2023年度」 / 「政府信息公开工作年度
      // 报告」, blank lines between, as Word and PDF covers print it): the body and the year were lost (found by a review).
      else if (above && yearIn(title.text) === undefined && !agencyOf(title.text) && YEAR_LINE.test(above.body)) {
        const body = aboveThat && isBodyName(aboveThat.body) ? aboveThat : undefined;
        title = { span: { start: (body ?? above).start, end: title.span.end }, text: (body ? body.body : '') + above.body + title.text, ...(body ? { above: true as const } : {}) };
      }
      // 「2023年政府信息公开工作年度报告」 / 「上海市某某局」: the body named on the line below (a cover page's
      // issuer, as PDFs and Word files print it) — only a line that is a body's name, ending as one does.
      else if (!agencyOf(title.text)) {
        const below = bodyBelow(text, next, to);
        if (below) {
          title = { span: { start: title.span.start, end: below.end }, text: below.body + title.text };
          next = breakAfter(text, below.end, to);
        }
      }
      const year = yearIn(title.text);
      if (year !== undefined) {
        title.year = year;
        // (The sentence above the report's own title, 「现将我局2023年…予以公布。」 / 「福州市财政局2023年…年度报告」: the title was
        // the sentence, and the body 「现将我局」 — found by a review.)
        if (body && PUBLISHING.test(body)) {
          // (Only a title line beats it: not the opening paragraph under it, a sentence citing 「关于做好2022年…年度报告…的通知」 —
          // found by the review of the first version.)
          if (!published) {
            published = title;
            publishedAt = n;
          }
          ls = next;
          continue;
        }
        if (published && isSentence(body)) {
          ls = next;
          continue;
        }
        return title;
      }
      if (!first) {
        first = title;
        firstAt = n;
      }
    }
    // (A file of the statistics tables alone titled as one, 「福州市财政局2023年度政府信息公开工作年度统计表」: its body and year,
    // where no line is a report's title — found by a review. Never before a report's title: it names a table, not a report.)
    if ((!first || !agencyOf(first.text)) && !tables && body && body.length <= MAX_TITLE && TABLES_TITLE.test(norm(body)) && yearIn(body) !== undefined) {
      const start = ls + text.slice(ls, le).indexOf(body);
      tables = { span: { start, end: start + body.length }, text: body, year: yearIn(body) };
    }
    if (body) {
      aboveThat = above;
      above = { start: ls + text.slice(ls, le).indexOf(body), body };
    }
    ls = next;
  }
  if (published) return published;
  // (Nor after one a sentence names without a body, 「本报告根据…编制」 under the tables' title.)
  return tables && (!first || (tables.span.start < first.span.start && !agencyOf(first.text))) ? tables : first;
}

/**
 * Whether the break between two lines falls inside a title's key words (「…年度政府」 / 「信息公开…」): the
 * lines are one title cut in two — not a date or a breadcrumb above a title (「2024年1月20日」, 「首页 >
 * 政务公开 > 2024年」), nor a printed page's header running on to its site's name.
 */
function cutsKeyWords(first: string, second: string): boolean {
  const a = norm(first);
  const joined = a + norm(second);
  for (const m of joined.matchAll(/政府信息公开|政务公开|信息公开/g)) if (m.index! < a.length && m.index! + m[0].length > a.length) return true;
  return false;
}

/** A line that publishes the report in a sentence: 「现将…予以公布。」「特此公布…」, or any line ending as a sentence does. */
const PUBLISHING = /^(?:现将|现予|兹将|特将|特此|現將|現予|茲將|特將)|[。！？]$/;
/** How many lines after such a sentence the report's own title is looked for. */
const PUBLISHED_REACH = 3;
/** Words that end or divide a sentence: prose, never a title cut in two or an agency's name. */
const SENTENCE = /[。，,；;！？!?]/;
/** A breadcrumb's separators: 「首页 > 政务公开 > …」「首页/ 政府信息公开 / …」. */
const BREADCRUMB = /\s[/>›»＞]|[/>›»＞]\s|[>›»＞]/g;
/**
 * A body's name and a year, nothing else (folded): the first line of a title broken after its year. Not a
 * breadcrumb (its separators), a field (its colon) nor a date (a month or day after the year).
 */
const AGENCY_AND_YEAR = /^[\u3400-\u9fff()]{2,40}(?:\(?(?:19|20)\d{2}|[〇零○o一二三四五六七八九]{4})年度?\)?$/;
/** An agency's name on a line of its own: Han characters and brackets, short, no figure and no punctuation. */
const AGENCY_LINE = /^[\u3400-\u9fff（）()]{2,40}$/;

/** How a body's name ends (folded to simplified script): 局, 委员会, 人民政府, 办公室, 中心 …. */
// (Also 海关, a ministry's 部, a bank's 支行, a university, an observatory: 「福州海关」「中华人民共和国商务部」 above a title were
// no body — found by the review of this rule's first version.)
const BODY_END = /(?:局|委员会|委|人民政府|政府|办公室|办公厅|办|厅|署|院|中心|管委会|管理委员会|街道办事处|办事处|公司|集团|所|站|馆|队|处|社|会|海关|部|银行|支行|分行|大学|学院|学校|台)$/;

/** A place's name, whose government's report its title names so (「福州市」「闽侯县」「潭头镇」「鼓东街道」). */
const PLACE_END = /(?:省|市|县|区|旗|镇|乡|街道|自治州|盟)$/;

/**
 * A site's banner or footer under a title is no body's name: 「…门户网站」, 「中华人民共和国中央人民政府」 (gov.cn's
 * header), 「主办单位…」 (found by a review: two bodies' reports under one banner were taken for one agency's).
 */
// (The country's name before a ministry's is its name: 「中华人民共和国商务部」 — only gov.cn's own header is a banner.)
const BANNER = /(?:网站|网|门户|平台|频道|专栏)$|^中华人民共和国(?:中央人民政府)?$|^(?:主办|承办|主管|版权|技术支持|联系我们|网站)/;

/** Whether a name (folded) ends as a body's or a place's does, and is no site's banner. */
export function endsAsBody(n: string): boolean {
  return (BODY_END.test(n) || PLACE_END.test(n)) && !BANNER.test(n);
}

/** Whether a line is a body's name, whole: Chinese only, ending as one does, no banner, all of it the agency a title would name. */
function isBodyName(body: string): boolean {
  if (!AGENCY_LINE.test(body) || looksLikeTitle(body)) return false;
  const n = norm(body);
  // (A body whose name holds the report's words — 「国务院办公厅政府信息与政务公开办公室」, a site's footer — is not taken from a
  // line of its own; nor one agencyOf would not read whole from the title made.)
  return endsAsBody(n) && !/政务公开|信息公开/.test(n) && agencyOf(body + '2000年政府信息公开工作年度报告') === body;
}

/**
 * The body's name on the line after a title that names none (past one blank line), if that line is one:
 * Chinese only, no sentence, ending as a body's name does. (Not a date — 「二〇二四年一月」 — nor a
 * heading, nor the title's own second line, which the title already holds.)
 */
function bodyBelow(text: string, from: number, to: number): { body: string; end: number } | undefined {
  let ls = from;
  for (let k = 0; k < 2 && ls < to; k++) {
    const le = lineEnd(text, ls, to);
    const body = titleBody(text.slice(ls, le));
    if (body) return isBodyName(body) ? { body, end: le } : undefined;
    ls = breakAfter(text, le, to);
  }
  return undefined;
}

/** Where the line starting at `ls` ends (at its line break, or at `to`). */
function lineEnd(text: string, ls: number, to: number): number {
  let le = ls;
  while (le < to && text[le] !== '\n' && text[le] !== '\r') le++;
  return le;
}
/** Where the line after the one ending at `le` starts (CRLF is one break). */
function breakAfter(text: string, le: number, to: number): number {
  return text[le] === '\r' && text[le + 1] === '\n' && le + 2 <= to ? le + 2 : Math.min(to, le + 1);
}

/** What of a line can be the title: a scraper's 「标题:」 field's value, before any table separator, trimmed. */
function titleBody(line: string): string {
  // A scraper's page header: 「标题: …」 carries the title; its other fields (栏目, 本地目录 …) do not.
  const field = SCRAPER_FIELD.exec(line);
  let skip = 0;
  if (field) {
    // (In either script: a traditional page's scraper writes 「標題:」.)
    const name = toSimplifiedChars(field[1]);
    // (「当前位置：首页 > …」 is a breadcrumb, not a scraper's field: its last part may be the title — found by a review.)
    if (!TITLE_FIELD.test(name) && !LOCATION.test(name.trim())) return '';
    skip = field[0].length;
  }
  // A page's metadata table: 「| 名称 | 城东管理区2025年政府信息公开工作年度报告 |」.
  const meta = /^\s*[|｜]\s*([^|｜]{1,8}?)\s*[|｜]\s*([^|｜]+?)\s*[|｜]/.exec(line);
  if (meta && TITLE_FIELD.test(toSimplifiedChars(meta[1]))) return meta[2];
  // A breadcrumb names the column the report is filed in (「首页/ 政府信息公开 / 政府信息公开年报 / 镇街 / 2022年 / 正文」), not the report.
  // (Its last part may be the report's own title: 「首页 > 政务公开 > 政府信息公开年报 > 某局2023年…年度报告」.)
  if ((line.match(BREADCRUMB) ?? []).length >= 2) {
    let last = line.split(/[/>›»＞]/).pop()!.trim();
    // (A one-line page's text runs on from the breadcrumb's column into the title and the report: 「… > 政府信息公开年报 国家税务总局
    // 福州市台江区税务局2023年…年度报告本报告根据…」 — no title was read, and no body: found by a review.)
    if (/\s/.test(last)) last = titleAfterChrome(last) ?? '';
    return looksLikeTitle(last) && yearIn(last) !== undefined && /^[^\s]{6,}$/.test(last) ? last : '';
  }
  // Title text stops before table separators a page may have glued to it, and before the body
  // when a page ran the title into its first paragraph.
  const cut = line.search(/\s*[|｜\t]/);
  let body = (cut >= 0 ? line.slice(0, cut) : line).slice(skip).replace(/^[\s\u3000#*]+|[\s\u3000*]+$/g, '');
  // A PDF viewer's page header before it: 「Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告」.
  body = body.replace(/^page\s*\d+\s*[-–—:：]\s*/i, '');
  // (A one-line page: the title with its year, after the site's words glued before it — 「国家税务总局福建省税务局 首页 信息公开
  // 政府信息公开年报 国家税务总局福州市鼓楼区税务局2023年…年度报告本报告根据…」 was titled by its menu, and filed under 「…税务局 首页」:
  // found by a review.)
  const titled = titleAfterChrome(body.slice(0, 200));
  // (And the title run on into the report's first sentence on a short line: 「某局2023年…年度报告本报告根据《条例》编制。」.)
  if (titled && titled !== body && !isSentence(titled) && (body.length > MAX_TITLE || !body.startsWith(titled) || isSentence(body))) return titled;
  if (body.length > MAX_TITLE) {
    // (Matched in simplified characters, one for one: a traditional title is cut where its simplified one is.)
    const m = /^.{4,80}?(?:政府信息公开|政务公开|信息公开).{0,20}?(?:年度报告|工作报告|年报|报告)/.exec(toSimplifiedChars(body));
    if (m) body = body.slice(0, m[0].length);
  }
  return body;
}

/** A breadcrumb's location field: 「当前位置：」「您的位置：」. */
const LOCATION = /^(?:当前|您的|你的|所在)?位置$/;
/** A title's year and the report's words after it (folded to simplified script). */
const YEAR_REPORT = /(?:[12１２][0-9０-９]{3}|[〇零○OＯ一二三四五六七八九]{4})\s*年度?.{0,16}?(?:政府信息公开|政务公开|信息公开).{0,20}?(?:年度报告|工作报告|年报|报告)/;
/** A place's name and the spaces after it, at the end of what stands before a title's body: 「福州市 」「鼓楼区　」. */
const PLACE_BEFORE = /(?<=^|[\s\u3000/>›»＞|｜:：])[\u3400-\u9fff]{1,10}?(?:省|自治区|市|州|盟|地区|区|县|旗|镇|乡|街道)[\s\u3000]+$/;
/** A site's column named like a place (「年报专区」「乡镇街道」「县区」「市直部门」): no place (found by the review of the first version). */
// (The whole word: 东城区, 西城区, 鹿城区, 沙市区 are places — found by the review of the first version.)
const NOT_A_PLACE = /^(?:[\u3400-\u9fff]*(?:专区|年报|公开|信息|政务|栏目|频道|部门|单位)[\u3400-\u9fff]*|县区|区县|市区|城区|镇街|乡镇街道|乡镇|街镇|市直[\u3400-\u9fff]*)[\s\u3000]*$/;
/** A site's words before a title on its line: its menu, its breadcrumb, its column. */
const CHROME = /首页|主页|位置|[/>›»＞|｜]|信息公开|政务公开|年报|网站|导航|栏目/;
/**
 * The title in a run of a page's words, where they are the site's before it: from the body's name before the first year
 * followed by the report's words (the words since the last space, or separator, before that year — past the spaces just
 * before it: 「某局 2023年…」) to those words' end. Undefined where no such year is, or what stands before is no site's.
 */
function titleAfterChrome(s: string): string | undefined {
  // (The cheap test first: most lines of a report's opening have no year; 年 is one character in both scripts.)
  if (!s.includes('年')) return undefined;
  const m = YEAR_REPORT.exec(toSimplifiedChars(s));
  if (!m) return undefined;
  let start = m.index;
  while (start > 0 && /[\s\u3000]/.test(s[start - 1])) start--;
  while (start > 0 && !/[\s\u3000/>›»＞|｜:：]/.test(s[start - 1])) start--;
  // (A place's name before it, a space between: 「… 福州市 财政局2022年…」 is 福州市's 财政局 — the city was cut off, and two
  // cities' 「财政局」 compared: found by the review of the first version.)
  for (let p = PLACE_BEFORE.exec(s.slice(Math.max(0, start - 24), start)); p && !NOT_A_PLACE.test(p[0]); p = PLACE_BEFORE.exec(s.slice(Math.max(0, start - 24), start))) start -= p[0].length;
  const end = m.index + m[0].length;
  if (start === 0) return s.slice(0, end);
  return CHROME.test(s.slice(0, start)) ? s.slice(start, end) : undefined;
}

/**
 * A sentence that names the report is no title (「根据《中华人民共和国政府信息公开条例》规定，现公布区统计局2023年
 * 政府信息公开工作年度报告。」 opens a page that has none): a clause's punctuation in it, or a book title not at its start.
 */
export const isSentence = (body: string): boolean => SENTENCE.test(body.replace(/[。．.；;]+$/, '')) || body.indexOf('《') > 0;
/** What opens a clause that publishes the report: 「现公布」「特向社会公布」「现将…予以公布」. */
const PUBLISHES = /^(?:现将|现予|特此|特|兹|现)?(?:向社会)?(?:公开发布|予以公布|公布|发布|印发|公开)?/;
/**
 * The report's title inside such a sentence: the clause that names it and its year, without the verb
 * that publishes it (「区统计局2023年政府信息公开工作年度报告」); none when no clause does by itself.
 */
function titleInSentence(text: string, ls: number, le: number, body: string): Title | undefined {
  const base = ls + text.slice(ls, le).indexOf(body);
  const clause = /[^。，,；;！？!?]+/g;
  for (let m = clause.exec(body); m; m = clause.exec(body)) {
    // (Matched in simplified characters, one for one: 「現將我局2021年政府信息公開工作報告如下」.)
    const simple = toSimplifiedChars(m[0]);
    const lead = PUBLISHES.exec(simple);
    // (And the verb after it: 「…年度报告公布如下」「…年度报告予以公布」.)
    const tail = /(?:(?:予以)?(?:公布|发布|公开|印发))?(?:如下|全文)?[:：]?\s*$/.exec(simple)!;
    const words = m[0].slice(lead ? lead[0].length : 0, tail.index).trim();
    if (!words || words.includes('《') || !lead?.[0] || !looksLikeTitle(words) || yearIn(words) === undefined) continue;
    const start = base + m.index + m[0].indexOf(words);
    return { span: { start, end: start + words.length }, text: words };
  }
  return undefined;
}

function titleAt(text: string, ls: number, le: number, body: string): Title {
  const start = ls + text.slice(ls, le).indexOf(body);
  return { span: { start, end: start + body.length }, text: body };
}

export interface Period {
  span: Span;
  from: number;
  to: number;
}

/**
 * What NFKC makes of characters, for the gates before the period's search, as this Node's ICU has it
 * (a test walks every code point and fails on any it misses; Unicode never changes the normalisation
 * of a character once it is encoded, so only characters added later could be missing): every
 * character whose NFKC holds 月 (⽉, ㊊, ㋀ … ㋋ for 1月 … 12月, 🈷); and 31 — one character whose
 * NFKC holds it (㉛, ㏾), or one whose NFKC ends in 3 followed by one whose NFKC starts with 1 (NFKC
 * makes no character nothing, so the two stay side by side: ３１, ③①, ³¹, 𝟑𝟏 …).
 */
export const MONTH = /[\u2f49\u322a\u328a\u32c0-\u32cb\u6708\u{1f237}]/u;
export const THIRTY_ONE =
  /[\u325b\u33fe]|[\u0033\u00b3\u2083\u2153\u2154\u2189\u2462\u246c\u3253\u325d\u32b8\u3379\u33a3-\u33a6\uff13\u{1ccf3}\u{1d7d1}\u{1d7db}\u{1d7e5}\u{1d7ef}\u{1d7f9}\u{1fbf3}][\u0031\u00b9\u00bc\u00bd\u2081\u2150-\u2153\u2155\u2159\u215b\u215f\u2460\u2469-\u2472\u2488\u2491-\u249a\u32c0\u32c9-\u32cb\u3359\u3362-\u336b\u33e0\u33e9-\u33f2\uff11\u{1ccf1}\u{1d7cf}\u{1d7d9}\u{1d7e3}\u{1d7ed}\u{1d7f7}\u{1f102}\u{1fbf1}]/u;
/** (The end's year may be left out: 「自2023年1月1日起至12月31日止」 is one year's.) */
const PERIOD = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日[^0-9]{0,8}?(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/;

const PERIOD_NUMERALS = /([〇零○OＯ一二三四五六七八九]{4})年一月一日[^0-9]{0,8}?(?:([〇零○OＯ一二三四五六七八九]{4})年)?十二月三十一日/;

/** The statistics period 「YYYY年1月1日…YYYY年12月31日」 in text[from, to), if stated. */
export function findPeriod(text: string, from: number, to: number): Period | undefined {
  // Full-width digits are read as digits; NFKC keeps offsets only when it keeps the length.
  const slice = text.slice(from, to);
  // Most segments state no period: without 年 (or its compatibility form, which NFKC makes 年) there is
  // none; nor without 月 and 31 in any characters NFKC makes them of (most sections name a year
  // somewhere, few a month, and NFKC over 4,000 characters is not free).
  if (!slice.includes('年') && !slice.includes('\uf98e')) return undefined;
  // (Or in numerals, 「自二〇二三年一月一日起至二〇二三年十二月三十一日止」: the report's only year — found by a review.)
  if (slice.includes('十二月三十一日')) {
    const c = PERIOD_NUMERALS.exec(slice);
    const a = c ? chineseYear(c[1].normalize('NFKC')) : undefined;
    const b = c?.[2] ? chineseYear(c[2].normalize('NFKC')) : a;
    if (c && a !== undefined && b !== undefined) return { span: { start: from + c.index, end: from + c.index + c[0].length }, from: a, to: b };
  }
  if (!MONTH.test(slice) || !THIRTY_ONE.test(slice)) return undefined;
  const folded = slice.normalize('NFKC');
  const m = PERIOD.exec(folded.length === slice.length ? folded : slice);
  if (!m) return undefined;
  return { span: { start: from + m.index, end: from + m.index + m[0].length }, from: Number(m[1]), to: Number(m[2] ?? m[1]) };
}
