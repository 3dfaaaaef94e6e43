/**
 * A report of 2019 or later written in the outline of the years before (一、概述 … 四、…收费及减免 … 七、其他需要报告的事项),
 * with none of the form's tables: one format-outdated error at its outline, not three tables missing and its 五, 六 and 七
 * said to be the form's 四, 五 and 六 misnumbered (found by a review: six errors and the form given as 2021).
 */
import assert from 'node:assert/strict';
import { ReportDocument } from '../../../../server/src/checks/document';
import { fixture } from '../../../helpers';

const OLD = (year: number) =>
  [
    `福州市财政局${year}年政府信息公开工作年度报告`,
    '',
    `本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '',
    '一、概述',
    `${year}年，我局认真贯彻落实《条例》，政府信息公开工作取得新进展。`,
    '二、主动公开政府信息情况',
    `${year}年，我局主动公开政府信息326条。`,
    '三、依申请公开政府信息情况',
    `${year}年，我局共受理政府信息公开申请6件，均已按时答复。`,
    '四、政府信息公开的收费及减免情况',
    `${year}年，我局未收取政府信息公开相关费用。`,
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
    `${year}年，我局未发生因政府信息公开申请行政复议、提起行政诉讼的情况。`,
    '六、存在的主要问题及改进措施',
    '一是公开内容还不够丰富。',
    '七、其他需要报告的事项',
    '无。',
  ].join('\n');
const said = (text: string) => new ReportDocument(text).findings().map((f) => [f.code, f.severity, f.message.key, f.message.args?.form]);

describe('format-outdated: the outline of the years before 2019', () => {
  it('a 2022 report in it: one error at its first heading, the form it should follow named; form pre-2019', () => {
    const doc = new ReportDocument(OLD(2022));
    assert.deepEqual(said(OLD(2022)), [['format-outdated', 'error', 'format-outdated.outline', '2021']]);
    assert.equal(doc.facts().format, 'pre-2019');
    const f = doc.findings()[0];
    assert.equal(OLD(2022).slice(f.span.start, f.span.start + 4), '一、概述');
  });

  it('a 2020 report is told the 2019 form; a 2017 report, in its own years\' outline, nothing', () => {
    assert.deepEqual(said(OLD(2020)), [['format-outdated', 'error', 'format-outdated.outline', '2019']]);
    assert.deepEqual(said(OLD(2017)), []);
    assert.equal(new ReportDocument(OLD(2017)).facts().format, 'pre-2019');
  });

  it('in traditional script, or on one line (a page\'s text that lost its breaks), the same', () => {
    // (Its headings' words in traditional script, the rest left: mixed-script says that, as it should.)
    const tw = OLD(2022).replace(/报告/g, '報告').replace(/申请/g, '申請').replace(/收费及减免/g, '收費及減免').replace(/依申请公开/g, '依申請公開');
    assert.deepEqual(said(tw).map((x) => x[0]).filter((c) => c !== 'mixed-script'), ['format-outdated']);
    assert.deepEqual(said(OLD(2022).replace(/\n+/g, '')).map((x) => x[0]), ['format-outdated']);
  });

  it('a real hospital\'s report on the old government template: the one error, not three tables missing and two sections', () => {
    assert.deepEqual(said(fixture('issuers/hospital-2023-old-gov-template.txt')).map((x) => x[0]), ['format-outdated']);
  });

  it('not a report on the form: one of its old headings alone, or the form\'s tables read', () => {
    // The form's outline, a sentence of it naming 概述: no outline of old.
    const seed = fixture('000_47da689f533ce874.txt');
    assert.equal(new ReportDocument(seed).facts().oldOutline, undefined);
    // One sign alone (a report on the form with a section 「四、收费及减免情况」 of its own) is no old outline.
    const one = OLD(2022).replace('一、概述', '一、总体情况').replace('三、依申请公开政府信息情况', '三、收到和处理政府信息公开申请情况').replace(/五、因政府信息公开申请/, '五、关于').replace('七、其他需要报告的事项', '七、附件');
    assert.equal(new ReportDocument(one).facts().oldOutline, undefined);
    // The form's sections with 三 and 四 worded as of old, its tables pictures; or the old words in an attachment's list after
    // 六: the form's report (found by the review of the first version).
    const formOld = OLD(2022).replace('一、概述', '一、总体情况').replace('六、存在的主要问题及改进措施', '五、存在的主要问题及改进情况').replace('七、其他需要报告的事项', '六、其他需要报告的事项');
    assert.equal(new ReportDocument(formOld).facts().oldOutline, undefined);
    // The old outline with table 三 of the form filled in: checked as the form's (its sections said).
    const withTable = OLD(2022) + '\n' + seed.slice(seed.indexOf('三、收到和处理政府信息公开申请情况'), seed.indexOf('四、政府信息公开行政复议'));
    const doc = new ReportDocument(withTable);
    assert.equal(doc.facts().oldOutline, undefined);
    assert.notEqual(doc.facts().format, 'pre-2019');
  });
});
