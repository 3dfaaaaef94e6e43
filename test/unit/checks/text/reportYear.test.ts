/** Which year a report is on when its title, its statistics period and its body disagree (model/document.ts reportYear). */
import assert from 'node:assert/strict';
import { analyse } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const report = (title: number, period: number, body: string) =>
  [`某某县财政局${title}年政府信息公开工作年度报告`, '', `本报告中所列数据的统计期限自${period}年1月1日起至${period}年12月31日止。`, '', HEADINGS[0], body, '', ...HEADINGS.slice(1).flatMap((h) => [h, '无。', ''])].join('\n');
const years = (text: string) => analyse(text).findings.filter((f) => f.code === 'year-mismatch');

describe('the report\'s year: title, statistics period and body', () => {
  it('a title left at last year\'s, the period and the body on this one: the title is named, once (a review saw every line of the body flagged)', () => {
    const text = report(2022, 2023, '2023年，我局认真贯彻落实《条例》。2023年度本机关未收取信息处理费。');
    const r = analyse(text);
    assert.equal(r.doc.facts().year, 2023);
    const found = years(text);
    assert.deepEqual(found.map((f) => render(f.message)), ['标题写的是 2022 年度，统计期限和正文都是 2023 年度']);
    assert.equal(text.slice(found[0].span.start, found[0].span.end), '某某县财政局2022年政府信息公开工作年度报告');
  });

  it('a period left at last year\'s under this year\'s title is the period named, as before', () => {
    const found = years(report(2023, 2022, '2023年，我局认真贯彻落实《条例》。'));
    assert.deepEqual(found.map((f) => render(f.message)), ['统计期限（2022 年）与标题的 2023 年不一致']);
  });

  it('with the body silent or on the title\'s side, the title\'s year stands and the period is named', () => {
    for (const body of ['我局认真贯彻落实《条例》。', '2022年，我局认真贯彻落实《条例》。']) {
      const text = report(2022, 2023, body);
      assert.equal(analyse(text).doc.facts().year, 2022, body);
      assert.deepEqual(years(text).map((f) => render(f.message)), ['统计期限（2023 年）与标题的 2022 年不一致'], body);
    }
  });
});

describe('a report with no year in its title and no statistics period', () => {
  // The old form's seven sections (2008–2018), titled without its year, as a county's finance bureau published it.
  const OLD = "某某县财政局政府信息公开工作年度报告\n\n一、概述\n2014年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，推进财政信息公开。\n\n二、主动公开政府信息情况\n2014年主动公开政府信息132条。\n\n三、依申请公开政府信息情况\n2014年共受理申请3件，已全部答复。\n\n四、政府信息公开的收费及减免情况\n未收取费用。\n\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n\n六、政府信息公开工作存在的主要问题及改进措施\n公开时效性有待提高。\n\n七、其他需要报告的事项\n无。\n\n某某县财政局\n2015年3月20日\n";

  it('is on the year its body speaks of as its own, and so read by its form\'s rules (it had six errors of the 2021 form: a review)', () => {
    const r = analyse(OLD);
    assert.equal(r.doc.facts().year, 2014);
    assert.equal(r.model.format, 'pre-2019');
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error').map((f) => f.code), []);
  });

  it('a body that speaks of two years as often is given neither', () => {
    const text = OLD.replace('2014年主动公开政府信息132条。', '2013年，我局主动公开政府信息132条。');
    assert.notEqual(text, OLD);
    assert.equal(analyse(text).doc.facts().year, undefined);
  });
});
