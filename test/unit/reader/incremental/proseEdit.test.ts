/**
 * After an edit, the prose patterns (statements, years, numbering, spam) are matched again only around
 * it (segments/rescan.ts): what they find must be what a scan of the whole new text finds — every
 * match, where it starts and ends — over runs of edits that make and break statements, figures,
 * numbering and spam, in real reports and in text made of their pieces.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findProse, findProseAfterEdit, type ProseMatches } from '../../../../server/src/analysis/reader/segments/prose';
import { foldSegment, KeptFold } from '../../../../server/src/analysis/reader/text/normalize';
import { allSubheadings, subheadingsAfterEdit } from '../../../../server/src/analysis/reader/segments/subheadings';
import { fixture, SEEDS } from '../../../helpers';

const PIECES = [
  '本年新收政府信息公开申请', '上年结转', '结转下年度继续办理', '予以公开', '部分公开', '办结', '共收到信息公开申请', '行政复议', '行政覆議', '行政诉讼', '案件',
  '15', '1,432', '０３', '2022', '2023年度', '年', '件', '个', '個', '宗', '个工作日', '个月', '，', '。', '：', ' ', '\n', '\r\n', '\t',
  '本部门', '我局将', '（一）', '(二)', '（十一）', '第（三）项', '一是', '二是', '统一是', '其一是', 'bet365', '体育在线', '体育', '在线_', '娱乐城', '官网@',
  '|', ' | ', '0', '7', '**', '國', '開', '及', '和', '、', '与', '结',
  // A spam mirror's pinyin (gloss.ts), in numbering too: 「（三(san)）」「二(er)是」.
  '(san)', '(gong)', '（三(san)）', '二(er)是', '(', ')',
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }));

/** What the matches are, as plain data (the fold offsets included: they are the scan's state). */
const plain = (m: ProseMatches) => JSON.parse(JSON.stringify(m));

function replay(start: string, edits: { at: number; del: number; ins: string }[]): void {
  replayAt(
    start,
    edits.map((e) => (text: string) => {
      const at = Math.floor(e.at * text.length);
      return [at, Math.min(text.length, at + e.del), e.ins];
    }),
  );
}

/** Each edit as [start, end, inserted] of the text it is made on. */
function replayAt(start: string, edits: ((text: string) => [number, number, string])[]): void {
  let text = start;
  const kept = new KeptFold();
  let fold = foldSegment(text);
  kept.keep(text, fold);
  let matches = findProse(text, fold);
  for (const edit of edits) {
    const [at, end, ins] = edit(text);
    const after = text.slice(0, at) + ins + text.slice(end);
    // (Folded afresh near a round bracket, as the reader does: gloss.ts.)
    fold = kept.splice(after, text, at, end, ins.length) ?? foldSegment(after);
    kept.keep(after, fold);
    const next = findProseAfterEdit(after, fold, matches, at, end, ins.length);
    assert.deepEqual(plain(next), plain(findProse(after, foldSegment(after))), `${JSON.stringify(text.slice(Math.max(0, at - 20), end + 20))}: [${at}, ${end}) → ${JSON.stringify(ins)}`);
    text = after;
    matches = next;
  }
}

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 60 })), ins: fc.oneof(piece, fc.array(piece, { maxLength: 4 }).map((p) => p.join(''))) });

describe('prose patterns after an edit: matched again around it only', function () {
  this.timeout(60000);

  it('equals a scan of the whole new text, on text made of statements, figures, numbering and spam', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 0, maxLength: 80 }).map((p) => p.join('')), fc.array(edit, { minLength: 1, maxLength: 15 }), (text, edits) => replay(text, edits)),
      { numRuns: 1500, seed: 20261201 },
    );
  });

  for (const name of [SEEDS.pipe, SEEDS.traditional, 'glued/gwh_2022.txt']) {
    it(`equals a scan of the whole new text, over runs of edits in ${name}`, () => {
      const text = fixture(name);
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => replay(text, edits)),
        { numRuns: 60, seed: 20261201 },
      );
    });
  }

  it('a statement that starts far before the edit or ends far after it: long words, long figures', () => {
    const figure = '1'.repeat(100);
    const cases: [string, string, string][] = [
      // [text, what is replaced (its first occurrence), by what]
      ['前言。本年新收政府信息公开申请X件。', 'X', '15'],
      ['前言。上一年度结转政府信息公开申请X件。', 'X', '2'],
      [`前言。予以公开${figure}X。`, 'X', '件'],
      [`前言。予以公开${figure}件X。`, 'X', '工作日'],
      [`前言。予以公开${figure}个X。`, 'X', '工作日'],
      [`前言。X予以公开${figure}件。`, 'X', ''],
      [`前言。予以公开X${figure}件。`, 'X', ''],
      [`前言。予以公开XYZ${figure}件。`, 'Z', ''],
      [`前言。予以公开${figure.slice(0, 50)}X${figure.slice(50)}件。`, 'X', ''],
      ['2022年X本部门未发生…', 'X', '度'],
      ['2022年度，X本部门未发生…', 'X', '我局将'],
      ['见第X（三）项。', 'X', ''],
      ['第（三X项。', 'X', '）'],
      ['工作统X一是完成', 'X', ''],
      ['bet365体育X在线', 'X', ''],
      // What stands before a joining character decides whether the match after it is one: a figure's
      // 件 (two statements) or a statement's word (half of a sum) — three characters of look-behind.
      ['予以公开1件及部分公开2件。', '1件', ''],
      ['行政复议X和行政诉讼2件。', 'X', ''],
      ['予以X开及部分公开2件。', 'X', '公'],
      ['行政复X和行政诉讼2件。', 'X', '议'],
      ['办结118件及结转下年度7件。', '118件', ''],
      ['办结X结转下年度7件。', 'X', '及'],
      ['新收X上年结转5件。', 'X', '和'],
    ];
    for (const [text, what, by] of cases) {
      replayAt(text, [(t) => [t.indexOf(what), t.indexOf(what) + what.length, by]]);
      // And back again.
      const after = text.replace(what, by);
      replayAt(after, [(t) => [text.indexOf(what), text.indexOf(what) + by.length, what]]);
    }
  });

  it('finds a statement the edit completes, one it breaks, and keeps those far away, moved', () => {
    const text = '本年度予以公开1件，部分公开2件。\n（一）主动公开\n办结3件。';
    const fold = foldSegment(text);
    const before = findProse(text, fold);
    assert.deepEqual(before.statements.flat().map((s) => s.value), [3, 1, 2]);
    // 「1件」 → 「12件」: the figure grows, the others move by one.
    const after = text.replace('公开1件', '公开12件');
    const at = text.indexOf('1件');
    const kept = new KeptFold();
    kept.keep(text, foldSegment(text));
    const next = findProseAfterEdit(after, kept.splice(after, text, at + 1, at + 1, 1)!, before, at + 1, at + 1, 1);
    assert.deepEqual(next.statements.flat().map((s) => [s.value, after.slice(s.span.start, s.span.end)]), [[3, '3'], [12, '12'], [2, '2']]);
    assert.deepEqual(next.paren.map((p) => after.slice(p.from, p.to)), ['（一）']);
  });
});

describe('sub-headings after an edit: the lines it touched read again', () => {
  const SUB = ['（一）', '(二)', '（十一）', '。（三）', '；(四)', '1（五）', '政府信息公开平台建设情况', '存在问题', '\n', '\r\n', '\r', ' ', '　', '**', '#', '第（三）项', '（', '）', '一', '。'];
  const part = fc.oneof(fc.constantFrom(...SUB), fc.string({ maxLength: 2 }));
  it('equals reading the whole section again, the line after the heading included', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 60 }).map((p) => p.join('')), fc.nat({ max: 8 }), fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 12 }), ins: fc.array(part, { maxLength: 4 }).map((p) => p.join('')) }), { minLength: 1, maxLength: 12 }), (body, headingLength, edits) => {
        let text = '三、收到和处'.slice(0, Math.min(6, headingLength)) + body;
        const from = Math.min(headingLength, text.length);
        let subs = allSubheadings(text, from, from, text.length);
        for (const e of edits) {
          const start = from + Math.floor(e.at * (text.length - from));
          const end = Math.min(text.length, start + e.del);
          const after = text.slice(0, start) + e.ins + text.slice(end);
          const next = subheadingsAfterEdit(after, from, subs, start, e.ins.length, e.ins.length - (end - start));
          assert.deepEqual(next, allSubheadings(after, from, from, after.length), `${JSON.stringify(text)} [${start}, ${end}) → ${JSON.stringify(e.ins)}`);
          text = after;
          subs = next;
        }
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});
