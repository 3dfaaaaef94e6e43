/**
 * A new report to fill in: the title, the standard opening with the statistics period, the six
 * headings, the three official tables filled with zeros — formatted, in the chosen layout (pipe rows
 * or Markdown) and script. It checks with no errors: everything the form requires is there, and the
 * zeros balance. The form is the year's: 2021 onwards 国办公开办函〔2021〕30号, 2019 and 2020 the trial
 * form of 国办公开办函〔2019〕60号 (before 2019 there was no form).
 */
import { officialGrid } from '../analysis/form/template';
import { renderGrid, type Layout } from '../analysis/write/grid';
import type { Script } from '../analysis/types';
import { loadEngine } from '../convert/load';

export interface NewReportOptions {
  agency: string;
  year: number;
  layout?: 'pipe' | 'markdown';
  script?: Script;
  eol?: string;
}

const FILL = '（请在此填写。）';

export function newReport(o: NewReportOptions): string {
  const eol = o.eol ?? '\n';
  const md = o.layout === 'markdown';
  const layout: Layout = md ? 'markdown' : 'pipe';
  const h1 = (s: string) => (md ? '# ' + s : s);
  const h2 = (s: string) => (md ? '## ' + s : s);
  const { agency, year } = o;
  const variant = year >= 2021 ? '2021' : '2019';
  const table = (kind: 'active' | 'applications' | 'review') => renderGrid(officialGrid(kind, variant), layout, { eol, align: true, leadingPipe: true });
  const form = variant === '2021' ? '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）' : '《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）';
  const lines = [
    h1(`${agency}${year}年政府信息公开工作年度报告`),
    '',
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${form}编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，请与${agency}联系。`,
    '',
    h2('一、总体情况'),
    '（一）主动公开',
    FILL,
    '（二）依申请公开',
    FILL,
    '（三）政府信息管理',
    FILL,
    '（四）政府信息公开平台建设',
    FILL,
    '（五）监督保障',
    FILL,
    '',
    h2('二、主动公开政府信息情况'),
    table('active'),
    '',
    h2('三、收到和处理政府信息公开申请情况'),
    table('applications'),
    '',
    h2('四、政府信息公开行政复议、行政诉讼情况'),
    table('review'),
    '',
    h2('五、存在的主要问题及改进情况'),
    FILL,
    '',
    h2('六、其他需要报告的事项'),
    FILL,
    '',
  ];
  const text = lines.join(eol);
  // Traditional script: the whole text through OpenCC (Han characters only: figures and separators stay).
  return o.script === 'traditional' ? loadEngine().converter('cn', 'tw')(text) : text;
}
