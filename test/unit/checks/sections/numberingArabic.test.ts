/**
 * numbering in Arabic figures in brackets, a report's third level of lists: （1）（2）（4） skips, （1）（2）（2） repeats —
 * and what is no list's item: a bracketed figure in a sentence, 第（2）项, a list written on from （一） into （二).
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { analyse } from '../../../helpers';
import { buildReport, sampleFigures } from '../../../layouts';

const f = sampleFigures();
/** The sample report (2023) with lines in its section 一, after its first paragraph. */
const withProse = (lines: string[]) => {
  const text = buildReport('pipe', f);
  const at = text.indexOf('\n', text.indexOf('一、总体情况') + 7);
  return text.slice(0, at) + '\n' + lines.join('\n') + text.slice(at);
};
const said = (t: string) => analyse(t).findings.filter((x) => x.code === 'numbering').map((x) => render(x.message));

describe('numbering: （1）（2）（3）', () => {
  it('a skip and a repeat are said, in the brackets and digits the text writes them in', () => {
    assert.deepEqual(said(withProse(['（1）完善制度。', '（2）加强培训。', '（4）强化监督。'])), ['序号跳号：「（4）」之前缺少「（3）」']);
    assert.deepEqual(said(withProse(['(1)完善制度。', '(2)加强培训。', '(2)强化监督。'])), ['序号重复：「(2)」前面已经用过，应为「(3)」']);
    assert.deepEqual(said(withProse(['（１）完善制度。（２）加强培训。（４）强化监督。'])), ['序号跳号：「（４）」之前缺少「（３）」']);
  });

  it('every number skipped is named (「四是」 lacked only 「二是」, found by a review); past three, the first and the last', () => {
    assert.deepEqual(said(withProse(['一是加强领导。四是强化监督。五是做好解读。'])), ['序号跳号：「四是」之前缺少「二是」「三是」']);
    assert.deepEqual(said(withProse(['（1）完善制度。', '（6）加强培训。'])), ['序号跳号：「（6）」之前缺少「（2）」至「（5）」']);
    const en = analyse(withProse(['一是加强领导。四是强化监督。'])).findings.filter((x) => x.code === 'numbering');
    assert.deepEqual(en.map((x) => render(x.message, 'en')), ['Numbering skips: “二是”, “三是” are missing before “四是”']);
  });

  it('one slip is one warning: （1）（2）（2）（4） goes on as if the slip were （3）', () => {
    assert.equal(said(withProse(['（1）完善制度。', '（2）加强培训。', '（2）强化监督。', '（4）做好解读。'])).length, 1);
  });

  it('lists started afresh, or written on from one sub-section into the next, are no slip', () => {
    const lists = ['（一）主动公开', '（1）完善制度。', '（2）加强培训。', '（二）依申请公开', '（1）规范办理。', '（2）按时答复。', '（三）平台建设', '（3）升级网站。'];
    assert.deepEqual(said(withProse(lists)), []);
  });

  it('bracketed figures that open no item are no list: in a sentence, 第（2）项, counts, a range', () => {
    const lines = ['依据《条例》第三十六条第（2）项予以答复。', '见附件（3）。', '共（5）件，均已办结。', '（1）至（4）项均已完成。', '（1）、（3）两项已完成。'];
    assert.deepEqual(said(withProse(lines)), []);
  });

  it('items apart by commas are items; a list whose first item a glued page joined to its heading is met from its second, and goes back when started afresh (found by the review of the first version)', () => {
    assert.deepEqual(said(withProse(['主要做了以下工作：（1）加强业务培训，（2）完善审核机制，（3）丰富解读形式。（4）强化监督考核。'])), []);
    assert.deepEqual(said(withProse(['主要做了以下工作：（1）加强业务培训，（2）完善审核机制，（4）丰富解读形式。'])), ['序号跳号：「（4）」之前缺少「（3）」']);
    const glued = '1.加强培训（1）组织专题培训。（2）开展业务考核。（3）编印工作手册。2.完善制度（1）修订办理规程。（2）建立台账。（3）定期通报。';
    assert.deepEqual(said(withProse([glued])), []);
    // Lists of two items each, their first glued to their heading: the second list's 「（2）」 was said a repeat (a real
    // 2018 page; found by a review). A repeat with no item started afresh before it is still one.
    const pairs = '2.用好新平台（1）充分发挥新媒体平台作用。（2）加强新媒体平台维护。3.贯彻落实条例（1）贯彻落实新修订的条例。（2）组织开展培训。';
    assert.deepEqual(said(withProse([pairs])), []);
    assert.deepEqual(said(withProse(['主要做了以下工作：（1）加强业务培训。（2）完善审核机制。（2）丰富解读形式。'])), ['序号重复：「（2）」前面已经用过，应为「（3）」']);
  });

  it('an edit that makes the slip is said after it, as in the same text read afresh', () => {
    const text = withProse(['（1）完善制度。', '（2）加强培训。', '（3）强化监督。']);
    const { doc, findings } = analyse(text);
    assert.equal(findings.filter((x) => x.code === 'numbering').length, 0);
    const at = text.indexOf('（3）强化') + 1;
    doc.update(at, at + 1, '4');
    const after = doc.findings().filter((x) => x.code === 'numbering').map((x) => render(x.message));
    assert.deepEqual(after, ['序号跳号：「（4）」之前缺少「（3）」']);
    assert.deepEqual(after, said(text.slice(0, at) + '4' + text.slice(at + 1)));
  });
});
