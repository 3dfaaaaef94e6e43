/**
 * The issuing body named in a report's title — 「平潭综合实验区财政金融局」 from
 * 「平潭综合实验区财政金融局2023年度政府信息公开工作年度报告」 — and a key that matches the same body
 * across years, scripts and spellings (「关于」, 「本级」, spaces, brackets).
 */
import { norm } from '../reader/text/normalize';

const YEAR = /(?:[12１２][0-9０-９]{3}|[〇零一二三四五六七八九]{4})\s*年度?/;
const REPORT = /政府信息公开|政務公開|政府信息公開|政务公开|信息公开|信息公開/;

export function agencyOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  let t = title.replace(/^[\s《「“"]+|[\s》」”"]+$/g, '').replace(/^关于|^關於/, '').trim();
  const report = REPORT.exec(t);
  if (report) t = t.slice(0, report.index);
  const year = YEAR.exec(t);
  let agency: string;
  if (!year) agency = t;
  else if (year.index > 0) agency = t.slice(0, year.index);
  else agency = t.slice(year[0].length);
  agency = agency.replace(/[\s的]+$/, '').replace(/^[\s,，、:：]+/, '').trim();
  return agency || undefined;
}

/** The same agency in either script, with or without 「本级」 and spaces, gives the same key. */
export function agencyKey(agency: string): string {
  return norm(agency).replace(/[()（）【】\[\]]/g, '').replace(/本级$|本级(?=\W|$)/, '');
}
