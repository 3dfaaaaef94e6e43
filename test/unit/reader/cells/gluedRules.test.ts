/**
 * The rules that split glued figures, on a real glued page (gwh 2022) altered the way reports
 * really go wrong: a run split only by the column rules, a run no rule can settle, a run no split
 * can read, a one-digit-per-cell run that breaks its own total, table 四 split by its group
 * totals. A rule used to choose a split is never reported as satisfied or violated.
 */
import assert from 'node:assert/strict';
import { hoverMarkdown } from '../../../../server/src/features/hover';
import { render } from '../../../../server/src/i18n/render';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { analyse, appFigures, codes, firstTable, fixture, reviewFigures, ZERO7 } from '../../../helpers';
import { buildReport } from '../../../layouts';

const GWH = fixture('glued/gwh_2022.txt');
/** Replaces the figures glued after a row label (the run up to the next label) in the page. */
function setRun(text: string, label: string, run: string): string {
  const at = text.indexOf(label);
  assert.ok(at >= 0, label);
  const from = at + label.length;
  const m = /^\s*[0-9 ]+?(?=\s*(?:\d\.|[（(\u4e00-\u9fff]))/.exec(text.slice(from));
  assert.ok(m, `figures after ${label}`);
  return text.slice(0, from) + ' ' + run + text.slice(from + m[0].length);
}
const ARITHMETIC = ['row-total', 'column-total', 'balance', 'review-total'];

describe('glued figures: splitting by the rules', () => {
  it('a run the row total cannot settle is settled by the column rules — and those rules are then not checked', () => {
    // （一）予以公开 33 natural persons: 「330000033」 reads 33|0|…|33 or 3|30|…|33; only the first fits the columns.
    let text = setRun(GWH, '（一）予以公开', '330000033');
    text = setRun(text, '一、本年新收政府信息公开申请数量', '422000044');
    text = setRun(text, '（七）总计', '422000044');
    const { model, findings } = analyse(text);
    const t3 = firstTable(model, 'applications');
    const open = t3.rows.find((r) => r.id === 'open')!;
    assert.deepEqual(open.glue?.how, 'columns');
    assert.deepEqual(appFigures(t3).open, [33, 0, 0, 0, 0, 0, 33]);
    assert.deepEqual(t3.glue?.rules.sort(), ['balance', 'column-total', 'row-total']);
    assert.deepEqual(codes(findings).filter((c) => ARITHMETIC.includes(c)), []);
    const hover = hoverMarkdown(model, findings, open.cells[0].span.start, 'zh-cn')!.markdown;
    assert.match(hover, /推断：由列合计和勾稽关系确定拆分/);
    const totalHover = hoverMarkdown(model, findings, t3.rows.find((r) => r.id === 'total')!.cells[0].span.start, 'zh-cn')!.markdown;
    assert.match(totalHover, /此规则用于拆分连在一起的数字，不作核对/);
    assert.doesNotMatch(totalHover, /✓/);
  });

  it('a column that fails whichever way an open row is split is still reported (a wrong total in a glued table)', () => {
    // （一）予以公开 「330000033」 reads 33|0|… or 3|30|…; （七）总计 says 43 natural persons and 1 business:
    // the other items give 9 and 2, so the column sums are 42 or 12, and 2 or 32 — never 43, never 1.
    let text = setRun(GWH, '（一）予以公开', '330000033');
    text = setRun(text, '一、本年新收政府信息公开申请数量', '422000044');
    text = setRun(text, '（七）总计', '431000044');
    const { model, findings } = analyse(text);
    const t3 = firstTable(model, 'applications');
    assert.equal(t3.rows.find((r) => r.id === 'open')!.glue?.status, 'ambiguous');
    const cols = findings.filter((f) => f.code === 'column-total');
    assert.deepEqual(cols.map((f) => render(f.message, 'zh-cn')), [
      '（七）总计·自然人 为 43，但「（一）予以公开」的连写数字按符合本行合计的任何一种拆法，各项之和都不等于它（可能的和：12、42）',
      '（七）总计·商业企业 为 1，但「（一）予以公开」的连写数字按符合本行合计的任何一种拆法，各项之和都不等于它（可能的和：2、32）',
    ]);
    assert.ok(cols.every((f) => f.severity === 'error' && !f.fixes?.length));
    // Split so that the columns can hold, nothing is said of them.
    const fits = analyse(setRun(text, '（七）总计', '422000044')).findings;
    assert.deepEqual(fits.filter((f) => f.code === 'column-total'), []);
  });

  it('two runs that compensate each other: the rows are ambiguous, named with their readings, and only the cells every reading agrees on are read and checked', () => {
    let text = setRun(GWH, '（一）予以公开', '330000033');
    text = setRun(text, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '330000033');
    // Natural persons 36 and businesses 30 in all: 3+33 | 30+0, or 33+3 | 0+30.
    text = setRun(text, '一、本年新收政府信息公开申请数量', '4532000077');
    text = setRun(text, '（七）总计', '4532000077');
    const { model, findings } = analyse(text);
    const t3 = firstTable(model, 'applications');
    for (const id of ['open', 'partial']) {
      const r = t3.rows.find((x) => x.id === id)!;
      assert.equal(r.glue?.status, 'ambiguous', id);
      assert.deepEqual(r.glue?.readings, [[3, 30, 0, 0, 0, 0, 33], [33, 0, 0, 0, 0, 0, 33]]);
      // (自然人 and 商业企业 differ between the readings; the other five cells are the same in both: read.)
      assert.deepEqual(r.cells.map((c) => (c.kind === 'unknown' ? '?' : c.value)), ['?', '?', 0, 0, 0, 0, 33]);
    }
    // The columns still settle 一 and （七）: 4|53|20|…|77 would need a negative figure elsewhere.
    assert.deepEqual(appFigures(t3).new, [45, 32, 0, 0, 0, 0, 77]);
    assert.equal(t3.rows.find((r) => r.id === 'total')!.glue?.how, 'columns');
    const amb = findings.filter((f) => f.code === 'table-ambiguous');
    assert.equal(amb.length, 3); // the two rows, and 行政规范性文件 of table 二
    assert.equal(render(amb[1].message), '「（一）予以公开」的数字「330000033」有 2 种拆法都符合合计：3|30|0|0|0|0|33、33|0|0|0|0|0|33；列合计与勾稽关系也无法确定，各种拆法不一致的格未作核对');
    // In English the readings are listed with commas (found by a review: 「5|4|16、5|41|6」 in an English sentence).
    assert.match(render(amb[1].message, 'en'), /3\|30\|0\|0\|0\|0\|33, 33\|0\|0\|0\|0\|0\|33/);
    assert.doesNotMatch(render(amb[1].message, 'en'), /、/);
    assert.deepEqual(codes(findings).filter((c) => ARITHMETIC.includes(c)), []);
    assert.match(hoverMarkdown(model, findings, t3.rows.find((r) => r.id === 'open')!.cells[3].span.start, 'zh-cn')!.markdown, /无法确定：「330000033」有多种拆法/);
  });

  it('a column every open row\'s readings agree on is checked: a 总计 column that fails the 勾稽关系 or its total, whichever split is true (generated reports a review made, glued)', () => {
    // Each open row's readings end with the same 总计 (「92256385128101015」: 9|225|…|1015 or 92|256|…|1015): the 总计 column is
    // known in every row. Its error went unsaid (only table-ambiguous, 「这一行未作核对」); the other columns stay unchecked.
    const balance = analyse(fixture('generated/yuhang.glued-open-rows-balance.txt')).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(balance.map((f) => [f.code, render(f.message).split('：')[0]]), [['balance', '勾稽关系不平（总计）']]);
    const total = analyse(fixture('generated/mianyang.glued-open-rows-column-total.txt')).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(total.map((f) => [f.code, f.arith?.col, f.arith?.expected, f.arith?.actual]), [['column-total', 6, 1019, 1018]]);
  });

  it('figures written with thousands commas, glued: the comma stays inside its figure (a generated report a review made)', () => {
    // 「1,117241874592061,975」 is 1,117|2|4|187|459|206|1,975. It was cut at its commas: 「117241874592061,975」 no
    // figure (cell-invalid), the row 2 of 7 (table-shape), three rows of table 三 left unread.
    const text = fixture('generated/yinzhou.glued-thousands-commas.txt');
    const { model, findings } = analyse(text);
    const t3 = firstTable(model, 'applications');
    const figures = appFigures(t3);
    assert.deepEqual(figures.new, [1117, 2, 4, 187, 459, 206, 1975]);
    assert.deepEqual(figures.total, [1108, 2, 4, 187, 459, 220, 1980]);
    assert.deepEqual(figures.carryNext, [9, 0, 0, 0, 0, 9, 18]);
    const first = t3.rows.find((r) => r.id === 'new')!.cells;
    assert.deepEqual([first[0], first[6]].map((c) => text.slice(c.span.start, c.span.end)), ['1,117', '1,975']);
    assert.deepEqual(findings.filter((f) => f.severity === 'error'), []);
    assert.equal(t3.rows.filter((r) => r.cells.some((c) => c.value === undefined)).length, 0);
  });

  it('a run with thousands commas: a figure without one has three digits at most, and no comma falls between figures', () => {
    // 1,117|24|18|… would add up as well as 1,117|2|4|…: the commas choose (every figure of four digits has one).
    const text = setRun(GWH, '（一）予以公开', '1,117241874592061,975');
    const open = firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === 'open')!;
    assert.deepEqual(open.cells.map((c) => c.value), [1117, 2, 4, 187, 459, 206, 1975]);
    assert.deepEqual(open.glue?.status, 'read');
    // Two readings that add up: each fix writes its figures apart, every comma kept inside its figure.
    const twoWays = setRun(GWH, '（一）予以公开', '1,2001212001,215');
    const found = analyse(twoWays).findings.find((f) => f.code === 'table-ambiguous' && render(f.message).includes('1,2001212001,215'))!;
    const written = found.fixes!.map((x) => {
      const fixed = applyEdits(twoWays, x.edits);
      return fixed.slice(fixed.indexOf('（一）予以公开') + 7, fixed.indexOf('1,215', fixed.indexOf('（一）予以公开')) + 5).trim();
    });
    assert.deepEqual(written.sort(), ['1,200 1 2 12 0 0 1,215', '1,200 12 1 2 0 0 1,215']);
    // A comma with fewer than three digits after it is no thousands comma: the run is not read with one.
    const apart = firstTable(analyse(setRun(GWH, '（一）予以公开', '1,1724')).model, 'applications').rows.find((r) => r.id === 'open')!;
    assert.ok(!apart.cells.some((c) => c.value === 1172 || c.value === 11724));
  });

  it('a unit after a row\'s last figure, glued to the next row\'s label (「…0020002件4.保护…」), ends the row: no sentence (found by a review)', () => {
    // Taken for 「予以公开15件」 — a figure in a sentence — the row was lost: 「缺少 1 行：（三）3.危及“三安全一稳定”」.
    for (const run of ['0020002件', '0 0 2 0 0 0 2件']) {
      const text = GWH.replace('危及“三安全一稳定”00000004.', `危及“三安全一稳定”${run}4.`);
      assert.notEqual(text, GWH);
      const { model, findings } = analyse(text);
      assert.deepEqual(appFigures(firstTable(model, 'applications')).w3, [0, 0, 2, 0, 0, 0, 2], run);
      assert.ok(!findings.some((f) => f.code === 'table-shape'), run);
    }
  });

  it('a run no split can read gives table-shape, not a wrong figure', () => {
    const text = setRun(GWH, '（一）予以公开', '999999999');
    const { model, findings } = analyse(text);
    const open = firstTable(model, 'applications').rows.find((r) => r.id === 'open')!;
    assert.equal(open.glue?.status, 'unreadable');
    const shape = findings.filter((f) => f.code === 'table-shape');
    assert.equal(shape.length, 1);
    assert.equal(render(shape[0].message), '「（一）予以公开」的数字「999999999」无论怎样拆成 7 个数都不符合合计，无法读出');
    assert.equal(text.slice(shape[0].span.start, shape[0].span.end), '999999999');
  });

  it('a run one digit short, glued all the same (「0 00000」: no figure has a leading zero), is said to be so, not read as two figures', () => {
    // (A real 2019 page of a public security bureau: 「一、本年新收政府信息公开申请数量0 00000二、上年结转…」.)
    const text = setRun(GWH, '本年新收政府信息公开申请数量', '0 00000');
    const { model, findings } = analyse(text);
    const row = firstTable(model, 'applications').rows.find((r) => r.id === 'new')!;
    assert.equal(row.glue?.status, 'unreadable');
    const shape = findings.filter((f) => f.code === 'table-shape').map((f) => render(f.message));
    assert.deepEqual(shape, ['「一、本年新收」的数字「0 00000」无法拆成 7 个数']);
  });

  it('exactly as many digits as cells is one digit per cell: 「5100005」 is 5|1|0|0|0|0|5, a real row-total error', () => {
    const text = setRun(GWH, '（一）予以公开', '5100005');
    const { model, findings } = analyse(text);
    const t3 = firstTable(model, 'applications');
    assert.deepEqual(appFigures(t3).open, [5, 1, 0, 0, 0, 0, 5]);
    const row = findings.filter((f) => f.code === 'row-total');
    assert.equal(row.length, 1);
    assert.equal(render(row[0].message), '（一）予以公开·总计 应为 6（5+1+0+0+0+0），实为 5');
    // Its fix writes the run again with separators, so that it reads back as meant; fix-all leaves it
    // to the restore-separators fix, which comes first.
    const fix = row[0].fixes!.find((f) => f.title.key === 'fix.setTotal')!;
    assert.equal(fix.safe, undefined);
    assert.equal(fix.edits[0].newText, '5 1 0 0 0 0 6');
    const after = analyse(text.slice(0, fix.edits[0].span.start) + fix.edits[0].newText + text.slice(fix.edits[0].span.end));
    assert.deepEqual(appFigures(firstTable(after.model, 'applications')).open, [5, 1, 0, 0, 0, 0, 6]);
  });

  it('a table whose glued rows lost their blank cells: a row one digit a cell that does not add up cannot be read, not a row-total made of its digits', () => {
    // Shanghai 2019 glued (found by a review of a real page): 一 258|12|–|–|1|1|272 → 「2581211272」, which no
    // split into seven cells reads and which reads as five figures that add up; （一） 258|12|–|–|1|1|– → 「2581211」.
    // Its rows of zeros are blank rows, their figures gone: no 「0000000」 left.
    const dropped = GWH.replace(/\s*0000000/g, '');
    let text = setRun(dropped, '一、本年新收政府信息公开申请数量', '2581211272');
    text = setRun(text, '（一）予以公开', '2581211');
    const { model, findings } = analyse(text);
    const open = firstTable(model, 'applications').rows.find((r) => r.id === 'open')!;
    assert.equal(open.glue?.status, 'unreadable');
    assert.deepEqual(findings.filter((f) => f.code === 'row-total'), []);
    // The rows that cannot be read are said together, at the table, each in the finding's related places.
    const shape = findings.filter((f) => f.code === 'table-shape');
    assert.equal(shape.length, 1, shape.map((f) => render(f.message)).join('\n'));
    assert.match(render(shape[0].message), /^表三（收到和处理申请）复制时丢了空白格，\d+ 行的数字无法确定各在哪一格：一、本年新收；（一）予以公开/);
    const said = shape[0].related!.map((r) => render(r.message));
    assert.ok(said.includes('「（一）予以公开」的数字「2581211」拆成 7 个数不符合合计，而本表有的行丢了空白格，无法确定各数在哪一格，请按原表核对'), said.join('\n'));
    assert.ok(said.includes('「一、本年新收」的数字「2581211272」无论怎样拆成 7 个数都不符合合计，无法读出'), said.join('\n'));
    // Its blank rows (二、上年结转, （二）部分公开 with its bracketed note) are blank rows, not missing ones.
    assert.ok(!findings.some((f) => /缺少/.test(render(f.message))));
    // A run no split reads that no fewer figures read either (a report's wrong sum glued) is no sign of lost blanks;
    // nor, in a page that writes its rows of zeros (「0000000」), one that fewer figures happen to read (「12000021」
    // as 1|20|0|0|0|21, a transposed total; found by a review): the row-total of 「5000006」 stands.
    for (const [run, at] of [['191000019', '一、本年新收政府信息公开申请数量'], ['12000021', '二、上年结转政府信息公开申请数量']]) {
      const wrong = analyse(setRun(setRun(GWH, at, run), '（一）予以公开', '5000006')).findings;
      assert.deepEqual(wrong.filter((f) => f.code === 'row-total').map((f) => render(f.message)), ['（一）予以公开·总计 应为 5（5+0+0+0+0+0），实为 6'], run);
    }
  });

  it('a blank row of a glued page whose label runs on into the next item (「…禁止公开3.危及…」): a blank row, one finding — not a missing row', () => {
    const text = GWH.replace(/(2\.其他法律行政法规禁止公开)0000000/, '$1');
    assert.notEqual(text, GWH);
    const { model, findings } = analyse(text);
    const w2 = firstTable(model, 'applications').rows.find((r) => r.id === 'w2')!;
    assert.deepEqual(w2.cells.map((c) => c.kind), Array(7).fill('blank'));
    assert.deepEqual(findings.filter((f) => f.code === 'table-shape'), []);
    const blank = findings.filter((f) => f.code === 'cell-blank');
    assert.deepEqual(blank.map((f) => render(f.message)), ['「（三）2.其他法律行政法规禁止公开」整行为空，应填写数字（无则填 0）']);
    assert.equal(text.slice(blank[0].span.start, blank[0].span.end), '2.其他法律行政法规禁止公开');
  });

  it('blank rows of a glued page before a group’s label, one or two in a row: each row’s fix, and fill-all, write its zeros where it reads them (found by a review)', () => {
    const LABELS: Record<string, string> = { i5: '5.要求行政机关确认或重新出具已获取信息', w7: '7.属于行政执法案卷', w8: '8.属于行政查询事项', u2: '2.没有现成信息需要另行制作', u3: '3.补正后申请内容仍不明确', i4: '4.无正当理由大量反复申请' };
    for (const ids of [['i5'], ['w8'], ['u3'], ['w7', 'w8'], ['u2', 'u3'], ['i4', 'i5']]) {
      let text = GWH;
      for (const id of ids) {
        const at = text.indexOf(LABELS[id]) + LABELS[id].length;
        const zeros = /^\s*0000000/.exec(text.slice(at));
        assert.ok(zeros, id);
        text = text.slice(0, at) + text.slice(at + zeros[0].length);
      }
      const blank = analyse(text).findings.filter((f) => f.code === 'cell-blank');
      assert.equal(blank.length, ids.length, ids.join('+'));
      for (const f of blank) {
        for (const fix of f.fixes!) {
          const after = analyse(applyEdits(text, fix.edits));
          const rows = firstTable(after.model, 'applications').rows;
          const filled = ids.filter((id) => rows.find((r) => r.id === id)!.cells.every((c) => c.value === 0));
          // The row's own fix fills that row; fill-all fills them all; no row goes missing.
          assert.equal(filled.length, fix.edits.length === 1 && ids.length > 1 ? 1 : ids.length, `${ids.join('+')}: ${render(fix.title)}`);
          assert.deepEqual(after.findings.filter((x) => x.code === 'table-shape'), [], `${ids.join('+')}: ${render(fix.title)}`);
        }
      }
    }
  });

  it('figures apart by spaces one short of the row (「2 0 1 0 0 13」): splitting 13 is a guess the row total must make — no row-total made of it (found by a review)', () => {
    const text = buildReport('spaces');
    const at = text.indexOf('一、本年新收政府信息公开申请数量 ') + '一、本年新收政府信息公开申请数量 '.length;
    const end = text.indexOf('\n', at);
    assert.equal(text.slice(at, end), '10 2 0 1 0 0 13');
    // A cell lost: the six left do not add up however 13 is split — unreadable, not 「应为 4，实为 3」.
    const lost = analyse(text.slice(0, at) + '2 0 1 0 0 13' + text.slice(end));
    assert.deepEqual(codes(lost.findings).filter((c) => ARITHMETIC.includes(c)), []);
    assert.ok(lost.findings.some((f) => f.code === 'table-shape' && render(f.message) === '「一、本年新收」的数字「2 0 1 0 0 13」无论怎样拆成 7 个数都不符合合计，无法读出'));
    // Split so that the row adds up (「2 0 1 0 0 14」 → 1|4): read, as the row total chose it — and so not checked.
    const joined = analyse(text.slice(0, at) + '2 0 1 0 0 14' + text.slice(end));
    const row = firstTable(joined.model, 'applications').rows.find((r) => r.id === 'new')!;
    assert.deepEqual(appFigures(firstTable(joined.model, 'applications')).new, [2, 0, 1, 0, 0, 1, 4]);
    assert.equal(row.glue?.how, 'row');
    // A word that is no figure (「01」) splits for certain: 「0 0 0 0 0 01」 is 0|1 in the last two cells, checked as read.
    const zeros = analyse(text.slice(0, at) + '0 0 0 0 0 01' + text.slice(end));
    assert.deepEqual(codes(zeros.findings).filter((c) => c === 'row-total'), ['row-total']);
  });

  it('table 四 as one run that only its three group totals can split', () => {
    // 行政复议 10 upheld, 10 in all; the lawsuits none: 17 digits for 15 cells.
    const at = GWH.indexOf('0 0 0 0 0 1 0 0 0 1 0 0 0 0 0');
    const text = GWH.slice(0, at) + '10000100000000000' + GWH.slice(at + '0 0 0 0 0 1 0 0 0 1 0 0 0 0 0'.length);
    const { model, findings } = analyse(text);
    const review = firstTable(model, 'review');
    assert.equal(review.rowGlue?.how, 'review');
    assert.deepEqual(reviewFigures(review), [10, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(review.glue?.rules, ['review-total']);
    assert.ok(!codes(findings).includes('review-total'));
    assert.match(hoverMarkdown(model, findings, review.cells[4].span.start, 'zh-cn')!.markdown, /推断：由各组总计拆分[\s\S]*此规则用于拆分连在一起的数字，不作核对/);
  });

  it('a glued row whose total is wrong for every split is not read as a figure', () => {
    // 「142000017」: no 7-way split has its last figure equal to the sum of the others.
    const text = setRun(GWH, '一、本年新收政府信息公开申请数量', '142000017');
    const { model, findings } = analyse(text);
    assert.equal(firstTable(model, 'applications').rows.find((r) => r.id === 'new')!.glue?.status, 'unreadable');
    assert.deepEqual(codes(findings).filter((c) => c === 'table-shape' || ARITHMETIC.includes(c)), ['table-shape']);
  });

  it('table and report summaries say how many figures were inferred', () => {
    const { model, findings } = analyse(GWH);
    const t3 = firstTable(model, 'applications');
    assert.equal(t3.glue?.inferred, 175);
    assert.match(hoverMarkdown(model, findings, t3.span.start, 'zh-cn')!.markdown, /175 个数字是推断的（表格的单元格分隔已丢失）/);
    assert.match(hoverMarkdown(model, findings, model.title!.span.start, 'zh-cn')!.markdown, /178 个数字是推断的/);
    assert.match(hoverMarkdown(model, findings, t3.rows[0].cells[0].span.start, 'en')!.markdown, /Inferred: split by the row total/);
    void ZERO7;
  });
});
