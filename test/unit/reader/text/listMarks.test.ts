/**
 * Markdown's list marks on a report's lines: a section heading after a bullet (「- 四、…」), whose 「-」 was read
 * as a none mark in the last row of the table above it, and table 三's items numbered with circled
 * numbers (「③其他」), whose exact label went unread (both found by a review); and a list number whose point stands a
 * space off it (「3 .危及…」), read as a figure of the row above (found by a later review).
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, appFigures, firstTable, fixture, reviewFigures, SEEDS } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';
import { buildReport } from '../../../layouts';

const text = fixture(SEEDS.pipe);
const errors = (t: string) => analyse(t).findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${render(f.message)}`);

describe('list marks', () => {
  for (const bullet of ['- ', '+ ', '* ']) {
    it(`「${bullet}」 before the headings after tables: the tables' last rows keep their figures`, () => {
      const listed = text.replace(/^(三、收到和处理|四、政府信息公开行政复议|五、存在的主要问题)/gm, `${bullet}$1`);
      assert.notEqual(listed, text);
      assert.deepEqual(errors(listed), errors(text));
      const [a, b] = [analyse(listed).model, analyse(text).model];
      assert.deepEqual(activeFigures(firstTable(a, 'active')), activeFigures(firstTable(b, 'active')));
      assert.deepEqual(appFigures(firstTable(a, 'applications')), appFigures(firstTable(b, 'applications')));
      assert.deepEqual(reviewFigures(firstTable(a, 'review')), reviewFigures(firstTable(b, 'review')));
      assert.equal(analyse(listed).model.sections.length, analyse(text).model.sections.length);
    });
  }

  it('one bullet only: a row of none marks before a heading on its line stays the row\'s (found by a review)', () => {
    // Table 四's row of fifteen 「-」, then section 五's heading on the same line.
    const lines = text.split('\n');
    const row = lines.findIndex((l) => /^\d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|/.test(l));
    const dashes = Array(15).fill('-').join('\t');
    lines[row] = dashes + ' ' + lines[row + 1];
    lines.splice(row + 1, 1);
    const joined = lines.join('\n');
    assert.ok(joined.includes('-\t- 五、存在的主要问题'));
    assert.equal(firstTable(analyse(joined).model, 'review').found, 15);
    assert.ok(!errors(joined).some((e) => e.startsWith('table-shape')), errors(joined).join('\n'));
  });

  it('table 三\'s items numbered ①②③: every row read, 「③其他」 too', () => {
    const circled = text.replace(/^(\(六\)其他处理 \| )1\./m, '$1①').replace(/^2\.申请人逾期/m, '②申请人逾期').replace(/^3\.其他 \|/m, '③其他 |');
    assert.equal((circled.match(/[①②③]/g) ?? []).length, 3);
    assert.deepEqual(errors(circled), errors(text));
    assert.deepEqual(appFigures(firstTable(analyse(circled).model, 'applications')), appFigures(firstTable(analyse(text).model, 'applications')));
  });

  it('table 三\'s items numbered with a space for the point (「| 1 申请人无正当理由… |」「| 3 其他 |」) in a table\'s cells: the number is the label\'s, no figure of the row above (（六）其他处理 was said to have 1 of 7: found by a review of Word files)', () => {
    for (const layout of ['pipe', 'tabs', 'markdown'] as const) {
      const plain = buildReport(layout);
      const spaced = plain.replace(/1\.申请人无正当理由/, '1 申请人无正当理由').replace(/2\.重复申请/, '2 重复申请').replace(/^(\| )?3\.其他/m, '$13\u3000其他');
      assert.equal(spaced.match(/[123][ \u3000](?:申请人无正当|重复申请|其他)/g)?.length, 3, layout);
      assert.deepEqual(errors(spaced), errors(plain), layout);
      assert.deepEqual(appFigures(firstTable(analyse(spaced).model, 'applications')), appFigures(firstTable(analyse(plain).model, 'applications')), layout);
    }
    // A figure and its unit in a cell (「5 件」) is still the figure cell-invalid names.
    const counted = buildReport('pipe').replace(/(（一）予以公开[^|]*\| )\d+/, '$15 件');
    assert.ok(analyse(counted).findings.some((f) => f.code === 'cell-invalid'));
  });

  for (const spaced of ['3 .', '3 、', '３ ．', '3 . ']) {
    it(`「${spaced}危及…」 and 「${spaced}其他」 after a row with a blank cell: labels, not a figure that fills the blank (found by a review)`, () => {
      // Row 2.其他法律… with its 社会公益组织 left blank: 6 figures and the blank; the next row's 「3」 was read as its last
      // figure — 7,0,0,0,1,8,3, a false row-total and three column totals — and 「3 .其他」 was no row at all.
      let t = text.replace('2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '2.其他法律行政法规禁止公开 | 0 | 0 | 0 |  | 0 | 0 | 0 |');
      t = t.replace('\n3.危及“三安全一稳定” |', `\n${spaced}危及“三安全一稳定” |`).replace('\n3.其他 |', `\n${spaced}其他 |`);
      assert.equal(t.split(spaced).length, 3);
      const t3 = appFigures(firstTable(analyse(t).model, 'applications'));
      assert.deepEqual(t3.w2, [0, 0, 0, '', 0, 0, 0]);
      assert.deepEqual(t3.w3, [0, 0, 0, 0, 0, 0, 0]);
      assert.deepEqual(t3.o3, [1, 0, 0, 0, 0, 0, 1]);
      assert.deepEqual(errors(t), errors(text));
    });
  }
});
