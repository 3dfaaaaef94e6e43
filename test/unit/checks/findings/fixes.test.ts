/**
 * Fixes, applied to real reports with one thing altered: the finding goes away and nothing else
 * in the text changes. Fix-all on a report with several wrong totals leaves no arithmetic finding.
 */
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { detectLayout } from '../../../../server/src/analysis/write/grid';
import type { Finding, Fix, TextEdit } from '../../../../server/src/analysis/types';
import { applyEdits, EditLog } from '../../../../server/src/fixes/edits';
import { breaksSums, fixAll } from '../../../../server/src/fixes/fixAll';
import { keepWidths } from '../../../../server/src/fixes/keepWidth';
import { displayWidth } from '../../../../server/src/analysis/write/grid';
import { render } from '../../../../server/src/i18n/render';
import { added, allTables, analyse, appFigures, codes, firstTable, fixture, reviewFigures, SEEDS, setCell } from '../../../helpers';
import { buildReport, LAYOUTS, sampleFigures } from '../../../layouts';
import { newReport } from '../../../../server/src/create/newReport';

const ARITHMETIC = new Set(['row-total', 'column-total', 'balance', 'review-total']);
const preferred = (f: Finding): Fix => f.fixes!.find((x) => x.preferred) ?? f.fixes![0];
const applyFix = (text: string, fix: Fix) => applyEdits(text, fix.edits);

describe('fixes', () => {
  const pipe = fixture(SEEDS.pipe);
  const trad = fixture(SEEDS.traditional);
  const tabs = fixture(SEEDS.tabs);
  const row = (text: string, id: string) => firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === id)!;
  /** A new form filled in figure by figure, as a writer types it into table 三. */
  const typing = () => {
    const form = {
      text: newReport({ agency: '某某县教育局', year: 2025, layout: 'pipe', script: 'simplified' }),
      type: (id: string, col: number, v: string) => (form.text = setCell(form.text, row(form.text, id).cells[col], v)),
    };
    return form;
  };

  it('row-total: 「将总计改为 N」 restores the report exactly', () => {
    const total = row(pipe, 'new').cells[6];
    const broken = setCell(pipe, total, '8');
    const [f] = analyse(broken).findings.filter((x) => x.code === 'row-total');
    const fix = f.fixes![0];
    assert.equal(render(fix.title), '将「一、本年新收·总计」改为 9');
    assert.ok(fix.preferred && fix.safe);
    assert.equal(applyFix(broken, fix), pipe);
  });

  it('one wrong sub-item: the single edit that repairs its row and its column is preferred over two totals', () => {
    const cell = row(trad, 'u1').cells[4];
    const broken = setCell(trad, cell, '3');
    const found = analyse(broken).findings.filter((x) => ARITHMETIC.has(x.code));
    assert.deepEqual(codes(found), ['row-total', 'column-total']);
    for (const f of found) {
      const p = preferred(f);
      assert.equal(render(p.title), '将「（四）1.本机关不掌握相关政府信息·法律服务机构」改为 2（同时修正所在行和列）');
      assert.equal(applyFix(broken, p), trad);
      assert.equal(f.fixes!.filter((x) => x.preferred).length, 1);
    }
  });

  it('a figure just typed into a form of zeros is never undone by the preferred fix: the total is preferred, taking it back to 0 only offered (found by a review in code-server)', () => {
    const form = newReport({ agency: '某某局', year: 2025 });
    for (const [id, col] of [['new', 0], ['open', 2], ['w1', 5]] as const) {
      const typed = setCell(form, row(form, id).cells[col], '5');
      const found = analyse(typed).findings.filter((x) => ARITHMETIC.has(x.code));
      const rowTotal = found.find((x) => x.code === 'row-total')!;
      assert.match(render(preferred(rowTotal).title), /·总计」改为 5$/, id);
      assert.ok(rowTotal.fixes!.some((x) => !x.preferred && /改为 0（同时修正所在行和(?:列|勾稽关系)）/.test(render(x.title))), id);
      for (const f of found) assert.ok(!f.fixes?.some((x) => x.preferred && /改为 0/.test(render(x.title))), `${id} ${f.code}`);
    }
    // A total typed first, its parts still 0: no fix sets it back to 0 (the only entry of Ctrl+.'s menu, Enter
    // would take it; found by a review in code-server), and fix-all leaves it.
    const total = setCell(form, row(form, 'open').cells[6], '5');
    const rowTotal = analyse(total).findings.find((x) => x.code === 'row-total')!;
    assert.deepEqual(rowTotal.fixes ?? [], []);
    assert.deepEqual(fixAll(total), []);
  });

  it('a stray figure in a row with others (「4|1|1|0|0|0|5」) is still the preferred fix: taking it back to 0 repairs its row and column (found by a review)', () => {
    const text = buildReport('pipe');
    const broken = setCell(text, row(text, 'open').cells[2], '1');
    const found = analyse(broken).findings.filter((x) => ARITHMETIC.has(x.code));
    assert.deepEqual(codes(found), ['row-total', 'column-total']);
    for (const f of found) {
      assert.equal(render(preferred(f).title), '将「（一）予以公开·科研机构」改为 0（同时修正所在行和列）');
      assert.equal(applyFix(broken, preferred(f)), text);
    }
  });

  it('a mistyped part of （七）总计 breaks its row, its column and the balance: the one edit that repairs all three is preferred on each, not setting 总计 to the row\u2019s sum (found by a review)', () => {
    for (const text of [trad, buildReport('pipe')]) {
      const cell = row(text, 'total').cells[0];
      const broken = setCell(text, cell, String(Number(cell.value) + 1));
      const found = analyse(broken).findings.filter((x) => ARITHMETIC.has(x.code));
      assert.deepEqual(codes(found).sort(), ['balance', 'column-total', 'row-total']);
      for (const f of found) {
        assert.equal(applyFix(broken, preferred(f)), text, f.code);
        assert.equal(f.fixes!.filter((x) => x.preferred).length, 1, f.code);
      }
      // Setting 总计 to the row's sum stays offered on the row's finding, not preferred.
      const rowTotal = found.find((x) => x.code === 'row-total')!;
      assert.ok(rowTotal.fixes!.some((x) => !x.preferred && /·[总總]计」改[为為]/.test(render(x.title))));
    }
  });

  it('a wrong 新收 figure breaks its row and the balance: one edit repairs both', () => {
    const broken = setCell(tabs, row(tabs, 'new').cells[0], '6');
    const found = analyse(broken).findings.filter((x) => ARITHMETIC.has(x.code));
    assert.deepEqual(codes(found).sort(), ['balance', 'row-total']);
    assert.equal(applyFix(broken, preferred(found[0])), tabs);
  });

  it('column-total and review-total fixes, in traditional and tab layouts', () => {
    const t1 = setCell(trad, row(trad, 'total').cells[4], '5');
    const f1 = analyse(t1).findings.find((x) => x.code === 'column-total')!;
    assert.equal(applyFix(t1, f1.fixes!.find((x) => x.safe)!), trad);
    // 行政诉讼（未经复议直接起诉）·总计 of seed 001 (its 结果维持 1) written 2: set back to 1.
    const rv = firstTable(analyse(trad).model, 'review');
    const t2 = setCell(trad, rv.cells[9], '2');
    const [f2] = analyse(t2).findings.filter((x) => x.code === 'review-total');
    assert.equal(applyFix(t2, f2.fixes![0]), trad);
    // A group of zeros under a total of 2 gets no fix: its parts are what is missing, or the total — not known.
    const zeros = setCell(tabs, firstTable(analyse(tabs).model, 'review').cells[14], '2');
    assert.deepEqual(analyse(zeros).findings.find((x) => x.code === 'review-total')!.fixes ?? [], []);
  });

  it('balance: the one figure that repairs the balance and its row together, or show both sides', () => {
    // 四、结转·自然人 0 breaks the balance and its own row total: setting it back to 1 repairs both.
    const broken = setCell(pipe, row(pipe, 'carryNext').cells[0], '0');
    const f = analyse(broken).findings.find((x) => x.code === 'balance')!;
    assert.deepEqual(f.fixes!.map((x) => render(x.title)), ['将「四、结转下年度继续办理·自然人」改为 1（同时修正所在行和勾稽关系）', '一+二 = 9，（七）总计+四 = 8：请核对这四个数']);
    assert.equal(f.fixes![1].reveal?.length, 4);
    const fixed = applyFix(broken, f.fixes![0]);
    assert.deepEqual(analyse(fixed).findings.filter((x) => x.severity === 'error'), []);
  });

  it('balance: setting 四、结转 is not the preferred fix while （七）总计 is not the sum of its items in that column — comparing the four figures is (a review saw 结转 set from a （七）总计 column-total called wrong)', () => {
    const form = typing();
    form.type('new', 0, '12');
    form.type('new', 6, '12');
    form.type('open', 0, '8');
    const balances = analyse(form.text).findings.filter((f) => f.code === 'balance');
    assert.equal(balances.length, 2);
    for (const f of balances) {
      assert.equal(preferred(f).edits.length, 0, 'the four figures shown');
      assert.ok(f.fixes!.some((x) => x.edits.length && !x.preferred), 'setting 结转 still offered');
    }
    // With （七）总计 filled in as its items make it, setting 结转 is preferred again.
    form.type('open', 6, '8');
    form.type('total', 0, '8');
    form.type('total', 6, '8');
    for (const f of analyse(form.text).findings.filter((x) => x.code === 'balance')) assert.deepEqual(preferred(f).edits.map((e) => e.newText), ['4', '4']);
  });

  it('balance: setting 四、结转 never creates a row-total error — the person column and the total move together', () => {
    // 一、新收 10 natural persons (row still adds up: 10 … 10): the balance fails in 自然人 and 总计 by 1.
    let text = setCell(pipe, row(pipe, 'new').cells[0], '10');
    text = setCell(text, firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === 'new')!.cells[6], '10');
    const found = analyse(text).findings.filter((x) => x.code === 'balance');
    assert.deepEqual(found.map((f) => f.arith!.col), [0, 6]);
    for (const f of found) assert.equal(render(f.fixes![0].title), '将「四、结转下年度继续办理·自然人」改为 2、「四、结转下年度继续办理·总计」改为 2（使勾稽关系平衡，行合计不变）');
    const fixed = applyFix(text, found[0].fixes![0]);
    assert.deepEqual(analyse(fixed).findings.filter((x) => x.severity === 'error'), []);
    // The old single-cell fix would have left 四、结转's own row broken: it is no longer offered.
    assert.ok(!found.some((f) => f.fixes!.some((x) => x.edits.length === 1 && render(x.title).includes('使勾稽关系平衡）'))));
  });

  it('setting a total keeps full-width digits full-width', () => {
    const total = row(pipe, 'open').cells[6];
    const broken = setCell(pipe, total, '５');
    const f = analyse(broken).findings.find((x) => x.code === 'row-total')!;
    assert.deepEqual(f.fixes![0].edits.map((e) => e.newText), ['１']);
  });

  it('setting a total keeps its thousands separator: 「1,209」 set to 1210 is 「1,210」, 「１，２０９」 「１，２１０」 (found by a review)', () => {
    const text = buildReport('pipe');
    const parts = row(text, 'new').cells;
    // 一、本年新收 made large: its 自然人 1,200 more, its total written grouped and wrong by one.
    const big = setCell(text, parts[0], String(Number(parts[0].value) + 1200));
    for (const [written, fixed] of [[',', ','], ['，', '，']]) {
      const total = Number(parts[6].value) + 1200;
      const wrong = (total - 1).toString().replace(/\B(?=(\d{3})+$)/g, written);
      const broken = setCell(big, row(big, 'new').cells[6], written === '，' ? wrong.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : wrong);
      const f = analyse(broken).findings.find((x) => x.code === 'row-total' && x.arith?.row === 'new')!;
      const want = total.toString().replace(/\B(?=(\d{3})+$)/g, fixed);
      assert.deepEqual(f.fixes![0].edits.map((e) => e.newText), [written === '，' ? want.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : want]);
    }
  });

  it('a blank cell in a table of full-width figures is filled in full-width digits: 「填 0」, the whole table, the whole row, a blank total (found by a review)', () => {
    // Seed 000's tables with every figure full-width.
    const wideText = pipe.replace(/^.*\|.*$/gm, (l) => l.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
    const open = row(wideText, 'open');
    const blankPart = setCell(wideText, open.cells[1], ' ');
    const fixes = analyse(blankPart).findings.filter((x) => x.code === 'cell-blank').flatMap((f) => f.fixes!);
    assert.ok(fixes.length >= 1);
    for (const fix of fixes) for (const e of fix.edits) assert.match(e.newText, /^[\s０-９]+$/, render(fix.title));
    // A blank total: set to its parts' sum, in their width.
    const blankTotal = setCell(wideText, open.cells[6], ' ');
    const f = analyse(blankTotal).findings.find((x) => x.code === 'row-total')!;
    assert.match(f.fixes![0].edits[0].newText, /^[０-９]+$/);
    // A table of ASCII figures stays ASCII.
    const ascii = analyse(setCell(pipe, row(pipe, 'open').cells[1], ' ')).findings.filter((x) => x.code === 'cell-blank').flatMap((x) => x.fixes!);
    for (const fix of ascii) for (const e of fix.edits) assert.match(e.newText, /^[\s0-9]+$/);
  });

  it('cell-blank: fill one cell with 0, or every blank cell of the table', () => {
    const found = analyse(tabs).findings.filter((x) => x.code === 'cell-blank');
    const one = applyFix(tabs, found[0].fixes![0]);
    assert.equal(analyse(one).findings.filter((x) => x.code === 'cell-blank').length, 4);
    const all = applyFix(tabs, found[0].fixes![1]);
    assert.deepEqual(analyse(all).findings, []);
    assert.deepEqual(reviewFigures(firstTable(analyse(all).model, 'review')), Array(15).fill(0));
    // Nothing but the five cells changed: the text grew by exactly five characters.
    assert.equal(all.length, tabs.length + 5);
  });

  it('cell-blank: a table 三 row blank from end to end is one finding at its label, whose fix fills the row with 0 — in every layout and glued', () => {
    const GWH = fixture('glued/gwh_2022.txt');
    const texts: [string, string][] = [
      // (Not the layout of figures apart by spaces: a row there that lost its figures has no cells left to be blank.)
      ...LAYOUTS.filter((l) => l !== 'spaces').map((layout): [string, string] => {
        const text = buildReport(layout);
        const w3 = row(text, 'w3');
        let blanked = text;
        for (const c of [...w3.cells].reverse()) blanked = setCell(blanked, c, '');
        return [layout, blanked];
      }),
      ['glued', GWH.replace(/(3\.危及“三安全一稳定”)0000000/, '$1')],
    ];
    for (const [name, blanked] of texts) {
      const found = analyse(blanked).findings.filter((x) => x.code === 'cell-blank');
      assert.equal(found.length, 1, name);
      assert.equal(render(found[0].message), '「（三）3.危及“三安全一稳定”」整行为空，应填写数字（无则填 0）', name);
      const fix = preferred(found[0]);
      assert.equal(render(fix.title), '将「（三）3.危及“三安全一稳定”」整行填 0', name);
      const fixed = applyFix(blanked, fix);
      assert.deepEqual(appFigures(firstTable(analyse(fixed).model, 'applications')).w3, [0, 0, 0, 0, 0, 0, 0], name);
      assert.deepEqual(analyse(fixed).findings.filter((x) => x.code === 'cell-blank'), [], name);
    }
  });

  it('section-missing: the official heading is inserted where it belongs, in the report\u2019s script', () => {
    const five = analyse(trad).model.sections.find((s) => s.section === 5)!;
    const broken = trad.slice(0, five.heading.start) + trad.slice(five.heading.end + 1);
    const f = analyse(broken).findings.find((x) => x.code === 'section-missing')!;
    assert.equal(f.fixes![0].edits[0].newText, '五、存在的主要問題及改進情況\n');
    const fixed = applyFix(broken, f.fixes![0]);
    assert.deepEqual(added(analyse(fixed).findings, analyse(trad).findings), []);
  });

  it('table-missing: the official empty table goes in, in the layout and script of the report\u2019s other tables', () => {
    for (const name of [SEEDS.oneLine, SEEDS.prose]) {
      const text = fixture(name);
      const edits = analyse(text).findings.filter((f) => f.code === 'table-missing').flatMap((f) => f.fixes![0].edits);
      const fixed = applyEdits(text, edits);
      const r = analyse(fixed);
      assert.deepEqual(r.findings.filter((f) => f.severity === 'error'), [], name);
      assert.deepEqual(reviewFigures(firstTable(r.model, 'review')), Array(15).fill(0));
      assert.ok(Object.values(appFigures(firstTable(r.model, 'applications'))).every((v) => v.every((x) => x === 0)));
      for (const t of allTables(r.model)) assert.equal(detectLayout(fixed, t.span), 'pipe');
    }
    for (const [name, layout] of [[SEEDS.traditional, 'cellPerLine'], [SEEDS.tabs, 'tabs'], [SEEDS.pipe, 'pipe']] as const) {
      const text = fixture(name);
      // Cut every copy of table 三 (seed 000 carries two), back to front.
      let cut = text;
      for (const t of allTables(analyse(text).model).filter((x) => x.kind === 'applications').reverse()) cut = cut.slice(0, t.span.start) + cut.slice(t.span.end);
      const f = analyse(cut).findings.find((x) => x.code === 'table-missing')!;
      const fixed = applyFix(cut, f.fixes![0]);
      const r = analyse(fixed);
      // Exactly the findings the report had before its table was cut (seed 003 keeps its blank cells).
      // Nothing new but text-mismatch: the inserted table's zeros contradict the prose figures until filled in.
      // (Seed 001's own table had 屬于-style characters and 國家機密; the inserted one is written properly.)
      assert.deepEqual(added(r.findings, analyse(text).findings).filter((f) => f.code !== 'text-mismatch'), [], name);
      const inserted = firstTable(r.model, 'applications');
      assert.equal(detectLayout(fixed, inserted.span), layout, name);
      assert.equal(r.model.script, analyse(text).model.script);
      if (name === SEEDS.traditional) assert.match(fixed.slice(inserted.span.start, inserted.span.end), /四、結轉下年度繼續辦理/);
    }
  });

  it('in every layout, a wrong total is set right by its fix, leaving the text as it was', () => {
    for (const layout of LAYOUTS) {
      const text = buildReport(layout);
      const total = row(text, 'partial').cells[6];
      const broken = setCell(text, total, '4');
      const f = analyse(broken).findings.find((x) => x.code === 'row-total')!;
      assert.equal(applyFix(broken, f.fixes![0]), text, layout);
    }
  });

  it('fix-all: several wrong totals in a traditional report, repaired in one set of edits', () => {
    const m = analyse(trad).model;
    const app = firstTable(m, 'applications');
    const rv = firstTable(m, 'review');
    const byId = new Map(app.rows.map((r) => [r.id, r]));
    let broken = trad;
    // Back to front, so earlier spans stay valid.
    broken = setCell(broken, rv.cells[9], '5');
    broken = setCell(broken, byId.get('total')!.cells[6], '2');
    broken = setCell(broken, byId.get('total')!.cells[0], '20');
    broken = setCell(broken, byId.get('open')!.cells[6], '160');
    broken = setCell(broken, byId.get('new')!.cells[6], '9');
    assert.ok(analyse(broken).findings.filter((x) => ARITHMETIC.has(x.code)).length >= 5);
    const edits = fixAll(broken);
    const fixed = applyEdits(broken, edits);
    assert.deepEqual(analyse(fixed).findings.filter((x) => ARITHMETIC.has(x.code)), []);
    assert.equal(fixed, trad);
  });

  it('fix-all on a glued page: separators restored, then the totals set in the restored rows, no digit written into another', () => {
    // The real one-line page hzs_2023 with （七）总计's 自然人 retyped 10 (「7000007」 → 「10000007」). The
    // totals are set in the table the first round restores; before, two of them landed in one restored
    // edit a character apart and the unchanged 总计 7 became 「70」 (and 「10」 became 「100」).
    const page = fixture('glued/hzs_2023.txt');
    assert.ok(page.includes('（七）总计7000007'));
    const broken = page.replace('（七）总计7000007', '（七）总计10000007');
    assert.deepEqual(codes(analyse(broken).findings.filter((x) => ARITHMETIC.has(x.code))), ['column-total', 'row-total', 'balance']);
    const fixed = applyEdits(broken, fixAll(broken));
    const after = analyse(fixed);
    assert.deepEqual(after.findings.filter((x) => ARITHMETIC.has(x.code)), []);
    assert.deepEqual(appFigures(firstTable(after.model, 'applications')), appFigures(firstTable(analyse(applyEdits(page, fixAll(page))).model, 'applications')));
    assert.deepEqual(appFigures(firstTable(after.model, 'applications')).total, [7, 0, 0, 0, 0, 0, 7]);
  });

  it('the log keeps what later rounds changed inside an edit\'s text, once a place, from what it first was; not a figure set again whole, nor one set back', () => {
    const text = 'A 0 B';
    const whole = new EditLog();
    whole.add([{ span: { start: 2, end: 3 }, newText: '2' }]);
    whole.add([{ span: { start: 2, end: 3 }, newText: '3' }]);
    whole.add([{ span: { start: 2, end: 3 }, newText: '2' }]);
    assert.equal(applyEdits(text, whole.list), 'A 2 B');
    assert.equal(whole.inside.size, 0);
    const table = new EditLog();
    table.add([{ span: { start: 0, end: 5 }, newText: '| A | 0 | 7 |' }]);
    table.add([{ span: { start: 6, end: 7 }, newText: '1' }]);
    table.add([{ span: { start: 6, end: 7 }, newText: '2' }]);
    table.add([{ span: { start: 10, end: 11 }, newText: '8' }]);
    table.add([{ span: { start: 10, end: 11 }, newText: '7' }]);
    assert.equal(applyEdits(text, table.list), '| A | 2 | 7 |');
    assert.deepEqual([...table.inside.values()], [[{ at: 6, from: '0', to: '2' }]]);
  });

  it('edits of one round inside text an earlier round wrote are composed as if applied round by round', () => {
    const log = new EditLog();
    const text = 'ab|cd';
    log.add([{ span: { start: 2, end: 3 }, newText: '| 10 | 0 | 7 |' }]);
    const round1 = 'ab| 10 | 0 | 7 |cd';
    assert.equal(applyEdits(text, log.list), round1);
    // 10 → 7 and 7 → 10 in one round (the second after the first, whose text is one character shorter).
    const edits = [{ span: { start: 4, end: 6 }, newText: '7' }, { span: { start: 13, end: 14 }, newText: '10' }];
    log.add(edits);
    assert.equal(applyEdits(text, log.list), applyEdits(round1, edits));
    assert.equal(applyEdits(text, log.list), 'ab| 7 | 0 | 10 |cd');
  });

  it('fix-all never changes a figure that is not a total, nor a total its row and its column both vouch for (a review saw --fix write a wrong total over a right one)', () => {
    // （四）1.'s 自然人 5 retyped 6: its row and （七）总计's 自然人 both fail, and the one figure repairs both.
    // Setting the totals (the row's to 6, （七）'s to 9) would break the balance that held: nothing is made.
    const cell = row(pipe, 'u1').cells[0];
    const broken = setCell(pipe, cell, '6');
    assert.deepEqual(codes(analyse(broken).findings.filter((x) => ARITHMETIC.has(x.code))), ['row-total', 'column-total']);
    assert.deepEqual(fixAll(broken), []);
    // The same in the traditional and tab layouts, and with （一）予以公开's first figure 1 → 2.
    for (const [text, id] of [[trad, 'u1'], [tabs, 'open'], [pipe, 'open']] as const) {
      const r = row(text, id);
      const k = r.cells.findIndex((c, i) => i < 6 && c.value !== undefined);
      const wrong = setCell(text, r.cells[k], String(r.cells[k].value! + 1));
      assert.deepEqual(fixAll(wrong), [], `${id}, ${k}`);
      assert.equal(applyFix(wrong, preferred(analyse(wrong).findings.find((x) => x.code === 'row-total')!)), text);
    }
  });

  it('fix-all on a new form with one figure typed sets its row total: the balance of the total column, held as 0 = 0, vouched for nothing (the UI test of fix-on-save caught this)', () => {
    const form = newReport({ agency: '某某市某某局', year: 2025, layout: 'pipe', script: 'simplified' });
    const m = /\| 一、本年新收政府信息公开申请数量[^|]*\| 0/.exec(form)!;
    const at = m.index + m[0].length - 1;
    const typed = form.slice(0, at) + '3' + form.slice(at + 1);
    const fixed = applyEdits(typed, fixAll(typed));
    assert.deepEqual(row(fixed, 'new').cells.map((c) => c.value), [3, 0, 0, 0, 0, 0, 3]);
  });

  it('fix-all writes no total that ends failing its own row or column: totals typed first, some parts after, keep what was typed (a review saw （七）总计·总计 14 → 10, the sum of nothing)', () => {
    const form = typing();
    form.type('new', 6, '16');
    form.type('open', 6, '10');
    form.type('total', 6, '14');
    form.type('new', 0, '12');
    form.type('open', 0, '8');
    const text = form.text;
    const fixed = applyEdits(text, fixAll(text));
    const own = analyse(fixed).findings.filter((f) => (f.code === 'row-total' || f.code === 'column-total') && f.severity === 'error');
    // Every total fix-all wrote holds its own sums; the ones it left are as typed.
    const before = firstTable(analyse(text).model, 'applications');
    const after = firstTable(analyse(fixed).model, 'applications');
    for (const [i, r] of after.rows.entries())
      for (const [k, c] of r.cells.entries()) {
        if (c.value === before.rows[i].cells[k].value) continue;
        assert.ok(!own.some((f) => f.span.start === c.span.start), `${r.id}[${k}] set to ${c.value} fails its own sum`);
      }
    assert.equal(row(fixed, 'total').cells[6].value, 14);
    assert.equal(row(fixed, 'total').cells[0].value, 8);
  });

  it('fix-all sets the totals of parts retyped on purpose (one more application: 一 and （一） 自然人 each one more), all of them together (found by a review of the guard)', () => {
    let text = setCell(pipe, row(pipe, 'open').cells[0], '2');
    text = setCell(text, row(text, 'new').cells[0], '10');
    const fixed = applyEdits(text, fixAll(text));
    const app = firstTable(analyse(fixed).model, 'applications');
    const t = (id: string) => app.rows.find((r) => r.id === id)!.cells.map((c) => c.value);
    assert.deepEqual([t('new')[6], t('open')[6], t('total')[0], t('total')[6]], [10, 2, 9, 9]);
    assert.ok(!analyse(fixed).findings.some((x) => ARITHMETIC.has(x.code) && x.span.start < fixed.indexOf('四、政府信息公开行政复议')));
  });

  it('fix-all as the command line makes it (keepStated) leaves a total the prose states as written: a part of 行政复议 mistyped beside 「发生政府信息公开行政复议N件」 and its total N (found by a review: two agreeing sources overruled by one mistyped part)', () => {
    const f = sampleFigures();
    const reviews = f.review[4];
    const report = buildReport('pipe', f).replace('一、总体情况\n', `一、总体情况\n本年度发生政府信息公开行政复议${reviews}件。\n`);
    const review = (t: string) => reviewFigures(firstTable(analyse(t).model, 'review'));
    const cells = firstTable(analyse(report).model, 'review').cells;
    const text = setCell(report, cells[0], String(f.review[0] + 1));
    assert.deepEqual(analyse(text).findings.filter((x) => x.code === 'text-mismatch'), []);
    // In the editor, a part retyped sets its total; the prose's text-mismatch then says what to change.
    const edited = applyEdits(text, fixAll(text));
    assert.equal(review(edited)[4], reviews + 1);
    assert.equal(analyse(edited).findings.filter((x) => x.code === 'text-mismatch').length, 1);
    // From the command line, the total two sources agree on is kept.
    assert.equal(review(applyEdits(text, fixAll(text, { keepStated: true })))[4], reviews);
  });

  it('fix-all sets a wrong total beside another error off by as much, and leaves the part it cannot tell (found by a review of the guard)', () => {
    // （一）予以公开's total 1 → 2 (a total wrong) and （四）1.'s 自然人 5 → 4 (a part wrong): the total is set
    // back to 1; （四）1.'s total is left at 5 — set to 4, （七）总计's column would go from one short to one over.
    let text = setCell(pipe, row(pipe, 'u1').cells[0], '4');
    text = setCell(text, row(text, 'open').cells[6], '2');
    const fixed = applyEdits(text, fixAll(text));
    assert.equal(row(fixed, 'open').cells[6].value, 1);
    assert.deepEqual(row(fixed, 'u1').cells.map((c) => c.value), [4, 0, 0, 0, 0, 0, 5]);
    // 一's total 9 → 8 and 四's 自然人 1 → 0: 一's total is set back; 四 left (its total 1 set to 0 would turn the balance the other way).
    let two = setCell(pipe, row(pipe, 'carryNext').cells[0], '0');
    two = setCell(two, row(two, 'new').cells[6], '8');
    const fixedTwo = applyEdits(two, fixAll(two));
    assert.equal(row(fixedTwo, 'new').cells[6].value, 9);
    assert.deepEqual(row(fixedTwo, 'carryNext').cells.map((c) => c.value), [0, 0, 0, 0, 0, 0, 1]);
  });

  it('fix-all makes no sum fail that held: two figures of a glued row swapped leave （七）总计 as written (found by a review)', () => {
    // gwh_2022's （一）予以公开 「5000005」 typed 「0500005」: the row still adds up, （七）总计's 自然人 and 商业企业
    // fail, and the balance vouches for （七）总计 as written. Setting it to the sum of the column broke the balance.
    const page = fixture('glued/gwh_2022.txt');
    assert.ok(page.includes('（一）予以公开 5000005'));
    const broken = page.replace('（一）予以公开 5000005', '（一）予以公开 0500005');
    const before = analyse(broken);
    assert.deepEqual(codes(before.findings.filter((x) => ARITHMETIC.has(x.code))), ['column-total', 'column-total']);
    const fixed = applyEdits(broken, fixAll(broken));
    const after = analyse(fixed);
    assert.equal(breaksSums(before.findings, after.findings), false);
    assert.deepEqual(codes(after.findings.filter((x) => ARITHMETIC.has(x.code))), ['column-total', 'column-total']);
    assert.deepEqual(appFigures(firstTable(after.model, 'applications')).total, [14, 2, 0, 0, 0, 0, 16]);
    // The separators are restored all the same (its other safe fix).
    assert.ok(!after.findings.some((x) => x.code === 'table-glued' && x.severity !== 'information') && fixed.split('\n').length > broken.split('\n').length);
  });

  it('fix-all reads the report once and then follows its own edits (one document updated, each text read once): the same edits as reading every text afresh', () => {
    // (A fuzzer's 37,000-character page was read eleven times, a second for one codeAction/resolve.)
    const page = fixture('glued/gwh_2022.txt').replace('（一）予以公开 5000005', '（一）予以公开 0500005');
    const documents = require('../../../../server/src/checks/document') as typeof import('../../../../server/src/checks/document');
    const Real = documents.ReportDocument;
    let made = 0;
    const fresh: string[] = [];
    documents.ReportDocument = class extends Real {
      constructor(text: string) {
        super(text);
        made++;
        fresh.push(text);
      }
    };
    let edits;
    try {
      edits = fixAll(page);
    } finally {
      documents.ReportDocument = Real;
    }
    assert.equal(made, 1);
    assert.equal(fresh[0], page);
    assert.ok(edits.length > 0);
    // What reading each text afresh gives: the guarded rounds' result, the totals (七) left as written.
    const after = analyse(applyEdits(page, edits));
    assert.deepEqual(appFigures(firstTable(after.model, 'applications')).total, [14, 2, 0, 0, 0, 0, 16]);
    assert.equal(breaksSums(analyse(page).findings, after.findings), false);
  });

  it('fix-all of one kind only touches that kind; inside a range only that range', () => {
    const broken = setCell(setCell(tabs, firstTable(analyse(tabs).model, 'review').cells[14], '9'), row(tabs, 'open').cells[6], '3');
    const onlyRows = applyEdits(broken, fixAll(broken, { codes: new Set(['row-total']) }));
    assert.deepEqual(codes(analyse(onlyRows).findings.filter((x) => ARITHMETIC.has(x.code))), ['review-total']);
    const app = firstTable(analyse(broken).model, 'applications');
    const inTable = applyEdits(broken, fixAll(broken, { within: app.span }));
    assert.deepEqual(codes(analyse(inTable).findings.filter((x) => ARITHMETIC.has(x.code))), ['review-total']);
  });

  it('fix-all within one of two copies of table 三 sets its total, the other copy off the other way (the lens of the first refused: found by a review)', () => {
    const total = '(七)总计 | 8 | 0 | 0 | 0 | 0 | 0 | 8';
    const first = pipe.indexOf(total);
    const second = pipe.indexOf(total, first + 1);
    assert.ok(first > 0 && second > first);
    const broken = pipe.slice(0, first) + total.slice(0, -1) + '9' + pipe.slice(first + total.length, second) + total.slice(0, -1) + '7' + pipe.slice(second + total.length);
    const tables = allTables(analyse(broken).model).filter((t) => t.kind === 'applications');
    assert.equal(tables.length, 2);
    for (const [k, t] of tables.entries()) {
      const edits = fixAll(broken, { within: t.span });
      assert.deepEqual(edits.map((e) => [broken.slice(e.span.start, e.span.end), e.newText]), [[k === 0 ? '9' : '7', '8']], `table ${k + 1}`);
    }
  });

  it('fix-all sets no total its column could not vouch for: a part mistyped beside a （七）总计 that cannot be read keeps its row\u2019s total as written (--fix wrote 8 → 9 on a glued page: found by a review)', () => {
    // A real glued page: its （七）总计 run cannot be split; （二）部分公开 reads 8|1|0|0|0|0|8, the 1 a stray part.
    const zrz = fixture('archive/zrz_2023.txt');
    const fixed = applyEdits(zrz, fixAll(zrz));
    const partial = firstTable(analyse(fixed).model, 'applications').rows.find((r) => r.id === 'partial')!;
    assert.equal(partial.cells[6].value, 8);
    // The same in a pipe table whose （七）总计 has an unreadable figure: the total stays; with it readable,
    // the part is the one said, and fix-all still leaves the total (it would break the column).
    const text = buildReport('pipe');
    const open = row(text, 'open');
    const stray = setCell(text, open.cells[2], String(Number(open.cells[2].value) + 1));
    const unreadable = setCell(stray, row(stray, 'total').cells[4], 'x');
    assert.ok(analyse(unreadable).findings.some((f) => f.code === 'row-total' && f.fixes?.some((x) => x.preferred)), 'the fix is still offered');
    assert.deepEqual(fixAll(unreadable).filter((e) => e.span.start === row(unreadable, 'open').cells[6].span.start), []);
    // A total its column can vouch for is set as ever: （一）'s total typed wrong, nothing else.
    const total = setCell(text, open.cells[6], String(Number(open.cells[6].value) + 2));
    assert.equal(applyEdits(total, fixAll(total)), text);
  });

  it('two totals that mend a column only together are both fixed, a mistyped part elsewhere held back (one alone moved （七）总计\'s column the other way, and fix-all fixed neither: a review)', () => {
    const good = buildReport('pipe', sampleFigures());
    const table = () => firstTable(analyse(text).model, 'applications');
    let text = good;
    const cell = (id: string, col: number) => table().rows.find((r) => r.id === id)!.cells[col];
    // Set from the last place to the first, so the places read first stay true.
    const edits: [string, number, string][] = [['i2', 6, '0'], ['partial', 0, '20'], ['open', 6, '9']];
    for (const [id, col, v] of edits) text = setCell(text, cell(id, col), v);
    const before = codes(analyse(text).findings.filter((f) => f.severity === 'error'));
    assert.ok(before.filter((c) => c === 'row-total').length >= 3, before.join());
    const fixed = applyEdits(text, fixAll(text));
    const t = firstTable(analyse(fixed).model, 'applications');
    const total = (id: string) => appFigures(t)[id][6];
    assert.equal(total('open'), 5);
    assert.equal(total('i2'), 1);
    // The mistyped part (20 for 2) is no total to set: its row stays said.
    assert.equal(appFigures(t).partial[0], 20);
  });

  it('a total of another width in a cell padded with ideographic spaces (a report made by `new`) keeps the line\'s width: half of a 「　」 given up, not a space it has not (found by a review: every fixed total a column wide)', () => {
    const width = (l: string) => [...l].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
    for (const layout of ['pipe', 'markdown'] as const) {
      const form = newReport({ agency: '某某市财政局', year: 2025, layout, script: 'simplified' });
      // Parts of one digit each over the form's zeros (the line's width kept), the total left at 0: fixed to 11.
      const lines = form.split('\n');
      const i = lines.findIndex((l) => /^\|\s*一、本年新收/.test(l));
      let k = 0;
      const parts = ['5', '3', '0', '1', '2', '0'];
      lines[i] = lines[i].replace(/\| 0(?=[\u3000 ])/g, (m) => (k < 6 ? '| ' + parts[k++] : m));
      const text = lines.join('\n');
      const fixed = applyEdits(text, keepWidths(text, fixAll(text)));
      const after = fixed.split('\n');
      assert.match(after[i], /\| 11[\u3000 ]+\|\s*$/, after[i]);
      assert.equal(width(after[i]), width(lines[i]), `${layout}: ${after[i]}`);
      assert.equal(width(after[i]), width(after[i + 1]), layout);
    }
  });

  it('a blank cell padded with ideographic spaces (a report made by `new`, a figure deleted) filled with 0, one cell or the row: the line keeps its width (found by a writer\'s trial: each filled cell a column narrower)', () => {
    const width = (l: string) => [...l].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
    const form = newReport({ agency: '某某市财政局', year: 2025, layout: 'pipe', script: 'simplified' });
    const lines = form.split('\n');
    const i = lines.findIndex((l) => /^\|\s*（一）予以公开/.test(l));
    // The row's figures deleted, their padding left; or its first alone.
    const row = lines.map((l, k) => (k === i ? l.replace(/\| 0(?=[\u3000 ])/g, '|  ') : l)).join('\n');
    const one = lines.map((l, k) => (k === i ? l.replace(/\| 0(?=[\u3000 ])/, '|  ') : l)).join('\n');
    const fixOf = (text: string, title: RegExp) => analyse(text).findings.filter((f) => f.code === 'cell-blank').flatMap((f) => f.fixes ?? []).find((x) => title.test(render(x.title)))!;
    for (const [text, fix] of [[row, fixOf(row, /整行填 0/)], [one, fixOf(one, /^将「.*」填 0$/)]] as const) {
      const after = applyEdits(text, keepWidths(text, fix.edits)).split('\n');
      assert.match(after[i], /\| 0[\u3000 ]+\|/, after[i]);
      assert.equal(width(after[i]), width(lines[i]), after[i]);
      assert.equal(width(after[i]), width(after[i + 1]));
    }
  });

  it('a figure written in a drawn table keeps its borders in line: a blank cell 「│    │」 takes 「 272」, a total of another length takes or gives its cell\u2019s spaces (--fix put a text browser\u2019s table out of line: found by a review)', () => {
    const dump = fixture('dumps/shgov_2019.w3m.txt');
    const bars = (t: string) => t.split('\n').filter((l) => l.startsWith('│')).map((l) => [...l].map((c, i) => (c === '│' ? i : -1)).filter((i) => i >= 0).join(','));
    // Its blank totals filled by fix-all: every line's borders where they were.
    const filled = applyEdits(dump, keepWidths(dump, fixAll(dump)));
    assert.notEqual(filled, dump);
    assert.match(filled, /│ 1  │ 272│/);
    assert.deepEqual(bars(filled), bars(dump));
    // A total of one more digit than it should have, in its padded cell: set back, the cell as wide as before. (By its own
    // fix: fix-all leaves a written total more than its parts where a blank part may hold the rest — blankPart.test.ts.)
    const wrong = filled.replace('│ 1  │ 272│', '│ 1  │2720│');
    const totalAt = wrong.indexOf('│2720│') + 1;
    const setBack = analyse(wrong).findings.find((f) => f.code === 'row-total' && f.span.start === totalAt)!;
    assert.equal(setBack.fixes![0].edits[0].newText, '272');
    const back = applyEdits(wrong, keepWidths(wrong, setBack.fixes![0].edits));
    assert.deepEqual(bars(back), bars(dump));
    assert.match(back, /│ 1  │272 │/);
    // Outside a padded cell (a figure of a row apart by spaces), an edit is as it was made.
    const edits: TextEdit[] = [{ span: { start: 0, end: 2 }, newText: '100' }];
    assert.deepEqual(keepWidths('12 3 4', edits), edits);
    // A pipe row whose pipes stand where its words end, in line with none above or below: 10 set to 5 is 「| 5 |」, not
    // 「| 5  |」 (found by a review); an ASCII grid's 「+」 above keeps the line as a drawn table's 「┼」 does.
    const row = '| 行 | 1 |\n| （一）予以公开 | 4 | 10 |\n| 其他 | 2 |';
    const at = row.indexOf('10');
    assert.deepEqual(keepWidths(row, [{ span: { start: at, end: at + 2 }, newText: '5' }]), [{ span: { start: at, end: at + 2 }, newText: '5' }]);
    const grid = '+----+----+\n| 4  | 10 |\n+----+----+';
    const g = grid.indexOf('10');
    assert.deepEqual(keepWidths(grid, [{ span: { start: g, end: g + 2 }, newText: '5' }]), [{ span: { start: g, end: g + 2 }, newText: '5 ' }]);
    // In a document of lone CRs or CRLF, the lines above and below are found as well (by LF alone, a CR document was one line).
    for (const eol of ['\r', '\r\n']) {
      const other = grid.replace(/\n/g, eol);
      const o = other.indexOf('10');
      assert.deepEqual(keepWidths(other, [{ span: { start: o, end: o + 2 }, newText: '5' }]), [{ span: { start: o, end: o + 2 }, newText: '5 ' }], JSON.stringify(eol));
    }
    const pipeSeed = fixture(SEEDS.pipe);
    const total = pipeSeed.indexOf('| 0 | 9 | ||');
    assert.ok(total > 0);
    const ten = pipeSeed.slice(0, total) + '| 0 | 10 | ||' + pipeSeed.slice(total + '| 0 | 9 | ||'.length);
    assert.equal(applyEdits(ten, keepWidths(ten, fixAll(ten))), pipeSeed);
  });

  it('a figure too wide for its cell in a grid widens its column on every line of the table (pandoc\u2019s narrow grid: a total 17 written 「| 17|」 put it out of line, found by a review of --fix)', () => {
    // pandoc's reStructuredText of a real Word report at 60 columns: table 四's figures in cells one column wide.
    const rst = fixture('converted/czj_2023.docx-pandoc-rst-60.txt');
    const lines = rst.split('\n');
    const i = lines.findIndex((l, n) => n > 480 && /^\|[ \u00a0]{3}\| 0 \|/.test(l));
    assert.ok(i > 0);
    lines[i] = lines[i].replace('| 0 |', '| 8 |');
    lines[i + 1] = lines[i + 1].replace('| 0 |', '| 9 |');
    const text = lines.join('\n');
    const review = analyse(text).findings.filter((f) => f.code === 'review-total');
    assert.equal(review.length, 1);
    const fixed = applyEdits(text, keepWidths(text, fixAll(text)));
    const after = fixed.split('\n');
    assert.match(after[i], /\| 17 \|/);
    // The grid's rules all alike, and the edited rows' borders under the rules' crossings.
    const grid = after.slice(after.lastIndexOf('', i) + 1).slice(0, 40);
    const end = grid.findIndex((l) => !/^[|+]/.test(l));
    const rules = grid.slice(0, end).filter((l) => l.startsWith('+'));
    assert.equal(new Set(rules).size, 1, rules.join('\n'));
    const crossings = [...rules[0]].map((c, n) => (c === '+' ? n : -1)).filter((n) => n >= 0);
    for (const l of [after[i], after[i + 1]]) assert.deepEqual([...l].map((c, n) => (c === '|' ? n : -1)).filter((n) => n >= 0), crossings, l);
    assert.deepEqual(codes(analyse(fixed).findings), []);
    assert.equal(reviewFigures(firstTable(analyse(fixed).model, 'review'))[4], 17);
  });

  it('widening a column: a rule\u2019s own stroke on rules (「=」 under a header, 「-」 before a Markdown colon), a cell merged across it widened at its own border; a table not drawn in line all down keeps the edit as made', () => {
    const grid = ['+---+----+', '| 表四     |', '+===+====+', '| 4 | 10 |', '+---+----+'].join('\n');
    const at = grid.indexOf('4 |');
    const edits = keepWidths(grid, [{ span: { start: at, end: at + 1 }, newText: '100' }]);
    assert.equal(applyEdits(grid, edits), ['+-----+----+', '| 表四       |', '+=====+====+', '| 100 | 10 |', '+-----+----+'].join('\n'));
    const table = ['| 甲 | 乙 |', '|:--:|:--:|', '| 5  | 9  |', '| 6  | 1  |'].join('\n');
    const five = table.indexOf('5  |');
    assert.equal(applyEdits(table, keepWidths(table, [{ span: { start: five, end: five + 1 }, newText: '1234' }])), ['| 甲   | 乙 |', '|:----:|:--:|', '| 1234 | 9  |', '| 6    | 1  |'].join('\n'));
    const ragged = ['+---+----+', '| 4 | 10 |', '| 5', '+---+----+'].join('\n');
    const four = ragged.indexOf('4 |');
    assert.deepEqual(keepWidths(ragged, [{ span: { start: four, end: four + 1 }, newText: '100' }]), [{ span: { start: four, end: four + 1 }, newText: '100' }]);
  });

  it('two columns widened under a cell merged across both widen it by both (the editor applies one insertion at a place: the header\u2019s line came out short); a blank cell filled with a figure too wide for it widens its column (「│   │」 given 272 was 「│ 272│」)', () => {
    const box = ['┌───────┐', '│ 申请  │', '├───┬───┤', '│ 4 │ 5 │', '└───┴───┘'].join('\n');
    assert.equal(new Set(box.split('\n').map((l) => displayWidth(l))).size, 1);
    const four = box.indexOf('4 │');
    const five = box.indexOf('5 │');
    const both = applyEdits(box, keepWidths(box, [{ span: { start: four, end: four + 1 }, newText: '100' }, { span: { start: five, end: five + 1 }, newText: '2000' }]));
    assert.deepEqual(both.split('\n'), ['┌────────────┐', '│ 申请       │', '├─────┬──────┤', '│ 100 │ 2000 │', '└─────┴──────┘']);
    assert.equal(new Set(both.split('\n').map((l) => displayWidth(l))).size, 1);
    const blank = ['┌───┬───┐', '│ 1 │   │', '├───┼───┤', '│ 2 │ 3 │', '└───┴───┘'].join('\n');
    const cell = blank.indexOf('│   │') + 1;
    // (As writeCell fills a blank cell: the figure after its first space.)
    const filled = applyEdits(blank, keepWidths(blank, [{ span: { start: cell + 1, end: cell + 2 }, newText: '272' }]));
    assert.deepEqual(filled.split('\n'), ['┌───┬─────┐', '│ 1 │ 272 │', '├───┼─────┤', '│ 2 │ 3   │', '└───┴─────┘']);
    // One that fits is written as it was made.
    assert.equal(applyEdits(blank, keepWidths(blank, [{ span: { start: cell + 1, end: cell + 2 }, newText: '7' }])), blank.replace('│   │', '│ 7 │'));
  });

  it('fix-all offers no edit that writes what is there (「8」→「8」 on every save: found by a review)', () => {
    const one = pipe.split('\n').slice(0, 83).join('\n') + '\n';
    const broken = one.replace('(七)总计 | 8 | 0 | 0 | 0 | 0 | 0 | 8', '(七)总计 | 8 | 0 | 0 | 1 | 0 | 0 | 8');
    assert.ok(analyse(broken).findings.some((f) => ARITHMETIC.has(f.code)));
    for (const e of fixAll(broken)) assert.notEqual(broken.slice(e.span.start, e.span.end), e.newText);
  });

  it('inserted text is converted: a traditional report gets traditional template labels', () => {
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    assert.equal(toTw('四、结转下年度继续办理'), '四、結轉下年度繼續辦理');
  });
});
