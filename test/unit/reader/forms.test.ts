/**
 * The older forms in their separated layouts: the 2019 trial form's table 二 (its own columns,
 * negative 本年增/减, 第二十条第（九）项 政府集中采购) and the pre-2019 statistics table in pipe rows.
 */
import assert from 'node:assert/strict';
import { hoverMarkdown } from '../../../server/src/features/hover';
import { activeFigures, analyse, codes, firstTable } from '../../helpers';

const TABLE2_2019 = [
  '二、主动公开政府信息情况',
  '| 第二十条第（一）项 | | | |',
  '| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
  '| 规章 | 0 | 0 | 0 |',
  '| 规范性文件 | 3 | 3 | 41 |',
  '| 第二十条第（五）项 | | | |',
  '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
  '| 行政许可 | 12 | -2 | 340 |',
  '| 其他对外管理服务事项 | 5 | 0 | 17 |',
  '| 第二十条第（六）项 | | | |',
  '| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
  '| 行政处罚 | 8 | +1 | 25 |',
  '| 行政强制 | 2 | 0 | 0 |',
  '| 第二十条第（八）项 | | | |',
  '| 信息内容 | 上一年项目数量 | 本年增/减 | |',
  '| 行政事业性收费 | 3 | -1 | |',
  '| 第二十条第（九）项 | | | |',
  '| 信息内容 | 采购项目数量 | 采购总金额 | |',
  '| 政府集中采购 | 28 | 32995.5 | |',
].join('\n');

describe('older forms', () => {
  it('2019 table 二: its columns, a negative 本年增/减 (no cell-invalid), the procurement block', () => {
    const text = '某某区财政局2020年政府信息公开工作年度报告\n一、总体情况\n略。\n' + TABLE2_2019 + '\n';
    const { model, findings } = analyse(text);
    const t = firstTable(model, 'active');
    assert.equal(t.variant, '2019');
    assert.deepEqual(activeFigures(t), {
      'b1.rules': [0, 0, 0], 'b1.normative': [3, 3, 41], 'b5.permit': [12, -2, 340], 'b5.otherServices': [5, 0, 17],
      'b6.penalty': [8, 1, 25], 'b6.coercion': [2, 0, 0], 'b8.fee': [3, -1], 'b9.procurement': [28, 32995.5],
    });
    assert.ok(!codes(findings).includes('cell-invalid'));
    assert.ok(!codes(findings).some((c) => c === 'table-shape'));
  });

  it('a 2021 report that still uses the 2019 tables gets format-outdated', () => {
    const text = '某某区财政局2022年政府信息公开工作年度报告\n一、总体情况\n略。\n' + TABLE2_2019 + '\n';
    assert.ok(codes(analyse(text).findings).includes('format-outdated'));
  });

  it('pre-2019 statistics table in pipe rows: read, summarised in the hover, no 2021 errors', () => {
    const text = [
      '某某县教育局2017年政府信息公开工作年度报告',
      '一、概述',
      '本年度工作概况。',
      '六、政府信息公开情况统计表',
      '| 指标名称 | 计量单位 | 本年度 | 历年累计 |',
      '| 一、主动公开情况 | | | |',
      '| （一）主动公开政府信息数 | 条 | 156 | 1,204 |',
      '| 其中：主动公开规范性文件数 | 条 | 4 | 37 |',
      '| 二、依申请公开情况 | | | |',
      '| （一）收到申请数 | 件 | 6 | 41 |',
      '| （二）申请办结数 | 件 | 6 | 41 |',
      '| 三、因政府信息公开申请行政复议数 | 件 | 0 | 1 |',
      '',
    ].join('\n');
    const { model, findings } = analyse(text);
    assert.equal(model.format, 'pre-2019');
    const s = firstTable(model, 'statistics');
    assert.deepEqual(s.columns, ['本年度', '历年累计']);
    assert.deepEqual(s.rows.map((r) => [r.labelText, r.unit, r.cells.map((c) => c.value)]), [
      ['（一）主动公开政府信息数', '条', [156, 1204]], ['主动公开规范性文件数', '条', [4, 37]], ['（一）收到申请数', '件', [6, 41]], ['（二）申请办结数', '件', [6, 41]], ['三、因政府信息公开申请行政复议数', '件', [0, 1]],
    ]);
    assert.deepEqual(findings, []);
    const hover = hoverMarkdown(model, findings, s.span.start + 2, 'zh-cn')!.markdown;
    assert.match(hover, /政府信息公开情况统计表/);
    assert.match(hover, /\| （一）主动公开政府信息数 \| 条 \| 156 \| 1204 \|/);
  });
});
