/**
 * year-duplicate: another report of the same agency and year among the files checked together (a corrected version
 * beside the first, two sites' copies, a scraper's duplicate) — said on each, naming the others and whether their
 * tables' figures are the same, so that a count by agency and year counts one, and a reviewer sees which copies differ.
 * (Found by a review office's trial: the command line said it only on its standard error, not in its CSV, JSON or SARIF,
 * nor said whether the copies differ; the editor said nothing.)
 */
import { governmentForm } from '../../analysis/model/format';
import { agencyKey, reportAgency } from '../../analysis/views/agency';
import type { Finding, Text3 } from '../../analysis/types';
import { figuresDigest } from '../../corpus/entry';
import { msg } from '../shared/cells';
import type { CorpusCheck } from '../types';

/** The most other reports named in one message. */
const NAMED = 3;

export const yearDuplicate: CorpusCheck = {
  code: 'year-duplicate',
  severity: 'information',
  scope: 'corpus',
  description: {
    cn: '同一机关同一年度的报告不止一份（更正稿、不同网站的副本）',
    tw: '同一機關同一年度的報告不止一份（更正稿、不同網站的副本）',
    en: 'More than one report of the same agency and year (a corrected version, copies from two sites)',
  },
  messages: {
    'year-duplicate': {
      cn: '{agency}的 {year} 年度报告另有 {count} 份：{files}——按机关和年度汇总时请只计一份',
      tw: '{agency}的 {year} 年度報告另有 {count} 份：{files}——按機關和年度匯總時請只計一份',
      en: '{agency} has {count} more report(s) for {year}: {files} — count one of them when summing by agency and year',
    },
  },
  run(facts, corpus) {
    if (facts.year === undefined || !governmentForm(facts.format) || !corpus.sameYear) return [];
    const agency = reportAgency(facts);
    if (!agency) return [];
    const others = corpus.sameYear(agencyKey(agency), facts.year);
    if (!others.length) return [];
    // (The facts the command line keeps for this pass hold one row of the tables: their digest is kept with them.)
    const mine = facts.figuresDigest ?? figuresDigest(facts);
    const shown = others.slice(0, NAMED);
    const each = (k: keyof Text3) =>
      shown
        .map((o) => {
          const same = mine !== undefined && o.digest === mine;
          const note = { cn: same ? '统计表的数字相同' : '统计表的数字不同', tw: same ? '統計表的數字相同' : '統計表的數字不同', en: same ? 'the same figures' : 'other figures' }[k];
          return k === 'en' ? `${o.name} (${note})` : `${o.name}（${note}）`;
        })
        .join(k === 'en' ? ', ' : '、') + (others.length > shown.length ? { cn: ` 等`, tw: ` 等`, en: ' and more' }[k] : '');
    const files: Text3 = { cn: each('cn'), tw: each('tw'), en: each('en') };
    // (At the title, where one is read; else at the text's start.)
    const at = facts.title?.span ?? { start: 0, end: 0 };
    const finding: Finding = { code: 'year-duplicate', severity: 'information', span: { start: at.start, end: at.end }, message: msg('year-duplicate', { agency, year: facts.year, count: others.length, files }) };
    return [finding];
  },
};
