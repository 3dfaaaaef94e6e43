/**
 * Table 三 whose header, written in cells, orders its figure columns otherwise than the form (总计 first,
 * the organisations reversed): read in its own order, with one table-shape warning — its figures went to the
 * wrong columns, with false row-total and text-mismatch errors and wrong exported figures (found by a review).
 * Only a header that says the order for certain counts: a grid whose lines have their cells.
 */
import assert from 'node:assert/strict';
import { analyse, appFigures, firstTable, fixture, SEEDS } from '../../../helpers';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { rewriteTableEdit } from '../../../../server/src/analysis/write/rewriteTable';
import { render } from '../../../../server/src/i18n/render';

const text = fixture(SEEDS.tabs);
const table = firstTable(analyse(text).model, 'applications');
/** Seed 003 with its table 三 written as a Markdown grid, its columns in the form's order. */
const markdown = applyEdits(text, [rewriteTableEdit(text, table, 'markdown', {})!]);
/** The same with the seven figure columns of every line put in the order `to` (to[k] = the form's column at position k). */
function reorder(to: number[]): string {
  const t = firstTable(analyse(markdown).model, 'applications');
  const lines = markdown.slice(t.span.start, t.span.end).split('\n');
  const moved = lines.map((l) => {
    const cells = l.split('|');
    // ['', label, c0 … c6, ''] on a Markdown line.
    if (cells.length !== 10) return l;
    const figures = cells.slice(2, 9);
    return [cells[0], cells[1], ...to.map((c) => figures[c]), cells[9]].join('|');
  });
  return markdown.slice(0, t.span.start) + moved.join('\n') + markdown.slice(t.span.end);
}
const about = (t: string) => analyse(t).findings.filter((f) => f.code !== 'mixed-script').map((f) => `${f.severity} ${f.code} ${render(f.message)}`);

describe('table 三 in its header\'s column order', () => {
  it('the form\'s order, as the formatter writes it: read as before, nothing said', () => {
    assert.deepEqual(appFigures(firstTable(analyse(markdown).model, 'applications')), appFigures(table));
    assert.deepEqual(about(markdown), about(text));
  });

  for (const [name, to] of [
    ['总计 first', [6, 0, 1, 2, 3, 4, 5]],
    ['the organisations reversed', [0, 5, 4, 3, 2, 1, 6]],
    ['法人或其他组织 before 自然人', [1, 2, 3, 4, 5, 0, 6]],
  ] as const) {
    it(`${name}: every figure in its column, one warning naming the order`, () => {
      const moved = reorder([...to]);
      assert.notEqual(moved, markdown);
      assert.deepEqual(appFigures(firstTable(analyse(moved).model, 'applications')), appFigures(table));
      const added = about(moved).filter((m) => !about(markdown).includes(m));
      assert.equal(added.length, 1, added.join('\n'));
      assert.match(added[0], /^warning table-shape 表三（收到和处理申请）的列序与规定格式不同（.+）：已按表头的列序读取/);
    });
  }

  it('a spreadsheet\'s copy (tab-separated, a header line ending with its merged cells\' empty ones, 「总计⇥自然人⇥法人或其他组织⇥⇥⇥⇥」): read in its order too', () => {
    // (Found by a review: a closing tab was taken for a closing border, the lines' cells then differed in number, and the order was dropped — 8 false row-total errors.)
    const moved = reorder([6, 0, 1, 2, 3, 4, 5]);
    const tabbed = moved
      .split('\n')
      .filter((l) => !/^\|[-|]+\|$/.test(l))
      .map((l) => (l.startsWith('|') ? l.slice(1, -1).split('|').map((c) => c.replace(/^[ \u3000]+|[ \u3000]+$/g, '')).join('\t') : l))
      .join('\n');
    assert.match(tabbed, /\t总计\t自然 ?人\t法人或其他组织\t\t\t\t\n/);
    const t = firstTable(analyse(tabbed).model, 'applications');
    assert.deepEqual(t.columns, [6, 0, 1, 2, 3, 4, 5]);
    assert.deepEqual(appFigures(t), appFigures(table));
    assert.equal(analyse(tabbed).findings.filter((f) => f.severity === 'error').length, analyse(text).findings.filter((f) => f.severity === 'error').length);
  });

  it('a two-level header flattened into one line (「法人或其他组织-商业企业」 …), 总计 first: read in its order (found by a review)', () => {
    // The flattened names named no column: the table was read in the form's order, its 总计 taken for 自然人 (3 false row totals).
    const lines = reorder([6, 0, 1, 2, 3, 4, 5]).split('\n');
    const top = lines.findIndex((l) => l.includes('法人或其他组织') && l.includes('自然'));
    assert.match(lines[top + 1], /商业 企业/);
    const orgs = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((o) => `法人或其他组织-${o}`);
    lines.splice(top, 2, `| | 总计 | 自然人 | ${orgs.join(' | ')} |`);
    const t = firstTable(analyse(lines.join('\n')).model, 'applications');
    assert.deepEqual(t.columns, [6, 0, 1, 2, 3, 4, 5]);
    assert.deepEqual(appFigures(t), appFigures(table));
  });

  describe('a cell a line (seed 001\'s layout)', () => {
    const trad = fixture(SEEDS.traditional);
    const base = firstTable(analyse(trad).model, 'applications');
    /** Seed 001 with its header's name lines in `level1` / `orgs` order and each row's seven figure lines in the order `to`. */
    function cellPerLine(level1: string[], orgs: string[], to: number[]): string {
      const lines = trad.split('\n');
      const at = (w: string) => lines.findIndex((l) => l === `${w} |`);
      const l1 = ['自然人', '法人或其他組織', '總計'].map(at);
      const o = ['商業 企業', '科研 機構', '社會公益組織', '法律服務機構', '其他'].map(at);
      l1.forEach((k, i) => (lines[k] = `${level1[i]} |`));
      o.forEach((k, i) => (lines[k] = `${orgs[i]} |`));
      for (const r of base.rows) {
        const k = lines.findIndex((l, n) => n > o[4] && l.startsWith(trad.slice(r.label.start, r.label.end).split('\n')[0]));
        if (k < 0 || !lines.slice(k + 1, k + 8).every((l) => /^\d+ \|$/.test(l))) continue;
        const figures = lines.slice(k + 1, k + 8);
        to.forEach((c, p) => (lines[k + 1 + p] = figures[c]));
      }
      return lines.join('\n');
    }
    const orgs = ['商業 企業', '科研 機構', '社會公益組織', '法律服務機構', '其他'];
    it('总计 first, or the organisations reversed: every figure in its column, one warning', () => {
      for (const [level1, o, to] of [
        [['總計', '自然人', '法人或其他組織'], orgs, [6, 0, 1, 2, 3, 4, 5]],
        [['自然人', '法人或其他組織', '總計'], [...orgs].reverse(), [0, 5, 4, 3, 2, 1, 6]],
      ] as const) {
        const moved = cellPerLine([...level1], [...o], [...to]);
        assert.notEqual(moved, trad);
        const t = firstTable(analyse(moved).model, 'applications');
        assert.deepEqual(t.columns, [...to]);
        assert.deepEqual(appFigures(t), appFigures(base));
        const added = about(moved).filter((m) => !about(trad).includes(m));
        assert.equal(added.length, 1, added.join('\n'));
        assert.match(added[0], /^warning table-shape 表三（收到和处理申请）的列序与规定格式不同/);
      }
    });
    it('as published, or without its organisations\' group line (自然人, 總計, the five: a two-level header read row by row or the five first, cannot be told): the form\'s order', () => {
      assert.equal(base.columns, undefined);
      const noGroup = trad.replace('\n法人或其他組織 |\n', '\n|\n');
      assert.notEqual(noGroup, trad);
      assert.equal(firstTable(analyse(noGroup).model, 'applications').columns, undefined);
    });
  });

  it('a header as published whose organisations are in another order — the tab copy\'s names in their places from the line\'s start, the pipe copy\'s two-level header by its names\' sequence —: read in that order (found by a review: 社会公益组织\'s figures exported as 科研机构\'s)', () => {
    // Seed 003 (tabs, the header's lines of different lengths) and seed 000 (pipes, the organisations' line without the
    // empty cells under 自然人): 科研机构 and 社会公益组织 swapped in the header and in every row.
    for (const [seed, header, swapped] of [
      [SEEDS.tabs, '\t商业 企业\t科研 机构\t社会公益 组织\t', '\t商业 企业\t社会公益 组织\t科研 机构\t'],
      [SEEDS.pipe, '商业 企业 | 科研 机构 | 社会公益组织 |', '商业 企业 | 社会公益组织 | 科研 机构 |'],
    ] as const) {
      const published = fixture(seed);
      const base = firstTable(analyse(published).model, 'applications');
      assert.ok(published.includes(header), seed);
      let moved = published.replace(header, swapped);
      // Every row's figures of the two columns swapped in the text, from the last so that places hold.
      const cells = base.rows.flatMap((r) => [[r.cells[2], r.cells[3]]]).reverse();
      for (const [a, b] of cells) {
        if (a.span.end > b.span.start) continue;
        const [ta, tb] = [moved.slice(a.span.start, a.span.end), moved.slice(b.span.start, b.span.end)];
        moved = moved.slice(0, a.span.start) + tb + moved.slice(a.span.end, b.span.start) + ta + moved.slice(b.span.end);
      }
      // (Offsets hold: the header's change keeps its length, and it stands before the rows.)
      assert.equal(moved.length, published.length);
      const t = firstTable(analyse(moved).model, 'applications');
      assert.deepEqual(t.columns, [0, 1, 3, 2, 4, 5, 6], seed);
      assert.deepEqual(appFigures(t), appFigures(base), seed);
      const added = about(moved).filter((m) => !about(published).includes(m));
      assert.equal(added.length, 1, added.join('\n'));
      assert.match(added[0], /^warning table-shape 表三（收到和处理申请）的列序与规定格式不同/);
    }
    // A line shifted against the others (a leading tab lost): its places say nothing certain, the form's order is kept.
    const shifted = fixture(SEEDS.tabs).replace('\t\t自然 人\t', '\t自然 人\t');
    assert.notEqual(shifted, fixture(SEEDS.tabs));
    assert.equal(firstTable(analyse(shifted).model, 'applications').columns, undefined);
  });

  it('a header whose lines lost their empty cells says nothing of the order: the form\'s is kept (seeds 000 and 003 as published)', () => {
    for (const seed of [SEEDS.pipe, SEEDS.tabs, SEEDS.traditional]) {
      const t = firstTable(analyse(fixture(seed)).model, 'applications');
      assert.equal(t.columns, undefined, seed);
    }
  });
});
