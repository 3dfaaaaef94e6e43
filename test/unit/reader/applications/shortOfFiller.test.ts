/**
 * A row one figure short on a page whose table rows all end in filler cells (seed 000: 「| 5 | ||」): the
 * blank that closes its line is filler, not a blank total — the row is short (table-shape), not a blank
 * total that row-total called 「实为 空白」 and fix-all filled with the sum of figures one column off
 * (found by a review). A blank total before the filler is still a blank total.
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { fixAll } from '../../../../server/src/fixes/fixAll';
import { analyse, fixture, SEEDS } from '../../../helpers';
import { buildReport } from '../../../layouts';

const ROW = '(四)无法提供 | 1.本机关不掌握相关政府信息 | 5 | 0 | 0 | 0 | 0 | 0 | 5 | |';
const about = (text: string) => {
  const line = text.indexOf('1.本机关不掌握相关政府信息');
  const end = text.indexOf('\n', line);
  return analyse(text)
    .findings.filter((f) => f.span.start >= line - 10 && f.span.start < end)
    .map((f) => [f.code, render(f.message)]);
};

describe('a table 三 row one figure short, its line closed by filler', () => {
  const seed = fixture(SEEDS.pipe);
  it('seed 000 with a figure of （四）1. lost: table-shape, no blank total, and fix-all writes nothing into the filler', () => {
    assert.ok(seed.includes(ROW));
    const short = seed.replace(ROW, '(四)无法提供 | 1.本机关不掌握相关政府信息 | 5 | 0 | 0 | 0 | 0 | 5 | |');
    assert.deepEqual(about(short), [['table-shape', '「（四）1.本机关不掌握相关政府信息」行应有 7 个数，只读到 6 个']]);
    const fixed = applyEdits(short, fixAll(short));
    assert.ok(fixed.includes('1.本机关不掌握相关政府信息 | 5 | 0 | 0 | 0 | 0 | 5 | |'), 'the row as it was');
  });

  it('a blank total before the filler is a blank total, as before', () => {
    const blank = seed.replace(ROW, '(四)无法提供 | 1.本机关不掌握相关政府信息 | 5 | 0 | 0 | 0 | 0 | 0 |  | |');
    const found = about(blank).map(([code]) => code);
    // (Said once, by row-total with the sum: cell-blank leaves a blank total whose parts are figures to it.)
    assert.ok(found.includes('row-total') && !found.includes('cell-blank'), found.join(' '));
  });
});

describe('a table 三 whose rows all lost one column (Word\'s tab table with 科研机构 deleted)', () => {
  it('rows whose label spans the group\'s column (一、二、四) are one figure short as the others, not a blank 自然人 with the figures one column off (found by a review)', () => {
    // As Word converts its table to text: the rows whose label spans the group's column have its empty cell after it.
    const tabs = buildReport('tabs').replace(/^(一、本年新收[^\t\n]*|二、上年结转[^\t\n]*|四、结转下年度继续办理)\t/gm, '$1\t\t');
    assert.deepEqual(analyse(tabs).findings.filter((f) => f.severity !== 'information'), []);
    const start = tabs.indexOf('三、收到和处理政府信息公开申请情况');
    const end = tabs.indexOf('四、政府信息公开行政复议');
    // Each line of table 三 with its seven figures at the end loses the third of them (科研机构).
    const cut = tabs.slice(start, end).split('\n').map((l) => {
      const cells = l.split('\t');
      if (cells.length < 8 || !cells.slice(-7).every((c) => /^\d+$/.test(c))) return l;
      cells.splice(cells.length - 5, 1);
      return cells.join('\t');
    }).join('\n');
    const text = tabs.slice(0, start) + cut + tabs.slice(end);
    assert.notEqual(text, tabs);
    const found = analyse(text).findings.filter((f) => f.severity !== 'information');
    const codes = new Set(found.map((f) => f.code));
    assert.deepEqual([...codes], ['table-shape'], found.map((f) => render(f.message)).join('\n'));
    assert.ok(found.some((f) => /一、本年新收.*只读到 6 个|本年新收政府信息公开申请数量」?行应有 7 个数，只读到 6 个/.test(render(f.message))), found.map((f) => render(f.message)).join('\n'));
  });
});
