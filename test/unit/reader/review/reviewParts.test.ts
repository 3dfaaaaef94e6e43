/**
 * Table 四 in parts, one above the other: a page too narrow for fifteen columns puts 行政复议's five
 * figures under their own header and the lawsuits' ten under theirs, or a row a group after its
 * name. The parts are read as the one row of fifteen they are — in every layout — and only when they
 * make exactly fifteen; otherwise the table says it could not be read whole (table-shape).
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../../../server/src/analysis/types';
import { fixAll } from '../../../../server/src/fixes/fixAll';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { analyse, firstTable, fixture, SEEDS } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';
import { buildReport, LAYOUTS, reviewParts, sampleFigures, type Layout, type ReviewParts } from '../../../layouts';

const SHAPES: ReviewParts[] = ['stacked', 'thirds', 'rows', 'merged', 'side', 'sideMerged', 'list', 'listMerged'];
const HEADING = '四、政府信息公开行政复议、行政诉讼情况';

/** The report in `layout` with its table 四 laid out in parts. */
function report(layout: Layout, shape: ReviewParts, review = sampleFigures().review): string {
  const text = buildReport(layout);
  const start = text.indexOf(HEADING) + HEADING.length + 1;
  const end = text.indexOf('\n\n五、', start);
  return text.slice(0, start) + reviewParts(layout, shape, review).join('\n') + text.slice(end);
}
const figures = (text: string) => firstTable(analyse(text).model, 'review').cells.map((c) => (c.kind === 'number' ? c.value : c.kind));
const about4 = (fs: Finding[]) => fs.filter((f) => /^(table-|review-|cell-)/.test(f.code)).map((f) => f.code);

describe('table 四 in parts, one above the other', () => {
  for (const layout of LAYOUTS.filter((l) => l !== 'spaces')) {
    for (const shape of SHAPES) {
      it(`${shape}, ${layout}: the fifteen figures in their columns; a wrong group total found and fixed`, () => {
        const review = sampleFigures().review;
        const text = report(layout, shape, review);
        assert.deepEqual(figures(text), review);
        assert.deepEqual(about4(analyse(text).findings), []);
        // 行政复议·总计 written wrong.
        const wrong = [...review.slice(0, 4), review[4] + 3, ...review.slice(5)];
        const bad = report(layout, shape, wrong);
        assert.deepEqual(figures(bad), wrong);
        const { findings } = analyse(bad);
        assert.deepEqual(about4(findings), ['review-total']);
        const fixed = applyEdits(bad, fixAll(bad));
        assert.deepEqual(figures(fixed), review);
        // 复议后起诉·总计 3 over four zeros: found, but fix-all does not erase the group's one figure.
        const only = report(layout, shape, [...review.slice(0, 14), 3]);
        assert.deepEqual(about4(analyse(only).findings), ['review-total']);
        assert.deepEqual(fixAll(only), []);
      });
    }
  }
  it('on its side, a page\'s number on a line of its own after its last row is none of its figures (found by the review of this change)', () => {
    for (const layout of ['pipe', 'tabs', 'markdown'] as Layout[]) {
      const review = sampleFigures().review;
      const text = report(layout, 'side', review).replace('\n\n五、', '\n\n5\n\n五、');
      assert.deepEqual(figures(text), review, layout);
    }
  });
  it('a part with a blank cell between its figures (「| 行政复议 | 0 |  | 0 | 0 | 0 |」) keeps it in its column', () => {
    // (Found by a review of converted tables: before, such a part was short of five figures, and the
    // whole table was table-shape with nothing read.)
    for (const layout of ['pipe', 'tabs'] as Layout[]) {
      for (const shape of ['rows', 'merged', 'thirds'] as ReviewParts[]) {
        const review = sampleFigures().review;
        const blankAt = 1; // 行政复议·结果纠正
        const marked = review.map((v, k) => (k === blankAt ? 7777 : v));
        const text = report(layout, shape, marked).replace(/7777/, '');
        const read = figures(text);
        assert.deepEqual(read, review.map((v, k) => (k === blankAt ? 'blank' : v)), `${layout} ${shape}`);
        assert.deepEqual(about4(analyse(text).findings), review[blankAt] === 0 ? ['cell-blank'] : ['cell-blank', 'review-total'], `${layout} ${shape}`);
        // A group left wholly blank (复议后起诉: none, and the page leaves its zeros blank), its row a line.
        if (shape !== 'rows' && shape !== 'merged') continue;
        const none = review.map((v, k) => (k >= 10 ? 0 : v));
        const blankGroup = report(layout, shape, none.map((v, k) => (k >= 10 ? 7777 : v))).replace(/7777/g, '');
        assert.deepEqual(figures(blankGroup), none.map((v, k) => (k >= 10 ? 'blank' : v)), `${layout} ${shape}, a blank group`);
      }
    }
  });

  it('parts in another order than the form\'s are placed by their names; a group named twice is no table in parts', () => {
    const f = sampleFigures().review;
    const v = (g: number) => f.slice(g * 5, g * 5 + 5).join(' | ');
    const o = '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |';
    const base = report('pipe', 'rows');
    const start = base.indexOf(HEADING) + HEADING.length + 1;
    const end = base.indexOf('\n\n五、', start);
    const with4 = (lines: string[]) => base.slice(0, start) + lines.join('\n') + base.slice(end);
    // 复议后起诉 before 未经复议直接起诉, a row each.
    const swapped = with4([o, `行政复议 | ${v(0)} |`, `行政诉讼（复议后起诉） | ${v(2)} |`, `行政诉讼（未经复议直接起诉） | ${v(1)} |`]);
    assert.deepEqual(figures(swapped), f);
    // The lawsuits' ten under one header naming 复议后起诉 first.
    const stacked = with4(['行政复议', o, `${v(0)} |`, '行政诉讼', '复议后起诉 | 未经复议直接起诉 |', `${o} ${o}`, `${v(2)} | ${v(1)} |`]);
    assert.deepEqual(figures(stacked), f);
    // 复议后起诉 twice: not read as the table, and said so.
    const twice = with4([o, `行政复议 | ${v(0)} |`, `行政诉讼（复议后起诉） | ${v(2)} |`, `行政诉讼（复议后起诉） | ${v(1)} |`]);
    assert.ok(firstTable(analyse(twice).model, 'review').cells.some((c) => c.kind === 'missing'));
    assert.ok(analyse(twice).findings.some((x) => x.code === 'table-shape'));
  });
  it('parts that do not make fifteen (a figure left out) are not read as the table: table-shape, nothing exported', () => {
    for (const shape of SHAPES) {
      // (复议后起诉's part with four figures.)
      const text = report('pipe', shape, sampleFigures().review.slice(0, 14));
      const t = firstTable(analyse(text).model, 'review');
      assert.ok(t.cells.some((c) => c.kind === 'missing'), shape);
      assert.ok(analyse(text).findings.some((f) => f.code === 'table-shape'), shape);
    }
  });
  it('a header row padded to fifteen with blank cells lends none of them to 行政复议: the row whole on its own line is the row', () => {
    // (A saved page whose merged header cells lost their spans, imported: its header rows are padded with empty cells.)
    const table = [
      '| 行政复议 | 行政诉讼 |  |  |  |  |  |  |  |  |  |  |  |  |  |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |  |  |  |  |  |  |  |  |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |  |  |  |  |  |',
      '| 5 |  |  | 2 | 7 | 8 |  |  | 1 | 9 |  |  |  |  |  |',
    ];
    const text = buildReport('pipe');
    const start = text.indexOf(HEADING) + HEADING.length + 1;
    const padded = text.slice(0, start) + table.join('\n') + text.slice(text.indexOf('\n\n五、', start));
    const blank = 'blank';
    assert.deepEqual(figures(padded), [5, blank, blank, 2, 7, 8, blank, blank, 1, 9, blank, blank, blank, blank, blank]);
    // Each blank cell reported where it is: on the figures' line.
    const row = padded.indexOf('| 5 |');
    assert.ok(analyse(padded).findings.filter((f) => f.code === 'cell-blank' && f.span.start > padded.indexOf(HEADING) && f.span.start < padded.indexOf('五、')).every((f) => f.span.start > row));
  });

  it('a row of fourteen figures under a header line closed by blank cells is fourteen, not fifteen read one column on (seed 000, found by a review)', () => {
    // Seed 000's header line ends 「| 总计 | |||||」; its row of figures lost one. Those blanks were taken for
    // 行政复议·结果维持, every figure moved a column on, and only a cell-blank on the header said anything.
    const seed = fixture(SEEDS.pipe);
    const row = '0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    assert.ok(seed.includes(`\n${row}\n`));
    const short = seed.replace(`\n${row}\n`, '\n1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n');
    const found = analyse(short).findings.filter((f) => f.span.start > short.indexOf(HEADING) && f.span.start < short.indexOf('五、存在'));
    assert.deepEqual(found.map((f) => [f.code, render(f.message)]), [['table-shape', '表四（行政复议、行政诉讼）应有 15 个数，只读到 14 个']]);
    assert.deepEqual(figures(short).slice(0, 5), [1, 0, 0, 0, 1]);
    // Fifteen figures under the same header are read as ever.
    assert.deepEqual(figures(seed), Array(15).fill(0));
    assert.deepEqual(about4(analyse(seed).findings), []);
  });

  it('a cell-a-line table 四 (seed 001) whose figures lost one: fourteen, not fifteen read from its filler line 「|||||」 one column on (found by a review: an invented blank 结果维持, every figure moved, the sums holding)', () => {
    const seed = fixture(SEEDS.traditional);
    const start = seed.indexOf('\n', seed.lastIndexOf('|||||\n', seed.indexOf('五、'))) + 1;
    const lines = seed.slice(start).split('\n');
    assert.ok(lines.slice(0, 15).every((l) => /^\d+ \|$/.test(l)), lines.slice(0, 15).join('/'));
    assert.deepEqual(figures(seed).length, 15);
    // The first figure line dropped, and one in the middle.
    for (const k of [0, 7]) {
      const short = seed.slice(0, start) + lines.filter((_, n) => n !== k).join('\n');
      const found = analyse(short).findings.filter((f) => f.code === 'table-shape' && f.span.start > short.indexOf('四、政府信息公開') && f.span.start < short.indexOf('五、'));
      assert.deepEqual(found.map((f) => render(f.message)), ['表四（行政复议、行政诉讼）应有 15 个数，只读到 14 个'], String(k));
      assert.ok(firstTable(analyse(short).model, 'review').cells.every((c) => c.kind !== 'blank'), String(k));
    }
  });

  it('a tab closing table 四\'s row (seed 003, its five 行政复议 cells blank) opens no cell: the figures stay in their columns (found by an audit of the export)', () => {
    const seed = fixture(SEEDS.tabs);
    const row = '\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
    assert.ok(seed.includes(`\n${row}\n`));
    for (const row15 of ['0\t0\t0\t0\t0\t0\t0\t0\t0\t0', '1\t0\t0\t0\t1\t0\t0\t0\t0\t0']) {
      const plain = seed.replace(`\n${row}\n`, `\n\t\t\t\t\t${row15}\n`);
      const tabbed = seed.replace(`\n${row}\n`, `\n\t\t\t\t\t${row15}\t\n`);
      assert.deepEqual(figures(tabbed), figures(plain), row15);
      assert.deepEqual(figures(tabbed).slice(5, 10), row15.split('\t').slice(0, 5).map(Number));
      assert.deepEqual(analyse(tabbed).findings.filter((f) => f.code === 'review-total'), []);
    }
  });

  it('blank cells closing the header\'s line that make the row whole with the figures below are its cells (seed 003\'s five blank 行政复议 cells moved up: found by a review)', () => {
    const seed = fixture(SEEDS.tabs);
    const row = '\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
    const at = seed.indexOf(`\n${row}\n`);
    assert.ok(at > 0);
    // The header's last line ends with the five blank cells; the ten figures alone on the next.
    const moved = seed.slice(0, at) + '\t\t\t\t\t' + `\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n` + seed.slice(at + row.length + 2);
    assert.deepEqual(figures(moved), figures(seed));
    assert.deepEqual(analyse(moved).findings.filter((f) => f.code === 'table-shape'), []);
  });
});

describe('table 四 with a note between its header and its figures', () => {
  for (const layout of LAYOUTS.filter((l) => l !== 'box' && l !== 'grid')) {
    it(`${layout}: 「注：行政复议、行政诉讼数量含上年度结转数量。」 under the header is passed over, the figures read (a PDF's text put the table's note there: 「表头后没有数字」, found by a review)`, () => {
      const text = buildReport(layout);
      const lines = text.split('\n');
      const h = lines.findIndex((l) => l.startsWith(HEADING));
      const row = lines.findIndex((l, i) => i > h && /^(?:\| )?\d|^\|\|\|/.test(l));
      assert.ok(h > 0 && row > h, layout);
      for (const note of ['注：行政复议、行政诉讼数量含上年度结转数量。', '注: 本表数据含上年度结转。']) {
        const noted = [...lines.slice(0, row), note, ...lines.slice(row)].join('\n');
        const read = analyse(noted);
        assert.deepEqual(firstTable(read.model, 'review').cells.map((c) => c.value), firstTable(analyse(text).model, 'review').cells.map((c) => c.value), `${layout} ${note}`);
        assert.deepEqual(read.findings.map((f) => f.code), analyse(text).findings.map((f) => f.code), `${layout} ${note}`);
      }
    });
  }

  it('a row of fifteen empty cells (tab-separated) is a table left blank: cell-blank, not 「表头后没有数字」; a header with no row still is (found by a review)', () => {
    const text = buildReport('tabs');
    const start = text.indexOf(HEADING) + HEADING.length + 1;
    const end = text.indexOf('\n\n五、', start);
    const header = '行政复议\t\t\t\t\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n' + Array(3).fill('结果维持\t结果纠正\t其他结果\t尚未审结\t总计').join('\t');
    const blank = text.slice(0, start) + header + '\n' + '\t'.repeat(14) + text.slice(end);
    assert.deepEqual(about4(analyse(blank).findings), ['cell-blank']);
    assert.deepEqual(figures(blank), Array(15).fill('blank'));
    const none = text.slice(0, start) + header + text.slice(end);
    assert.deepEqual(about4(analyse(none).findings), ['table-shape']);
  });
});
