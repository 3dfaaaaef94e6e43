/**
 * What the prose says that is not this year's applications, nor a list: compared with nothing (found by a review of
 * 85 reports written as agencies write them). Last year's figures set beside this year's, a 司法局's own caseload of
 * reviews, a budget's carry-forward, table 三's items quoted with their figures, one numbering slip.
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { analyse } from '../../../helpers';
import { buildReport, sampleFigures } from '../../../layouts';

const f = sampleFigures();
const newCount = f.app[0][6];
/** The sample report (2023) with a sentence in its section 一, after its first paragraph. */
const withProse = (said: string) => {
  const text = buildReport('pipe', f);
  const at = text.indexOf('\n', text.indexOf('一、总体情况') + 7);
  return text.slice(0, at) + '\n' + said + text.slice(at);
};
const said = (t: string, code: string) => analyse(t).findings.filter((x) => x.code === code).map((x) => render(x.message));

describe('prose that is not compared', () => {
  it('last year\'s figures beside this year\'s: 「上年同期」, a sentence opening with last year — no text-mismatch, no year-mismatch', () => {
    for (const s of [`本年新收申请${newCount}件，上年同期新收申请38件。`, `2022年，我局新收政府信息公开申请38件；本年新收申请${newCount}件。`]) {
      const t = withProse(s);
      assert.deepEqual([...said(t, 'text-mismatch'), ...said(t, 'year-mismatch')], [], s);
    }
    // This year's figure, said wrong, is still said; and a year's words left in a copy still are.
    assert.equal(said(withProse(`本年新收申请${newCount + 1}件，上年同期新收申请38件。`), 'text-mismatch').length, 1);
    assert.equal(said(withProse('2022年度本部门未发生行政复议案件。'), 'year-mismatch').length, 1);
  });

  it('last year\'s sentence left in a copy is still said — 同比 or 同期 compare the year it names, not this one (found by a review of the first version)', () => {
    for (const s of [`2022年，我局共受理政府信息公开申请${newCount + 3}件，同比增长50%。`, `2022年，我局共受理政府信息公开申请${newCount + 3}件，与上年同期持平。`]) {
      const t = withProse(s);
      assert.equal(said(t, 'year-mismatch').length, 1, s);
      assert.equal(said(t, 'text-mismatch').length, 1, s);
    }
  });

  it('reviews and lawsuits in the paragraph under 「（二）依申请公开」 are the disclosure\'s, compared with table 四 (found by a review of the first version)', () => {
    const reviews = f.review[4];
    const t = withProse(`（二）依申请公开\n全年共发生行政复议${reviews + 2}件，均已审结。`);
    assert.equal(said(t, 'text-mismatch').length, 1);
  });

  it('a budget\'s carry-forward is no application carried over (「结转下年度项目32个」)', () => {
    assert.deepEqual(said(withProse('上年结转资金1200万元，结转下年度项目32个。'), 'text-mismatch'), []);
  });

  it('table 三\'s items quoted with their figures are no list of the text\'s (「（一）予以公开…（四）无法提供…」, no （三）)', () => {
    const [open, partial, u] = [f.app[2][6], f.app[3][6], f.app[12][6]];
    assert.deepEqual(said(withProse(`（一）予以公开${open}件；（二）部分公开${partial}件；（四）无法提供${u}件。`), 'numbering'), []);
  });

  it('one numbering slip is one warning: （一）（二）（二）（四） says （二） repeats, not also （三） missing', () => {
    const t = withProse('（一）加强领导。\n（二）完善制度。\n（二）强化培训。\n（四）狠抓落实。');
    assert.deepEqual(said(t, 'numbering'), ['序号重复：「（二）」前面已经用过，应为「（三）」']);
  });
});
