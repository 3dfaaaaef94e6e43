/**
 * Each check: a passing case and a failing case, made by altering one thing in a real report.
 * The findings must land on the exact characters concerned, with the numbers in the message.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { added, analyse, codes, firstTable, fixture, SEEDS, setCell } from '../../../helpers';
import type { Finding } from '../../../../server/src/analysis/types';
import { buildReport, LAYOUTS, sampleFigures } from '../../../layouts';
import { ReportDocument } from '../../../../server/src/checks/document';
import { readCell } from '../../../../server/src/analysis/reader/tokens/numbers';

const only = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

describe('checks', () => {
  const load = (n: string) => ({ n, text: fixture(n), r: analyse(fixture(n)) });
  const pipe = load(SEEDS.pipe);
  const trad = load(SEEDS.traditional);
  const oneLine = load(SEEDS.oneLine);
  const tabs = load(SEEDS.tabs);
  const prose = load(SEEDS.prose);
  const appRow = (s: typeof pipe, id: string) => firstTable(s.r.model, 'applications').rows.find((r) => r.id === id)!;

  describe('spec §7: what the seeds must give', () => {
    const tally = (fs: Finding[]) => fs.reduce<Record<string, number>>((m, f) => ((m[f.code] = (m[f.code] ?? 0) + 1), m), {});
    it('000: section-duplicate for each repeated heading and year-mismatch (2022 in a 2023 report), no error', () => {
      assert.deepEqual(tally(pipe.r.findings), { 'year-mismatch': 2, 'section-duplicate': 6 });
      assert.equal(render(pipe.r.findings.find((f) => f.code === 'year-mismatch')!.message), '这是 2023 年度报告，此处写的是 2022 年');
    });
    it('001: text-mismatch (15 vs 16, 3 vs 4), no arithmetic error, no missing section or table', () => {
      assert.deepEqual(tally(trad.r.findings), { 'text-mismatch': 2, 'label-drift': 1, 'mixed-script': 39 });
      assert.deepEqual(only(trad.r.findings, 'text-mismatch').map((f) => render(f.message)), ['正文写予以公开 15 件，表三为 16 件', '正文写部分公开 3 件，表三为 4 件']);
      assert.equal(trad.text.slice(only(trad.r.findings, 'text-mismatch')[0].span.start, only(trad.r.findings, 'text-mismatch')[0].span.end), '15');
      assert.equal(render(only(trad.r.findings, 'label-drift')[0].message), '行名「1.屬于國家機密」与规定格式「1.属于国家秘密」措辞不同');
    });
    it('002: table-missing ×3 and no section-missing', () => {
      assert.deepEqual(codes(oneLine.r.findings), ['table-missing', 'table-missing', 'table-missing']);
    });
    it('004: table-missing ×3, injected-text, numbering, and no section-missing', () => {
      assert.deepEqual(tally(prose.r.findings), { 'injected-text': 3, 'table-missing': 3, numbering: 1 });
      for (const f of only(prose.r.findings, 'injected-text')) assert.equal(prose.text.slice(f.span.start, f.span.end), 'bet36体育在线_bet36体育投注@:');
      assert.equal(render(only(prose.r.findings, 'numbering')[0].message), '序号重复：「二是」前面已经用过，应为「三是」');
    });
    it('004 with its spam as a mirror converts it (Taiwan\'s 線上, Hong Kong\'s 在綫): each run one finding, whole (found by a hunt over traditional variants)', () => {
      for (const run of ['bet36体育線上_bet36体育投注@:', 'bet36體育在綫_bet36體育投注@:']) {
        const text = prose.text.replaceAll('bet36体育在线_bet36体育投注@:', run);
        assert.notEqual(text, prose.text);
        const spam = only(analyse(text).findings, 'injected-text');
        assert.deepEqual(spam.map((f) => text.slice(f.span.start, f.span.end)), [run, run, run]);
      }
    });
    it('003: cell-blank on the five 行政复议 cells, nothing else', () => {
      assert.deepEqual(codes(tabs.r.findings), Array(5).fill('cell-blank'));
      const review = firstTable(tabs.r.model, 'review');
      assert.deepEqual(tabs.r.findings.map((f) => f.span.start), review.cells.slice(0, 5).map((c) => c.span.start));
    });
  });

  describe('row-total and column-total', () => {
    it('one changed sub-item breaks its row and its column, reported on the two totals', () => {
      const u1 = appRow(pipe, 'u1');
      const total = appRow(pipe, 'total');
      const { findings } = analyse(setCell(pipe.text, u1.cells[0], '6'));
      const [row] = only(findings, 'row-total');
      const [col] = only(findings, 'column-total');
      assert.deepEqual(errors(findings).map((f) => f.code), ['row-total', 'column-total']);
      assert.equal(row.span.start, u1.cells[6].span.start);
      assert.equal(render(row.message), '（四）1.本机关不掌握相关政府信息·总计 应为 6（6+0+0+0+0+0），实为 5');
      assert.equal(col.span.start, total.cells[0].span.start);
      assert.equal(render(col.message), '（七）总计·自然人 应为 9（1+1+6+1，其余各项为 0），实为 8');
      assert.equal(row.related?.length, 6);
    });
    it('messages in traditional Chinese and English', () => {
      const open = appRow(trad, 'open');
      const [row] = only(analyse(setCell(trad.text, open.cells[6], '17')).findings, 'row-total');
      assert.equal(render(row.message, 'zh-tw'), '（一）予以公開·總計 應為 16（15+0+0+0+1+0），實為 17');
      assert.equal(render(row.message, 'en'), '(1) Disclosed / total should be 16 (15+0+0+0+1+0), but is 17');
    });
    it('passes on every seed table', () => {
      for (const s of [pipe, trad, tabs]) assert.deepEqual(only(s.r.findings, 'row-total').concat(only(s.r.findings, 'column-total')), []);
    });
    it("a wrong item total is its row's error only: the 总计 column adds up by the items' own figures", () => {
      // Before, the 总计 column was reported too, with a fix setting the right grand total (25) to 26.
      const { findings } = analyse(setCell(trad.text, appRow(trad, 'open').cells[6], '17'));
      assert.deepEqual(errors(findings).map((f) => f.code), ['row-total']);
    });
    it('a wrong grand total beside a wrong item total: the 总计 column, whose sum holds the wrong item total, names that row and offers no figure (it said 「应为 26」 where the row said 25: a review that changed each figure)', () => {
      const text = setCell(trad.text, appRow(trad, 'open').cells[6], '17');
      const { findings } = analyse(setCell(text, appRow(trad, 'total').cells[6], '24'));
      const errs = errors(findings).filter((f) => f.code !== 'balance');
      assert.deepEqual(errs.map((f) => `${f.code} ${render(f.message)}`), [
        'row-total （一）予以公开·总计 应为 16（15+0+0+0+1+0），实为 17',
        'column-total （七）总计·总计 为 24，与各项总计之和 26 不符；但其中「（一）予以公开」的总计本身与该行各数之和不符，请先改正各行的总计',
        'row-total （七）总计·总计 应为 25（21+0+0+0+4+0），实为 24',
      ]);
      assert.equal(errs[1].fixes, undefined);
    });
    it('a wrong grand total breaks its row and the 总计 column, both fixed by the same figure', () => {
      const total = appRow(trad, 'total');
      const { findings } = analyse(setCell(trad.text, total.cells[6], '30'));
      const errs = errors(findings).filter((f) => f.code !== 'balance');
      assert.deepEqual(errs.map((f) => f.code), ['column-total', 'row-total']);
      for (const f of errs) assert.equal(f.fixes?.find((x) => x.preferred)?.edits[0].newText.trim(), '25');
    });
  });

  it('year-mismatch: the body\'s history, a plan for the next year, a reference to last year\'s report are no claim about the year reported on (found by a review of real prose); 「2022年度本部门未发生…」 still is', () => {
    const text = buildReport('pipe');
    const years = (said: string) => analyse(text.replace('本年度未收取信息处理费。', said)).findings.filter((f) => f.code === 'year-mismatch').map((f) => render(f.message));
    for (const said of ['2019年，我局被评为全省政务公开先进单位。', '自2020年我局开展政务公开标准化建设以来，成效明显。', '2018年，本机关机构改革后更名为某某局。', '2024年，我局进一步加强政策解读。', '2024年，本局着力做好以下工作：一是加强培训。', '2022年度本机关报告指出的问题已全部整改到位。', '2022年度我局存在的问题主要是公开不够及时，已于2023年整改到位。', '对照2022年度本部门政府信息公开工作中存在的问题，逐项整改。', '针对2022年度本局工作中的不足，我局加强了培训。', '2022年我局开通的政务微信公众号，本年度共发布信息200条。', '2022年，我局制定的《依申请公开办理规程》在本年度继续严格执行。']) assert.deepEqual(years(said), [], said);
    assert.deepEqual(years('2022年度本部门未发生政府信息公开行政复议案件。'), ['这是 2023 年度报告，此处写的是 2022 年']);
    // (Last year's report copied, a verb and 的 after the body: still said — only a thing the body made that year is passed over.)
    for (const said of ['2022年，本机关收到的政府信息公开申请共13件，均按期答复。', '2022年我局主动公开的政府信息共1200条。']) assert.deepEqual(years(said), ['这是 2023 年度报告，此处写的是 2022 年'], said);
  });

  describe('text-mismatch: what the prose states', () => {
    it('a sum of two rows is a statement of neither: 「新收及上年结转申请共N件」「予以公开及部分公开N件」', () => {
      const text = trad.text.replace(/\n/, '\n本年度新收及上年结轉政府信息公開申請共99件，予以公開及部分公開88件，辦結及結轉下年度共77件，本年受理及上年結轉申請共66件。\n');
      assert.deepEqual(added(analyse(text).findings, trad.r.findings).filter((f) => f.code === 'text-mismatch'), []);
    });
    it('予以公开 that counts the partial ones in, and 部分公开 counted in another figure, are statements of neither (found by a review: 「正文写部分公开 9 件」 of 「予以公开（含部分公开）9件」)', () => {
      for (const said of ['予以公開（含部分公開）20件', '予以全部或部分公開20件', '予以公開（包括部分公開）20件', '同意公開（含部分公開）20件', '予以公開20件（含部分公開4件）', '予以公開20件，其中部分公開4件']) {
        const text = trad.text.replace(/\n/, `\n本年度${said}。\n`);
        assert.deepEqual(added(analyse(text).findings, trad.r.findings).filter((f) => f.code === 'text-mismatch').map((f) => render(f.message)), [], said);
      }
      // A partial figure of its own is still read (its table says 4).
      const wrong = trad.text.replace(/\n/, '\n本年度予以公開20件（含部分公開5件）。\n');
      assert.deepEqual(added(analyse(wrong).findings, trad.r.findings).filter((f) => f.code === 'text-mismatch').map((f) => render(f.message)), ['正文写部分公开 5 件，表三为 4 件']);
    });
    it('「收到申请」 that is neither reading: both named, 本年新收 and with 上年结转 (the hover named the second, the message the first only: found by a writer\'s review)', () => {
      const carried = appRow(pipe, 'carried');
      let text = setCell(setCell(pipe.text, carried.cells[6], '1'), carried.cells[0], '1');
      text = text.replace(/^(一、总体情况\n)/m, '$1本年度共收到政府信息公开申请12件。\n');
      const said = analyse(text).findings.filter((f) => f.code === 'text-mismatch').map((f) => [render(f.message), render(f.message, 'en')]);
      assert.deepEqual(said, [['正文写收到申请 12 件，表三本年新收 9 件（加上年结转为 10 件）', 'The text says 12 applications received; table III has 9 new (10 with those carried over)']]);
      // Either reading stated is no mismatch.
      for (const n of ['9', '10']) assert.deepEqual(analyse(text.replace('申请12件', `申请${n}件`)).findings.filter((f) => f.code === 'text-mismatch'), [], n);
    });
    it("two statements joined after the first's figure are both read: 「办结N件及结转下年度M件」", () => {
      const text = trad.text.replace(/\n/, '\n予以公開9件及部分公開8件。\n');
      assert.deepEqual(added(analyse(text).findings, trad.r.findings).filter((f) => f.code === 'text-mismatch').map((f) => render(f.message)), ['正文写予以公开 9 件，表三为 16 件', '正文写部分公开 8 件，表三为 4 件']);
    });
    it('a stated figure whose cell in the table is blank: the table is said to leave it blank, not to say 0', () => {
      const open = appRow(pipe, 'open');
      // (The whole row blank, as a page that leaves its zeros blank writes none: a blank total with
      // figures beside it is no figure at all, and row-total says what it should be.)
      let text = pipe.text;
      for (const c of [...open.cells].reverse()) text = setCell(text, c, '');
      text = text.replace(/\n/, '\n本年予以公开15件。\n');
      const findings = added(analyse(text).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch');
      assert.deepEqual(findings.map((f) => render(f.message)), ['正文写予以公开 15 件，表三此格为空白']);
      assert.equal(render(findings[0].message, 'en'), 'The text says 15 disclosed; table III leaves that cell blank');
      // (A figure there: the table's figure, as before.)
      const stated = added(analyse(pipe.text.replace(/\n/, '\n本年予以公开15件。\n')).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch');
      assert.deepEqual(stated.map((f) => render(f.message)), [`正文写予以公开 15 件，表三为 ${open.cells[6].value} 件`]);
      // Received, compared with 新收 and with 新收 + 上年结转, both rows blank (a blank form pasted under the prose): blank too,
      // not 「表三为 0 件」 beside the others' 「此格为空白」 (found by a writer's trial).
      let form = pipe.text;
      for (const id of ['carried', 'new'] as const) for (const c of [...appRow(pipe, id).cells].reverse()) form = setCell(form, c, '');
      form = form.replace(/\n/, '\n本年收到政府信息公开申请13件。\n');
      assert.deepEqual(added(analyse(form).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch' && /13/.test(render(f.message))).map((f) => render(f.message)), ['正文写收到申请 13 件，表三此格为空白']);
    });
    it('applications received counted in 条: 「共收到政府信息公开申请0条」 (a real page whose table says 3); information in 条 is no statement', () => {
      const newCount = appRow(pipe, 'new').cells[6].value;
      const findings = added(analyse(pipe.text.replace(/\n/, '\n2023年，共收到政府信息公开申请0条。主动公开政府信息312条。\n')).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch');
      assert.deepEqual(findings.map((f) => render(f.message)), [`正文写收到申请 0 件，表三为 ${newCount} 件`]);
      // 「共受理公开申请34件」 (a real page whose table says 32): the same statement, named shorter.
      const shorter = added(analyse(pipe.text.replace(/\n/, '\n2023年，共受理公开申请34件。\n')).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch');
      assert.deepEqual(shorter.map((f) => render(f.message)), [`正文写收到申请 34 件，表三为 ${newCount} 件`]);
    });
    it('a part of those closed is no total: 「按期办结」「当场办结」「10个工作日内办结」「网上申请办结」「…件中办结」「1月办结」 (a review saw each said to differ); 「共办结」 is one', () => {
      const closed = appRow(pipe, 'total').cells[6].value;
      for (const said of ['其中按期办结138件，延期办结2件', '其中当场办结20件', '在法定期限内办结138件', '10个工作日内办结100件', '网上申请办结120件，信函申请办结20件', '当日办结的有12件', '本年新收的145件中办结134件', '结转下年度的11件中，已于2024年1月办结5件', '其中现场办结10件，网上办结3件', '按法定时限办结10件，延期办结3件', '截至12月31日，尚未办结2件', '除尚未办结的2件外均已答复', '上年结转的申请均已办结；本年新收144件，其中已办结42件', '本年新收44件中，已办结42件', '没有办结2件']) {
        const findings = added(analyse(pipe.text.replace(/\n/, `\n${said}。\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch' && /办结/.test(render(f.message)));
        assert.deepEqual(findings.map((f) => render(f.message)), [], said);
      }
      for (const said of ['本年共办结140件', '全年办结申请140件', '2023年，本局办结140件', '截至12月31日办结140件']) {
        const findings = added(analyse(pipe.text.replace(/\n/, `\n${said}。\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch');
        assert.deepEqual(findings.map((f) => render(f.message)), [`正文写办结 140 件，表三为 ${closed} 件`], said);
      }
    });
    it('a statement after the report\'s own year glued to it (「2023年新收…」「2023年度未发生…」) is compared; after another year\'s it is history (found by a review: the report\'s own never was)', () => {
      const year = Number(/(\d{4})年/.exec(pipe.text)![1]);
      const newCount = appRow(pipe, 'new').cells[6].value!;
      const said = (t: string) => added(analyse(pipe.text.replace(/\n/, `\n${t}\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch').map((f) => render(f.message));
      for (const own of [`${year}年新收政府信息公开申请${newCount + 1}件。`, `${year}年度新收申请${newCount + 1}件。`]) assert.deepEqual(said(own), [`正文写本年新收 ${newCount + 1} 件，表三为 ${newCount} 件`], own);
      for (const other of [`${year - 1}年新收政府信息公开申请${newCount + 1}件。`, `${year - 1}年度未收到政府信息公开申请。`, `${year - 1}年全年未收到政府信息公开申请。`]) assert.deepEqual(said(other), [], other);
      assert.deepEqual(said(`${year}年全年新收政府信息公开申请${newCount + 1}件。`), [`正文写本年新收 ${newCount + 1} 件，表三为 ${newCount} 件`]);
    });
    it('figures of years together, and the body\'s cases of which those of disclosure follow, are not the tables\' (「自《条例》实施以来…累计受理…300件」「共收到行政复议申请15件，其中涉及政府信息公开的2件」); a part by channel holds only in its clause (found by a review)', () => {
      const f = sampleFigures();
      const text = (said: string) => buildReport('pipe', f).replace('本年度未收取信息处理费。', said);
      const said = (t: string) => analyse(text(t)).findings.filter((x) => x.code === 'text-mismatch').map((x) => render(x.message));
      for (const other of ['自《条例》实施以来，我局累计受理政府信息公开申请300件。', '截至目前，我局历年共收到公开申请300件。', '本年度我局共收到行政复议申请15件，其中涉及政府信息公开的1件。', '共发生行政诉讼案件10件，其中涉及政府信息公开的3件。', '本机关自2019年以来累计收到政府信息公开申请58件。', '近三年来，我局共收到政府信息公开申请30件。', '五年来共受理政府信息公开申请80件。', '近年来，我局累计收到申请40件。']) assert.deepEqual(said(other), [], other);
      // (This year's own 以来, and a figure that already counts disclosure applications, are compared; a part named in a clause
      // that opens the others covers them — found by a review of the rules above.)
      const received = f.app[0][6] + f.app[1][6];
      for (const own of ['2023年以来，我局共收到政府信息公开申请99件。', '今年以来，本机关共收到政府信息公开申请99件。', '本年度共收到政府信息公开申请99件，其中因政府信息公开申请引发行政复议1件。', '一年来，我局共收到政府信息公开申请99件。', '全年累计收到政府信息公开申请99件。', '自2023年以来，我局共收到政府信息公开申请99件。', '自2023年起，全年共收到政府信息公开申请99件。', '本年度申请量创近三年新高，共收到政府信息公开申请99件。', '近年来申请量逐年上升，本年度共收到政府信息公开申请99件。', '与近两年相比，我局收到的申请有所减少，共收到政府信息公开申请99件。', '申请量较近两年明显下降，共收到政府信息公开申请99件。', '近三年来首次发生行政复议案件，共收到政府信息公开申请99件。']) assert.ok(said(own).some((m) => m.startsWith('正文写收到申请 99 件')), `${own}: ${said(own).join(' / ')} (received ${received})`);
      for (const part of [`在自然人提出的10件申请中，予以公开${f.app[2][0]}件，部分公开${f.app[3][0]}件。`, `网上申请的办理结果为：予以公开${f.app[2][0]}件，部分公开${f.app[3][0]}件。`]) assert.deepEqual(said(part), [], part);
      const partial = f.app[3][6];
      assert.deepEqual(said(`本年度共收到政府信息公开申请${f.app[0][6]}件，其中当面申请2件、网络申请11件，予以公开${f.app[2][6]}件，部分公开${partial + 1}件。`), [`正文写部分公开 ${partial + 1} 件，表三为 ${partial} 件`]);
    });
    it('「未发生…行政复议、行政诉讼案件」 beside a table 四 with cases is a mismatch; 「未发生行政复议被纠错…」 says nothing of the count (found by a review)', () => {
      const f = sampleFigures();
      const text = (said: string) => buildReport('pipe', f).replace('本年度未收取信息处理费。', said);
      const reviews = f.review[4];
      const suits = f.review[9] + f.review[14];
      assert.ok(reviews > 0 && suits > 0);
      const said = (t: string) => analyse(t).findings.filter((x) => x.code === 'text-mismatch').map((x) => `${render(x.message)} @${t.slice(x.span.start, x.span.end)}`);
      assert.deepEqual(said(text('本年度未发生因政府信息公开申请引发的行政复议、行政诉讼案件。')), [`正文写未发生行政复议案件，表四为 ${reviews} 件 @行政复议`, `正文写未发生行政诉讼案件，表四为 ${suits} 件 @行政诉讼`]);
      assert.deepEqual(said(text(`本年度无政府信息公开行政复议案件，行政诉讼案件${suits}件。`)), [`正文写未发生行政复议案件，表四为 ${reviews} 件 @行政复议`]);
      assert.equal(render(analyse(text('未发生政府信息公开行政诉讼案件。')).findings.find((x) => x.code === 'text-mismatch')!.message, 'en'), `The text says there were no lawsuits; table IV says ${suits}`);
      // Outside section 四, none of the body's cases where neither the sentence nor its paragraph names disclosure — its law
      // enforcement's, its penalties' —, and a goal, are no statement of table 四 (found by a review of prose as agencies write it).
      for (const other of ['全年作出行政处罚决定85件，未发生行政复议和行政诉讼案件。', '本年度行政执法工作规范有序，未发生行政复议、行政诉讼案件。', '下一步，确保无政府信息公开行政复议、行政诉讼案件发生。', '力争全年未发生因政府信息公开引发的行政复议、行政诉讼案件。']) assert.deepEqual(said(text(other)), [], other);
      // Cases counted in 起, a review named by its application (found by a review of real prose).
      assert.deepEqual(said(text(`因政府信息公开引发行政复议案件${reviews + 1}起。`)), [`正文写行政复议 ${reviews + 1} 件，表四为 ${reviews} 件 @${reviews + 1}`]);
      assert.deepEqual(said(text(`收到政府信息公开行政复议申请${reviews + 1}件。`)), [`正文写行政复议 ${reviews + 1} 件，表四为 ${reviews} 件 @${reviews + 1}`]);
      assert.deepEqual(said(text(`涉及政府信息公开的行政复议案件${reviews}起，行政诉讼案件${suits}起。`)), []);
      // Outside section 四, a body's own caseload — a 司法局's, cases of its penalties — is no disclosure's: not compared
      // (found by a review: 「全年办理行政复议案件152件」 was said to differ from table 四).
      for (const caseload of ['全年办理行政复议案件152件。', '因行政处罚被申请行政复议5件、提起行政诉讼3件。']) assert.deepEqual(said(text(caseload)), [], caseload);
      for (const lost of ['未发生行政复议被纠错、行政诉讼败诉的情况。', '本年度未发生行政复议案件被纠错、行政诉讼案件败诉的情况。', '全年未发生行政复议、行政诉讼案件被纠错的情况。', '本年度无行政诉讼案件败诉。', `发生行政复议${reviews}件，较上年增加（上年未发生行政复议案件）。`]) assert.deepEqual(said(text(lost)), [], lost);
      // As real reports write it (test/fixtures): 案 for 案件, 「被申请…或提起…的情况」, no noun at all.
      for (const real of ['未发生政府信息公开行政复议案、行政诉讼案，无涉及本部门政府信息公开的投诉。', '未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况。', '未发生因依申请公开引发的行政复议和行政诉讼。']) {
        assert.deepEqual(said(text(real)), [`正文写未发生行政复议案件，表四为 ${reviews} 件 @行政复议`, `正文写未发生行政诉讼案件，表四为 ${suits} 件 @行政诉讼`], real);
      }
      const none = { ...f, review: f.review.map(() => 0) };
      assert.deepEqual(analyse(buildReport('pipe', none).replace('本年度未收取信息处理费。', '本年度未发生行政复议和行政诉讼案件。')).findings.filter((x) => x.code === 'text-mismatch'), []);
    });
    it('a figure of something or someone else in its sentence is no statement: documents, other work, the whole city, a part, a change, another year (found by a review of real prose)', () => {
      for (const other of [
        '全年制发公文210件，经审查予以公开156件，不予公开54件', '予以公开公文156件', '公文公开属性认定为主动公开150件、依申请公开20件、部分公开5件',
        '全年共办结提案45件', '办结投诉28件', '办结工单2980件',
        '2022年新收申请20件，同比增长25%', '较2022年共收到公开申请18件', '2022年度报告中结转下年度继续办理3件，已于本年度全部办结',
        '本年新收申请同比增加5件', '与2022年相比，本局新收申请数量增加5件', '新收申请中自然人20件', '本年新收申请办结21件', '本年新收申请中已办结21件', '上年结转的申请中予以公开2件', '网上申请予以公开10件',
        '全区共新收政府信息公开申请1200件，其中区政府本级9件', '全市各级行政机关共收到政府信息公开申请1200件', '所属单位新收申请12件', '下属单位新收申请共计105件',
        '作为复议机关，本年度办理行政复议案件35件', '依法做好行政应诉工作，全年发生行政诉讼12件',
      ]) {
        assert.deepEqual(added(analyse(pipe.text.replace(/\n/, `\n${other}。\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch').map((f) => render(f.message)), [], other);
      }
      // The body's own, said so, still is: 「25件申请中，予以公开15件」 (seed 001's) and 「全年共收到政府信息公开申请146件」.
      assert.equal(added(analyse(pipe.text.replace(/\n/, '\n全年共收到政府信息公开申请146件。\n')).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch').length, 1);
    });
    it('「本年度未收到政府信息公开申请」 beside a table with new applications is a mismatch; another year\'s, the bodies under it, an applicant\'s complaint are not (found by a review of real prose)', () => {
      const fresh = appRow(pipe, 'new').cells[6].value!;
      assert.ok(fresh > 0);
      const said = (t: string) => added(analyse(pipe.text.replace(/\n/, `\n${t}\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch').map((f) => render(f.message));
      assert.deepEqual(said('本年度我镇未收到政府信息公开申请。'), [`正文写未收到政府信息公开申请，表三本年新收 ${fresh} 件`]);
      assert.equal(render(analyse(pipe.text.replace(/\n/, '\n本年度未收到依申请公开申请。\n')).findings.find((f) => f.code === 'text-mismatch' && /received/.test(render(f.message, 'en')))!.message, 'en'), `The text says no applications were received; table III has ${fresh} new`);
      for (const other of ['所属单位未收到政府信息公开申请。', '2022年未收到政府信息公开申请。', '未收到政府信息公开申请人的投诉。']) assert.deepEqual(said(other), [], other);
    });
    it('新收 without 本年 is read where it names the applications: 「全年共新收…申请」「本局新收申请146件」 — not 新收 of other cases', () => {
      const fresh = appRow(pipe, 'new').cells[6].value;
      for (const said of ['2023年，本局新收政府信息公开申请146件', '全年共新收政府信息公开申请146件', '2023年，本局新收申请146件', '今年新收146件']) {
        const findings = added(analyse(pipe.text.replace(/\n/, `\n${said}。\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch');
        assert.deepEqual(findings.map((f) => render(f.message)), [`正文写本年新收 146 件，表三为 ${fresh} 件`], said);
      }
      assert.deepEqual(added(analyse(pipe.text.replace(/\n/, '\n本年新收行政复议案件146件。\n')).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch' && /新收/.test(render(f.message))), []);
      // Another year's, or a change (found by the review of this change): nothing of this year's total.
      for (const other of ['2022年新收申请10件', '去年新收申请10件', '较上年新收申请10件增长30%', '新收申请同比增加3件', '全年新收申请同比增长3件']) {
        assert.deepEqual(added(analyse(pipe.text.replace(/\n/, `\n${other}。\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch'), [], other);
      }
    });
    it('a carry-over to a named year is 结转下年度: 「结转到2026年58件」「结转至下一年度继续办理3件」 (the year is no figure)', () => {
      const next = appRow(pipe, 'carryNext').cells[6].value;
      for (const said of ['结转到2026年58件', '结转至2026年度继续办理58件', '结转至下一年度继续办理58件']) {
        const findings = added(analyse(pipe.text.replace(/\n/, `\n本年办结申请，${said}。\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch');
        assert.deepEqual(findings.map((f) => render(f.message)), [`正文写结转下年度 58 件，表三为 ${next} 件`], said);
      }
      // The same figure as the table's: nothing to say; 「结转」 alone names no year.
      assert.deepEqual(added(analyse(pipe.text.replace(/\n/, `\n结转到2026年${next}件，结转2件。\n`)).findings, pipe.r.findings).filter((f) => f.code === 'text-mismatch'), []);
    });
    it('a joining word after other words is no sum: 「以及上年结转5件」「涉及予以公开9件」「3200条、收到…45件」 are read', () => {
      const text = trad.text.replace(/\n/, '\n答覆內容涉及予以公開9件，以及部分公開8件。\n');
      assert.deepEqual(added(analyse(text).findings, trad.r.findings).filter((f) => f.code === 'text-mismatch').map((f) => render(f.message)), ['正文写予以公开 9 件，表三为 16 件', '正文写部分公开 8 件，表三为 4 件']);
    });
  });

  describe('balance', () => {
    it('一+二 ≠ （七）+四 is reported on the 结转 cell with both sides', () => {
      const next = appRow(tabs, 'carryNext');
      const { findings } = analyse(setCell(tabs.text, next.cells[6], '2'));
      // Both land on the same cell; findings on one cell are ordered by code.
      assert.deepEqual(errors(findings).map((f) => f.code), ['balance', 'row-total']);
      const [b] = only(findings, 'balance');
      assert.equal(b.span.start, next.cells[6].span.start);
      assert.equal(render(b.message), '勾稽关系不平（总计）：一+二 = 5（5+0），（七）总计+四 = 7（5+2）');
    });
    it('changing 新收 in every column at once leaves rows and totals intact but breaks the balance in each column', () => {
      const nw = appRow(trad, 'new');
      let text = trad.text;
      for (const c of [...nw.cells].reverse()) text = setCell(text, c, String((c.value ?? 0) + 1));
      const { findings } = analyse(text);
      assert.deepEqual(codes(errors(findings)), ['row-total', ...Array(7).fill('balance')]);
    });
  });

  describe('review-total', () => {
    it('each group is checked: a wrong 复议后起诉 total', () => {
      const review = firstTable(trad.r.model, 'review');
      const findings = added(analyse(setCell(trad.text, review.cells[14], '3')).findings, trad.r.findings);
      assert.deepEqual(codes(findings), ['review-total']);
      assert.equal(findings[0].span.start, review.cells[14].span.start);
      assert.equal(render(findings[0].message), '行政诉讼（复议后起诉）·总计 应为 0（0+0+0+0），实为 3');
    });
    it('blank cells count as 0: seed 003 has no review-total', () => {
      assert.deepEqual(only(tabs.r.findings, 'review-total'), []);
    });
  });

  describe('cell-blank and cell-invalid', () => {
    it('a figure erased from a pipe row is a blank cell, counted as 0', () => {
      const open = appRow(pipe, 'open');
      const { findings } = analyse(setCell(pipe.text, open.cells[1], ''));
      const blank = only(findings, 'cell-blank');
      assert.equal(blank.length, 1);
      assert.equal(render(blank[0].message), '（一）予以公开·商业企业 为空，应填写数字（无则填 0）');
      assert.deepEqual(errors(findings), []);
    });
    it('words typed where a figure goes (「abc」「N/A」「？」「五」「一百」) are that invalid cell, in every layout with cells — not more of the label, the row\'s figures moved one cell left (found by a review)', () => {
      // (Not the layout of figures apart by spaces: there words after the label are the label's.)
      for (const layout of LAYOUTS.filter((l) => l !== 'spaces')) {
        const text = buildReport(layout);
        const t3 = firstTable(analyse(text).model, 'applications');
        for (const [id, col] of [['new', 0], ['open', 3], ['w2', 6], ['total', 1]] as const) {
          // (A numeral on a line of its own may be a piece of a label a narrow column wrapped, 「二」 / 「、上年结转…」:
          // in a row written a cell a line, only letters are read as the cell.)
          for (const typed of layout === 'cellPerLine' ? ['abc', 'N/A', '？'] : ['abc', 'N/A', '？', '五', '一百']) {
            const row = t3.rows.find((r) => r.id === id)!;
            const { model, findings } = analyse(setCell(text, row.cells[col], typed));
            const read = firstTable(model, 'applications').rows.find((r) => r.id === id)!;
            const where = `${layout} ${id} ${col} ${typed}`;
            assert.deepEqual(read.cells.map((c, i) => (i === col ? c.kind : c.value)), row.cells.map((c, i) => (i === col ? 'invalid' : c.value)), where);
            assert.deepEqual(codes(findings.filter((f) => f.severity === 'error')), ['cell-invalid'], where);
          }
        }
      }
    });
    it('a word on a line of its own inside a row a page break cut (「DRAFT」) is no cell of it (found by a review)', () => {
      const text = buildReport('tabs');
      const at = text.indexOf('8.属于行政查询事项');
      const end = text.indexOf('\n', at);
      const cells = text.slice(at, end).split('\t');
      const broken = text.slice(0, at) + cells.slice(0, 4).join('\t') + '\nDRAFT\n' + cells.slice(4).join('\t') + text.slice(end);
      const { model, findings } = analyse(broken);
      assert.deepEqual(firstTable(model, 'applications').rows.find((r) => r.id === 'w8')!.cells.map((c) => c.value), firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === 'w8')!.cells.map((c) => c.value));
      assert.deepEqual(codes(findings.filter((f) => f.severity === 'error')), []);
    });
    it('「-1」 and 「1.5」 are invalid counts, 「1件」 a count written with its unit (a warning); 「/」 is none', () => {
      const cells = appRow(trad, 'carried').cells;
      let text = trad.text;
      text = setCell(text, cells[3], '1.5');
      text = setCell(text, cells[2], '-1');
      text = setCell(text, cells[1], '1件');
      text = setCell(text, cells[0], '/');
      const inv = only(analyse(text).findings, 'cell-invalid');
      assert.deepEqual(inv.map((f) => render(f.message)), [
        '（二）上年结转·商业企业 写作「1件」，读作 1：表中只写数字，不带单位',
        '（二）上年结转·科研机构 为负数（-1），件数不能为负',
        '（二）上年结转·社会公益组织 为小数（1.5），件数应为整数',
      ].map((m) => m.replace('（二）上年结转', '二、上年结转')));
      // Rules that need an invalid figure are skipped rather than guessed.
      assert.deepEqual(only(analyse(text).findings, 'row-total'), []);
    });
  });

  describe('cell-invalid: a figure opening with a 0', () => {
    it('「016」 in a table with cells is read as 16 and said (two cells run together, or a 0 too many); 「0」「10」「00」 are not (found by a hunt: read as 16 without a word)', () => {
      const cells = appRow(pipe, 'open').cells;
      for (const [raw, value] of [['016', 16], ['０１６', 16], ['0012', 12]] as const) {
        const text = setCell(pipe.text, cells[1], raw);
        const { model, findings } = analyse(text);
        assert.equal(firstTable(model, 'applications').rows.find((r) => r.id === 'open')!.cells[1].value, value, raw);
        const inv = only(findings, 'cell-invalid');
        assert.deepEqual(inv.map((f) => [f.severity, render(f.message), text.slice(f.span.start, f.span.end)]), [['warning', `（一）予以公开·商业企业 写作「${raw}」，以 0 开头，读作 ${value}：可能是相邻两格的数字连在了一起，或多写了 0，请按原表核对`, raw]], raw);
        assert.equal(inv[0].fixes, undefined, 'which of the two it is, no fix can know');
      }
      // (Zeros alone are 0 however read: a PDF drawing each glyph twice for bold writes every 0 「00」 — found by the adversarial
      // review of the first version, 197 warnings of a correct report.)
      for (const raw of ['0', '10', '100', '00', '000']) assert.deepEqual(only(analyse(setCell(pipe.text, cells[1], raw)).findings, 'cell-invalid'), [], raw);
      assert.deepEqual(only(analyse(pipe.text).findings, 'cell-invalid'), []);
    });
  });

  describe('cell-invalid: a run of digits past any count', () => {
    it('「50000000100140」 in a cell is several cells run together (a PDF\'s grid read as one cell): said, no sum uses it, exported as none (found by a hunt: totals of fourteen digits were asked for); 999999999 is still a count', () => {
      for (const layout of ['pipe', 'tabs'] as const) {
        const text = buildReport(layout);
        const row = firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === 'open')!;
        const long = setCell(text, row.cells[1], '50000000100140');
        const { model, findings } = analyse(long);
        assert.deepEqual(findings.map((f) => [f.code, render(f.message)]), [['cell-invalid', '（一）予以公开·商业企业 的「50000000100140」位数过多，不是一个件数：多半是几格的数字连在了一起，请按原表核对']], layout);
        const exported = exportRecord('x.txt', model).tables.applications!.rows.find((r) => r.label.includes('予以公开'))!;
        assert.equal(exported.values[1], null);
        assert.equal(exported.status![1], 'invalid');
        const most = analyse(setCell(text, row.cells[1], '999999999')).findings;
        assert.deepEqual([...new Set(most.map((f) => f.code))].sort(), ['column-total', 'row-total'], layout);
      }
    });
  });

  describe('cell-invalid: a footnote\'s mark after a figure', () => {
    it('「8①」「8¹」「8⑴」 are no 81: one invalid cell, the rules that need it skipped; a circled figure alone is that figure (found by a review: a certain 81 and three false sum errors)', () => {
      const total = firstTable(pipe.r.model, 'applications').rows.find((r) => r.id === 'total')!.cells[6];
      const raw = pipe.text.slice(total.span.start, total.span.end);
      for (const mark of ['①', '¹', '⑴', '⒈']) {
        const text = setCell(pipe.text, total, raw + mark);
        const { model, findings } = analyse(text);
        assert.deepEqual(only(findings, 'cell-invalid').length, 1, mark);
        assert.equal(firstTable(model, 'applications').rows.find((r) => r.id === 'total')!.cells[6].kind, 'invalid', mark);
        assert.deepEqual(findings.filter((f) => f.code === 'row-total' || f.code === 'column-total' || f.code === 'balance'), [], mark);
      }
      assert.deepEqual(readCell('⑧'), { kind: 'number', value: 8 });
    });
  });

  describe('cell-invalid: a figure with an invisible character in it', () => {
    it('names the character (the figure looks right on screen), and its fix takes it out, after which the table adds up', () => {
      // Table 二's first figure of two digits or more, with the character put between its digits.
      const cell = firstTable(pipe.r.model, 'active').blocks.flatMap((b) => b.rows).flatMap((r) => r.cells).find((c) => c.span.end - c.span.start >= 2)!;
      const raw = pipe.text.slice(cell.span.start, cell.span.end);
      for (const ch of ['\u200b', '\ufeff', '\u2060', '\u00ad']) {
        const text = setCell(pipe.text, cell, raw.slice(0, 1) + ch + raw.slice(1));
        const inv = only(analyse(text).findings, 'cell-invalid');
        assert.equal(inv.length, 1);
        const code = 'U+' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        assert.match(render(inv[0].message), new RegExp(`^\\S+ 的「${raw}」中夹有看不见的字符（${code.replace("+", "\\+")}），因此不是数字$`));
        const fix = inv[0].fixes![0];
        assert.ok(fix.safe && fix.preferred);
        const fixed = applyEdits(text, fix.edits);
        assert.equal(fixed, pipe.text);
      }
    });
  });

  describe('table-shape', () => {
    it('a row of one figure is said so in English: 「should have one figure」, never 「1 figures」 (found by a review)', () => {
      const text = buildReport('pipe');
      const many = analyse(text.replace('行政强制 | 0 |', '行政强制 | 0 | 3 |')).findings.filter((f) => f.code === 'table-shape');
      assert.deepEqual(many.map((f) => render(f.message, 'en')), ['Row coercive measures should have one figure; 2 found']);
      assert.deepEqual(many.map((f) => render(f.message)), ['「行政强制」行应有 1 个数，读到 2 个']);
    });
    it('a deleted row is named; a row with a missing figure is reported on its label', () => {
      const w3 = appRow(pipe, 'w3');
      const cut = pipe.text.slice(0, w3.label.start) + pipe.text.slice(w3.cells[6].span.end + 2);
      const shape = only(analyse(cut).findings, 'table-shape');
      // (An item of （七）总计: its columns are not checked, said — a row deleted left the sums silent; and said at the row
      // after the gap, not the header three lines above: found by a writer's trial.)
      assert.equal(render(shape[0].message), '表三（收到和处理申请）缺少 1 行：（三）3.危及“三安全一稳定”；（七）总计各栏因此无法按各项核对');
      const w4 = appRow(pipe, 'w4');
      assert.ok(cut.slice(shape[0].span.start).startsWith(pipe.text.slice(w4.label.start, w4.label.end)));
      // A row not of （七）总计's items (四、结转): said as before, its sums checked.
      const next = appRow(pipe, 'carryNext');
      const noNext = pipe.text.slice(0, next.label.start) + pipe.text.slice(next.cells[6].span.end + 2);
      assert.deepEqual(only(analyse(noNext).findings, 'table-shape').map((f) => render(f.message)), ['表三（收到和处理申请）缺少 1 行：四、结转下年度继续办理']);
      // Seed 003's tab row 「2. 重复申请\t0…\t0」 has no filler after it: dropping a figure leaves six cells.
      const i2 = appRow(tabs, 'i2');
      const short = tabs.text.slice(0, i2.cells[5].span.end) + tabs.text.slice(i2.cells[6].span.end);
      const [few] = only(analyse(short).findings, 'table-shape');
      assert.equal(render(few.message), '「（五）2.重复申请」行应有 7 个数，只读到 6 个');
      assert.equal(few.span.start, i2.label.start);
    });
    it('table 四 without figures cannot be read', () => {
      const review = firstTable(tabs.r.model, 'review');
      const text = tabs.text.slice(0, review.cells[5].span.start) + tabs.text.slice(review.cells[14].span.end);
      assert.ok(codes(analyse(text).findings).includes('table-shape'));
    });
    it('one cell per line: a dropped figure line is a missing cell, not the filler line after it', () => {
      const i2 = appRow(trad, 'i2');
      const text = trad.text.slice(0, i2.cells[6].span.start) + trad.text.slice(i2.cells[6].span.end + 3);
      assert.deepEqual(codes(added(analyse(text).findings, trad.r.findings)), ['table-shape']);
    });
    it('pipe rows: a dropped figure leaves the row filler cell, read as a blank value', () => {
      const i2 = appRow(pipe, 'i2');
      const text = pipe.text.slice(0, i2.cells[6].span.start) + pipe.text.slice(i2.cells[6].span.end + 2);
      assert.deepEqual(codes(analyse(text).findings.filter((f) => f.severity !== 'warning' || f.code === 'cell-blank')), ['cell-blank']);
    });
    it('passes on every seed', () => {
      for (const s of [pipe, trad, oneLine, tabs, prose]) assert.deepEqual(only(s.r.findings, 'table-shape'), []);
    });
    it('a row with more figures than cells is reported, and no sum is checked on figures not known to be its own', () => {
      // A PDF's text read column by column: 「四、结转…」 is followed by the last rows' remaining figures.
      const next = appRow(tabs, 'carryNext');
      const text = tabs.text.slice(0, next.cells[0].span.start) + '2\t0\t0\t0\t0\t2\t14\t2\t0\t0\t0\t0\t16\t' + tabs.text.slice(next.cells[0].span.start);
      const { findings } = analyse(text);
      assert.deepEqual(codes(added(findings, tabs.r.findings)), ['table-shape']);
      assert.equal(render(only(findings, 'table-shape')[0].message), '「四、结转下年度继续办理」行应有 7 个数，读到 20 个');
      // Nor are they summed for the prose (text-mismatch, above) or exported.
      const exported = exportRecord('x.txt', analyse(text).model).tables.applications!.rows.find((r) => r.label.startsWith('四、'))!;
      assert.deepEqual(exported.values, [null, null, null, null, null, null, null]);
      // The same row with its own figures first is still checked.
      const wrong = tabs.text.slice(0, next.cells[6].span.start) + '9' + tabs.text.slice(next.cells[6].span.end);
      assert.ok(codes(analyse(wrong).findings).includes('row-total'));
    });
  });

  describe('sections', () => {
    it('section-missing: a deleted heading, reported where it belonged', () => {
      const five = trad.r.model.sections.find((s) => s.section === 5)!;
      const text = trad.text.slice(0, five.heading.start) + trad.text.slice(five.heading.end + 1);
      const f = added(analyse(text).findings, trad.r.findings);
      assert.deepEqual(codes(f), ['section-missing']);
      assert.equal(render(f[0].message), '缺少「五、存在的主要问题及改进情况」部分');
      // On the section's own first line, where the heading belongs (not on the next heading).
      assert.equal(f[0].span.start, five.heading.start);
      assert.match(text.slice(f[0].span.start, f[0].span.end), /^當前我局政府信息公開工作還存在著一些問題/);
    });
    it('section-order: one misplaced section gives one warning', () => {
      const m = tabs.r.model;
      const s5 = m.sections.find((s) => s.section === 5)!;
      const s6 = m.sections.find((s) => s.section === 6)!;
      const text = tabs.text.slice(0, s5.span.start) + tabs.text.slice(s6.span.start) + '\n' + tabs.text.slice(s5.span.start, s6.span.start);
      const f = analyse(text).findings.filter((x) => x.code.startsWith('section'));
      assert.deepEqual(codes(f), ['section-order']);
      assert.match(text.slice(f[0].span.start, f[0].span.end), /^五、/);
    });
    it('a table of contents of the headings alone (「目录」, six headings, no page numbers) is no second heading of each: no section-duplicate (six were said: found by a review)', () => {
      const text = buildReport('pipe');
      const toc = ['目录', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', ''];
      for (const lines of [toc, toc.slice(1), toc.map((l) => l && '  ' + l)]) {
        const withToc = text.replace(/^(一、总体情况)$/m, lines.join('\n') + '\n$1');
        assert.notEqual(withToc, text);
        assert.deepEqual(codes(analyse(withToc).findings), codes(analyse(text).findings), lines[0]);
      }
      // The same six headings after the report (a scraped page's copy of its body) are repeated ones, as ever;
      // and a report whose sections 二–六 are headings alone keeps them (each comes once).
      const twice = text + '\n' + toc.slice(1).join('\n');
      assert.equal(codes(analyse(twice).findings).filter((c) => c === 'section-duplicate').length, 6);
      const empty = ['某局2023年政府信息公开工作年度报告', ...toc.slice(1)].join('\n');
      assert.ok(!codes(analyse(empty).findings).includes('section-duplicate'));
      assert.ok(!codes(analyse(empty).findings).includes('section-missing'));
    });

    it('section-duplicate points back at the first occurrence', () => {
      const d = pipe.r.findings.find((f) => f.code === 'section-duplicate')!;
      const first = pipe.r.model.sections[0];
      assert.equal(d.related?.[0].span.start, first.heading.start);
    });
  });

  describe('table-missing', () => {
    it('a report whose table 四 was lost', () => {
      const review = firstTable(trad.r.model, 'review');
      const text = trad.text.slice(0, review.span.start) + trad.text.slice(review.span.end);
      const f = added(analyse(text).findings, trad.r.findings);
      assert.deepEqual(codes(f), ['table-missing']);
      assert.equal(render(f[0].message), '「四、政府信息公开行政复议、行政诉讼情况」部分缺少表四（行政复议、行政诉讼）');
    });
    it('its section lost with it: the table is not said to be missing from a section that is not there', () => {
      const heading = trad.r.model.sections.find((s) => s.section === 4)!;
      const review = firstTable(trad.r.model, 'review');
      const text = trad.text.slice(0, heading.heading.start) + trad.text.slice(review.span.end);
      const f = added(analyse(text).findings, trad.r.findings);
      assert.deepEqual(codes(f).sort(), ['section-missing', 'table-missing']);
      assert.equal(render(f.find((x) => x.code === 'table-missing')!.message), '缺少表四（行政复议、行政诉讼）（「四、政府信息公开行政复议、行政诉讼情况」部分也没有）');
    });
  });

  describe('format versions', () => {
    it('a 2019-form table 三 (（六）其他处理 as one row) is checked with 19 items', () => {
      const o = ['o1', 'o2', 'o3'].map((id) => appRow(pipe, id));
      // Replace the three sub-items of （六） by figures on the （六） row itself.
      const groupStart = pipe.text.lastIndexOf('(六)其他处理', o[0].label.start);
      const text2019 = pipe.text.slice(0, groupStart) + '(六)其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |' + pipe.text.slice(o[2].cells[6].span.end + 2);
      const { model, findings } = analyse(text2019);
      assert.equal(model.format, '2019');
      assert.deepEqual(errors(findings), []);
    });
    it('pre-2019 reports get no 2021 table or section errors', () => {
      const text = '某某县人民政府办公室2017年政府信息公开工作年度报告\n一、概述\n本年度……\n二、主动公开政府信息情况\n六、政府信息公开情况统计表\n指标名称 | 计量单位 | 本年度 | 历年累计\n';
      const { model, findings } = analyse(text);
      assert.equal(model.format, 'pre-2019');
      assert.deepEqual(findings, []);
    });
  });
});

describe('a document of the report language that holds nothing yet', () => {
  it('a new, empty 「….report.txt」 (or white space alone) has no findings; its first words are checked as a report (a review saw nine errors on opening one)', () => {
    assert.deepEqual(new ReportDocument('').findings(true), []);
    assert.deepEqual(new ReportDocument('\n \u3000\r\n\t').findings(true), []);
    assert.deepEqual(new Set(codes(new ReportDocument('某县教育局').findings(true))), new Set(['section-missing', 'table-missing']));
  });
});
