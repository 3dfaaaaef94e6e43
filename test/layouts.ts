/**
 * Writes a complete 2021-form report in each table layout of spec §4, from plain figures. Test-only
 * and deliberately independent of the analysis code (its own label list), so the reader is tested
 * against text it did not produce.
 */
export type Layout = 'pipe' | 'cellPerLine' | 'tabs' | 'markdown' | 'spaces' | 'box' | 'grid';
/**
 * Beyond spec §4: a table drawn in box-drawing characters, as a text browser (w3m) dumps a page's
 * table (「│ a │ 0 │」 between 「├──┼──┤」), and a grid table as pandoc or a console writes it
 * (「| a | 0 |」 between 「+----+---+」).
 */
export const LAYOUTS: Layout[] = ['pipe', 'cellPerLine', 'tabs', 'markdown', 'spaces', 'box', 'grid'];

/** [group label or '', row label] in form order; the figures follow in the same order. */
export const APP_LABELS: [string, string][] = [
  ['', '一、本年新收政府信息公开申请数量'], ['', '二、上年结转政府信息公开申请数量'],
  ['三、本年度办理结果', '（一）予以公开'], ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['（三）不予公开', '1.属于国家秘密'], ['', '2.其他法律行政法规禁止公开'], ['', '3.危及“三安全一稳定”'], ['', '4.保护第三方合法权益'],
  ['', '5.属于三类内部事务信息'], ['', '6.属于四类过程性信息'], ['', '7.属于行政执法案卷'], ['', '8.属于行政查询事项'],
  ['（四）无法提供', '1.本机关不掌握相关政府信息'], ['', '2.没有现成信息需要另行制作'], ['', '3.补正后申请内容仍不明确'],
  ['（五）不予处理', '1.信访举报投诉类申请'], ['', '2.重复申请'], ['', '3.要求提供公开出版物'], ['', '4.无正当理由大量反复申请'], ['', '5.要求行政机关确认或重新出具已获取信息'],
  ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], ['', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], ['', '3.其他'],
  ['', '（七）总计'], ['', '四、结转下年度继续办理'],
];

export interface Figures {
  app: number[][]; // 25 rows × 7
  review: number[]; // 15
}

/** A balanced set of figures with no zero totals, so every rule is exercised. */
export function sampleFigures(): Figures {
  const z = [0, 0, 0, 0, 0, 0, 0];
  const app = APP_LABELS.map(() => [...z]);
  const set = (i: number, v: number[]) => (app[i] = v);
  set(0, [10, 2, 0, 1, 0, 0, 13]); // new
  set(1, [1, 0, 0, 0, 0, 0, 1]); // carried
  set(2, [4, 1, 0, 0, 0, 0, 5]); // open
  set(3, [2, 0, 0, 1, 0, 0, 3]); // partial
  set(12, [3, 0, 0, 0, 0, 0, 3]); // u1
  set(16, [1, 0, 0, 0, 0, 0, 1]); // i2
  set(22, [0, 1, 0, 0, 0, 0, 1]); // o3
  set(23, [10, 2, 0, 1, 0, 0, 13]); // total
  set(24, [1, 0, 0, 0, 0, 0, 1]); // carry next
  return { app, review: [1, 0, 1, 0, 2, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0] };
}

const APP_HEADER = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const REVIEW_HEADER = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'];

function table2(layout: Layout): string[] {
  const rows: [string, string[]][] = [
    ['第二十条第（一）项', []], ['信息内容', ['本年制发件数', '本年废止件数', '现行有效件数']], ['规章', ['0', '0', '0']], ['行政规范性文件', ['2', '1', '35']],
    ['第二十条第（五）项', []], ['信息内容', ['本年处理决定数量']], ['行政许可', ['1,432']],
    ['第二十条第（六）项', []], ['信息内容', ['本年处理决定数量']], ['行政处罚', ['20']], ['行政强制', ['0']],
    ['第二十条第（八）项', []], ['信息内容', ['本年收费金额（单位：万元）']], ['行政事业性收费', ['4816.34']],
  ];
  return rows.flatMap(([label, cells]) => row(layout, [label, ...cells]));
}

export function row(layout: Layout, cells: string[]): string[] {
  switch (layout) {
    case 'pipe':
      return [cells.join(' | ') + ' |'];
    case 'cellPerLine':
      return [...cells.map((c) => c + ' |'), '|||'];
    case 'tabs':
      return [cells.join('\t')];
    case 'markdown':
      return ['| ' + cells.join(' | ') + ' |'];
    case 'spaces':
      return [cells.join(' ')];
    case 'box':
      return ['│' + cells.join('│') + '│', '├' + cells.map((c) => '─'.repeat(width(c))).join('┼') + '┤'];
    case 'grid':
      return ['| ' + cells.join(' | ') + ' |', '+' + cells.map((c) => '-'.repeat(width(c) + 2)).join('+') + '+'];
  }
}

/** A cell's width in a fixed-width font: two columns an ideograph. */
const width = (c: string) => [...c].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/**
 * `wrap`: the width (in characters) table 三's row labels are wrapped at, or undefined: each further
 * line of the label goes on a row of its own with blank figure cells, as a narrow label column wraps
 * in a drawn or exported table (「| 2.其他法律行政法规禁止 | 0 | … |」 / 「| 公开 |  | … |」).
 */
export function buildReport(layout: Layout, f: Figures = sampleFigures(), eol = '\n', wrap?: (label: string) => number | undefined): string {
  const lines: string[] = [];
  lines.push('某某市某某局2023年政府信息公开工作年度报告', '', '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。', '');
  lines.push('一、总体情况', '（一）主动公开', '本年主动公开信息1200条。', '');
  lines.push('二、主动公开政府信息情况', ...table2(layout), '');
  lines.push('三、收到和处理政府信息公开申请情况', '本年共收到申请13件。');
  if (layout === 'markdown') lines.push('| ' + APP_HEADER.slice(0, 2).join(' | ') + ' |', '|---|---|');
  else lines.push(...APP_HEADER.flatMap((h) => row(layout, [h])));
  APP_LABELS.forEach(([group, label], i) => {
    const figures = f.app[i].map(String);
    const labels = group ? [group, label] : [label];
    const w = wrap?.(label);
    if (layout === 'spaces') lines.push(labels.join(' ') + ' ' + figures.join(' '));
    else if (w !== undefined) {
      const parts: string[] = [];
      for (let k = 0; k < label.length; k += w) parts.push(label.slice(k, k + w));
      parts.forEach((p, k) => lines.push(...row(layout, [...(group ? [k ? '' : group] : []), p, ...(k ? figures.map(() => '') : figures)])));
    } else lines.push(...row(layout, [...labels, ...figures]));
  });
  lines.push('', '四、政府信息公开行政复议、行政诉讼情况');
  if (layout === 'markdown') lines.push('| ' + REVIEW_HEADER.join(' | ') + ' |', '|' + REVIEW_HEADER.map(() => '---').join('|') + '|', '| ' + f.review.join(' | ') + ' |');
  else if (layout === 'spaces') lines.push(REVIEW_HEADER.join(' '), f.review.join(' '));
  else lines.push(...row(layout, REVIEW_HEADER), ...(layout === 'cellPerLine' ? f.review.map((v) => v + ' |') : row(layout, f.review.map(String))));
  lines.push('', '五、存在的主要问题及改进情况', '公开的及时性有待提高。', '', '六、其他需要报告的事项', '本年度未收取信息处理费。', '');
  return lines.join(eol);
}

/**
 * Table 四 in parts, one above the other, as pages too narrow for fifteen columns lay it out:
 * `stacked`, 行政复议's header and five figures, then 行政诉讼's header and ten; `thirds`, each group
 * under its own name and outcome header; `rows`, one row a group after its name under one outcome
 * header; `merged`, the same with 行政诉讼 in a merged column beside its two groups.
 */
export type ReviewParts = 'stacked' | 'thirds' | 'rows' | 'merged' | 'side' | 'sideMerged' | 'list' | 'listMerged';
export function reviewParts(layout: Layout, shape: ReviewParts, f: number[]): string[] {
  const o = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const v = (g: number) => f.slice(g * 5, g * 5 + 5).map(String);
  const rows = (cells: string[][]) => cells.flatMap((c) => row(layout, c));
  switch (shape) {
    case 'stacked':
      return rows([['行政复议'], o, v(0), ['行政诉讼'], ['未经复议直接起诉', '复议后起诉'], [...o, ...o], [...v(1), ...v(2)]]);
    case 'thirds':
      return rows([['行政复议'], o, v(0), ['行政诉讼（未经复议直接起诉）'], o, v(1), ['行政诉讼（复议后起诉）'], o, v(2)]);
    case 'rows':
      return rows([['', ...o], ['行政复议', ...v(0)], ['行政诉讼（未经复议直接起诉）', ...v(1)], ['行政诉讼（复议后起诉）', ...v(2)]]);
    case 'merged':
      return rows([['', '', ...o], ['行政复议', '', ...v(0)], ['行政诉讼', '未经复议直接起诉', ...v(1)], ['', '复议后起诉', ...v(2)]]);
    // On its side: the groups across, an outcome a row (the lawsuit groups under 行政诉讼 on a line of their own).
    case 'side':
      return rows([['项目', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'], ...o.map((name, k) => [name, ...[0, 1, 2].map((g) => String(f[g * 5 + k]))])]);
    // A row a figure, named by its group and outcome.
    case 'list':
      return rows(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].flatMap((g, k) => o.map((name, n) => [g + name, String(f[k * 5 + n])])));
    // The same in three columns, the group's name in a cell merged down its five rows (a narrow Word page).
    case 'listMerged':
      return rows(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].flatMap((g, k) => o.map((name, n) => [n ? '' : g, name, String(f[k * 5 + n])])));
    case 'sideMerged':
      return rows([['', '行政复议', '行政诉讼', ''], ['', '', '未经复议直接起诉', '复议后起诉'], ...o.map((name, k) => [name, ...[0, 1, 2].map((g) => String(f[g * 5 + k]))])]);
  }
}
