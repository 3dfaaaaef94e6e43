/**
 * Table 三 split by its columns into two blocks one above the other (「续表」): 自然人…科研机构 first, then
 * 社会公益组织…总计, each block with the 25 row names — as a portrait page, a PDF or a site sets a table too wide.
 * Read as two tables, every row of each was 「应有 7 个数，只读到 3 个」: fifty errors, nothing exported (found by a review).
 */
import assert from 'node:assert/strict';
import { ReportDocument } from '../../../../server/src/checks/document';
import { render } from '../../../../server/src/i18n/render';
import { analyse, appFigures, firstTable } from '../../../helpers';
import { buildReport } from '../../../layouts';

const NAMES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

/** The tab layout's table 三 written in two blocks of its columns, the first `k` and the rest; with or without column names. */
function split(k: number, named: boolean, layout: 'tabs' | 'markdown'): string {
  const text = buildReport(layout);
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.includes('（本列数据的勾稽关系为'));
  const last = lines.findIndex((l) => l.startsWith(layout === 'tabs' ? '四、结转下年度继续办理' : '| 四、结转下年度继续办理'));
  const rows = lines.slice(first, last + 1).filter((l) => /\d/.test(l) && !l.includes('勾稽'));
  const block = (cols: number[]) => {
    const header = layout === 'tabs' ? ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ...(named ? cols.map((c) => NAMES[c]) : [])] : [`| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |${named ? cols.map((c) => ` ${NAMES[c]} |`).join('') : ''}`, '|---|---|'];
    const body = rows.map((l) => {
      if (layout === 'tabs') {
        const f = l.split('\t');
        const figures = f.slice(-7);
        return [...f.slice(0, -7), ...cols.map((c) => figures[c])].join('\t');
      }
      const f = l.split(' | ');
      const figures = f.slice(-7).map((x) => x.replace(/ \|$/, ''));
      return [...f.slice(0, -7), ...cols.map((c) => figures[c])].join(' | ') + ' |';
    });
    return [...header, ...body];
  };
  const a = Array.from({ length: k }, (_, i) => i);
  const b = Array.from({ length: 7 - k }, (_, i) => k + i);
  return [...lines.slice(0, first), ...block(a), '', '（续表）', '', ...block(b), ...lines.slice(last + 1)].join('\n');
}

describe('table 三 in two blocks of its columns (「续表」)', () => {
  for (const layout of ['tabs', 'markdown'] as const) {
    const base = appFigures(firstTable(analyse(buildReport(layout)).model, 'applications'));
    for (const k of [3, 4])
      for (const named of [true, false])
        it(`${layout}: the first ${k} columns, then the rest${named ? '' : ', no column names'}: one table, the figures of the whole, nothing said`, () => {
          const text = split(k, named, layout);
          const { model, findings } = analyse(text);
          const tables = model.sections.flatMap((s) => s.tables).filter((t) => t.kind === 'applications');
          assert.equal(tables.length, 1);
          assert.deepEqual(appFigures(firstTable(model, 'applications')), base);
          assert.deepEqual(findings.filter((f) => f.severity !== 'information').map((f) => `${f.code} ${render(f.message)}`), []);
        });
  }

  it('a figure altered in the second block is said at its cell, by its row and column; an edit reads as the text read fresh', () => {
    const text = split(3, true, 'tabs');
    const t = firstTable(analyse(text).model, 'applications');
    const cell = t.rows.find((r) => r.id === 'open')!.cells[5];
    const altered = text.slice(0, cell.span.start) + '9' + text.slice(cell.span.end);
    const said = analyse(altered).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(said.map((f) => [f.code, f.span.start]).sort(), [['column-total', said.find((f) => f.code === 'column-total')!.span.start], ['row-total', said.find((f) => f.code === 'row-total')!.span.start]].sort());
    assert.ok(said.some((f) => f.code === 'row-total' && render(f.message).includes('（一）予以公开')));
    // The same edit made on the document: the blocks joined again as fresh.
    const doc = new ReportDocument(text);
    doc.findings();
    doc.update(cell.span.start, cell.span.end, '9');
    assert.deepEqual(doc.findings().map((f) => [f.code, f.span.start]), analyse(altered).findings.map((f) => [f.code, f.span.start]));
    doc.update(cell.span.start, cell.span.start + 1, text.slice(cell.span.start, cell.span.end));
    assert.deepEqual(doc.findings().map((f) => f.code), analyse(text).findings.map((f) => f.code));
  });

  it('a block whose header has two rows, 总计 on the group\'s row over the organisations (「法人或其他组织 | 总计」 / 「社会公益组织 | … | 其他」): 总计 is still the last column (read in the order written, it took 社会公益组织\'s: found by a review)', () => {
    const text = split(3, true, 'tabs');
    const second = text.lastIndexOf('社会公益组织\n法律服务机构\n其他\n总计');
    assert.ok(second > 0);
    const twoRows = text.slice(0, second) + '法人或其他组织\n总计\n社会公益组织\n法律服务机构\n其他' + text.slice(second + '社会公益组织\n法律服务机构\n其他\n总计'.length);
    const { model, findings } = analyse(twoRows);
    assert.deepEqual(appFigures(firstTable(model, 'applications')), appFigures(firstTable(analyse(buildReport('tabs')).model, 'applications')));
    assert.deepEqual(findings.filter((f) => f.severity !== 'information').map((f) => f.code), []);
  });

  it('two tables 三 that are not one table\'s blocks stay two (a region\'s and its own government\'s, whole)', () => {
    const text = buildReport('tabs');
    const a = text.indexOf('（本列数据的勾稽关系为');
    const b = text.indexOf('\n', text.indexOf('四、结转下年度继续办理', a));
    const twice = text.slice(0, b) + '\n\n' + text.slice(a, b) + text.slice(b);
    const tables = analyse(twice).model.sections.flatMap((s) => s.tables).filter((t) => t.kind === 'applications');
    assert.equal(tables.length, 2);
  });
});
