/**
 * section-duplicate's and table-duplicate's quick fix: a page a scraper saved twice (seed 000 holds its whole body twice),
 * a table pasted twice — the repeated text deleted, where it is the earlier text again character for character in whole
 * lines; never where the copy differs, nor in a file of reports.
 */
import assert from 'node:assert/strict';
import { ReportDocument } from '../../../../server/src/checks/document';
import type { Finding } from '../../../../server/src/analysis/types';
import { render } from '../../../../server/src/i18n/render';
import { analyse, fixture, SEEDS } from '../../../helpers';
import { buildReport, sampleFigures } from '../../../layouts';

const fixed = (findings: Finding[], code: string) => findings.filter((f) => f.code === code && f.fixes?.length);
const apply = (text: string, f: Finding) => {
  const [e] = f.fixes![0].edits;
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
};
const lines = (text: string, from: number, to: number) => text.split('\n').slice(from - 1, to).join('\n');

describe('deleting a repeated copy (section-duplicate, table-duplicate)', () => {
  const seed = fixture(SEEDS.pipe);

  it('seed 000, its body saved twice: one fix, at the first repeated heading, deleting lines 84–162 (the same as 4–82); after it no section is said twice and every other line is kept', () => {
    const { findings } = analyse(seed);
    assert.equal(findings.filter((f) => f.code === 'section-duplicate').length, 6);
    const [f] = fixed(findings, 'section-duplicate');
    assert.equal(fixed(findings, 'section-duplicate').length, 1);
    assert.equal(seed.slice(f.span.start, f.span.end), '一、总体情况');
    assert.equal(render(f.fixes![0].title, 'zh-cn'), '删除重复的内容（第 84–162 行，与第 4–82 行逐字相同）');
    assert.equal(render(f.fixes![0].title, 'en'), 'Delete the repeated text (lines 84–162, the same as lines 4–82 character for character)');
    assert.ok(!f.fixes![0].safe, 'deleting text is the writer\'s choice: not applied by fix-all');
    assert.equal(lines(seed, 84, 162), lines(seed, 4, 82));
    const after = apply(seed, f);
    assert.equal(after, [...seed.split('\n').slice(0, 83), ...seed.split('\n').slice(162)].join('\n'));
    assert.deepEqual(analyse(after).findings.map((x) => x.code), ['year-mismatch']);
  });

  it('the same page with CRLF line ends: the same lines, CRLF kept whole', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const [f] = fixed(analyse(crlf).findings, 'section-duplicate');
    assert.equal(render(f.fixes![0].title, 'zh-cn'), '删除重复的内容（第 84–162 行，与第 4–82 行逐字相同）');
    const after = apply(crlf, f);
    assert.equal(after, seed.split('\n').filter((_, i) => i < 83 || i >= 162).join('\r\n'));
  });

  it('the copy changed by an edit (one character of its section 三): the fix stops before it, the same as a fresh reading; changed back, whole again', () => {
    const doc = new ReportDocument(seed);
    doc.findings();
    const at = seed.indexOf('本年度办理结果', seed.lastIndexOf('一、总体情况'));
    doc.update(at, at + 1, '木');
    const edited = doc.text;
    const incremental = fixed(doc.findings(), 'section-duplicate');
    const fresh = fixed(analyse(edited).findings, 'section-duplicate');
    assert.deepEqual(incremental.map((f) => f.fixes![0].edits), fresh.map((f) => f.fixes![0].edits));
    // (The copies part inside its section 三 and agree again on the next line: the copy offered is sections 一 and 二, to
    // where its 三 starts — not to the changed line, cutting the table in two (the adversarial review of the first version).)
    assert.equal(incremental.length, 1);
    assert.equal(incremental[0].fixes![0].edits[0].span.end, edited.lastIndexOf('三、收到和处理政府信息公开申请情况', at));
    doc.update(at, at + 1, '本');
    assert.deepEqual(fixed(doc.findings(), 'section-duplicate').map((f) => f.fixes![0].edits), fixed(analyse(seed).findings, 'section-duplicate').map((f) => f.fixes![0].edits));
  });

  it('after edits the fix is the fresh reading\'s: lines before it deleted (its lines and place move), the copy and its original grown alike, a copy an edit makes whole again (found by a random hunt of edits: the fix kept its old place and lines, or was never offered)', () => {
    const same = (doc: ReportDocument) => {
      const all = (list: Finding[]) => list.filter((f) => f.code === 'section-duplicate').map((f) => ({ span: f.span, fixes: f.fixes?.map((x) => ({ title: render(x.title, 'zh-cn'), edits: x.edits })) }));
      assert.deepEqual(all(doc.findings()), all(analyse(doc.text).findings));
    };
    const doc = new ReportDocument(seed);
    doc.findings();
    // Three lines before the first heading deleted: the fix's place and both ranges of lines move.
    const first = seed.indexOf('一、总体情况');
    const cut = seed.lastIndexOf('\n', seed.lastIndexOf('\n', first - 2) - 1) + 1;
    doc.update(cut, first, '');
    same(doc);
    assert.match(render(fixed(doc.findings(), 'section-duplicate')[0].fixes![0].title, 'zh-cn'), /第 8\d–1\d\d 行，与第 \d–\d\d 行/);
    // A word typed in the original and the same in the copy: the copy, grown, is whole again (between the two it parts).
    const line = '2023年,局政府信息公开工作坚持';
    const inOriginal = doc.text.indexOf(line) + 5;
    doc.update(inOriginal, inOriginal, '本');
    same(doc);
    const inCopy = doc.text.indexOf(line, inOriginal + 10) + 5;
    doc.update(inCopy, inCopy, '本');
    same(doc);
    assert.equal(fixed(doc.findings(), 'section-duplicate').length, 1);
  });

  it('a doubled page whose second table 三 differs in a row: the copy offered ends where its section 三 starts, and what is left is the copy\'s sections from there, still said twice — no half table (the adversarial review of the first version: a new table-shape error)', () => {
    const at = seed.indexOf('| 0 | 0 | 0 | 0 | 0 | 0 | 0 |', seed.indexOf('三、收到和处理政府信息公开申请情况', 5000));
    const changed = seed.slice(0, at) + '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |' + seed.slice(at + 29);
    const [f] = fixed(analyse(changed).findings, 'section-duplicate');
    assert.equal(f.fixes![0].edits[0].span.end, changed.indexOf('三、收到和处理政府信息公开申请情况', 5000));
    const after = analyse(apply(changed, f)).findings;
    assert.deepEqual(after.filter((x) => x.code === 'table-shape'), []);
    assert.equal(after.filter((x) => x.code === 'section-duplicate').length, 4);
  });

  it('a file of two years\' reports, the second without its title, their tables\' sections the same words: no fix (the adversarial review of the first version: the second lost its sections 二 to 五)', () => {
    const report = buildReport('pipe', sampleFigures());
    const second = report.slice(report.indexOf('一、总体情况')).replace('本年主动公开信息1200条。', '2022年主动公开信息1100条。');
    assert.deepEqual(fixed(analyse(report + '\n' + second).findings, 'section-duplicate'), []);
  });

  it('no fix where the repeated section is written otherwise, where only one section\'s words repeat, or in a file of two reports', () => {
    const report = buildReport('pipe', sampleFigures());
    const six = report.slice(report.indexOf('六、其他需要报告的事项'));
    // A section written again with other words.
    assert.deepEqual(fixed(analyse(report + '\n' + six.replace('六、其他需要报告的事项\n', '六、其他需要报告的事项\n本年度未收取任何费用。\n')).findings, 'section-duplicate'), []);
    // Sections 一 and 二 again, 一 word for word, 二 not: one section's words are no page saved twice.
    const one = report.slice(report.indexOf('一、总体情况'), report.indexOf('二、主动公开政府信息情况'));
    assert.deepEqual(fixed(analyse(report + '\n' + one + '二、主动公开政府信息情况\n无。\n').findings, 'section-duplicate'), []);
    // Two years' reports in one file, their last sections the same words: another report's, not a copy.
    const next = report.replace(/2023/g, '2024');
    assert.deepEqual(fixed(analyse(report + '\n' + next).findings, 'section-duplicate'), []);
    // A section written twice right after itself, word for word: the copy is all of it, offered.
    const twice = report + six;
    const [f] = fixed(analyse(twice).findings, 'section-duplicate');
    assert.equal(apply(twice, f), report);
  });

  it('table 三 pasted twice right after itself: its copy deleted (an empty line between too); the same figures written otherwise: said, no fix', () => {
    const report = buildReport('pipe', sampleFigures());
    const t = report.slice(report.indexOf('（本列数据的勾稽关系'), report.indexOf('\n\n四、政府信息公开行政复议') + 1);
    for (const between of ['', '\n']) {
      const twice = report.replace(t, t + between + t);
      const [f] = fixed(analyse(twice).findings, 'table-duplicate');
      assert.match(render(f.fixes![0].title, 'zh-cn'), /^删除重复的一张（第 \d+–\d+ 行，与第 \d+–\d+ 行逐字相同）$/);
      assert.equal(apply(twice, f), report);
    }
    const otherwise = report.replace(t, t + t.replace('| 13 |', '|13|'));
    const said = analyse(otherwise).findings.filter((f) => f.code === 'table-duplicate');
    assert.equal(said.length, 1);
    assert.equal(said[0].fixes, undefined);
  });
});
