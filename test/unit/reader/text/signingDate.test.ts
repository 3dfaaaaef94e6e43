/** The date a report is signed with (segments/signingDate.ts), and year-mismatch on it. */
import assert from 'node:assert/strict';
import { signingDate } from '../../../../server/src/analysis/reader/segments/signingDate';
import { analyse, fixture } from '../../../helpers';

const dateOf = (text: string) => {
  const d = signingDate(text, []);
  return d && { year: d.year, month: d.month, text: text.slice(d.span.start, d.span.end) };
};

describe('reader: the signing date', () => {
  it('a date on its own line, or after the agency and a space, or before 印发', () => {
    assert.deepEqual(dateOf('六、其他需要报告的事项\n无。\n\n某某县财政局\n2022年1月20日\n'), { year: 2022, month: 1, text: '2022年1月20日' });
    assert.deepEqual(dateOf('本年度无收取信息处理费情况。某某局 2021年1月25日'), { year: 2021, month: 1, text: '2021年1月25日' });
    assert.deepEqual(dateOf('某某局 2021年1月26日 某某局办公室 2020年1月26日印发 附件下载'), { year: 2020, month: 1, text: '2020年1月26日' });
    assert.deepEqual(dateOf('无。\n某某区人民政府办公室\n二〇二三年一月十八日'), { year: 2023, month: 1, text: '二〇二三年一月十八日' });
    assert.deepEqual(dateOf('无。\n某某局\n２０２３ 年 ２ 月 ３ 日\n'), { year: 2023, month: 2, text: '２０２３ 年 ２ 月 ３ 日' });
  });

  it('after any body\'s name — 某某镇, 海关, （盖章） — past a blank line or no-break spaces, glued to the name, or after 「无 」 (found by a second review)', () => {
    assert.equal(dateOf('无。\n\n某某县某某镇人民政府\n\n2023年1月25日\n')?.year, 2023);
    assert.equal(dateOf('无。\n某某海关\n2023年1月25日\n')?.year, 2023);
    assert.equal(dateOf('无。\n某某县财政局（盖章）\n2023年1月25日\n')?.year, 2023);
    assert.equal(dateOf('无。\n某某县财政局\n\u00a0\u00a02023年1月25日\n')?.year, 2023);
    assert.deepEqual(dateOf('本年度无收取信息处理费情况。平潭综合实验区旅游与文化体育局2024年1月29日（此件主动公开）'), { year: 2024, month: 1, text: '2024年1月29日' });
    assert.equal(dateOf('六、其他需要报告的事项无 平潭综合实验区公安局 2020年1月17日\n')?.year, 2020);
    // A draft's placeholder name (the template's own 「XX县教育局」, 「××局」): its date is the signature (found by a review).
    assert.equal(dateOf('无。\nXX县教育局\n2024年1月20日\n')?.year, 2024);
    assert.equal(dateOf('无。\n××局 2024年1月20日\n')?.year, 2024);
  });

  it('in traditional script: 印發, a body\'s name ending in 會, 鎮, 廳, its seal\'s 蓋章, the page\'s 附件下載 (a report converted by the editor\'s command lost its year check; found by a review)', () => {
    assert.deepEqual(dateOf('某某局 2021年1月26日 某某局辦公室 2020年1月26日印發 附件下載'), { year: 2020, month: 1, text: '2020年1月26日' });
    assert.equal(dateOf('無。\n某某縣某某鎮\n2023年1月25日\n')?.year, 2023);
    assert.equal(dateOf('無。\n某某市發展和改革委員會\n2023年1月25日\n')?.year, 2023);
    assert.equal(dateOf('無。\n某某縣財政局（蓋章）\n2023年1月25日\n')?.year, 2023);
    assert.equal(dateOf('本年度無收取信息處理費情況。某某廳 2024年1月29日 【關閉窗口】')?.year, 2024);
  });

  it('not a date opening a list\'s line, in a table\'s cell, or after a related report\'s title (found by a review)', () => {
    assert.equal(dateOf('本年度召开政务公开专题会议情况：\n2023年3月15日 召开第一次专题会议\n2023年9月20日 召开第二次专题会议\n'), undefined);
    assert.equal(dateOf('本机关2023年度收取信息处理费情况：\n| 收费日期 | 金额（元） |\n| 2023年5月6日 | 100 |\n'), undefined);
    assert.deepEqual(dateOf('无。\n\n某某局\n2024年1月18日\n\n相关链接\n某某局2022年政府信息公开工作年度报告 2023年1月16日\n某某局2021年政府信息公开工作年度报告 2022年1月14日\n'), { year: 2024, month: 1, text: '2024年1月18日' });
  });

  it('not a date of a document list, a notice\'s title above it, a table\'s row, a wrapped or spaced sentence; a signature before 「附件下载」 or a contact note still is (found by a third review)', () => {
    for (const t of [
      '相关文件：\n1.某某县2023年政务公开工作要点 某某县人民政府办公室 2023年2月1日印发\n',
      '无。\n某某县财政局\n2024年1月20日\n\n相关文件：\n关于印发某某县政务公开工作要点的通知\n2023年4月1日\n',
      '开展政务公开培训        2023年6月15日\n',
      '为提升能力。本局于2023年3月1日\n召开培训会。',
      '本局于 2023 年 3 月 1 日 召开培训会。',
      '本局于2023年3月1日（星期三）召开培训会。',
      '（一）政务公开工作培训情况\n2023年3月1日（星期三）下午，本局召开培训会。',
    ]) {
      const d = dateOf(t);
      assert.ok(d === undefined || d.year === 2024, t);
    }
    assert.equal(dateOf('六、其他需要报告的事项 无其他需要报告事项。 平潭综合实验区财政金融局 2021年1月27日 附件下载')?.year, 2021);
    assert.equal(dateOf('暂无。 平潭综合实验区交通与建设局 2020年1月2日 （联系人：林耀，联系方式：0591-23163407） 附件下载')?.year, 2020);
    assert.equal(dateOf('无。\n\n' + ' '.repeat(120) + '平潭综合实验区财政金融局\n\n' + ' '.repeat(120) + '2023年1月29日\n')?.year, 2023);
  });

  it('not a date inside a sentence', () => {
    assert.equal(dateOf('六、其他需要报告的事项\n2019年8月31日，我局挂牌成立。'), undefined);
    assert.equal(dateOf('本办法自2020年1月1日起施行。'), undefined);
    assert.equal(dateOf('统计期限为 2021年1月1日至2021年12月31日。'), undefined);
    assert.equal(dateOf('于2021年13月40日\n'), undefined);
  });

  it('year-mismatch on a date before the year ends; none on the next year, nor on the period\'s end', () => {
    const base = fixture('000_47da689f533ce874.txt');
    const signed = (tail: string) =>
      analyse(base.trimEnd() + '\n\n' + tail + '\n').findings.filter((f) => f.code === 'year-mismatch' && f.message.key === 'year-mismatch.signed').map((f) => f.message.args);
    assert.deepEqual(signed('某某局\n2023年1月10日'), [{ year: 2023, said: 2023, month: 1 }]);
    assert.deepEqual(signed('某某局\n2022年1月10日'), [{ year: 2023, said: 2022, month: 1 }]);
    assert.deepEqual(signed('某某局\n2024年1月10日'), []);
    assert.deepEqual(signed('数据统计截至\n2023年12月31日'), []);
  });
});
