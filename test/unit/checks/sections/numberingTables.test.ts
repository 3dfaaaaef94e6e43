/**
 * numbering: table 三's group labels that a PDF's text put after the table's rows (pdftotext's default
 * mode writes the merged cells 「（四）无法提」 / 「供」 … last) are the table's, not a list skipping its
 * numbers (a review saw 「（一）」 said missing before 「（六）」 on 204 of 384 such texts); a list in the
 * section's prose that does skip is still said.
 */
import assert from 'node:assert/strict';
import { analyse, fixture } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';

const numbering = (text: string) => analyse(text).findings.filter((f) => f.code === 'numbering').map((f) => render(f.message));

describe('numbering beside table 三', () => {
  const text = fixture('pdf/shgov_2019.writer-a4p-14pt.default.txt');

  it('the groups a PDF\'s text wrote after the table: no finding', () => {
    assert.match(text, /^（六）其他处理$/m);
    assert.deepEqual(numbering(text), []);
  });

  it('a list in the prose after the table that skips a number is still said', () => {
    const at = text.indexOf('四、政府信息公开行政复议');
    assert.ok(at > 0);
    const skipping = text.slice(0, at) + '（一）加强培训。\n（三）完善制度。\n' + text.slice(at);
    assert.deepEqual(numbering(skipping), ['序号跳号：「（三）」之前缺少「（二）」']);
  });

  it('a list of the section\'s own after the table whose items open with a group\'s words is a list, whole (found by a review)', () => {
    const at = text.indexOf('四、政府信息公开行政复议');
    const list = text.slice(0, at) + '（一）予以公开情况。略。\n（二）不予公开情况。略。\n（三）其他情况。无。\n' + text.slice(at);
    assert.deepEqual(numbering(list), []);
  });

  it('numbers the text names — quoted (「“（七）总计”」), a range or a pair (「（一）至（六）」「（二）和（三）」) — are no list\u2019s items (found by a review)', () => {
    const at = text.indexOf('四、政府信息公开行政复议');
    // (And in traditional script: 「（七）總計」 was a list's seventh item, 「（八）」 expected — found by a review.)
    for (const note of ['注：表三中“（七）总计”为（一）至（六）各项之和，“（三）不予公开”含8种情形。', '（二）和（三）所列情形均已告知申请人。', '说明：「（五）不予处理」与（六）其他处理的区别。', '注：（七）总计中含申请人撤回的申请1件。', '注：（七）總計中含申請人撤回的申請1件。', '注：（六）3.其他2件为申请人撤回申请。', '说明：（四）1.本机关不掌握相关政府信息的申请已告知申请人。']) {
      assert.deepEqual(numbering(text.slice(0, at) + note + '\n' + text.slice(at)), [], note);
    }
    // A list whose items follow one another is followed as before, also after such a note.
    const list = text.slice(0, at) + '注：“（七）总计”为各项之和。\n（一）加强培训。\n（三）完善制度。\n' + text.slice(at);
    assert.deepEqual(numbering(list), ['序号跳号：「（三）」之前缺少「（二）」']);
  });
});
