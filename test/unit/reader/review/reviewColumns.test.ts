/**
 * Table 四 whose header, written as a grid, orders its figure columns otherwise than the form (行政诉讼
 * before 行政复议, 复议后起诉 before 未经复议直接起诉, 结果纠正 before 结果维持, 总计 first): read in its own order,
 * with one table-shape warning — its figures went to the wrong group or outcome, silently or with false
 * group totals (found by a review). A header that lost its merged cells says nothing of the order.
 */
import assert from 'node:assert/strict';
import { analyse, fixture, firstTable, reviewFigures, SEEDS } from '../../../helpers';
import { ReportDocument } from '../../../../server/src/checks/document';
import { render } from '../../../../server/src/i18n/render';
import { formatTableEdit } from '../../../../server/src/features/format';

/** The figures in the form's order: 行政复议, 未经复议直接起诉, 复议后起诉 (each 维持 纠正 其他 尚未 总计); every group adds up. */
const FIGURES = [[3, 1, 1, 0, 5], [2, 0, 1, 1, 4], [1, 1, 0, 0, 2]];
const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const SUB = ['', '未经复议直接起诉', '复议后起诉'];

/**
 * Table 四 as a grid, its groups in `groups` order and each group's outcomes in `outcomes` order: the group
 * names over their columns (merged cells kept empty), 行政复议's outcomes on the lawsuits' line (its name
 * stands two lines high), as a page's table or a spreadsheet's copy gives it.
 */
function grid(groups: number[], outcomes: number[], layout: 'pipe' | 'tab' | 'markdown'): string {
  const top: string[] = [];
  const middle: string[] = [];
  const bottom: string[] = [];
  const row: string[] = [];
  groups.forEach((g, k) => {
    const lawsuitBefore = k > 0 && groups[k - 1] !== 0;
    top.push(g === 0 ? '行政复议' : lawsuitBefore ? '' : '行政诉讼', '', '', '', '');
    for (const o of outcomes) {
      (g === 0 ? middle : bottom).push(OUTCOMES[o]);
      row.push(String(FIGURES[g][o]));
    }
    if (g === 0) bottom.push('', '', '', '', '');
    else middle.push(SUB[g], '', '', '', '');
  });
  const lines = [top, middle, bottom, row];
  if (layout === 'tab') return lines.map((l) => l.join('\t')).join('\n');
  const piped = lines.map((l) => `| ${l.join(' | ')} |`);
  if (layout === 'markdown') piped.splice(1, 0, `|${'---|'.repeat(15)}`);
  return piped.join('\n');
}

/** Seed 000 with its table 四 replaced by `table`. */
function withTable(table: string): string {
  const text = fixture(SEEDS.pipe);
  const t = firstTable(analyse(text).model, 'review');
  const from = text.lastIndexOf('\n', t.span.start) + 1;
  const to = text.indexOf('\n', t.span.end);
  return text.slice(0, from) + table + text.slice(to);
}
const formFigures = FIGURES.flat();
const about = (t: string) => analyse(t).findings.filter((f) => f.code === 'table-shape' || f.code === 'review-total').map((f) => `${f.severity} ${f.code} ${render(f.message)}`);

describe('table 四 in its header\'s column order', () => {
  for (const layout of ['pipe', 'tab', 'markdown'] as const) {
    it(`${layout}: the form's order read as it is, nothing said`, () => {
      const text = withTable(grid([0, 1, 2], [0, 1, 2, 3, 4], layout));
      const t = firstTable(analyse(text).model, 'review');
      assert.deepEqual(reviewFigures(t), formFigures);
      assert.equal(t.columns, undefined);
      assert.deepEqual(about(text), []);
    });

    for (const [name, groups, outcomes, words] of [
      ['行政诉讼 first', [1, 2, 0], [0, 1, 2, 3, 4], '行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议'],
      ['复议后起诉 before 未经复议直接起诉', [0, 2, 1], [0, 1, 2, 3, 4], '行政复议、行政诉讼（复议后起诉）、行政诉讼（未经复议直接起诉）'],
      ['结果纠正 before 结果维持', [0, 1, 2], [1, 0, 2, 3, 4], '结果纠正、结果维持、其他结果、尚未审结、总计'],
      ['总计 first, lawsuits first', [2, 1, 0], [4, 0, 1, 2, 3], '行政诉讼（复议后起诉）、行政诉讼（未经复议直接起诉）、行政复议；总计、结果维持、结果纠正、其他结果、尚未审结'],
    ] as const) {
      it(`${layout}, ${name}: every figure in its place, one warning naming the order`, () => {
        const text = withTable(grid([...groups], [...outcomes], layout));
        const row = groups.flatMap((g) => outcomes.map((o) => String(FIGURES[g][o])));
        const t = firstTable(analyse(text).model, 'review');
        assert.deepEqual(reviewFigures(t), formFigures);
        assert.deepEqual(about(text), [`warning table-shape 表四（行政复议、行政诉讼）的列序与规定格式不同（${words}）：已按表头的列序读取，请按规定格式排列`]);
        // The table runs to the row's last figure (its span ended at the last cell in the form's order, which
        // is not the text's: 「对齐表格」 left figures behind — found by a review); it is not rewritten, its header
        // and cells disagreeing.
        const rowEnd = text.indexOf('\n', text.indexOf(row.join(layout === 'tab' ? '\t' : ' | ')));
        assert.ok(t.span.end >= rowEnd - (layout === 'tab' ? 0 : 2), `${t.span.end} ${rowEnd}`);
        assert.equal(formatTableEdit(text, t, 'pipe'), undefined);
      });
    }
  }

  it('a row named in a first column (「数量」, a Word table\'s), in the form\'s order or another: read, not 「读不出数字」 (found by a review)', () => {
    for (const [groups, outcomes] of [[[0, 1, 2], [0, 1, 2, 3, 4]], [[0, 1, 2], [4, 0, 1, 2, 3]]] as const) {
      const labelled = grid([...groups], [...outcomes], 'markdown')
        .split('\n')
        .map((l, n, all) => (l.startsWith('|---') ? `|---${l}` : `| ${n === all.length - 1 ? '数量' : ''} ${l}`))
        .join('\n');
      assert.match(labelled, /^\| 数量 \| \d/m);
      const text = withTable(labelled);
      const t = firstTable(analyse(text).model, 'review');
      assert.deepEqual(reviewFigures(t), formFigures);
      assert.deepEqual(about(text).filter((m) => !/列序/.test(m)), []);
    }
  });

  it('a header whose lines lost their merged cells says nothing of the order: the form\'s is kept', () => {
    const lost = grid([1, 2, 0], [0, 1, 2, 3, 4], 'pipe')
      .split('\n')
      .map((l) => `| ${l.split('|').map((c) => c.trim()).filter((c) => c).join(' | ')} |`)
      .join('\n');
    assert.match(lost, /^\| 行政诉讼 \| 行政复议 \|$/m);
    const t = firstTable(analyse(withTable(lost)).model, 'review');
    assert.equal(t.columns, undefined);
  });

  it('a header whose lines lost their merged cells, its outcomes in another order: read by the outcomes\' sequence, the groups in the form\'s order (found by a review: the figures put by the form\'s order, every group adding up, nothing said)', () => {
    for (const outcomes of [[0, 1, 3, 2, 4], [4, 0, 1, 2, 3]]) {
      const lost = grid([0, 1, 2], outcomes, 'pipe')
        .split('\n')
        .map((l) => `| ${l.split('|').map((c) => c.trim()).filter((c) => c).join(' | ')} |`)
        .join('\n');
      assert.match(lost, /^\| 行政复议 \| 行政诉讼 \|$/m);
      const text = withTable(lost);
      const t = firstTable(analyse(text).model, 'review');
      assert.deepEqual(reviewFigures(t), formFigures, outcomes.join());
      assert.equal(about(text).filter((m) => /列序/.test(m)).length, 1);
      assert.deepEqual(about(text).filter((m) => !/列序/.test(m)), []);
    }
  });

  it('a table a row a group under one line of outcomes in another order (「类别 | 结果维持 | 结果纠正 | 尚未审结 | 其他结果 | 总计」, 总计 first): each row in that order (found by a review)', () => {
    for (const outcomes of [[0, 1, 3, 2, 4], [4, 0, 1, 2, 3]]) {
      const names = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
      const rows = [`类别 | ${outcomes.map((o) => OUTCOMES[o]).join(' | ')} |`, ...names.map((n, g) => `${n} | ${outcomes.map((o) => FIGURES[g][o]).join(' | ')} |`)];
      const text = withTable(rows.join('\n'));
      const t = firstTable(analyse(text).model, 'review');
      assert.deepEqual(reviewFigures(t), formFigures, outcomes.join());
      assert.equal(about(text).filter((m) => /列序/.test(m)).length, 1);
      assert.deepEqual(about(text).filter((m) => !/列序/.test(m)), []);
    }
    // In the form's order: as before, nothing said.
    const form = withTable([`类别 | ${OUTCOMES.join(' | ')} |`, `行政复议 | ${FIGURES[0].join(' | ')} |`, `行政诉讼（未经复议直接起诉） | ${FIGURES[1].join(' | ')} |`, `行政诉讼（复议后起诉） | ${FIGURES[2].join(' | ')} |`].join('\n'));
    assert.deepEqual(reviewFigures(firstTable(analyse(form).model, 'review')), formFigures);
    assert.deepEqual(about(form), []);
  });

  it('an edit in the header reads the order again, as the same text read afresh does', () => {
    const text = withTable(grid([1, 2, 0], [0, 1, 2, 3, 4], 'pipe'));
    const doc = new ReportDocument(text);
    assert.ok(firstTable(doc.model(), 'review').columns);
    // A character typed after 行政复议: the name no longer stands over its columns, and the order cannot be told.
    const at = text.indexOf('行政复议 |') + '行政复议'.length;
    doc.update(at, at, '注');
    const fresh = analyse(text.slice(0, at) + '注' + text.slice(at)).model;
    assert.equal(firstTable(fresh, 'review').columns, undefined);
    assert.deepEqual(firstTable(doc.model(), 'review'), firstTable(fresh, 'review'));
    // And back.
    doc.update(at, at + 1, '');
    assert.deepEqual(firstTable(doc.model(), 'review').columns, firstTable(analyse(text).model, 'review').columns);
  });
});
