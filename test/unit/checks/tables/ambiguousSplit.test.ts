/**
 * table-ambiguous on real glued pages: each reading of a row that splits a few ways is a fix that
 * writes it out, and the report's own words (「我局制定规范性文件5件」) pick the reading they fit —
 * said in the finding, that fix first — without the row being read by them.
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, codes, firstTable, fixture } from '../../../helpers';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';
import { findProse, proseFacts } from '../../../../server/src/analysis/reader/segments/prose';
import type { Finding, Fix } from '../../../../server/src/analysis/types';
import { ReportDocument } from '../../../../server/src/checks/document';
import { CHECKS, runCheckParts, type DocumentCheckMemo } from '../../../../server/src/checks/registry';
import { tableAmbiguous } from '../../../../server/src/checks/structure/tableAmbiguous';

const glued = (name: string) => fixture(`glued/${name}.txt`);
const ambiguous = (fs: Finding[]) => fs.filter((f) => f.code === 'table-ambiguous');
const title = (f: Fix) => render(f.title, 'zh-cn');
const normative = (text: string) => activeFigures(firstTable(analyse(text).model, 'active'))['b1.normative'];
const statements = (text: string) => proseFacts(findProse(text), [], text).statements.map((s) => [s.kind, s.value]);

describe('table-ambiguous: fixes by reading, and the report’s words', () => {
  it('hzs 2023: 「5416」 splits three ways; 「制定规范性文件5件」 and 「现行有效的规范性文件16件」 leave 5|4|16 only', () => {
    const text = glued('hzs_2023');
    const { findings } = analyse(text);
    const [f] = ambiguous(findings);
    assert.equal(text.slice(f.span.start, f.span.end), '5416');
    assert.equal(f.message.key, 'ambiguous.text');
    assert.equal(f.message.args?.reading, '5|4|16');
    assert.equal(render(f.message), '「规范性文件」的数字「5416」有 3 种拆法：5|4|16、5|41|6、54|1|6；正文「现行有效的规范性文件16件」「制定规范性文件5件」只与 5|4|16 相符，可按此拆开，请按原表核对');
    assert.match(render(f.message, 'en'), /the text’s “现行有效的规范性文件16件”, “制定规范性文件5件” agrees with 5\|4\|16 only/);
    // The statements are pointed at: their figures in section 一's prose.
    assert.deepEqual(f.related?.map((r) => text.slice(r.span.start, r.span.end)), ['16', '5']);
    assert.deepEqual(f.fixes?.map(title), ['按 5 | 4 | 16 拆开', '按 5 | 41 | 6 拆开', '按 54 | 1 | 6 拆开']);
    assert.deepEqual(f.fixes?.map((x) => !!x.preferred), [true, false, false]);
    assert.ok(f.fixes?.every((x) => !x.safe), 'a reading is the user’s choice: never applied by fix-all');
    // Each fix writes its reading, which is then read as written: no inference, no finding left on the row.
    const expected = [[5, 4, 16], [5, 41, 6], [54, 1, 6]];
    f.fixes!.forEach((fix, i) => {
      const fixed = applyEdits(text, fix.edits);
      assert.equal(fixed.replace(/ /g, ''), text.replace(/ /g, ''), 'only spaces are inserted');
      assert.deepEqual(normative(fixed), expected[i]);
      const after = analyse(fixed);
      assert.deepEqual(ambiguous(after.findings), []);
      assert.equal(firstTable(after.model, 'active').blocks[0].rows[1].cells.some((c) => c.inferred), false);
    });
    // Before a fix the row stays undetermined: the words do not read it.
    assert.deepEqual(normative(text), ['5416', '5416', '5416']);
  });

  it('gwh 2022: 「本年度制发规范性文件34件」 picks 34|0|89 of four readings — the published table’s figures', () => {
    const text = glued('gwh_2022');
    const [f] = ambiguous(analyse(text).findings);
    assert.match(render(f.message), /正文「制发规范性文件34件」只与 34\|0\|89 相符/);
    assert.equal(f.message.args?.reading, '34|0|89');
    assert.equal(f.fixes?.length, 4);
    assert.equal(title(f.fixes![0]), '按 34 | 0 | 89 拆开');
    assert.deepEqual(normative(applyEdits(text, f.fixes![0].edits)), [34, 0, 89]);
    // A statement no reading fits speaks of something else (the county's documents): passed over.
    const more = text.replace('本年度制发规范性文件34件', '本年度制发规范性文件34件，全县现行有效的规范性文件424件');
    assert.equal(ambiguous(analyse(more).findings)[0].message.args?.reading, '34|0|89');
  });

  it('a statement with 的 between its verb and its documents (「本年度制发的规范性文件54件」「废止的规章」) is one: it picks its reading (a real 2022 page\'s 「动态更新本年度制发的规范性文件88件」 was passed over, found by a review)', () => {
    // (A reading that keeps the rows' bound, 现行有效 ≥ 制发 − 废止: words that fit one that breaks it are not named.)
    const text = glued('hzs_2023').replace('我局现行有效的规范性文件16件', '我局规范性文件').replace('我局制定规范性文件5件', '我局本年度废止的规范性文件41件');
    assert.notEqual(text, glued('hzs_2023'));
    const [f] = ambiguous(analyse(text).findings);
    assert.equal(f.message.key, 'ambiguous.text');
    assert.equal(f.message.args?.reading, '5|41|6');
    assert.match(render(f.message), /正文「废止的规范性文件41件」只与 5\|41\|6 相符/);
    // Words that fit 54|1|6 — fifty-four issued, six in force — disagree with the bound 5|4|16 and 5|41|6 keep: neither is named.
    assert.equal(ambiguous(analyse(text.replace('我局本年度废止的规范性文件41件', '我局本年度制发的规范性文件54件')).findings)[0].message.key, 'ambiguous.free');
    assert.deepEqual(statements('2023年，本局废止的规章2件，制定的规范性文件3件。'), [['rulesRepealed', 2], ['normIssued', 3]]);
  });

  it('a glued row of more digits than the search tries, none of the readings it tried adding up: said so — not 「符合合计的至少 0 种」 (the review\'s generated texts)', () => {
    const text = fixture('generated/changning.glued-long-run.txt');
    const f = analyse(text).findings.find((x) => x.code === 'table-ambiguous' && text.slice(x.span.start, x.span.end) === '7497406355165574782999332788')!;
    assert.equal(render(f.message), '「一、本年新收」的数字「7497406355165574782999332788」位数太多，拆法太多，在限定的尝试次数内没有找到符合合计的拆法，无法确定，这一行未作核对，请按原表核对');
  });

  it('czj 2019: no statement fits — the readings are offered, none first; amounts keep their decimals', () => {
    const text = glued('czj_2019');
    const fs = ambiguous(analyse(text).findings);
    assert.deepEqual(fs.map((f) => [text.slice(f.span.start, f.span.end), f.message.key]), [
      ['1077', 'ambiguous.free'], ['3500', 'ambiguous.free'], ['2832995', 'ambiguous.free'],
    ]);
    assert.deepEqual(fs[0].fixes?.map(title), ['按 1 | 0 | 77 拆开', '按 10 | 7 | 7 拆开']);
    assert.ok(fs.every((f) => f.fixes?.every((x) => !x.preferred)));
    assert.equal(fs[2].fixes?.length, 6);
    // 「政府集中采购1283.5」: the amount's decimals stay on it.
    const dec = text.replace('政府集中采购2832995', '政府集中采购1283.5');
    const f = ambiguous(analyse(dec).findings).find((x) => dec.slice(x.span.start, x.span.end) === '1283.5')!;
    assert.deepEqual(f.fixes?.map((x) => applyEdits(dec, x.edits).match(/政府集中采购([0-9. ]+)/)![1]), ['1 283.5', '12 83.5', '128 3.5']);
    const read = firstTable(analyse(applyEdits(dec, f.fixes![1].edits)).model, 'active').blocks.find((b) => b.id === 'b9')!.rows[0];
    assert.deepEqual(read.cells.map((c) => c.value), [12, 83.5]);
  });

  it('only the agency’s own documents of the year count: not plans, other years, running totals, other bodies’ or proposals (the review’s cases)', () => {
    // hzs 2023 without its two statements: nothing settles 「5416」; one sentence of each kind below fits 54|1|6 only.
    const bare = glued('hzs_2023').replace('全面梳理了我局现行有效的规范性文件16件，', '全面梳理了我局文件，').replace('2023年，我局制定规范性文件5件，', '2023年，');
    const key = (t: string) => ambiguous(analyse(t).findings)[0].message.key;
    // (No words pick one: the rows' bound leaves two readings of three, named and offered — 54|1|6 breaks it.)
    assert.equal(key(bare), 'ambiguous.floorSome');
    const [open] = ambiguous(analyse(bare).findings);
    assert.equal(render(open.message), '「规范性文件」的数字「5416」有 3 种拆法，其中符合现行有效件数不少于本年制发件数减本年废止件数的有 2 种：5|4|16、5|41|6；无法确定，请按原表核对');
    assert.deepEqual(open.fixes!.map(title), ['按 5 | 4 | 16 拆开', '按 5 | 41 | 6 拆开']);
    const at = (sentence: string) => bare.replace('（三）政府信息管理情况。', `（三）政府信息管理情况。${sentence}`);
    assert.equal(key(at('本年度我局废止规范性文件41件。')), 'ambiguous.text');
    // (Each sentence below fits 5|41|6 only, a reading that keeps the rows' bound: only its words rule it out.)
    for (const sentence of [
      '2024年，我局计划废止规范性文件41件。', '2024年，我局将废止规范性文件41件。', '下一步拟废止规范性文件41件。', '拟废止规范性文件41件。',
      '2022年废止规范性文件41件。', '累计废止规范性文件41件。', '历年废止规范性文件41件。', '2020年以来废止规范性文件41件。',
      '指导各乡镇废止规范性文件41件。', '全区各部门共废止规范性文件41件。', '本单位未废止规范性文件，上级废止规范性文件41件。',
      '建议废止规范性文件41件。', '提请废止规范性文件41件。', '审核废止规范性文件41件。',
      // Sums and other documents: 规章和规范性文件, the party's own.
      '规章和规范性文件现行有效6件。', '规范性文件、规章现行有效6件。', '党内规范性文件现行有效6件。',
    ]) assert.equal(key(at(sentence)), 'ambiguous.floorSome', sentence);
    // Two statements in a list are both read (a joiner after a figure's 件 joins statements, not a sum).
    assert.equal(key(at('制定规范性文件5件、废止规范性文件4件。')), 'ambiguous.text');
    // A plan elsewhere does not undo what the report says of its year (gwh 2022 with a plan added).
    const gwh = glued('gwh_2022');
    assert.equal(ambiguous(analyse(gwh.replace('一、总体情况', '一、总体情况2023年拟废止规范性文件8件。')).findings)[0].message.args?.reading, '34|0|89');
  });

  it('a reading the words pick is offered however many there are; none is offered that cannot be written', () => {
    const text = glued('hzs_2023').replace('行政规范性文件5416', '行政规范性文件123456').replace('我局制定规范性文件5件', '我局制定规范性文件12件').replace('现行有效的规范性文件16件', '现行有效的规范性文件56件');
    const [f] = ambiguous(analyse(text).findings);
    assert.equal(f.message.args?.count, 10);
    assert.equal(f.message.args?.reading, '12|34|56');
    assert.deepEqual(f.fixes?.map(title), ['按 12 | 34 | 56 拆开']);
    assert.deepEqual(normative(applyEdits(text, f.fixes![0].edits)), [12, 34, 56]);
  });

  it('signs open figures of their own (the 2019 form’s 本年增/减), and zero-width spaces part words, as the reader reads them', () => {
    const text = glued('czj_2019').replace('行政许可300', '行政许可3-2015');
    const f = ambiguous(analyse(text).findings).find((x) => text.slice(x.span.start, x.span.end) === '3-2015')!;
    assert.deepEqual(f.fixes?.map(title), ['按 3 | -20 | 15 拆开', '按 3 | -201 | 5 拆开']);
    const permit = (t: string) => firstTable(analyse(t).model, 'active').blocks.find((b) => b.id === 'b5')!.rows[0].cells.map((c) => c.value);
    assert.deepEqual(permit(applyEdits(text, f.fixes![0].edits)), [3, -20, 15]);
    assert.deepEqual(permit(applyEdits(text, f.fixes![1].edits)), [3, -201, 5]);
    const zw = glued('hzs_2023').replace('行政规范性文件5416', '行政规范性文件54\u200b16');
    const [z] = ambiguous(analyse(zw).findings);
    assert.equal(z.fixes?.length, 2);
    assert.deepEqual(normative(applyEdits(zw, z.fixes![0].edits)), [5, 4, 16]);
  });

  it('a document of many reports: each report’s words for its own table, each quoted once, and an edit keeps the findings when nothing changed', () => {
    const hzs = glued('hzs_2023');
    const other = hzs.replace('现行有效的规范性文件16件', '现行有效的规范性文件6件');
    const doc = [hzs, other, hzs].join('\n');
    const fs = ambiguous(analyse(doc).findings);
    assert.deepEqual(fs.map((f) => f.message.args?.reading), ['5|4|16', '5|41|6', '5|4|16']);
    assert.ok(fs.every((f) => (f.related?.length ?? 0) === 2));
    // An edit that moves none of them (typing at the end) keeps the check's list — so the document's sorted
    // findings are not sorted again; one before them too, its findings moved in place to the new places (copies made
    // at every such edit had the document's findings merged again).
    const d = new ReportDocument(doc);
    const memo: DocumentCheckMemo = new Map();
    const part = () => runCheckParts(d.facts(), memo)[CHECKS.filter((c) => c.scope === 'document').indexOf(tableAmbiguous)];
    const first = part();
    assert.equal(first.length, 3);
    d.update(doc.length, doc.length, '。');
    assert.equal(part(), first);
    const places = first.map((f) => [f.span.start, f.fixes?.[0]?.edits[0]?.span.start, f.related?.[0]?.span.start]);
    d.update(0, 0, '某');
    const moved = part();
    assert.equal(moved, first);
    assert.deepEqual(moved.map((f) => [f.span.start, f.fixes?.[0]?.edits[0]?.span.start, f.related?.[0]?.span.start]), places.map((p) => p.map((x) => (x === undefined ? x : x + 1))));
    assert.deepEqual(ambiguous(d.findings()), ambiguous(new ReportDocument('某' + doc + '。').findings()));
    // The same statement twice in one report is quoted once.
    const twice = hzs.replace('（三）政府信息管理情况。', '（三）政府信息管理情况。我局制定规范性文件5件。');
    assert.equal((render(ambiguous(analyse(twice).findings)[0].message).match(/制定规范性文件5件/g) ?? []).length, 1);
  });

  it('statements that contradict each other, or none, leave the choice open', () => {
    const text = glued('hzs_2023');
    // 「制定…54件」 fits 54|1|6 only, 「现行有效…16件」 5|4|16 only: no reading fits both.
    const both = text.replace('我局制定规范性文件5件', '我局制定规范性文件54件');
    assert.equal(ambiguous(analyse(both).findings)[0].message.key, 'ambiguous.floorSome');
    // A sum of two is no statement of either: 「制定和废止规范性文件5件」.
    const joined = text.replace('我局制定规范性文件5件', '我局制定和废止规范性文件5件').replace('现行有效的规范性文件16件', '规范性文件16件');
    assert.equal(ambiguous(analyse(joined).findings)[0].message.key, 'ambiguous.floorSome');
  });

  it('what the prose says of table 二’s documents, in both scripts, and what it does not', () => {
    assert.deepEqual(statements('2023年，我局制定规范性文件5件，废止行政规范性文件2件，现行有效的规范性文件16件。'), [
      ['normIssued', 5], ['normRepealed', 2], ['normInForce', 16],
    ]);
    assert.deepEqual(statements('本年度制發規範性文件34件，規範性文件現行有效 89 件；出台政府规章1件。'), [['rulesIssued', 1], ['normIssued', 34], ['normInForce', 89]]);
    // Other verbs are not issuing, and a sum is neither figure.
    assert.deepEqual(statements('清理规范性文件12件，审核规范性文件3件，制定及废止规范性文件7件。'), []);
    assert.deepEqual(statements('规章和规范性文件现行有效16件，党内规范性文件现行有效3件，制定规范性文件54件次。'), []);
    assert.deepEqual(statements('制定规范性文件54件、废止规范性文件1件。'), [['normIssued', 54], ['normRepealed', 1]]);
    // They are never compared with table 三 (text-mismatch).
    const { findings } = analyse(glued('hzs_2023'));
    assert.ok(!codes(findings).includes('text-mismatch'));
  });
});
