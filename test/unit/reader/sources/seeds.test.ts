/**
 * The reader on the five real reports: titles, years, sections, and every figure of every table,
 * read to the exact expected numbers (transcribed by hand from the published text).
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, APP_IDS_2021, appFigures, firstTable, fixture, reviewFigures, SEEDS, ZERO7 } from '../../../helpers';

function expectedApp(nonZero: Record<string, number[]>): Record<string, (number | string)[]> {
  return Object.fromEntries(APP_IDS_2021.map((id) => [id, nonZero[id] ?? ZERO7]));
}

describe('reader: the seeds', () => {
  it('000 (pipe rows): title, year, format, twelve headings, tables 二 三 四 read exactly', () => {
    const { model } = analyse(fixture(SEEDS.pipe));
    assert.equal(model.title?.text, '松江区人力资源和社会保障局2023年政府信息公开工作年度报告');
    assert.equal(model.year, 2023);
    assert.equal(model.format, '2021');
    assert.equal(model.script, 'simplified');
    assert.deepEqual(model.sections.map((s) => s.section), [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(activeFigures(firstTable(model, 'active')), {
      'b1.rules': [0, 0, 0], 'b1.normative': [1, 1, 8], 'b5.permit': [1432], 'b6.penalty': [20], 'b6.coercion': [63], 'b8.fee': [137.2],
    });
    assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp({
      new: [9, 0, 0, 0, 0, 0, 9], open: [1, 0, 0, 0, 0, 0, 1], partial: [1, 0, 0, 0, 0, 0, 1], u1: [5, 0, 0, 0, 0, 0, 5],
      o3: [1, 0, 0, 0, 0, 0, 1], total: [8, 0, 0, 0, 0, 0, 8], carryNext: [1, 0, 0, 0, 0, 0, 1],
    }));
    assert.deepEqual(reviewFigures(firstTable(model, 'review')), Array(15).fill(0));
    // The duplicated body carries its own copy of every table.
    assert.equal(model.sections[8].tables[0].kind, 'applications');
  });

  it('001 (traditional, one cell per line): tables read exactly, labels matched across scripts', () => {
    const { model } = analyse(fixture(SEEDS.traditional));
    assert.equal(model.year, 2021);
    assert.equal(model.script, 'traditional');
    assert.deepEqual(model.sections.map((s) => s.section), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(activeFigures(firstTable(model, 'active')), {
      'b1.rules': [0, 0, 0], 'b1.normative': [2, 1, 35], 'b5.permit': [14], 'b6.penalty': [0], 'b6.coercion': [0], 'b8.fee': [4816.34],
    });
    assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp({
      new: [21, 0, 0, 0, 4, 0, 25], open: [15, 0, 0, 0, 1, 0, 16], partial: [3, 0, 0, 0, 1, 0, 4], w8: [1, 0, 0, 0, 0, 0, 1],
      u1: [2, 0, 0, 0, 2, 0, 4], total: [21, 0, 0, 0, 4, 0, 25],
    }));
    assert.deepEqual(reviewFigures(firstTable(model, 'review')), [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    // 國家機密 (a label change, not a conversion error) still reads as row （三）1.
    const app = firstTable(model, 'applications');
    assert.match(app.rows.find((r) => r.id === 'w1')!.labelText, /國家機密/);
  });

  it('002 (one long line): six headings found mid-line, no tables', () => {
    const text = fixture(SEEDS.oneLine);
    const { model } = analyse(text);
    assert.equal(model.title?.text, '温州市人力资源和社会保障局2023年政府信息公开工作年度报告');
    assert.deepEqual(model.sections.map((s) => s.headingText), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    assert.equal(model.sections.flatMap((s) => s.tables).length, 0);
    // Heading ranges are exact even in the middle of a 1,300-character line.
    for (const s of model.sections) assert.equal(text.slice(s.heading.start, s.heading.end), s.headingText);
  });

  it('003 (tab rows, broken labels and rows): tables read exactly, the five blank 行政复议 cells kept in place', () => {
    const { model } = analyse(fixture(SEEDS.tabs));
    assert.equal(model.year, 2023);
    assert.deepEqual(activeFigures(firstTable(model, 'active')), {
      'b1.rules': [0, 0, 0], 'b1.normative': [1, 0, 1], 'b5.permit': [1238], 'b6.penalty': [3], 'b6.coercion': [0], 'b8.fee': [0],
    });
    assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp({
      new: [5, 0, 0, 0, 0, 0, 5], open: [2, 0, 0, 0, 0, 0, 2], u1: [1, 0, 0, 0, 0, 0, 1], u2: [1, 0, 0, 0, 0, 0, 1],
      o3: [1, 0, 0, 0, 0, 0, 1], total: [5, 0, 0, 0, 0, 0, 5],
    }));
    assert.deepEqual(reviewFigures(firstTable(model, 'review')), ['', '', '', '', '', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('004 (prose, spam breadcrumbs): real title found after the breadcrumbs, five sections, no tables', () => {
    const { model } = analyse(fixture(SEEDS.prose));
    assert.equal(model.title?.text, '张家港市人力资源和社会保障局2022年政府信息公开工作年度报告');
    assert.equal(model.year, 2022);
    assert.deepEqual(model.sections.map((s) => s.section), [1, 2, 3, 4, 5, 6]);
    assert.equal(model.sections.flatMap((s) => s.tables).length, 0);
  });

  it('every cell range covers exactly the figure it was read from', () => {
    for (const name of [SEEDS.pipe, SEEDS.traditional, SEEDS.tabs]) {
      const text = fixture(name);
      const { model } = analyse(text);
      const app = firstTable(model, 'applications');
      for (const r of app.rows) for (const c of r.cells) if (c.kind === 'number') assert.equal(Number(text.slice(c.span.start, c.span.end).replace(/,/g, '')), c.value, `${name} ${r.id}`);
      for (const c of firstTable(model, 'review').cells) if (c.kind === 'number') assert.equal(Number(text.slice(c.span.start, c.span.end)), c.value);
      for (const r of app.rows) assert.ok(text.slice(r.label.start, r.label.end).length > 0);
    }
  });
});
