/**
 * Document facts maintained, not listed again: after an edit the facts of untouched segments are the
 * same objects, moved, and equal those of a fresh read; the document checks that declare their inputs
 * keep their findings while those inputs are the same objects, and the findings still equal a fresh run.
 */
import assert from 'node:assert/strict';
import { ReportAnalysis } from '../../../../server/src/analysis/model/document';
import { moveShifted, shifted } from '../../../../server/src/analysis/shift';
import { ReportDocument } from '../../../../server/src/checks/document';
import { fixture, SEEDS, untitled } from '../../../helpers';

/** Seed 000 (its page repeated: section-duplicate) and seed 001 (a prose figure the table contradicts: text-mismatch), twice. */
function reports(): string {
  const a = fixture(SEEDS.pipe);
  // (b without its title: one report's sections again, not another report appended — other-report.)
  const b = untitled(fixture(SEEDS.traditional));
  return [a, b, a, b].join('\n');
}

const plainFacts = (a: ReportAnalysis) => {
  const f = a.facts();
  return { headings: f.headings, tables: f.tables.map((t) => ({ kind: t.kind, span: t.span, section: t.section, offset: t.offset })), statements: f.statements };
};

describe('document facts maintained', () => {
  it('after an edit, untouched segments give the same fact objects, moved, equal to a fresh read', () => {
    let text = reports();
    const a = new ReportAnalysis(text);
    const before = a.facts();
    const lastHeading = before.headings[before.headings.length - 1];
    const lastTable = before.tables[before.tables.length - 1];
    // Typed into the prose of the first report's section 一: everything after it moves by 2.
    const at = text.indexOf('一、总体情况') + 12;
    text = text.slice(0, at) + '新增' + text.slice(at);
    a.update(at, at, '新增');
    const after = a.facts();
    assert.notEqual(after, before);
    assert.equal(after.headings[after.headings.length - 1], lastHeading, 'the same object');
    assert.equal(after.tables[after.tables.length - 1], lastTable, 'the same object');
    assert.deepEqual(plainFacts(a), plainFacts(new ReportAnalysis(text)));
    assert.equal(after.year, new ReportAnalysis(text).facts().year);
  });

  it('document checks keep their findings while what they read is unchanged, and equal a fresh run', () => {
    let text = reports();
    const doc = new ReportDocument(text);
    const codes = ['section-duplicate', 'text-mismatch'];
    const of = (d: ReportDocument) => d.findings().filter((f) => codes.includes(f.code));
    const first = of(doc);
    assert.ok(first.some((f) => f.code === 'section-duplicate') && first.some((f) => f.code === 'text-mismatch'), first.map((f) => f.code).join());
    // A character typed in prose: the headings, tables and statements are the same objects.
    let at = text.indexOf('一、总体情况') + 12;
    text = text.slice(0, at) + '啊' + text.slice(at);
    doc.update(at, at, '啊');
    const second = of(doc);
    assert.equal(second.length, first.length);
    second.forEach((f, i) => assert.equal(f, first[i], 'kept, not made again'));
    assert.deepEqual(second, of(new ReportDocument(text)));
    // A heading broken: made again, and still equal to a fresh run.
    at = text.lastIndexOf('三、收到和处理');
    text = text.slice(0, at) + text.slice(at + 2);
    doc.update(at, at + 2, '');
    const third = of(doc);
    assert.notEqual(third.length, second.length);
    assert.deepEqual(third, of(new ReportDocument(text)));
  });

  /**
   * Each edit made twice (first where its text first stands, then where it last does), read after two
   * edits of every three only: what was put together last may be several edits old.
   */
  function editTwice(edits: [string, number, string][], update: (at: number, end: number, ins: string) => void, read: (text: string, k: number) => void): void {
    let text = reports();
    let k = 0;
    for (const [find, del, ins] of [...edits, ...edits]) {
      const at = k % 2 ? text.lastIndexOf(find) : text.indexOf(find);
      assert.ok(at >= 0, find);
      text = text.slice(0, at) + ins + text.slice(at + del);
      update(at, at + del, ins);
      if (k++ % 3 !== 1) read(text, k);
    }
  }

  it('facts put together from the last ones equal a fresh read, over edits read one by one or several at once', () => {
    const a = new ReportAnalysis(reports());
    a.facts();
    // Edits that replace segments at both ends, in the middle, and split and join sections.
    const edits: [string, number, string][] = [
      ['一、总体情况', 3, '啊'],
      ['(七)总计', 0, '\n'],
      ['三、收到和处理', 2, ''],
      ['四、政府信息公开行政复议', 0, '五、存在的主要问题及改进情况\n'],
      ['六、其他需要报告的事项', 0, ' '],
    ];
    editTwice(edits, (at, end, ins) => a.update(at, end, ins), (text, k) => {
      const fresh = new ReportAnalysis(text);
      assert.deepEqual(plainFacts(a), plainFacts(fresh), `after edit ${k}`);
      assert.deepEqual({ ...a.facts(), text: '', slice: undefined }, { ...fresh.facts(), text: '', slice: undefined }, `after edit ${k}`);
    });
  });

  it('the segments\' findings put together from the last lists equal a fresh run, over edits read one by one or several at once', () => {
    const doc = new ReportDocument(reports());
    doc.findingList();
    // (The title's year changed, the first time at the top: every segment is checked for that year again.)
    const edits: [string, number, string][] = [
      ['(七)总计', 0, '\n'],
      ['2023年政府信息公开', 4, '2022'],
      ['三、收到和处理', 2, ''],
      ['结果维持', 0, '9'],
      ['六、其他需要报告的事项', 0, '國'],
    ];
    editTwice(edits, (at, end, ins) => doc.update(at, end, ins), (text, k) => {
      const lazy: unknown[] = [];
      doc.findingList().each((f, d) => lazy.push([f.code, f.span.start + d, f.span.end + d]));
      const fresh = new ReportDocument(text).findings();
      assert.deepEqual(lazy, fresh.map((f) => [f.code, f.span.start, f.span.end]), `after edit ${k}`);
      assert.deepEqual(doc.findings(), fresh, `after edit ${k}`);
    });
  });
});

describe('document checks maintained across edits', () => {
  it('text-mismatch follows an edit of the table alone: a statement elsewhere, kept, is compared with the table as it now is', () => {
    // Seed 001 with 「予以公開15件」 in section 一 too (its own segment: the statement object outlives the table's edits).
    let text = fixture(SEEDS.traditional);
    const eol = text.indexOf('\n', text.indexOf('一、總體情況'));
    text = text.slice(0, eol + 1) + '全年收到政府信息公開申請25件，予以公開15件。\n' + text.slice(eol + 1);
    const doc = new ReportDocument(text);
    const mismatches = (d: ReportDocument) => d.findings().filter((f) => f.code === 'text-mismatch');
    const at = (t: string) => t.indexOf('15件。');
    assert.ok(mismatches(doc).some((f) => f.span.start === at(text)), 'the table says 16');
    const statement = doc.facts().statements.find((x) => x.span.start === at(text));
    // The total of (一)予以公開 (a cell a line: 「16 |」 after its six figures) set to 15, then back to 16.
    for (const [from, to] of [['16', '15'], ['15', '16']]) {
      let cell = text.indexOf('(一)予以公開 |');
      for (let line = 0; line < 7; line++) cell = text.indexOf('\n', cell) + 1;
      assert.equal(text.slice(cell, cell + 4), `${from} |`);
      text = text.slice(0, cell) + to + text.slice(cell + 2);
      doc.update(cell, cell + 2, to);
      assert.equal(doc.facts().statements.find((x) => x.span.start === at(text)), statement, 'the statement is the same object');
      assert.equal(mismatches(doc).some((f) => f.span.start === at(text)), to === '16', `total ${to}`);
      assert.deepEqual(doc.findings(), new ReportDocument(text).findings(), `total ${to}`);
    }
  });

  it('a table of contents of headings alone: left out of the headings after edits elsewhere (the same list), and made a list no more by words typed between its entries', () => {
    const contents = ['目录', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].join('\n');
    let text = fixture(SEEDS.pipe);
    const eol = text.indexOf('\n');
    text = text.slice(0, eol + 1) + contents + '\n' + text.slice(eol + 1);
    const a = new ReportAnalysis(text);
    const headings = a.facts().headings;
    assert.ok(headings.every((h) => h.span.start > text.indexOf('六、其他需要报告的事项')), 'no entry of the contents is a heading');
    // A figure typed in the last section: the same list.
    const far = text.lastIndexOf('六、其他需要报告的事项') + 12;
    text = text.slice(0, far) + '7' + text.slice(far);
    a.update(far, far, '7');
    assert.equal(a.facts().headings, headings, 'the same array');
    // A line of words typed after the first, third and fifth entries: three in a row no more, and no list of contents is left.
    for (const entry of ['一、总体情况', '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况']) {
      const after = text.indexOf(entry) + entry.length;
      text = text.slice(0, after) + '\n本节说明' + text.slice(after);
      a.update(after, after, '\n本节说明');
      assert.deepEqual(plainFacts(a), plainFacts(new ReportAnalysis(text)), entry);
    }
    assert.ok(a.facts().headings.length > headings.length, 'entries counted as headings again');
  });
});

describe('the model maintained', () => {
  it('after an edit, the sections after it are the same objects, moved in place, equal to a fresh read', () => {
    let text = reports();
    const a = new ReportAnalysis(text);
    const before = a.model();
    const last = before.sections[before.sections.length - 1];
    const lastTable = before.sections.flatMap((s) => s.tables).pop()!;
    const at = text.indexOf('一、总体情况') + 12;
    const tableStart = lastTable.span.start;
    text = text.slice(0, at) + '新增' + text.slice(at);
    a.update(at, at, '新增');
    const after = a.model();
    assert.equal(after.sections[after.sections.length - 1], last, 'the same object');
    assert.equal(lastTable.span.start, tableStart + 2, 'moved by the edit');
    assert.deepEqual(after, new ReportAnalysis(text).model());
    // Moved again by edits whose models were never asked for: by all of them at once.
    for (const ins of ['甲', '乙乙', '']) {
      text = text.slice(0, at) + ins + text.slice(at + 1);
      a.update(at, at + 1, ins);
    }
    assert.deepEqual(a.model(), new ReportAnalysis(text).model());
  });

  it('moving a shifted value in place ≡ shifting it by the sum, for every table of the real reports', () => {
    for (const text of [reports(), fixture(SEEDS.tabs), fixture(SEEDS.oneLine), fixture('glued/czj_2018.txt'), fixture('glued/czj_2021.txt')]) {
      for (const s of new ReportAnalysis(text).segments) {
        const moved = shifted(s.parse.tables, 7);
        moveShifted(moved, 30);
        assert.deepEqual(moved, shifted(s.parse.tables, 37));
      }
    }
  });
});
