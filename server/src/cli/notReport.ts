/**
 * The one line said of a file that is not a report to check or export: what it is, where the text says — a notice or
 * an interpretation about the report, a report's title with nothing under it — or that it does not read as one.
 * (Every such file was 「不像政府信息公开年度报告（没有找到报告标题…）」, a title-only file too, whose title was there: found by a
 * review of a researcher's folder.)
 */
import type { DocFacts } from '../analysis/model/facts';
import type { Locale } from '../analysis/types';
import { looksLikeTitle } from '../analysis/reader/segments/title';
import { say } from './messages';

export function notReportNote(facts: DocFacts, file: string, locale: Locale, named: boolean, action: 'check' | 'export' | 'import'): string {
  const done = say(action === 'import' ? 'importedAnyway' : !named ? 'skipped' : action === 'check' ? 'notChecked' : 'notExported', locale);
  if (facts.about) return say('notReportAbout', locale, file, short(facts.about.text), done);
  // (A title line, not a sentence naming the report — 「现将《…年度报告》解读如下」 — nor one of a list of them.)
  // (And little under it: a report written as prose, without its sections' headings, is no title alone — a review.)
  if (facts.title && !/[。，,；;：:]/.test(facts.title.text) && facts.length - facts.title.span.end < 400 && reportLines(facts.text) === 1) return say('notReportTitleOnly', locale, file, short(facts.title.text), done);
  return say(action === 'import' ? 'notReportImported' : !named ? 'notReport' : action === 'check' ? 'notReportNamed' : 'notReportNotExported', locale, file);
}

const short = (s: string) => (s.length > 60 ? s.slice(0, 59) + '…' : s).replace(/\s+/g, ' ');

/** How many of the opening lines read as a report's title (a list of reports, 「…年度报告 2024-01-20」, has several). */
function reportLines(text: string): number {
  let n = 0;
  for (const line of text.slice(0, 20_000).split(/\r\n|\r|\n/, 80)) if (looksLikeTitle(line.trim())) n++;
  return n;
}
