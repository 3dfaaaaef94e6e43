/**
 * Reports as government pages' text extraction leaves them (test/fixtures/glued/): one line per
 * report, cell boundaries lost, figures run together, headings and labels glued to what precedes
 * them, a scraper's page header above the title. Every figure below was read off the published
 * text by hand.
 */
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { activeFigures, analyse, APP_IDS_2021, appFigures, codes, firstTable, fixture, plain, reviewFigures, ZERO7 } from '../../../helpers';
import type { ApplicationsTable, Cell, Finding, ReportModel } from '../../../../server/src/analysis/types';
import { tokenize } from '../../../../server/src/analysis/reader/tokens/tokenize';

const glued = (name: string) => fixture(`glued/${name}.txt`);
const app = (nonZero: Record<string, number[]>, ids = APP_IDS_2021) => Object.fromEntries(ids.map((id) => [id, nonZero[id] ?? ZERO7]));
const APP_IDS_2019 = APP_IDS_2021.filter((id) => !['o1', 'o2', 'o3'].includes(id)).flatMap((id) => (id === 'total' ? ['other', 'total'] : [id]));
const hows = (t: ApplicationsTable) => Object.fromEntries(t.rows.map((r) => [r.id, r.glue?.how ?? r.glue?.status]));
const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const tally = (fs: Finding[]) => fs.reduce<Record<string, number>>((m, f) => ((m[f.code] = (m[f.code] ?? 0) + 1), m), {});

describe('reader: glued pages (real reports)', () => {
  it('gwh 2022: six headings glued mid-line, tables 二 三 四 read, table 三 split by its row totals', () => {
    const text = glued('gwh_2022');
    const { model, findings } = analyse(text);
    assert.equal(model.title?.text, '平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告');
    assert.equal(model.year, 2022);
    assert.deepEqual(model.sections.map((s) => s.headingText), SECTIONS);
    for (const s of model.sections) assert.equal(text.slice(s.heading.start, s.heading.end), s.headingText);
    const t3 = firstTable(model, 'applications');
    assert.deepEqual(appFigures(t3), app({
      new: [14, 2, 0, 0, 0, 0, 16], open: [5, 0, 0, 0, 0, 0, 5], w5: [1, 0, 0, 0, 0, 0, 1], w6: [2, 0, 0, 0, 0, 0, 2],
      u1: [5, 0, 0, 0, 0, 0, 5], o1: [1, 0, 0, 0, 0, 0, 1], o3: [0, 2, 0, 0, 0, 0, 2], total: [14, 2, 0, 0, 0, 0, 16],
    }));
    // 「142000016」 (9 digits for 7 cells) split by the row total; every 7-digit run one digit per cell.
    assert.equal(hows(t3).new, 'row');
    assert.equal(hows(t3).total, 'row');
    assert.equal(hows(t3).open, 'digits');
    // Each figure's range is exactly its digits: 14 | 2 | … | 16.
    const nw = t3.rows.find((r) => r.id === 'new')!;
    assert.deepEqual(nw.cells.map((c) => text.slice(c.span.start, c.span.end)), ['14', '2', '0', '0', '0', '0', '16']);
    assert.deepEqual(reviewFigures(firstTable(model, 'review')), [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    assert.deepEqual(activeFigures(firstTable(model, 'active')), {
      'b1.rules': [0, 0, 0], 'b1.normative': ['34089', '34089', '34089'], 'b5.permit': [0], 'b6.penalty': [0], 'b6.coercion': [0], 'b8.fee': [0],
    });
    // 行政规范性文件34089 splits four ways and no sum links that row: said, not guessed.
    assert.deepEqual(tally(findings), { 'table-glued': 2, 'table-ambiguous': 1 });
    const amb = findings.find((f) => f.code === 'table-ambiguous')!;
    assert.equal(text.slice(amb.span.start, amb.span.end), '34089');
  });

  it('hzs 2023: headings glued straight after figures; table 四 one run of fifteen digits', () => {
    const text = glued('hzs_2023');
    const { model, findings } = analyse(text);
    assert.deepEqual(model.sections.map((s) => s.headingText), SECTIONS);
    // 「…行政事业性收费0三、收到和处理…」「…继续办理0000000四、政府信息公开…」
    assert.match(text, /行政事业性收费0三、收到和处理/);
    assert.match(text, /继续办理0000000四、政府信息公开/);
    assert.deepEqual(appFigures(firstTable(model, 'applications')), app({
      new: [7, 0, 0, 0, 0, 0, 7], partial: [1, 0, 0, 0, 0, 0, 1], w8: [2, 0, 0, 0, 0, 0, 2], u1: [4, 0, 0, 0, 0, 0, 4], total: [7, 0, 0, 0, 0, 0, 7],
    }));
    const review = firstTable(model, 'review');
    assert.deepEqual(reviewFigures(review), [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
    assert.equal(review.rowGlue?.how, 'digits');
    // A one-digit-per-cell reading is a fact of the text: its rules are checked (and hold).
    assert.deepEqual(review.glue?.rules, []);
    assert.deepEqual(tally(findings), { 'table-glued': 3, 'table-ambiguous': 1 });
  });

  it('czj 2023: half-glued rows (「0 0 0 0 0 00」, 「00 0 00 0 0 0 00 0 0 0 00」) read without any rule', () => {
    const { model, findings } = analyse(glued('czj_2023'));
    assert.deepEqual(model.sections.map((s) => s.headingText), SECTIONS);
    const t3 = firstTable(model, 'applications');
    assert.deepEqual(appFigures(t3), app({}));
    assert.ok(t3.rows.every((r) => r.glue?.how === 'digits'));
    assert.deepEqual(t3.glue?.rules, []);
    assert.deepEqual(reviewFigures(firstTable(model, 'review')), Array(15).fill(0));
    assert.deepEqual(activeFigures(firstTable(model, 'active')), {
      'b1.rules': [0, 0, 0], 'b1.normative': [0, 0, 8], 'b5.permit': [1], 'b6.penalty': [0], 'b6.coercion': [0], 'b8.fee': [5949.09],
    });
    assert.deepEqual(tally(findings), { 'table-glued': 3 });
    // Sub-headings run into their paragraphs are cut at their last word, for the outline.
    assert.deepEqual(model.sections[1].subheadings.map((h) => h.text), ['(一)主动公开政府信息的数量', '(二)主动公开政府信息的主要类别', '(三)主动公开政府信息的主要形式']);
    assert.deepEqual(model.sections[4].subheadings.map((h) => h.text), ['(一)存在问题', '(二)改进措施']);
  });

  it('czj 2021: its tables read; the report really has no section 六, and only that is reported', () => {
    const text = glued('czj_2021');
    const { model, findings } = analyse(text);
    assert.deepEqual(model.sections.map((s) => s.section), [1, 2, 3, 4, 5]);
    assert.ok(!/六、其他需要报告/.test(text));
    assert.deepEqual(activeFigures(firstTable(model, 'active')), {
      'b1.rules': [0, 0, 0], 'b1.normative': [3, 0, 3], 'b5.permit': [0], 'b6.penalty': [0], 'b6.coercion': [0], 'b8.fee': [7816],
    });
    assert.deepEqual(appFigures(firstTable(model, 'applications')), app({}));
    assert.deepEqual(tally(findings), { 'table-glued': 3, 'section-missing': 1 });
  });

  it('czj 2019: the 2019 form glued — 23 rows with （六）其他处理 as one row, table 二 with its 2019 blocks', () => {
    const { model, findings } = analyse(glued('czj_2019'));
    assert.equal(model.format, '2019');
    const t3 = firstTable(model, 'applications');
    assert.equal(t3.variant, '2019');
    assert.deepEqual(appFigures(t3), app({}, APP_IDS_2019));
    const t2 = firstTable(model, 'active');
    assert.equal(t2.variant, '2019');
    assert.deepEqual(activeFigures(t2), {
      'b1.rules': [0, 0, 0], 'b1.normative': ['1077', '1077', '1077'], 'b5.permit': [3, 0, 0], 'b5.otherServices': [0, 0, 0],
      // (「3500」: 3|50|0 or 35|0|0 — its last cell 0 either way, read.)
      'b6.penalty': ['3500', '3500', 0], 'b6.coercion': [0, 0, 0], 'b8.fee': [0, 0], 'b9.procurement': ['2832995', '2832995'],
    });
    assert.deepEqual(reviewFigures(firstTable(model, 'review')), Array(15).fill(0));
    assert.equal(codes(findings).filter((c) => c === 'table-ambiguous').length, 3);
    assert.ok(!codes(findings).some((c) => ['section-missing', 'table-missing', 'table-shape', 'format-outdated'].includes(c)));
  });

  it('czj 2019 with its procurement amount a decimal glued to the item count (「政府集中采购1283.5」): ambiguous, not a fractional count', () => {
    const text = glued('czj_2019').replace('政府集中采购2832995', '政府集中采购1283.5');
    const { model, findings } = analyse(text);
    const row = firstTable(model, 'active').blocks.find((b) => b.id === 'b9')!.rows[0];
    assert.equal(row.glue?.status, 'ambiguous');
    assert.deepEqual(row.glue?.readings, [[1, 283.5], [12, 83.5], [128, 3.5]]);
    assert.equal(text.slice(row.glue!.run.start, row.glue!.run.end), '1283.5');
    assert.ok(!codes(findings).some((c) => c === 'cell-invalid' || c === 'table-shape'), codes(findings).join(' '));
    assert.equal(codes(findings).filter((c) => c === 'table-ambiguous').length, 3); // (as with its integer run: 规范性文件, 行政处罚, 政府集中采购)
    // One split only (two digits for two cells): read, the decimals on the amount, its range over them.
    const one = analyse(glued('czj_2019').replace('政府集中采购2832995', '政府集中采购12.5'));
    const read = firstTable(one.model, 'active').blocks.find((b) => b.id === 'b9')!.rows[0];
    assert.deepEqual(read.cells.map((c) => [c.value, c.raw]), [[1, '1'], [2.5, '2.5']]);
    assert.equal(read.glue?.status, 'read');
  });

  it('czj 2018: a pre-2019 report — its statistics table read, no 2021 section or table errors', () => {
    const { model, findings } = analyse(glued('czj_2018'));
    assert.equal(model.format, 'pre-2019');
    const stats = firstTable(model, 'statistics');
    assert.deepEqual(stats.columns, ['年末统计']);
    assert.deepEqual(stats.rows.map((r) => [r.labelText, r.unit, r.cells[0].value]), [
      ['主动公开信息数', '条', 138], ['1、网站公开', '条', 138], ['2、政府公报公开', '条', 0], ['受理依申请公开信息总数', '条', 0],
      ['1、当面申请数', '条', 0], ['2、传真申请数', '条', 0], ['3、电子邮件申请数', '条', 0],
    ]);
    assert.deepEqual(findings, []);
  });

  it('none of the six gives a false table-missing, section-missing or table-shape, and every table that balances is left alone', () => {
    for (const name of ['czj_2018', 'czj_2019', 'czj_2021', 'czj_2023', 'gwh_2022', 'hzs_2023']) {
      const { findings } = analyse(glued(name));
      const bad = findings.filter((f) => ['table-missing', 'table-shape', 'row-total', 'column-total', 'balance', 'review-total'].includes(f.code) || (f.code === 'section-missing' && name !== 'czj_2021'));
      assert.deepEqual(bad, [], name);
    }
  });

  it('the scraper page header above the title changes nothing', () => {
    const text = glued('hzs_2023');
    const body = text.slice(text.indexOf('==================== 正文'));
    const withTitle = text.split('\n').find((l) => l.startsWith('标题:'))!.slice(3).trim() + '\n' + body;
    const a = analyse(text);
    const b = analyse(withTitle);
    assert.equal(a.model.title?.text, b.model.title?.text);
    assert.deepEqual(codes(a.findings), codes(b.findings));
  });

  it('the same pages in traditional script read the same figures', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const name of ['gwh_2022', 'hzs_2023', 'czj_2019']) {
      const source = glued(name);
      const a = analyse(source).model;
      const b = analyse(toTraditional(source)).model;
      assert.equal(b.script, 'traditional');
      assert.deepEqual(appFigures(firstTable(b, 'applications')), appFigures(firstTable(a, 'applications')), name);
      assert.deepEqual(reviewFigures(firstTable(b, 'review')), reviewFigures(firstTable(a, 'review')), name);
      assert.deepEqual(activeFigures(firstTable(b, 'active')), activeFigures(firstTable(a, 'active')), name);
    }
  });
  it('none marks glued among the figures (「规章///」「12—————12」「——」 a cell): each a none cell, the rows and findings as with zeros (found by a review: 「规章///」 said 规章 missing, a row of 「—」 lost every figure)', () => {
    /** Zeros written as none marks: the table reads the same, each mark (or pair of dashes) a none cell. */
    const asZero = (c: Cell) => (c.kind === 'none' ? 0 : plain(c));
    const figures = (model: ReportModel) => ({
      app: firstTable(model, 'applications').rows.map((r) => [r.id, r.cells.map(asZero)]),
      active: firstTable(model, 'active').blocks.flatMap((b) => b.rows.map((r) => [r.id, r.cells.map(asZero)])),
      review: firstTable(model, 'review').cells.map(asZero),
    });
    const codesOf = (fs: Finding[]) => fs.filter((f) => f.severity !== 'information').map((f) => f.code);
    for (const name of ['gwh_2022', 'hzs_2023']) {
      const text = glued(name);
      const base = analyse(text);
      for (const [mark, n] of [['/', 1], ['—', 1], ['——', 1], ['-', 1], ['／', 1]] as const) {
        // Table 二's 规章 and table 三's rows of seven zeros after their label.
        const variant = text.replace('规章000', '规章' + mark.repeat(3 * n)).replace(/(?<=[\u4e00-\u9fff”）])0000000(?=[0-9（一二三四])/g, mark.repeat(7 * n));
        assert.notEqual(variant, text);
        const read = analyse(variant);
        assert.deepEqual(figures(read.model), figures(base.model), `${name} ${mark}`);
        assert.deepEqual(codesOf(read.findings), codesOf(base.findings), `${name} ${mark}`);
        const rule = firstTable(read.model, 'active').blocks[0].rows.find((r) => r.id === 'rules')!;
        assert.deepEqual(rule.cells.map((c) => [c.kind, variant.slice(c.span.start, c.span.end)]), Array(3).fill(['none', mark]), `${name} ${mark}`);
      }
    }
    // Spaced after the label, and one dash a cell between two labels (a one-cell row).
    const text = glued('hzs_2023');
    const spaced = analyse(text.replace('规章000', '规章/ / /'));
    assert.deepEqual(codesOf(spaced.findings), codesOf(analyse(text).findings));
  });

  it('marks that join words or stand in a date or a link stay words, never a row\'s cells', () => {
    const tokens = tokenize('申请人和/或代理人，2023/12/31，见https://www.gov.cn/art/2024/1/x.html，二者——即');
    assert.deepEqual(tokens.filter((t) => t.marks).map((t) => t.raw), ['——']);
    assert.ok(tokens.some((t) => t.kind === 'text' && t.raw.includes('和/或')));
    assert.ok(tokens.some((t) => t.kind === 'text' && t.raw.includes('https://www.gov.cn/art/')));
  });
});
