/**
 * Prose that names what a table's titles name is no table (found by a review of real prose): an article
 * of the 条例 cited in a sentence (「依据《条例》第二十条第（一）项公开规章。」) is no block of table 二, a
 * sentence opening with 行政复议 and naming 行政诉讼 (「行政复议2件，行政诉讼1件。」) no table 四, nor a table
 * comparing years under table 四 (「| 年度 | 行政复议 | 行政诉讼 |」). Each made a table of its own: a false
 * table-shape error, the real table's figures out of the export, a table-missing unsaid.
 */
import assert from 'node:assert/strict';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { render } from '../../../../server/src/i18n/render';
import { analyse } from '../../../helpers';
import { buildReport, sampleFigures } from '../../../layouts';

const said = (text: string) => analyse(text).findings.filter((f) => f.severity !== 'information').map((f) => `${f.code} ${render(f.message)}`);

describe('prose is no table', () => {
  const f = sampleFigures();
  const base = buildReport('pipe', f);
  const put = (after: string, line: string) => {
    assert.ok(base.includes(after), after);
    return base.replace(after, `${after}\n${line}`);
  };
  it('the report read as written says nothing', () => assert.deepEqual(said(base), []));

  for (const [where, line] of [
    ['一、总体情况', '严格按照《条例》第二十条第（一）项要求公开规章和规范性文件。'],
    ['二、主动公开政府信息情况', '本年度按照《条例》第二十条第（六）项规定公开行政处罚信息。'],
    ['五、存在的主要问题及改进情况', '依据《条例》第二十条第（一）项公开规章。'],
    ['五、存在的主要问题及改进情况', '对照《条例》第二十条第（十五）项，公开突发事件应对情况。'],
    ['六、其他需要报告的事项', '第二十条第（一）项、第（五）项所列信息均已公开。'],
    // A note under the table (found by a review: a second table 二 whose blocks were said lacking).
    ['三、收到和处理政府信息公开申请情况', '注：第二十条第（六）项行政处罚20件均已在“双公示”平台公开。'],
    ['三、收到和处理政府信息公开申请情况', '说明：第二十条第（一）项规章栏目填“/”的，本年度未制发规章。'],
  ]) {
    it(`an article cited in a sentence (after 「${where}」): 「${line}」`, () => {
      const text = put(where, line);
      assert.deepEqual(said(text), []);
      assert.deepEqual(exportRecord('x.txt', analyse(text).model).tables.active, exportRecord('x.txt', analyse(base).model).tables.active);
    });
  }

  for (const [where, line] of [
    ['一、总体情况', '行政复议2件，行政诉讼1件。'],
    ['四、政府信息公开行政复议、行政诉讼情况', '行政复议维持1件、纠正1件，行政诉讼维持1件。'],
  ]) {
    it(`a sentence opening with 行政复议 (after 「${where}」): 「${line}」`, () => {
      const text = put(where, line);
      assert.deepEqual(said(text).filter((s) => !s.startsWith('text-mismatch')), []);
      assert.deepEqual(exportRecord('x.txt', analyse(text).model).tables.review, exportRecord('x.txt', analyse(base).model).tables.review);
    });
  }

  it('a sentence above table 三 that counts applications in 起, 笔, 例, 「余件」 or ends with its figure (「数量：13。」) is no row 一 of one figure (found by a review: the real row 一 was then a second)', () => {
    for (const line of ['本年收到政府信息公开申请13起。', '本年新收政府信息公开申请13笔。', '本年新收政府信息公开申请13例。', '本年新收政府信息公开申请10余件。', '本年新收政府信息公开申请数量：13。', '本年新收政府信息公开申请共计13。']) {
      const text = put('三、收到和处理政府信息公开申请情况', line);
      assert.deepEqual(said(text).filter((s) => !s.startsWith('text-mismatch')), [], line);
      assert.deepEqual(exportRecord('x.txt', analyse(text).model).tables.applications, exportRecord('x.txt', analyse(base).model).tables.applications, line);
    }
  });

  it('a sentence above table 三 whose copula joins a label to one figure, the sentence going on after it (「…数量为1（2022年12月收到）。」), is no row of one figure (the real row 一 was lost)', () => {
    for (const line of ['本年度上年结转政府信息公开申请数量为1（2022年12月收到）。', '上年结转政府信息公开申请数量为2，均已办结。', '本年新收政府信息公开申请数量是5，其中自然人3件。', '本年新收政府信息公开申请数量达13（含网上申请）。']) {
      const text = put('三、收到和处理政府信息公开申请情况', line);
      assert.deepEqual(said(text).filter((s) => !s.startsWith('text-mismatch')), [], line);
      assert.deepEqual(exportRecord('x.txt', analyse(text).model).tables.applications, exportRecord('x.txt', analyse(base).model).tables.applications, line);
    }
  });

  it('a comparison of years under table 四 (「| 年度 | 行政复议 | 行政诉讼 |」) is no second table 四', () => {
    const text = base.replace('\n\n五、', '\n| 年度 | 行政复议 | 行政诉讼 |\n| 2022 | 0 | 0 |\n| 2023 | 2 | 1 |\n\n五、');
    assert.notEqual(text, base);
    assert.deepEqual(said(text), []);
  });

  it('a list of counts (「| 行政复议 | 1 |」 / 「| 行政诉讼 | 0 |」, a figure beside each name) in 总体情况 or above table 四, in every layout, is no table 四 read short (found by a review)', () => {
    const lists = {
      pipe: '| 项目 | 件数 |\n| 政府信息公开申请 | 13 |\n| 行政复议 | 1 |\n| 行政诉讼 | 0 |',
      markdown: '| 项目 | 件数 |\n|---|---|\n| 行政复议 | 1 |\n| 行政诉讼 | 0 |',
      tabs: '项目\t件数\n行政复议\t1\n行政诉讼\t0',
      'a cell a line': '行政复议\n1\n行政诉讼\n0',
    };
    for (const [name, list] of Object.entries(lists)) {
      for (const where of ['一、总体情况', '四、政府信息公开行政复议、行政诉讼情况']) {
        const text = put(where, list);
        assert.deepEqual(said(text), [], `${name} after ${where}`);
        assert.deepEqual(exportRecord('x.txt', analyse(text).model).tables.review, exportRecord('x.txt', analyse(base).model).tables.review, `${name} after ${where}`);
      }
    }
    // Without its table 四, the report lacks it: table-missing, not a table 四 of one figure.
    const start = base.indexOf('四、政府信息公开行政复议、行政诉讼情况');
    const lost = base.slice(0, start) + '四、政府信息公开行政复议、行政诉讼情况\n' + lists.pipe + base.slice(base.indexOf('\n\n五、'));
    assert.deepEqual(said(lost).map((s) => s.split(' ')[0]), ['table-missing']);
  });

  it('a section whose only mention of its table is a citation lacks the table (table-missing, not table-shape)', () => {
    const heading = '二、主动公开政府信息情况';
    const start = base.indexOf(heading) + heading.length;
    const text = base.slice(0, start) + '\n严格按照《条例》第二十条第（一）项要求公开规章。本年度制发规范性文件3件。\n' + base.slice(base.indexOf('\n\n三、'));
    assert.deepEqual(said(text).map((s) => s.split(' ')[0]), ['table-missing']);
  });
});
