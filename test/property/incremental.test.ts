/**
 * The incremental parser against a fresh parse: random edit sequences on the real reports
 * (typing figures, separators, line breaks in both styles, headings, row labels; deleting
 * across cells, rows and headings). After every edit the incremental model and findings must
 * equal those of a full parse of the same text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ReportDocument } from '../../server/src/checks/document';
import { shiftFinding } from '../../server/src/checks/shiftFinding';
import type { Finding } from '../../server/src/analysis/types';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToReport } from '../../server/src/import/page/html';
import { ADVERSARIAL } from '../adversarial';
import { fixture, FIXTURES, SEEDS, untitled } from '../helpers';
import { buildReport, reviewParts, sampleFigures } from '../layouts';
import { withPinyin } from '../mirror';

const SNIPPETS = [
  '', '0', '7', '12', '１', ' ', '|', ' | ', '||', '\t', '\n', '\r\n', '\r', '\n\n',
  '五、存在的主要问题及改进情况\n', '\n三、收到和处理政府信息公开申请情况\n', ' 四、政府信息公开行政复议、行政诉讼情况 ', '二、', '六、其他需要报告的事项',
  '（七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n', '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3\n', '行政复议', '结果维持 |',
  '第二十条第（五）项', '规章 | / | / | / |', '2022年度', '年', '报告', '政府信息公开工作年度报告\n', '國', '復', '—', '*', '件',
  // Glued pages: figures run together, labels and headings glued to them.
  '142000016', '0000000', '0 0 0 0 0 00', '330000033', '00000002.', '1.属于国家秘密', '三、收到和处理', '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持',
  '（七）总计', '四、结转下年度继续办理', '行政规范性文件34089', '100010000000101', '指标名称计量单位本年度', '主动公开信息数条12',
  // Markdown around headings: the marks on a heading's line are no cells.
  '**', '\n**四、政府信息公开行政复议、行政诉讼情况**\n', '## ', '\n## 二、主动公开政府信息情况\n', '*****', '> ',
  // Headings numbered as parts: 「第三部分 收到和处理…」 (at a line's start only).
  '\n第三部分 收到和处理政府信息公开申请情况\n', '第一部分', '部分', '第', '\n第五部分：存在的主要问题及改进情况',
  // Tables drawn by text browsers: box drawing, ASCII borders, pandoc's rules, a hard-wrapped 七是.
  '│', ' │ ', '│ 0 │', '\n├──┼──┤\n', '┼', '─', '\n+----+----+\n', '|-----+-----|', '\n--------  -----\n', '七\n   是',
  // A PDF's narrow label column: a label's lines, the group's words beside them.
  '\n法律\n', '\n不予公 国家\n', '\n2.其他 0 0 0 0 0 0 0\n', '\n（五）    0  0  0  0  0  0  0\n', '\n“\n',
  // Pages that leave zeros and totals blank; a spare cell at a line's end; the 2019 form's （六）.
  ' |  | ', '|  |  |  |', '  |', '\n|  | （六）其他处理 |  |  |  |  |  |  |  |  |  |\n',
  // Table 二 without its block titles: its blocks are found at their rows after a column header.
  // A spam mirror's pinyin after characters (gloss.ts): a bracket made or broken by an edit.
  '(gong)', '(zheng)(zheng)', '(', ')', 'kai)', '(si', '公(gong)開',
  // innerText of cells that hold paragraphs: a tab alone on its line between two cells, two of them around an empty cell.
  '\n\n\t\n\n', '\t\n\n\t',
  // Another report's title (another body's, another year's; one run on from the text before it): other-report.
  '\n某某县人民政府2022年政府信息公开工作年度报告\n', '长宁区新泾镇人民政府2023年政府信息公开工作年度报告根据',
  '总计 |', '\n总计 | | | |\n', '行政诉讼 |\n', '\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n', '\n1 | 0 | 1 | 0 | 2 |\n', '信息内容 | 本年制发件数 |', '\n规章 | 0 | 0 | 0 |\n', '\n行政许可 | 12 |\n', '\n信息内容\t本年处理决定数量\n', '万元', ' 元',
];
/** Table 二's block titles cut from a text (a converter that drops a table's merged rows). */
const cutTitles = (text: string) => text.replace(/^[ \t|]*第二十[条條]第[(（][一二三四五六七八九十]+[)）][项項][ \t|]*\r?\n/gm, '');
const GLUED = ['glued/gwh_2022.txt', 'glued/hzs_2023.txt', 'glued/czj_2019.txt', 'glued/czj_2018.txt'];
/** Saved pages as text browsers dump them: box-drawn, ASCII-drawn, hard-wrapped. */
const DUMPS = ['dumps/gwh_2022.w3m.txt', 'dumps/czj_2023.elinks.txt', 'dumps/gwh_2022.links.txt'];
/** pandoc's text of a report: tables ruled by dashes, a grid whose cells wrap (a segment holding one is read whole). */
const PANDOC = ['converted/shgov_2019.pandoc-plain.txt', 'converted/shgov_2019.docx-pandoc-rst.txt'];
/** A PDF's text: labels wrapped in a narrow column over many lines (pdftotext -layout and -raw). */
const PDFS = ['pdf/czj_2023.word.layout.txt', 'pdf/gwh_2022.word.raw.txt', 'pdf/gwh_2022.page.layout.txt'];

interface Edit {
  at: number;
  del: number;
  ins: string;
}
const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 400 })), ins: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })) });

function check(seed: string, edits: Edit[]): void {
  checkText(fixture(seed), edits);
}

/** Typing: edits that follow one another near where the last one was (each cuts only the lines it touches). */
interface Step {
  move: number;
  del: number;
  ins: string;
}
const stepArb = fc.record({ move: fc.integer({ min: -30, max: 30 }), del: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 2, max: 12 })), ins: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 3 })) });

function checkTyping(text: string, at: number, steps: Step[]): void {
  let pos = Math.floor(at * text.length);
  const edits: Edit[] = [];
  let length = text.length;
  for (const s of steps) {
    pos = Math.max(0, Math.min(length, pos + s.move));
    const del = Math.min(s.del, length - pos);
    edits.push({ at: length ? pos / length : 0, del, ins: s.ins });
    length += s.ins.length - del;
    pos += s.ins.length;
  }
  checkText(text, edits);
}

function checkText(text: string, edits: Edit[]): void {
  const doc = new ReportDocument(text);
  for (const e of edits) {
    const start = Math.round(e.at * text.length);
    const end = Math.min(text.length, start + e.del);
    text = text.slice(0, start) + e.ins + text.slice(end);
    doc.update(start, end, e.ins);
    const fresh = new ReportDocument(text);
    // The findings as an edit reads them (held by segment, moved only when read), then all at once.
    const lazy: Finding[] = [];
    doc.findingList().each((f, d) => lazy.push(d ? shiftFinding(f, d) : f));
    assert.deepEqual(lazy, fresh.findings());
    assert.deepEqual(doc.model(), fresh.model());
    assert.deepEqual(doc.findings(), fresh.findings());
    assert.deepEqual(doc.findings(true), fresh.findings(true));
    // Last: the text is held in pieces, and asking for it joins them.
    assert.equal(doc.text, text);
  }
}


describe('incremental parsing equals a full parse (property)', function () {
  this.timeout(120000);
  for (const [name, seed] of Object.entries(SEEDS)) {
    it(`random edit sequences on seed ${seed.slice(0, 3)} (${name})`, () => {
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => check(seed, edits)), { numRuns: 60 });
    });
  }
  it('random edit sequences and typing on innerText of a table whose cells hold paragraphs (a tab alone on its line between cells, two around an empty one)', () => {
    const seed = fixture(SEEDS.pipe);
    const from = seed.indexOf('一、本年新收政府信息公开申请数量 |');
    const table = seed.slice(from, seed.indexOf('\n', seed.indexOf('四、结转下年度继续办理', from)));
    const paragraphs = table
      .replace('(一)予以公开 | 1 | 0 | 0 |', '(一)予以公开 | 1 |  | 0 |')
      .split('\n')
      .map((l) => l.replace(/[ |]+$/, '').split('|').map((c) => c.trim()).join('\n\n\t\n\n'))
      .join('\n');
    const text = seed.replace(table, paragraphs);
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 20 });
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(stepArb, { minLength: 2, maxLength: 16 }), (at, steps) => checkTyping(text, at, steps)), { numRuns: 20 });
  });

  it('typing a cell\'s figure away in innerText\'s paragraphs makes the tab after it stand for an empty cell, and typing it back unmakes it: what a fresh read gives (the lines after the edit are cut again up to that tab)', () => {
    const seed = fixture(SEEDS.pipe);
    const row = '(一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
    const at = seed.indexOf(row);
    // (A line of a space between the figure and the tab after it: an empty line that ends the lines cut again before that tab.)
    const text = seed.slice(0, at) + '(一)予以公开\n\n\t\n\n1\n \n\t\n\n0\n\n\t\n\n0\n\n\t\n\n0\n\n\t\n\n0\n\n\t\n\n0\n\n\t\n\n1' + seed.slice(at + row.length);
    const one = text.indexOf('\n1\n', at) + 1;
    // The second edit in the segment is cut from the tokens of the first (retokenize): 「1」 typed to 「12」, then taken away,
    // leaving the lone tab lines before and after it with only empty lines between; then typed back.
    const edits = [
      { at: one + 1, del: 0, ins: '2' },
      { at: one, del: 2, ins: '' },
      { at: one, del: 0, ins: '1' },
    ];
    let t = text;
    checkText(
      text,
      edits.map((e) => {
        const x = { at: e.at / t.length, del: e.del, ins: e.ins };
        t = t.slice(0, e.at) + e.ins + t.slice(e.at + e.del);
        return x;
      }),
    );
  });

  it('random edit sequences on reports one after another, another body\'s among them (other-report: only the segments that hold a title are read)', () => {
    const tabs = fixture(SEEDS.tabs);
    const text = [tabs, untitled(fixture(SEEDS.pipe)), fixture(SEEDS.pipe), untitled(tabs)].join('\n');
    assert.ok(new ReportDocument(text).facts().otherReport, 'the third report is another body\'s');
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 15 });
  });
  for (const page of GLUED) {
    it(`random edit sequences on a glued page (${page})`, () => {
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => check(page, edits)), { numRuns: 40 });
    });
  }

  it('a row\'s list number at a line\'s end read by the next line\'s first character: edits there and at the break give the fresh reading (a printed glued page, 「…0 03.」 / 「危及…」)', () => {
    // (And with an empty line between, as mutool leaves one, or the words indented, as pdftotext -layout gives them.)
    for (const gap of ['', '\n', '\r\n', '  ', '\n  ']) {
      const printed = fixture('pdf/nyn_2019.print.pdftotext.txt');
      const text = printed.replace('禁止公开 0 0 0 0 0 0 03.\n', `禁止公开 0 0 0 0 0 0 03.\n${gap}`);
      const at = text.indexOf('禁止公开 0 0 0 0 0 0 03.\n') + '禁止公开 0 0 0 0 0 0 03.\n'.length + gap.length;
      // (Each after an edit elsewhere in the segment, typed and taken back: the segment's lines are then cut again only
      // around the edit — retokenize.ts —, the path that must cut the line before again.)
      const warm = [{ at: (at - 100) / text.length, del: 0, ins: 'x' }, { at: (at - 100) / text.length, del: 1, ins: '' }];
      for (const [start, del, ins] of [[at, 0, '5 '], [at, 1, ''], [at, 0, ' '], [at - 1, 1, ''], [at - 1, 0, '\n'], [at, 2, '0 0'], [at + 1, 0, 'x'], [at - 2, 1, '']] as [number, number, string][]) {
        checkText(text, [...warm, { at: start / text.length, del, ins }]);
      }
    }
  });

  it('a row left unsure when its table was finished is not so in a later reading taken up from a mark before the edit (a counterexample the fuzzer found, shrunk)', () => {
    // Table 三's walk takes up from a mark whose draft holds the rows read before; finishing that table once had marked
    // 「（六）1.」 unsure in place (on the mark's own row), and the reading after the third edit kept the word: its row total
    // and blank cells unsaid, another row's said instead.
    const text = '重新出具5發6不补正8\r\t\t\t\t\t\n\t0\t\t\n\t\t\t\n\t\t\t\n│（二）部分公開|||||||\n根1的情况,政府信息公开工作存在的主要问题及改进情况等部分组成。报告中所列数据的统计期限自2023年1月1日起至2023年12月31𠀀82705明升體育0║-----+-----8一、年度工作核';
    const edits = [
      { start: 49, end: 88, ins: '行政复议' },
      { start: 59, end: 59, ins: '2' },
      { start: 57, end: 95, ins: '\n' },
    ];
    let t = text;
    checkText(
      text,
      edits.map((e) => {
        const at = { at: e.start / t.length, del: e.end - e.start, ins: e.ins };
        t = t.slice(0, e.start) + e.ins + t.slice(e.end);
        return at;
      }),
    );
  });

  it('column-total naming the rows whose totals are wrong, after an edit, is the finding a fresh read makes (a counterexample the property found on a random seed)', () => {
    // Its fixes were set undefined, a property a finding moved after an edit did not keep: the two compared unequal.
    checkText(fixture('converted/shgov_2019.writer.txt'), [
      { at: 0, del: 277, ins: '' },
      { at: 0, del: 188, ins: '' },
      { at: 0, del: 389, ins: '' },
      { at: 0, del: 30, ins: '' },
      { at: 0, del: 1, ins: '（七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n' },
      { at: 0, del: 5, ins: '' },
    ]);
  });

  it('a statement kept across an edit that changes the sentence before it is judged again (a counterexample the property found on gwh_2022)', () => {
    // 「…35条。八是建成规范性文件库，本年度制发规范性文件34件」 with 「。八是建」 deleted: the statement is the same
    // object in the same place, its sentence now another; table 二's 34089 kept the reading the old sentence gave.
    check('glued/gwh_2022.txt', [
      { at: 0, del: 0, ins: '\n第五部分：存在的主要问题及改进情况' },
      { at: 0, del: 128, ins: '' },
      { at: 0.3827578161455903, del: 4, ins: '' },
      { at: 0, del: 5, ins: '' },
    ]);
  });

  for (const page of DUMPS) {
    it(`random edit sequences on a page as a text browser dumps it (${page})`, () => {
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => check(page, edits)), { numRuns: 25 });
    });
  }

  for (const page of PANDOC) {
    it(`random edit sequences on pandoc's text of a report (${page})`, () => {
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => check(page, edits)), { numRuns: 20 });
    });
  }

  it('random edit sequences on a page that leaves zeros and totals blank (html/shgov_2019.html, imported)', () => {
    const text = htmlToReport(readFileSync(path.join(FIXTURES, 'html', 'shgov_2019.html'), 'utf8')).text;
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 15 });
  });

  for (const seed of [SEEDS.pipe, SEEDS.traditional]) {
    it(`random edit sequences and typing on a spam mirror's copy, pinyin after its characters (seed ${seed.slice(0, 3)})`, () => {
      const text = withPinyin(fixture(seed));
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 25 });
      fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(stepArb, { minLength: 2, maxLength: 25 }), (at, steps) => checkTyping(text, at, steps)), { numRuns: 25 });
    });
  }

  it('random edit sequences and typing on a report whose table 三 is cut to its first row and table 四 has no header', () => {
    const full = buildReport('pipe');
    const h4 = '四、政府信息公开行政复议、行政诉讼情况\n';
    const s4 = full.indexOf(h4) + h4.length;
    const row4 = full.slice(s4, full.indexOf('\n\n五、', s4)).split('\n').pop()!;
    const row1 = full.slice(full.lastIndexOf('\n', full.indexOf('一、本年新收')) + 1, full.lastIndexOf('\n', full.indexOf('二、上年结转')) + 1);
    const s3 = full.indexOf('三、收到和处理政府信息公开申请情况\n');
    const text = full.slice(0, s3) + '三、收到和处理政府信息公开申请情况\n' + row1 + '\n' + h4 + row4 + full.slice(full.indexOf('\n\n五、', s4));
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 30 });
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(stepArb, { minLength: 2, maxLength: 25 }), (at, steps) => checkTyping(text, at, steps)), { numRuns: 25 });
  });

  it('random edit sequences on a PDF\'s text with an item wrapped around its group\'s cell (pdf/gwh_2022.writer-a4l.layout.txt)', () => {
    const text = fixture('pdf/gwh_2022.writer-a4l.layout.txt');
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 20 });
  });

  for (const converted of ['writer', 'docx2txt']) {
    it(`random edit sequences and typing on a page's Word table as text, a cell a line with blank cells as empty lines (converted/shgov_2019.${converted}.txt)`, () => {
      const text = fixture(`converted/shgov_2019.${converted}.txt`);
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 25 });
      fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(stepArb, { minLength: 2, maxLength: 25 }), (at, steps) => checkTyping(text, at, steps)), { numRuns: 25 });
    });
  }

  for (const seed of [SEEDS.pipe, SEEDS.traditional, SEEDS.tabs]) {
    it(`random edit sequences on table 二 without its block titles (seed ${seed.slice(0, 3)})`, () => {
      const text = cutTitles(fixture(seed));
      assert.ok(text.length < fixture(seed).length);
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 25 });
      fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(stepArb, { minLength: 2, maxLength: 25 }), (at, steps) => checkTyping(text, at, steps)), { numRuns: 15 });
    });
  }

  for (const [layout, shape] of [['pipe', 'stacked'], ['cellPerLine', 'thirds'], ['tabs', 'merged']] as const) {
    it(`random edit sequences on table 四 in parts (${shape}, ${layout})`, () => {
      const full = buildReport(layout);
      const heading = '四、政府信息公开行政复议、行政诉讼情况\n';
      const start = full.indexOf(heading) + heading.length;
      const text = full.slice(0, start) + reviewParts(layout, shape, sampleFigures().review).join('\n') + full.slice(full.indexOf('\n\n五、', start));
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 20 });
      fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(stepArb, { minLength: 2, maxLength: 25 }), (at, steps) => checkTyping(text, at, steps)), { numRuns: 15 });
    });
  }

  it('random edit sequences on two tables 三 in one section (the region and its own government)', () => {
    const full = buildReport('pipe');
    const heading = '三、收到和处理政府信息公开申请情况\n';
    const start = full.indexOf(heading) + heading.length;
    const end = full.indexOf('四、政府信息公开行政复议');
    const text = full.slice(0, start) + '（一）全市情况\n' + full.slice(start, end) + '（二）市本级情况\n' + full.slice(start, end) + full.slice(end);
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(text, edits)), { numRuns: 25 });
    // The first without its （七）总计 row: the second's header word 总计 is no row of it.
    const at = text.indexOf('（七）总计');
    const noTotal = text.slice(0, at) + text.slice(text.indexOf('\n', at) + 1);
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => checkText(noTotal, edits)), { numRuns: 15 });
  });

  for (const page of PDFS) {
    it(`random edit sequences on a PDF's text (${page})`, () => {
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits) => check(page, edits)), { numRuns: 25 });
    });
  }

  for (const seed of [SEEDS.pipe, SEEDS.traditional, SEEDS.tabs, 'glued/gwh_2022.txt']) {
    it(`typing: runs of edits near one another on ${seed}`, () => {
      fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(stepArb, { minLength: 2, maxLength: 25 }), (at, steps) => checkTyping(fixture(seed), at, steps)), { numRuns: 25 });
    });
  }

  // The adversarial shapes (test/adversarial.ts), small enough to parse afresh after every edit.
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`random edit sequences on adversarial text (${name}, at 1/3,000 of its size)`, () => {
      const text = make(1 / 3000);
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => checkText(text, edits)), { numRuns: 15 });
    });
  }

  it('any text at all gives a model and findings, never an exception', () => {
    const piece = fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const doc = new ReportDocument(pieces.join(''));
        doc.model();
        doc.findings(true);
      }),
      { numRuns: 500 },
    );
  });

  it('an edit inside one section re-parses only that section', () => {
    const text = fixture(SEEDS.pipe);
    const doc = new ReportDocument(text);
    const at = text.indexOf('行政许可 | 1432') + 7;
    doc.update(at, at + 4, '1433');
    assert.equal(doc.lastReparsed, 1);
    const fresh = new ReportDocument(doc.text);
    assert.deepEqual(doc.model(), fresh.model());
  });
});
