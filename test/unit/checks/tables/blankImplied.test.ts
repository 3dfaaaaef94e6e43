/**
 * A blank part whose row's total and other parts are figures: its quick fix first writes what they say it
 * holds, 0 after it, neither preferred (the total may be the wrong figure). A writer who deleted 「5」 and left
 * the total 7 was offered only 「填 0」, preferred — a wrong figure written in (found by a writer's review in
 * code-server; a second review found a total typed wrong made the first fix wrong too).
 */
import assert from 'node:assert/strict';
import { analyse, appFigures, firstTable, fixture, reviewFigures, SEEDS, setCell } from '../../../helpers';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';
import { buildReport, sampleFigures } from '../../../layouts';

const text = fixture(SEEDS.traditional);
const blankOf = (t: string) => analyse(t).findings.filter((f) => f.code === 'cell-blank');

describe('cell-blank: a blank part of a row whose total says what it holds', () => {
  it('table 三: 「填 N」 (its row\'s 总计 less the other parts) first, 「填 0」 after it, neither preferred; the first gives the figures back', () => {
    const open = firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === 'open')!;
    const value = open.cells[0].value!;
    assert.ok(value > 0);
    const blanked = setCell(text, open.cells[0], '');
    const [f] = blankOf(blanked);
    assert.deepEqual(f.fixes!.slice(0, 2).map((x) => [render(x.title), !!x.preferred]), [
      // (Neither preferred: the total may be the wrong figure — a review — and only the writer knows which.)
      [`将「（一）予以公开·自然人」填 ${value}（所在行的合计减去其余各项）`, false],
      ['将「（一）予以公开·自然人」填 0', false],
    ]);
    const fixed = firstTable(analyse(applyEdits(blanked, f.fixes![0].edits)).model, 'applications');
    assert.deepEqual(appFigures(fixed), appFigures(firstTable(analyse(text).model, 'applications')));
  });

  it('a total that does not say (the other parts not all figures, or it leaves 0): 「填 0」 alone, preferred, as before', () => {
    const rows = firstTable(analyse(text).model, 'applications').rows;
    const w1 = rows.find((r) => r.id === 'w1')!;
    // 0 in the row: its total 0 says 0.
    const [zero] = blankOf(setCell(text, w1.cells[0], ''));
    assert.deepEqual(zero.fixes!.filter((x) => x.preferred).map((x) => render(x.title)), ['将「（三）1.属于国家秘密·自然人」填 0']);
  });

  it('table 四: a blank part of a group whose 总计 and other parts are figures', () => {
    const review = firstTable(analyse(text).model, 'review');
    const k = review.cells.findIndex((c, i) => i % 5 !== 4 && c.kind === 'number' && c.value! > 0);
    assert.ok(k >= 0, JSON.stringify(reviewFigures(review)));
    const blanked = setCell(text, review.cells[k], '');
    const [f] = blankOf(blanked);
    assert.match(render(f.fixes![0].title), new RegExp(`填 ${review.cells[k].value}（所在行的合计减去其余各项）$`));
    assert.equal(f.fixes![0].preferred, false);
    assert.deepEqual(reviewFigures(firstTable(analyse(applyEdits(blanked, f.fixes![0].edits)).model, 'review')), reviewFigures(review));
  });

  it('a blank total whose parts are figures: said once, by row-total with the sum — not by cell-blank and balance too (found by a writer\'s review)', () => {
    const pipe = fixture(SEEDS.pipe);
    const neu = firstTable(analyse(pipe).model, 'applications').rows.find((r) => r.id === 'new')!;
    const blanked = setCell(pipe, neu.cells[6], '');
    const about = (t: string) => analyse(t).findings.filter((f) => ['cell-blank', 'row-total', 'balance', 'column-total'].includes(f.code));
    assert.deepEqual(about(blanked).map((f) => `${f.code} ${render(f.message)}`), ['row-total 一、本年新收·总计 应为 9（9+0+0+0+0+0），实为 空白']);
  });

  it('table 三 filled from the top (the results and totals still blank): no balance error; a blank （七）总计 under figures said once, by column-total; 四 left blank said by the balance', () => {
    const f = sampleFigures();
    const upTo = (k: number) => buildReport('tabs', { app: f.app.map((r, i) => (i < k ? r : r.map(() => ''))) as unknown as number[][], review: f.review });
    const codesOf = (t: string) => analyse(t).findings.filter((x) => x.severity === 'error').map((x) => x.code);
    // 一 and 二 typed, nothing on the right yet.
    assert.deepEqual(codesOf(upTo(2)), []);
    // The first items typed under them: （七）总计 blank is what column-total says, each column once.
    const half = analyse(upTo(12)).findings.filter((x) => x.severity === 'error');
    assert.deepEqual(half.map((x) => x.code), ['column-total', 'column-total', 'column-total', 'column-total']);
    assert.match(render(half[0].message), /^（七）总计·自然人 应为 6（4\+2，其余各项为 0），实为 空白$/);
    // All but 四: the balance says what 四 should be.
    assert.deepEqual(codesOf(upTo(24)), ['balance', 'balance']);
    assert.deepEqual(codesOf(upTo(25)), []);
  });

  it('a blank total beside a part row-total cannot sum (「-1」「1.5」) is still said by cell-blank (found by a review)', () => {
    const pipe = fixture(SEEDS.pipe);
    const neu = firstTable(analyse(pipe).model, 'applications').rows.find((r) => r.id === 'new')!;
    for (const part of ['-1', '1.5']) {
      const t = setCell(setCell(pipe, neu.cells[6], ''), neu.cells[1], part);
      const found = analyse(t).findings.filter((f) => f.span.start === neu.cells[6].span.start || f.code === 'cell-blank');
      assert.ok(found.some((f) => f.code === 'cell-blank'), part);
    }
  });

  it('a total whose parts are all blank is not said to be 「应为 0（0+0+…）」: the parts are what is missing (found by a writer\'s review)', () => {
    const pipe = fixture(SEEDS.pipe);
    const neu = firstTable(analyse(pipe).model, 'applications').rows.find((r) => r.id === 'new')!;
    let t = pipe;
    for (let i = 5; i >= 0; i--) t = setCell(t, neu.cells[i], '');
    const f = analyse(t).findings.find((x) => x.code === 'row-total' && x.span.start >= neu.cells[6].span.start - 20)!;
    assert.equal(render(f.message), '一、本年新收·总计 为 9，而各项都是空白：请填写各项（无则填 0）');
    // (No fix setting the total to 0; the one figure that repairs the row and its column is still offered.)
    assert.ok(!(f.fixes ?? []).some((x) => x.edits.some((e) => e.newText.trim() === '0')));
    assert.deepEqual((f.fixes ?? []).map((x) => render(x.title)), ['将「一、本年新收·自然人」改为 9（同时修正所在行和勾稽关系）']);
  });
});

describe('a table 三 item whose total alone is written (a writer who typed it first)', () => {
  it('row-total asks for its parts, once (no 「填 0」 a cell, which would make the row wrong); （七）总计\'s columns are said not to add up yet, with no fix — the fix set a right （七）总计 to the sum without the row, and broke the row and the balance (found by a writer\'s trial)', () => {
    // (A row of two figures, 4 and 1: two columns' sums open.)
    const pipe = buildReport('pipe');
    const t = firstTable(analyse(pipe).model, 'applications');
    const open = t.rows.find((r) => r.id === 'open')!;
    const parts = open.cells.slice(0, 6).map((c) => c.value!);
    assert.equal(parts.filter((v) => v > 0).length, 2);
    let typed = pipe;
    for (let i = 5; i >= 0; i--) typed = setCell(typed, open.cells[i], '');
    const { findings } = analyse(typed);
    assert.deepEqual(blankOf(typed).filter((f) => f.span.start >= open.label.start && f.span.start <= open.cells[6].span.end), []);
    const row = findings.filter((f) => f.code === 'row-total');
    assert.deepEqual(row.map((f) => render(f.message)), [`（一）予以公开·总计 为 ${open.cells[6].value}，而各项都是空白：请填写各项（无则填 0）`]);
    const columns = findings.filter((f) => f.code === 'column-total');
    assert.equal(columns.length, parts.filter((v) => v > 0).length);
    for (const f of columns) {
      assert.match(render(f.message), /^（七）总计·\S+ 为 \d+，与已填写的各项之和 \d+ 不符；「（一）予以公开」只填了总计、各项尚未填写，填写后再核对$/);
      // (No fix that sets （七）总计; the one figure that repairs the row and the column at once may be offered: cheapestFix.ts.)
      const total = t.rows.find((r) => r.id === 'total')!;
      assert.ok(!(f.fixes ?? []).some((x) => x.edits.some((e) => e.span.start >= total.label.start && e.span.start <= total.cells[6].span.end)), render(f.message));
    }
    // Written, the parts make the table whole again.
    let filled = typed;
    const typedOpen = firstTable(analyse(typed).model, 'applications').rows.find((r) => r.id === 'open')!;
    for (let i = 5; i >= 0; i--) filled = setCell(filled, typedOpen.cells[i], String(parts[i]));
    assert.deepEqual(analyse(filled).findings.filter((f) => ['row-total', 'column-total', 'balance', 'cell-blank'].includes(f.code)), analyse(pipe).findings.filter((f) => ['row-total', 'column-total', 'balance', 'cell-blank'].includes(f.code)));
  });
});

describe('cell-blank: a table that leaves its zeros blank', () => {
  it('a spreadsheet pasted with zeros shown blank is one finding naming every blank cell, whose fix fills them all with 0 (42 warnings, one a cell, buried the errors: found by a review)', () => {
    const base = buildReport('tabs');
    const lines = base.split('\n');
    // Table 三's rows that hold a figure other than 0: their zeros left blank, as Excel's 「0 shown as blank」 copies them.
    const blanked = lines.map((l) => (/^[^\t]*[\u4e00-\u9fff][^\t]*\t/.test(l) && /\t[1-9][0-9]*(?=\t|$)/.test(l) && l.split('\t').length >= 8 ? l.replace(/\t0(?=\t|$)/g, '\t') : l)).join('\n');
    assert.notEqual(blanked, base);
    const found = blankOf(blanked);
    assert.equal(found.length, 1);
    const [f] = found;
    assert.ok(f.related!.length > 8);
    assert.equal(render(f.message), `本表有 ${f.related!.length} 个单元格为空，应填写数字（无则填 0）`);
    assert.equal(render(f.related![0].message), render(f.related![0].message).replace(/ 为空$/, '') + ' 为空');
    const fixed = applyEdits(blanked, f.fixes!.find((x) => x.preferred)!.edits);
    assert.equal(fixed, base);
    // A blank cell its row's total says holds a figure keeps its own finding and its 「填 N」: the many are filled with 0
    // without it (a grouped fix preferred wrote 0 over what the total said: found by a review).
    // (Row 一 as written in full, its zeros kept, then one of its figures deleted: its total says what the cell held.)
    const newLine = lines.find((l) => l.startsWith('一、本年新收'))!;
    const whole = blanked.replace(/^一、本年新收[^\n]*/m, newLine);
    const total = firstTable(analyse(whole).model, 'applications').rows.find((r) => r.id === 'new')!;
    const k = total.cells.findIndex((c, i) => i < 6 && c.kind === 'number' && c.value! > 0);
    const withImplied = setCell(whole, total.cells[k], '');
    const again = blankOf(withImplied);
    const own = again.find((x) => !x.related && x.span.start === total.cells[k].span.start)!;
    assert.ok(own, 'its own finding');
    assert.match(render(own.fixes![0].title), new RegExp(`填 ${total.cells[k].value}`));
    const grouped = again.find((x) => x.related)!;
    assert.ok(!grouped.fixes![0].edits.some((e) => e.span.start === total.cells[k].span.start));
    // A few blank cells are said one by one, as before.
    const few = lines.map((l) => (l.startsWith('一、本年新收') ? l.replace(/\t0(?=\t|$)/g, '\t') : l)).join('\n');
    assert.ok(blankOf(few).length > 1 && blankOf(few).every((x) => !x.related));
  });
});
