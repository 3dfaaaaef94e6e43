/**
 * The report's title and year, and the statistics period. The title is the first line near the top
 * that names 政府信息公开 (or 政务公开) and a report, preferring one that carries a year (seed 004
 * opens with breadcrumbs and a bare 「政府信息公开年报」 before the real title).
 */
import { chineseYear, norm } from '../text/normalize';
import type { Span, Title } from '../../types';

const MAX_LINES = 60;
const MAX_TITLE = 100;
/** 「标题: 」「发布时间：」「原文链接: 」…: a field of a scraper's page header. */
const SCRAPER_FIELD = /^\s*([\u4e00-\u9fffA-Za-z ]{1,8})\s*[:：]\s*/;
const TITLE_FIELD = /^(?:标题|題目|题目|标 题|文章标题|信息名称|名称|title)$/i;

export function yearIn(raw: string): number | undefined {
  const s = raw.normalize('NFKC');
  const m = /((?:19|20)\d{2})\s*年/.exec(s);
  if (m) return Number(m[1]);
  const c = /([〇零一二三四五六七八九]{4})\s*年/.exec(s);
  return c ? chineseYear(c[1]) : undefined;
}

export function looksLikeTitle(raw: string): boolean {
  const n = norm(raw);
  return n.length <= MAX_TITLE && /政府信息公开|政务公开|信息公开/.test(n) && /报告|年报/.test(n);
}

/** Finds the title in text[from, to) (the part before the first section heading). */
export function findTitle(text: string, from: number, to: number): Title | undefined {
  let first: Title | undefined;
  let ls = from;
  for (let n = 0; n < MAX_LINES && ls < to; n++) {
    let le = ls;
    while (le < to && text[le] !== '\n' && text[le] !== '\r') le++;
    let line = text.slice(ls, le);
    // A scraper's page header: 「标题: …」 carries the title; its other fields (栏目, 本地目录 …) do not.
    const field = SCRAPER_FIELD.exec(line);
    let skip = 0;
    if (field) {
      if (!TITLE_FIELD.test(field[1])) line = '';
      else skip = field[0].length;
    }
    // Title text stops before table separators a page may have glued to it, and before the body
    // when a page ran the title into its first paragraph.
    const cut = line.search(/\s*[|｜\t]/);
    let body = (cut >= 0 ? line.slice(0, cut) : line).slice(skip).replace(/^[\s\u3000#*]+|[\s\u3000*]+$/g, '');
    if (body.length > MAX_TITLE) {
      const m = /^.{4,80}?(?:政府信息公开|政务公开|信息公开).{0,20}?(?:年度报告|工作报告|年报|报告)/.exec(body);
      if (m) body = m[0];
    }
    if (body && looksLikeTitle(body)) {
      line = text.slice(ls, le);
      const start = ls + line.indexOf(body);
      const title: Title = { span: { start, end: start + body.length }, text: body };
      const year = yearIn(body);
      if (year !== undefined) {
        title.year = year;
        return title;
      }
      first ??= title;
    }
    ls = le + 1;
  }
  return first;
}

export interface Period {
  span: Span;
  from: number;
  to: number;
}

const PERIOD = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日[^0-9]{0,8}?((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/;

/** The statistics period 「YYYY年1月1日…YYYY年12月31日」 in text[from, to), if stated. */
export function findPeriod(text: string, from: number, to: number): Period | undefined {
  // Full-width digits are read as digits; NFKC keeps offsets only when it keeps the length.
  const slice = text.slice(from, to);
  // Most segments state no period: without 年 (or its compatibility form, which NFKC makes 年) there is none.
  if (!slice.includes('年') && !slice.includes('\uf98e')) return undefined;
  const folded = slice.normalize('NFKC');
  const m = PERIOD.exec(folded.length === slice.length ? folded : slice);
  if (!m) return undefined;
  return { span: { start: from + m.index, end: from + m.index + m[0].length }, from: Number(m[1]), to: Number(m[2]) };
}
