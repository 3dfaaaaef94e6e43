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

  // Sentences as agencies write them, whose figure is not this year's applications or cases: each was said to contradict the
  // tables (found by a review of 263 sentences on a correct report: 59 false warnings). The sample's table 三 has 13 new, 1
  // carried over, 5 given, 3 in part, 1 carried on; table 四 2 reviews and 2 lawsuits.
  const NOT_THIS_YEARS: [string, string[]][] = [
    ['last year\'s figure beside this one\'s', ['上年度共收到政府信息公开申请12件，本年度共收到13件，同比增长8%。', '去年收到政府信息公开申请12件，今年新收申请13件。', '上年度办结政府信息公开申请11件，本年度办结13件。', '上年予以公开4件，本年予以公开5件。', '上年度发生政府信息公开行政复议3件，本年度2件。', '去年因政府信息公开引发行政诉讼1件。']],
    ['carried into this year, said of last year', ['由上年度结转至2023年度办理的3件申请已全部办结。', '上年度结转下年度办理的3件申请，已于本年1月全部办结。']],
    ['years together', ['2021年至2023年，我局累计收到政府信息公开申请45件。', '2021—2023年共收到政府信息公开申请45件。', '2019年以来，我局累计受理政府信息公开申请120件。', '“十四五”以来，我局累计受理政府信息公开申请60件。']],
    ['a part of the year', ['12月下旬收到政府信息公开申请2件，因尚在法定答复期内，结转至下年度继续办理。', '2023年12月25日收到政府信息公开申请4件。', '1-11月共收到政府信息公开申请12件，12月收到1件。', '2023年1—11月共收到政府信息公开申请12件。', '截至11月30日，共收到政府信息公开申请12件。', '截至2023年11月底，共收到政府信息公开申请12件。']],
    ['other work closed', ['全年共受理行政许可申请1200件，办结1200件，按时办结率100%。', '政务服务中心窗口全年受理各类政务服务事项35280件，办结35280件。', '全年共受理市场主体登记申请5600件，办结5580件。', '不合格产品核查处置办结120件。', '全年受理知识产权维权援助申请30件，办结30件。']],
    ['documents made public', ['全年共审查拟公开文件56件，予以公开42件，不予公开14件。', '全年形成文件56件，其中主动公开42件，部分公开4件。', '“双随机、一公开”抽查结果予以公开132件。', '行政处罚决定书予以公开85件。']],
    ['the body\'s reviews and lawsuits, disclosure\'s named after them', ['全年被申请行政复议12件，涉及政府信息公开的2件。', '本机关作为被申请人的行政复议案件12件，其中2件涉及政府信息公开。', '全年共发生行政诉讼案件9件，涉及信息公开的2件。', '全年办理信息公开类行政复议案件2件、其他行政复议案件10件。']],
    ['none of something else of the applications', ['全年无政府信息公开申请逾期答复情况。', '本年度无政府信息公开申请收费情况。', '2023年度，无依申请公开申请收取信息处理费的情况。', '全年未收到信息公开申请方面的投诉。']],
    ['a part of those closed', ['本年度办结政府信息公开申请13件，其中办结本年新收申请12件、上年结转申请1件。', '本年度办结上年度结转申请1件，办结本年度新收申请12件。']],
    ['the body and its offices', ['本局系统（含各市场监管所）共收到政府信息公开申请40件，其中局机关13件。']],
  ];
  for (const [why, sentences] of NOT_THIS_YEARS) {
    it(`is not compared: ${why}`, () => {
      for (const s of sentences) {
        const t = withProse(s);
        assert.deepEqual([...said(t, 'text-mismatch'), ...said(t, 'year-mismatch')], [], s);
      }
    });
  }

  it('a year set against another named as a whole is no year\'s words left in a copy; one with a date of this year still is', () => {
    assert.deepEqual(said(withProse('2022年，本局共收到政府信息公开申请12件；2023年共收到13件。'), 'year-mismatch'), []);
    assert.equal(said(withProse('2022年，本局共收到政府信息公开申请12件，已于2023年1月全部办结。'), 'year-mismatch').length, 1);
  });

  it('this year\'s figures said wrong beside those words are still said (each rule is no wider than its words)', () => {
    for (const s of [
      '上年结转政府信息公开申请3件。', '本年度新收政府信息公开申请12件，上年结转1件。', '与上年相比，本年度新收申请12件。',
      '2023年1月1日至12月31日，共收到政府信息公开申请12件。', '截至2023年12月31日，共收到政府信息公开申请12件。', '2023年以来，我局共收到政府信息公开申请12件。',
      '本年度共收到政府信息公开申请13件，办结12件。', '本年度新收政府信息公开申请13件，予以公开7件。', '本年度未收到政府信息公开申请。',
      '因政府信息公开申请引发行政复议5件。', '本年度无政府信息公开行政复议案件。',
    ]) assert.equal(said(withProse(s), 'text-mismatch').length, 1, s);
  });

  it('applications unnamed (「本年度共收到申请16件」) are compared under 「（二）依申请公开」, not where nothing says they are disclosure\'s', () => {
    assert.deepEqual(said(withProse('（二）依申请公开\n本年度共收到申请16件，均已按时答复。'), 'text-mismatch'), ['正文写收到申请 16 件，表三本年新收 13 件（加上年结转为 14 件）']);
    assert.deepEqual(said(withProse('（二）依申请公开\n本年度共收到申请13件，均已按时答复。'), 'text-mismatch'), []);
    assert.deepEqual(said(withProse('（三）政务服务\n全年共受理申请1200件，按时答复率100%。'), 'text-mismatch'), []);
  });

  it('a （N） the sentence names, quotes or runs into a list is no numbering of the text\'s; one opening a line or a clause still is (found by a review)', () => {
    for (const s of [
      '按照市局通知附件（二）的格式报送。', '参照表（三）填报。', '依法作出（二）部分公开答复。', '按照表三中（四）无法提供情形办理。',
      '印发《关于（一）加强政务公开（二）规范信息发布的通知》。', '严格执行“（一）先审后发（二）分级审核（三）专人负责”制度。',
      '持续优化网站专栏，设置（一）机构信息、（二）法定主动公开内容、（三）重点领域信息等栏目。',
    ]) {
      // (Between the items of the text's own list: counted, any of them would make it skip or repeat.)
      assert.deepEqual(said(withProse(`（一）加强领导。\n（二）完善制度。${s}\n（三）强化培训。`), 'numbering'), [], s);
    }
    assert.equal(said(withProse('（一）加强领导。持续优化网站专栏。\n（三）完善制度。'), 'numbering').length, 1);
    assert.equal(said(withProse('（一）加强领导。（二）完善制度。（二）强化培训。'), 'numbering').length, 1);
  });

  it('a comparison over two sentences — another year\'s, then this year\'s — is compared with neither (found by a review)', () => {
    for (const s of ['2022年，我局新收申请12件。本年新收13件，同比增长8%。', '2022年度，本局发生行政复议1件。2023年度发生2件。', '上年度，我局新收申请12件。本年度新收13件。', '回顾2022年，本局共收到政府信息公开申请12件；今年收到13件。']) {
      const t = withProse(s);
      assert.deepEqual([...said(t, 'text-mismatch'), ...said(t, 'year-mismatch')], [], s);
    }
    // Last year's sentence left in a copy, the next one not this year's: still said.
    assert.equal(said(withProse('2022年，我局新收申请12件。我局高度重视。'), 'year-mismatch').length, 1);
  });
});
