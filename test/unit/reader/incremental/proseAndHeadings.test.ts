/**
 * Incremental ≡ fresh where a statement, a spam run, a heading or a kept finding is decided by text further from its match
 * than the edit's window reached: counterexamples a random hunt of edits found (shrunk), each compared with a fresh reading after
 * every edit.
 */
import assert from 'node:assert/strict';
import { replayAgainstFresh, type Edit } from './replay';
import { ReportDocument } from '../../../../server/src/checks/document';
import { fixture, SEEDS } from '../../../helpers';

/** The document after each edit equals the same text read fresh; returns the last fresh one's findings. */
const replay = (base: string, edits: Edit[]) => new ReportDocument(replayAgainstFresh(base, edits)).findings(true);
const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

const COUNTEREXAMPLES: [string, string, Edit[]][] = [
  ['a statement whose year an edit nine characters before it unmade (its year was kept)', '予以公開5件予以公開5\n0\n0\n0\n1\n0\n1\n部分公開\n禁止公開', [{ start: 0, end: 0, ins: '2020年度全年' }, { start: 4, end: 5, ins: '' }]],
  ['a spam word left alone on its line by a deletion sixty characters away', '。\n赌场' + ' '.repeat(63) + 'X', [{ start: 1, end: 1, ins: '' }, { start: 67, end: 68, ins: '' }]],
  ['a spam word alone on its line, its line break typed seventy characters away', '', [{ start: 0, end: 0, ins: '\n澳门赌场' + ' '.repeat(74) + '，' }, { start: 73, end: 73, ins: '\n' }]],
  ['a spam run that ends at the text\'s end once a character far from its strong word is deleted', '。博彩在线在线' + '_在线'.repeat(10) + '在线' + '_在线'.repeat(9) + 'Y', [{ start: 1, end: 1, ins: '' }, { start: 66, end: 67, ins: '' }]],
  ['a comma heading after twenty spaces, read again by an edit that changed nothing', '三、收到处理申请情况文' + ' '.repeat(20) + '四，政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况 2023年,我局按照要求开展政务信息公开工作,依法依规及时对各项工作进行政务公开,确保信息准确、及时。经排查,去年工作仍有存在不足之处,如在部分文', [{ start: 139, end: 139, ins: '' }]],
  ['a comma heading whose line break, eighteen characters before it, is deleted', '五、存在的主要问题丰富解\n六、其他需要报告的事项', [{ start: 13, end: 13, ins: ' '.repeat(17) }, { start: 31, end: 31, ins: '，' }, { start: 12, end: 13, ins: '' }]],
  ['a bullet 「- 」 before a heading, a line break typed fifteen spaces before it', '文' + ' '.repeat(15) + '- 一、总体情况概述', [{ start: 1, end: 1, ins: '\n' }]],
  ['a heading\'s words after span markup 110 spaces from its numeral, typed whole', '一、' + ' '.repeat(110) + ']{a}总体x况', [{ start: 118, end: 119, ins: '情' }]],
  ['a pinyin gloss unmade by a letter typed before it: the year after it is read', '于(zheng)2022年我局', [{ start: 1, end: 1, ins: '' }, { start: 1, end: 1, ins: 'a' }]],
  ['a page\'s bare number after a line made not empty and empty again: a margin, no figure of the row above', '第二十条第一项规章3\n \n 3\n\f3\n5', [{ start: 11, end: 11, ins: 'x' }, { start: 11, end: 12, ins: '' }]],
  ['table-ambiguous kept across an edit of the verb of a statement it quotes (制定 → 出台): its message quotes the words as they are', '现行有效规范性文件6件制定规范性文件5件二、主动公开情况第二十条第一项规范性文件5416', [{ start: 11, end: 13, ins: '出台' }]],
];

describe('incremental ≡ fresh: statements, spam and headings decided by text beyond the edit', () => {
  for (const [why, base, edits] of COUNTEREXAMPLES) it(why, () => void replay(base, edits));

  it('a real report: 「2022年度全年共新收…99件」 with its year\'s 2 deleted is this year\'s again, and compared', () => {
    const report = fixture(SEEDS.tabs);
    const at = report.indexOf('\n一、总体情况');
    const said = '\n2022年度全年共新收政府信息公开申请99件。';
    const base = report.slice(0, at) + said + report.slice(at);
    const two = at + 1;
    const last = replay(base, [{ start: two + 23, end: two + 23, ins: 'x' }, { start: two + 23, end: two + 24, ins: '' }, { start: two, end: two + 1, ins: '' }]);
    assert.ok(codes(last).includes('text-mismatch'));
    assert.ok(!codes(new ReportDocument(base).findings(true)).includes('text-mismatch'));
  });

  it('spam and headings the counterexamples make are found at all (each case tests something)', () => {
    assert.ok(codes(new ReportDocument('。\n赌场' + ' '.repeat(63)).findings(true)).includes('injected-text'));
    const sections = (t: string) => new ReportDocument(t).model().sections.map((s) => s.section);
    assert.deepEqual(sections('五、存在的主要问题丰富解\n' + ' '.repeat(12) + '六，其他需要报告的事项'), [5, 6]);
    assert.deepEqual(sections('五、存在的主要问题丰富解。六，其他需要报告的事项'), [5]);
  });
});
