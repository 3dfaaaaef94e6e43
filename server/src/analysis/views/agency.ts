/**
 * The issuing body named in a report's title — 「平潭综合实验区财政金融局」 from
 * 「平潭综合实验区财政金融局2023年度政府信息公开工作年度报告」 — and a key that matches the same body
 * across years, scripts and spellings (「关于」, 「本级」, spaces, brackets).
 */
import { norm } from '../reader/text/normalize';
import { agencyOf } from '../reader/segments/agency';

export { agencyOf };

/** The same agency in either script, with or without 「本级」 and spaces, gives the same key. */
export function agencyKey(agency: string): string {
  return norm(agency).replace(/[()（）【】\[\]]/g, '').replace(/本级$|本级(?=\W|$)/, '');
}
