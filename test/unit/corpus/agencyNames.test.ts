/**
 * Who published a report and for which year, as titles, covers and signatures really give them (found by a review
 * of many bodies' reports over several years): the line above a title that names no body, the long and short
 * names one body goes by, a year written without 年 or in numerals.
 */
import assert from 'node:assert/strict';
import { agencyKey, reportAgency } from '../../../server/src/analysis/views/agency';
import { agencyOf } from '../../../server/src/analysis/reader/segments/agency';
import { analyse } from '../../helpers';
import { buildReport } from '../../layouts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../server/src/cli';
import { tempDir } from '../../tempDir';

const BODY = '一、总体情况\n2023年，本机关认真贯彻落实《条例》。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n\n';
const report = (top: string, signer = '') => top + '\n\n' + BODY + (signer ? `${signer}\n2024年1月20日\n` : '');
const agency = (text: string) => reportAgency(analyse(text).model);

describe('corpus: the body a report is by', () => {
  it('a line above a title that names no body is the body only where it is a body\'s name: not 「附件」「打印本页」「无障碍浏览」 — the signer is', () => {
    for (const above of ['附件', '打印本页', '无障碍浏览', '简体版', '福州市财政局文件', '福州市财政局网站']) {
      assert.equal(agency(report(`${above}\n\n2023年政府信息公开工作年度报告`, '福州市财政局')), '福州市财政局', above);
    }
    // A body's name above (a Word cover), or a place's: the body, with or without a signer — also a customs', a ministry's, a bank's.
    assert.equal(agency(report('上海市某某局\n2023年政府信息公开工作年度报告')), '上海市某某局');
    for (const body of ['福州海关', '中华人民共和国商务部', '中国人民银行福州市中心支行', '福建师范大学']) assert.equal(agency(report(`${body}\n2023年政府信息公开工作年度报告`)), body);
    assert.equal(agency(report('潭头镇\n2023年政府信息公开工作年度报告')), '潭头镇');
  });

  it('a government\'s name above, the report signed by one of its departments, is the portal\'s banner: the department\'s report', () => {
    assert.equal(agency(report('福州市人民政府\n2023年政府信息公开工作年度报告', '福州市财政局')), '福州市财政局');
    // Not a government's own report, signed by the government or its office.
    assert.equal(agency(report('闽侯县人民政府\n2023年政府信息公开工作年度报告', '闽侯县人民政府办公室')), '闽侯县人民政府');
    assert.equal(agency(report('闽侯县人民政府\n2023年政府信息公开工作年度报告', '闽侯县人民政府')), '闽侯县人民政府');
    // Nor where its office or a centre signs under another spelling of the place (found by the review of the first version).
    assert.equal(agency(report('福州市鼓楼区人民政府\n2023年政府信息公开工作年度报告', '鼓楼区人民政府办公室')), '福州市鼓楼区人民政府');
    assert.equal(agency(report('青山县人民政府\n2023年政府信息公开工作年度报告', '青山县政务服务中心')), '青山县人民政府');
    // A title that names its body keeps it, whoever signs.
    assert.equal(agency(report('福州市人民政府2023年政府信息公开工作年度报告', '福州市人民政府办公厅')), '福州市人民政府');
  });

  it('a vertical system\'s banner above a title that names no body, the report signed by one of its offices (税务, 海关, 气象): the office\'s report — not a unit of the body above signing for it', () => {
    assert.equal(agency(report('国家税务总局福建省税务局\n2024年政府信息公开工作年度报告', '国家税务总局福州市鼓楼区税务局')), '国家税务总局福州市鼓楼区税务局');
    assert.equal(agency(report('中华人民共和国福州海关\n2024年政府信息公开工作年度报告', '中华人民共和国马尾海关')), '中华人民共和国马尾海关');
    assert.equal(agency(report('福建省气象局\n2024年政府信息公开工作年度报告', '长乐区气象局')), '长乐区气象局');
    // One of the banner body's own offices: its report (「…第一稽查局」「…鼓楼分局」).
    assert.equal(agency(report('国家税务总局福州市税务局\n2024年政府信息公开工作年度报告', '国家税务总局福州市税务局第一稽查局')), '国家税务总局福州市税务局第一稽查局');
    assert.equal(agency(report('福州市公安局\n2024年政府信息公开工作年度报告', '福州市公安局鼓楼分局')), '福州市公安局鼓楼分局');
    // The banner body signing by its short name or its second plate: the banner body's (found by the review of the first version).
    assert.equal(agency(report('福州市人力资源和社会保障局\n2023年政府信息公开工作年度报告', '福州市人社局')), '福州市人力资源和社会保障局');
    assert.equal(agency(report('福州市卫生健康委员会\n2023年政府信息公开工作年度报告', '福州市卫健委')), '福州市卫生健康委员会');
    assert.equal(agency(report('福州市市场监督管理局\n2023年政府信息公开工作年度报告', '福州市市场监管局')), '福州市市场监督管理局');
    assert.equal(agency(report('中共福州市委宣传部\n2023年政府信息公开工作年度报告', '中共福州市委宣传部\n福州市新闻出版局')), '中共福州市委宣传部');
    assert.equal(agency(report('福州市财政局\n2024年政府信息公开工作年度报告', '福州市财政局政务公开领导小组')), '福州市财政局');
    // A city's body signing under a district's banner is no short name of it: the signer's (「福州市教育局」 under 「福州市鼓楼区教育局」).
    assert.equal(agency(report('福州市鼓楼区教育局\n2024年政府信息公开工作年度报告', '福州市教育局')), '福州市教育局');
    assert.equal(agency(report('国家税务总局福州市鼓楼区税务局\n2024年政府信息公开工作年度报告', '国家税务总局福州市税务局')), '国家税务总局福州市税务局');
    for (const [banner, short] of [['福州市人力资源和社会保障局', '福州市人力资源社会保障局'], ['福州市住房和城乡建设局', '福州市住房城乡建设局'], ['福州市民族与宗教事务局', '福州市民族宗教事务局']]) {
      assert.equal(agency(report(`${banner}\n2023年政府信息公开工作年度报告`, short)), banner, short);
    }
    // The body above's own office or centre, or a government, signing: the body above's report.
    assert.equal(agency(report('福州市财政局\n2024年政府信息公开工作年度报告', '福州市财政局办公室')), '福州市财政局');
    assert.equal(agency(report('福州市财政局\n2024年政府信息公开工作年度报告', '福州市财政局信息中心')), '福州市财政局');
    assert.equal(agency(report('福州市财政局\n2024年政府信息公开工作年度报告', '福州市人民政府')), '福州市财政局');
    assert.equal(agency(report('福州市财政局\n2024年政府信息公开工作年度报告', '福州市财政局')), '福州市财政局');
  });

  it('a one-line page with the site\'s menu or breadcrumb glued before the title: the body the title names', () => {
    const body = BODY.replace(/\n+/g, '');
    const oneLine = (head: string) => head + '2023年政府信息公开工作年度报告本报告根据《中华人民共和国政府信息公开条例》编制。' + body;
    assert.equal(agency(oneLine('国家税务总局福建省税务局 首页 信息公开 政府信息公开年报 国家税务总局福州市鼓楼区税务局')), '国家税务总局福州市鼓楼区税务局');
    assert.equal(agency(oneLine('当前位置：首页 > 信息公开 > 政府信息公开年报 国家税务总局福州市台江区税务局')), '国家税务总局福州市台江区税务局');
    assert.equal(analyse(oneLine('当前位置：首页 > 信息公开 > 政府信息公开年报 国家税务总局福州市台江区税务局')).model.year, 2023);
    // A place's name before the body's, a space between: the place is the body's (it was cut off, and two cities' 「财政局」
    // compared); a body whose name holds 「政务公开」 is cut at the report's words after its year, not at its own.
    // (The name as written, its key without the page's space.)
    assert.equal(agencyKey(agency(oneLine('福州市人民政府 首页 政务公开 政府信息公开年报 福州市 财政局'))!), '福州市财政局');
    assert.equal(agency(oneLine('福州市人民政府 首页 政务公开 政府信息公开年报 福州市政务公开办公室 ')), '福州市政务公开办公室');
    // A district's name is a place, though it holds 城区 (「东城区」「西城区」): two districts' 「财政局」 are not one body.
    assert.equal(agencyKey(agency(oneLine('北京市人民政府 首页 政府信息公开年报 东城区 财政局'))!), '东城区财政局');
    // A site's column named like a place is none (「年报专区」「乡镇街道」「县区」).
    assert.equal(agency(oneLine('福州市人民政府 首页 年报专区 福州市财政局')), '福州市财政局');
    assert.equal(agency(oneLine('长乐区人民政府 首页 乡镇街道 潭头镇人民政府')), '潭头镇人民政府');
    // Words after the body before its year (「…政务公开暨」「…政府信息公开专栏」「… 政府信息公开 」) are not the body's.
    for (const t of ['福州市财政局政务公开暨2023年政府信息公开工作年度报告', '福州市财政局政府信息公开专栏2023年政府信息公开工作年度报告', '福州市财政局 政府信息公开 2023年政府信息公开工作年度报告']) assert.equal(agencyOf(t), '福州市财政局', t);
    // A disclosure office's own name kept whole, with its 关于 or its second name after it.
    assert.equal(agencyOf('福州市政务公开办公室关于2023年政府信息公开工作年度报告'), '福州市政务公开办公室');
    assert.equal(agencyOf('福州市政务公开办公室（福州市大数据中心）2023年政府信息公开工作年度报告'), '福州市政务公开办公室（福州市大数据中心）');
    // No site's words before it: the title as it was (its body's name whole, a space in it or not).
    assert.equal(agency(oneLine('福州市财政局')), '福州市财政局');
    assert.equal(agency(oneLine('福州市财政局 ')), '福州市财政局');
  });

  it('a site\'s mark before a re-posted title (「【更正】」「（更正稿）」) is no part of the body\'s name; a body\'s second plate in brackets (「（公司）」) no part of its key, and a signature with it is read', () => {
    assert.equal(agencyOf('【更正】福州海关2023年政府信息公开工作年度报告'), '福州海关');
    assert.equal(agencyOf('（更正稿）国家税务总局福州市税务局2023年政府信息公开工作年度报告'), '国家税务总局福州市税务局');
    assert.equal(agencyKey(agencyOf('（更正稿）国家税务总局福州市税务局2023年政府信息公开工作年度报告')!), agencyKey('国家税务总局福州市税务局'));
    assert.equal(agencyOf('[修订版]福州市财政局2023年政府信息公开工作年度报告'), '福州市财政局');
    // (A body's own bracketed words at the start are its name: not a mark.)
    assert.equal(agencyOf('（福州）自贸试验区管委会2023年政府信息公开工作年度报告'), '（福州）自贸试验区管委会');
    assert.equal(agencyKey('福州市烟草专卖局（公司）'), agencyKey('福州市烟草专卖局'));
    assert.equal(agencyKey('南昌市人民政府办公室（南昌市人民政府政务公开办公室）'), agencyKey('南昌市人民政府办公室'));
    assert.equal(agency(report('2024年政府信息公开工作年度报告', '南平市烟草专卖局（公司）')), '南平市烟草专卖局（公司）');
  });

  it('a department\'s short name and its long one are one body (「清河县卫健委」「清河县卫生健康委员会」: their carry-over compared — found by a review office\'s trial); not a short name inside another\'s', () => {
    for (const [short, long] of [['清河县卫健委', '清河县卫生健康委员会'], ['南昌市人社局', '南昌市人力资源和社会保障局'], ['福州市发改委', '福州市发展和改革委员会'], ['鼓楼区市场监管局', '鼓楼区市场监督管理局'], ['平潭县住建局', '平潭县住房和城乡建设局'], ['某县医保局', '某县医疗保障局']]) {
      assert.equal(agencyKey(short), agencyKey(long), short);
    }
    assert.notEqual(agencyKey('清河县卫健委'), agencyKey('清河县卫生健康局'));
    assert.notEqual(agencyKey('清河县人社局'), agencyKey('临河县人力资源和社会保障局'));
    assert.equal(agencyKey('清河县卫健委办公室'), '清河县卫健委办公室');
  });

  it('a year written without 年 before the report\'s words, or a range of years, is no part of the body\'s name', () => {
    assert.equal(agencyOf('福州市财政局2023政府信息公开工作年度报告'), '福州市财政局');
    assert.equal(agencyOf('福州市财政局2022—2023年政府信息公开工作年度报告'), '福州市财政局');
    assert.equal(analyse(report('福州市财政局2023政府信息公开工作年度报告').replace('2023年，', '')).model.year, 2023);
    // (Not a body whose name ends in digits that are no year: none is left in the name by this.)
    assert.equal(agencyOf('某某局2023年政府信息公开工作年度报告'), '某某局');
  });

  it('a cover of three lines — the body, its year, the title (「福州市财政局」 / 「2023年度」 / 「政府信息公开工作年度报告」) — gives the body and the year', () => {
    const doc = analyse(report('福州市财政局\n\n2023年度\n\n政府信息公开工作年度报告').replace('2023年，', ''));
    assert.equal(reportAgency(doc.model), '福州市财政局');
    assert.equal(doc.model.year, 2023);
    // Its year alone above the title, no body: the year.
    assert.equal(analyse(report('（2023年度）\n政府信息公开工作年度报告').replace('2023年，', '')).model.year, 2023);
  });

  it('a file titled as its statistics tables (「福州市财政局2023年度政府信息公开工作年度统计表」): its body and year, where no line is a report\'s title', () => {
    const text = report('福州市财政局2023年度政府信息公开工作年度统计表\n本报告根据《中华人民共和国政府信息公开条例》编制。').replace('2023年，', '');
    assert.equal(agency(text), '福州市财政局');
    assert.equal(analyse(text).model.year, 2023);
    // Under a report's title, an attachment's 统计表 line is not the title.
    assert.equal(agency(report('某某区财政局2023年政府信息公开工作年度报告\n附件：某某区审计局2023年政府信息公开工作年度统计表')), '某某区财政局');
  });

  it('the report under the notice that issues it, no title of its own (「福州市财政局关于印发2023年…年度报告的通知」): the notice\'s body', () => {
    // (With its tables: a notice with none, its headings listed, is no report.)
    const text = buildReport('pipe').replace('某某市某某局2023年政府信息公开工作年度报告', '福州市财政局关于印发2023年政府信息公开工作年度报告的通知\n\n本报告根据《中华人民共和国政府信息公开条例》编制，现将2023年政府信息公开工作年度报告公布如下。');
    assert.notEqual(text, buildReport('pipe'));
    assert.equal(agency(text), '福州市财政局');
    assert.equal(analyse(text).model.year, 2023);
    // A notice about reports (a review's circular), not issuing one: no body taken from it.
    assert.equal(agency(report('关于2023年政府信息公开工作年度报告检查情况的通报')), undefined);
  });

  it('a page\'s <title> shape, the body after the report\'s words (「…年度报告-福州市财政局」「…_福州市财政局」): the body — not a site\'s name', () => {
    assert.equal(agencyOf('2023年政府信息公开工作年度报告-福州市财政局'), '福州市财政局');
    assert.equal(agencyOf('2023年政府信息公开工作年度报告_福州市财政局'), '福州市财政局');
    assert.equal(agencyOf('2023年政府信息公开工作年度报告-福州市人民政府门户网站'), undefined);
    // Only a body's name there: not a column's, an attachment's or a part's (two bureaus filed as one 「政务公开」: found by a review).
    for (const tail of ['-政务公开', '_附件', '——全文', '-正文']) assert.equal(agencyOf(`2023年政府信息公开工作年度报告${tail}`), undefined, tail);
    assert.equal(agency(report('2023年政府信息公开工作年度报告-福州市财政局')), '福州市财政局');
  });

  it('a signature dated in figures (「2024-01-20」「2024.1.20」「2024/1/20」) names the body of a report whose title names none', () => {
    for (const date of ['2024-01-20', '2024.1.20', '2024/1/20']) {
      const text = report('2023年政府信息公开工作年度报告') + `福州市财政局\n${date}\n`;
      assert.equal(agency(text), '福州市财政局', date);
    }
    // Not a figure's date inside a sentence, nor a document's number.
    assert.equal(agency(report('2023年政府信息公开工作年度报告') + '福州市财政局文件编号2024-01-20号\n'), undefined);
  });

  it('a notice\'s words before the body (「关于公布…」「关于发布…」「关于印发…的通知」) and a sentence publishing the report above its title (「现将我局…予以公布。」) are no part of the body\'s name (found by a researcher\'s review)', () => {
    for (const verb of ['公布', '发布', '印发', '報送']) assert.equal(agencyOf(`关于${verb}福州市财政局2023年政府信息公开工作年度报告的通知`), '福州市财政局', verb);
    const prefaced = analyse(report('现将我局2023年政府信息公开工作年度报告予以公布。\n福州市财政局2023年政府信息公开工作年度报告')).model;
    assert.equal(prefaced.title?.text, '福州市财政局2023年政府信息公开工作年度报告');
    assert.equal(reportAgency(prefaced), '福州市财政局');
    // The sentence the only title, the opening paragraph under it citing the notice on last year's reports: the sentence's
    // title, not the paragraph (found by the review of the first version: no body, and the year of the notice) — and a title
    // ending in 。 the same.
    const opening = '根据《福建省政务公开办公室关于做好2022年政府信息公开工作年度报告编制工作的通知》要求，结合本局实际，编制本报告。';
    for (const top of ['现将福州市财政局2023年政府信息公开工作年度报告予以公布。', '福州市财政局2023年政府信息公开工作年度报告。']) {
      const m = analyse(report(`${top}\n${opening}`)).model;
      assert.equal(m.year, 2023, top);
      assert.equal(reportAgency(m), '福州市财政局', top);
    }
    // The sentence alone, no title after it: its title, and no body (「我局」 names none).
    const alone = analyse(report('现将福州市财政局2023年政府信息公开工作年度报告予以公布。')).model;
    assert.equal(alone.year, 2023);
    assert.equal(agency(report('现将我局2023年政府信息公开工作年度报告予以公布。')), undefined);
  });

  it('a title naming its body by its level alone (「市财政局2023年…」), signed with its place: the signature\'s name — two cities\' 「市财政局」 are two bodies in an export (found by a researcher\'s review)', () => {
    assert.equal(agency(report('市财政局2023年政府信息公开工作年度报告', '福州市财政局')), '福州市财政局');
    assert.equal(agency(report('区教育局2023年政府信息公开工作年度报告', '福州市鼓楼区教育局')), '福州市鼓楼区教育局');
    assert.equal(agency(report('市财政局2023年政府信息公开工作年度报告', '福州市财政局办公室')), '福州市财政局');
    // On the line above the title (a cover's), the same.
    assert.equal(agency(report('市财政局\n2022年政府信息公开工作年度报告', '厦门市财政局')), '厦门市财政局');
    // Signed by another body, or by the same words: the title's.
    assert.equal(agency(report('市财政局2023年政府信息公开工作年度报告', '厦门市教育局')), '市财政局');
    assert.equal(agency(report('市财政局2023年政府信息公开工作年度报告', '市财政局')), '市财政局');
    // A title that names its place is never replaced by the signer's.
    assert.equal(agency(report('福州市财政局2023年政府信息公开工作年度报告', '福州市财政局办公室')), '福州市财政局');
  });

  it('one body\'s long and short names give one key; two bodies keep two', () => {
    const same = [
      ['福州经济技术开发区管委会', '福州经济技术开发区管理委员会'],
      ['福州市政府办公室', '福州市人民政府办公室'],
      ['长乐区潭头镇人民政府', '长乐区潭头镇'],
      ['鼓楼区鼓东街道办事处', '鼓楼区鼓东街道'],
      ['福州市人民政府', '福州市'],
      ['闽侯县人民政府', '闽侯县'],
      ['国家税务总局福州市税务局', '福州市税务局'],
      ['中华人民共和国福州海关', '福州海关'],
    ];
    for (const [a, b] of same) assert.equal(agencyKey(a), agencyKey(b), `${a} / ${b}`);
    const apart = [
      ['福州市', '福州市财政局'],
      ['福州市人民政府', '福州市人民政府办公厅'],
      ['国家税务总局', '福州市税务局'],
      ['闽侯县人民政府', '福州市人民政府'],
    ];
    for (const [a, b] of apart) assert.notEqual(agencyKey(a), agencyKey(b), `${a} / ${b}`);
    assert.equal(agencyKey('国家税务总局'), '国家税务总局');
    assert.equal(agencyKey('国家税务总局办公厅'), '国家税务总局办公厅');
  });
});

describe('corpus: the year a report is of', () => {
  it('a year in numerals on the line under a title that has none, and a statistics period in numerals', () => {
    const noYear = (s: string) => s.replace('2023年，', '');
    assert.equal(analyse(noYear(report('福州市财政局政府信息公开工作年度报告\n（二〇二三年度）'))).model.year, 2023);
    const period = noYear(report('福州市财政局政府信息公开工作年度报告')).replace('一、总体情况\n', '本报告所列数据的统计期限自二〇二三年一月一日起至二〇二三年十二月三十一日止。\n一、总体情况\n');
    assert.equal(analyse(period).model.year, 2023);
  });

  it('a title of the year of publication (「…2024年…年度报告」 over a text of 2023 alone, signed in January 2024), no statistics period: the report of 2023, said once at its title', () => {
    const text = (signed: string) => report('福州市财政局2024年政府信息公开工作年度报告', '福州市财政局').replace('2024年1月20日', signed).replace('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n2023年，本机关主动公开政府信息120条。\n');
    const published = analyse(text('2024年1月20日'));
    assert.equal(published.model.year, 2023);
    assert.deepEqual(published.findings.filter((f) => f.code === 'year-mismatch').map((f) => [f.message.key, f.message.args?.said, f.message.args?.year]), [['year-mismatch.titlePublished', 2024, 2023]]);
    // The text's own year said once beside the notice on that year's reports it was written under: the report of 2023 as
    // well; once alone (a report of 2024 signed 「2024年1月」 by a typo, recalling last year's problem), the title's year.
    const once = report('福州市财政局2024年政府信息公开工作年度报告', '福州市财政局');
    assert.equal(analyse(once.replace('一、总体情况\n', '本报告根据《福建省政务公开办公室关于做好2023年政府信息公开工作年度报告编制工作的通知》要求编制。\n一、总体情况\n')).model.year, 2023);
    assert.equal(analyse(once).model.year, 2024);
    // Nor beside a notice about last year's reports that it was not written under (「…评估情况的通报」).
    assert.equal(analyse(once.replace('一、总体情况\n', '参照《关于2023年度政府信息公开工作年度报告评估情况的通报》改进工作。\n一、总体情况\n')).model.year, 2024);
    // Signed after the year the title names: the title's year stands, and the text's years are said.
    const late = analyse(text('2025年1月20日'));
    assert.equal(late.model.year, 2024);
    assert.ok(late.findings.some((f) => f.message.key === 'year-mismatch.body'));
  });

  it('a report of no known year still names its body in the command line\'s findings and summary', async () => {
    const f = path.join(tempDir('agency-'), 'r.txt');
    writeFileSync(f, report('福州市财政局政府信息公开工作年度报告').replace('2023年，', ''));
    const out: string[] = [];
    await main(['check', '--format', 'json', f], { out: (s) => out.push(s + '\n'), err: () => undefined, raw: (s) => out.push(s) });
    const [file] = JSON.parse(out.join('')) as { agency: string | null; year: number | null }[];
    assert.equal(file.year, null);
    assert.equal(file.agency, '福州市财政局');
  });

  it('reports whose body is not read, checked with others, are named on the standard error: not compared with any other year (found by a review office\'s trial); one report alone, nothing', async () => {
    const dir = tempDir('no-agency-');
    writeFileSync(path.join(dir, 'a.txt'), report('福州市财政局2023年政府信息公开工作年度报告'));
    // (A title naming no body, no signer: its year read, its body not.)
    writeFileSync(path.join(dir, 'b.txt'), report('2023年政府信息公开工作年度报告'));
    const err: string[] = [];
    await main(['check', dir], { out: () => undefined, err: (s) => err.push(s), raw: () => undefined });
    const note = err.find((e) => e.includes('读不出发布机关的名称'));
    assert.equal(note, `1 份报告读不出发布机关的名称，未与其他年度的报告核对上年结转：${path.join(dir, 'b.txt')}`);
    err.length = 0;
    await main(['check', path.join(dir, 'b.txt')], { out: () => undefined, err: (s) => err.push(s), raw: () => undefined });
    assert.ok(!err.some((e) => e.includes('读不出发布机关的名称')));
  });
});
