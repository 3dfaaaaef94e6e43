/**
 * year-mismatch: the title's year, the statistics period 「YYYY年1月1日…YYYY年12月31日」 and the
 * years the body reports on disagree (seed 000, a 2023 report: 「2022年度本部门未发生…」). Body years
 * count only where the text speaks of itself (「2022年度本部门…」), not comparisons (「较2020年度增加」).
 * And the date the report is signed with, after its last section: a report on a year is written
 * after that year ends — 「2019年1月3日」 under a 2019 report is last year's date left in a copy.
 */
import type { Finding } from '../../analysis/types';
import { msg } from '../shared/cells';
import { signingDate } from '../../analysis/reader/segments/signingDate';
import type { SegmentCheck } from '../types';

export const yearMismatch: SegmentCheck = {
  code: 'year-mismatch',
  severity: 'warning',
  scope: 'segment',
  description: { cn: '标题年份、统计期限、落款日期与正文所述年份不一致', tw: '標題年份、統計期限、落款日期與正文所述年份不一致', en: 'The title year, the statistics period, the signing date and the body disagree' },
  messages: {
    'year-mismatch.body': { cn: '这是 {year} 年度报告，此处写的是 {said} 年', tw: '這是 {year} 年度報告，此處寫的是 {said} 年', en: 'This is the {year} report, but the text speaks of {said}' },
    'year-mismatch.title': { cn: '标题写的是 {said} 年度，统计期限和正文都是 {year} 年度', tw: '標題寫的是 {said} 年度，統計期限和正文都是 {year} 年度', en: 'The title says {said}, but the statistics period and the text refer to {year}' },
    'year-mismatch.titlePublished': {
      cn: '标题写的是 {said} 年度，正文所述和落款日期都表明这是 {year} 年度的报告（标题似写成了发布的年份）',
      tw: '標題寫的是 {said} 年度，內文所述和落款日期都表明這是 {year} 年度的報告（標題似寫成了發布的年份）',
      en: 'The title says {said}, but the text and the signing date show this is the {year} report (the title seems to give the year it was published)',
    },
    'year-mismatch.periodYear': { cn: '统计期限（{from} 年）与标题的 {year} 年不一致', tw: '統計期限（{from} 年）與標題的 {year} 年不一致', en: 'The statistics period ({from}) disagrees with the title year {year}' },
    'year-mismatch.period': { cn: '统计期限（{from}–{to} 年）与标题的 {year} 年不一致', tw: '統計期限（{from}–{to} 年）與標題的 {year} 年不一致', en: 'The statistics period ({from}–{to}) disagrees with the title year {year}' },
    'year-mismatch.signed': {
      cn: '这是 {year} 年度报告，落款日期却是 {said} 年 {month} 月：年度报告应在该年度结束后成文',
      tw: '這是 {year} 年度報告，落款日期卻是 {said} 年 {month} 月：年度報告應在該年度結束後成文',
      en: 'This is the {year} report, but it is dated {month}/{said}: a year’s report is written after the year ends',
    },
  },
  run(seg, text, ctx) {
    const year = ctx.year;
    if (year === undefined) return [];
    const out: Finding[] = [];
    // (The title names another year than the one the report is on only when the period and the body outvoted it: document.ts.)
    // (With no period beside the title, the text and the signing date outvoted it: a title of the year of publication.)
    if (seg.title?.year !== undefined && seg.title.year !== year) out.push({ code: 'year-mismatch', severity: 'warning', span: { ...seg.title.span }, message: msg(seg.period ? 'year-mismatch.title' : 'year-mismatch.titlePublished', { said: seg.title.year, year }) });
    const p = seg.period;
    if (p && (p.from !== year || p.to !== year)) out.push({ code: 'year-mismatch', severity: 'warning', span: { ...p.span }, message: msg(p.from === p.to ? 'year-mismatch.periodYear' : 'year-mismatch.period', { from: p.from, to: p.to, year }) });
    // (A later year is the plans of 「五、…改进情况」 — 「2024年，我局进一步加强…」 under a 2023 report —, not this year's figures.)
    for (const y of seg.prose.years) if (y.year < year) out.push({ code: 'year-mismatch', severity: 'warning', span: { ...y.span }, message: msg('year-mismatch.body', { year, said: y.year }) });
    // The signature follows the last section (a December date of the year itself is the period's end, 「截至…12月31日」).
    const signed = seg.heading?.section === 6 ? signingDate(text, seg.tables) : undefined;
    if (signed && (signed.year < year || (signed.year === year && signed.month < 12))) {
      out.push({ code: 'year-mismatch', severity: 'warning', span: signed.span, message: msg('year-mismatch.signed', { year, said: signed.year, month: signed.month }) });
    }
    return out;
  },
};
