/**
 * Table 二 whose block header, written as a grid, orders the figure columns otherwise than the form
 * (本年废止件数 or 现行有效件数 first): read in its own order, with one table-shape warning — its figures were
 * swapped without a word (found by a review). Seeds 000 (pipe rows) and 003 (tab rows) as published,
 * their block 一's columns moved.
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, firstTable, fixture, SEEDS } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';
import { buildReport } from '../../../layouts';
import { formatTableEdit } from '../../../../server/src/features/format';

/** The seed with the three figure columns of block 一's header and rows put in the order `to` (to[k] = the form's column at position k). */
function reorder(seed: string, to: number[]): string {
  const text = fixture(seed);
  const t = firstTable(analyse(text).model, 'active');
  const from = t.blocks[0].header.end;
  const end = t.blocks[1].span.start;
  const lines = text.slice(from, end).split('\n').map((l) => {
    const sep = l.includes('\t') ? '\t' : '|';
    const cells = l.split(sep);
    // [label, c0, c1, c2] and, on a pipe row, its closing border.
    if (cells.length < 4 || !/\S/.test(cells[1])) return l;
    const moved = to.map((c) => cells[1 + c]);
    return [cells[0], ...moved, ...cells.slice(4)].join(sep);
  });
  return text.slice(0, from) + lines.join('\n') + text.slice(end);
}
const about = (t: string) => analyse(t).findings.filter((f) => f.code === 'table-shape').map((f) => `${f.severity} ${render(f.message)}`);

describe('table 二 in its header\'s column order', () => {
  for (const seed of [SEEDS.pipe, SEEDS.tabs]) {
    const text = fixture(seed);
    const figures = activeFigures(firstTable(analyse(text).model, 'active'));

    for (const [name, to, words] of [
      ['本年废止件数 first', [1, 0, 2], '本年废止件数、本年制发件数、现行有效件数'],
      ['现行有效件数 first', [2, 0, 1], '现行有效件数、本年制发件数、本年废止件数'],
    ] as const) {
      it(`${seed}, ${name}: every figure in its column, one warning naming the order`, () => {
        const moved = reorder(seed, [...to]);
        assert.notEqual(moved, text);
        assert.deepEqual(activeFigures(firstTable(analyse(moved).model, 'active')), figures);
        const added = about(moved).filter((m) => !about(text).includes(m));
        assert.deepEqual(added, [`warning 表二（主动公开）的列序与规定格式不同（${words}）：已按表头的列序读取，请按规定格式排列`]);
        // Not rewritten by 「对齐表格」: its header as written over cells in the form's order swapped its figures (found by a review).
        assert.equal(formatTableEdit(moved, firstTable(analyse(moved).model, 'active'), 'pipe'), undefined);
      });
    }

    it(`${seed}: the form's order as published, nothing said`, () => {
      assert.equal(firstTable(analyse(text).model, 'active').blocks.some((b) => b.columns), false);
      assert.deepEqual(reorder(seed, [0, 1, 2]), text);
    });
  }

  it('a cell a line (「信息内容 |」「本年废止件数 |」…, or without the pipes): the names in the order of their lines', () => {
    for (const pipes of [true, false]) {
      let text = buildReport('cellPerLine');
      if (!pipes) text = text.replace(/ \|$/gm, '').replace(/^\|+$/gm, '');
      const base = activeFigures(firstTable(analyse(text).model, 'active'));
      assert.equal(base['b1.normative'].join(), '2,1,35');
      const end = pipes ? ' |' : '';
      // 本年废止件数 first: its header lines and each row's first two figures swapped.
      const moved = text
        .replace(`本年制发件数${end}\n本年废止件数${end}`, `本年废止件数${end}\n本年制发件数${end}`)
        .replace(`行政规范性文件${end}\n2${end}\n1${end}`, `行政规范性文件${end}\n1${end}\n2${end}`);
      assert.notEqual(moved, text);
      const t = firstTable(analyse(moved).model, 'active');
      assert.deepEqual(activeFigures(t), base, String(pipes));
      assert.deepEqual(t.blocks[0].columns, [1, 0, 2]);
      assert.equal(firstTable(analyse(text).model, 'active').blocks[0].columns, undefined);
    }
  });
});
