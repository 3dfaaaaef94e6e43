/**
 * The title of pages as they are really published (excerpts of real pages): a sentence that names the
 * report is no title, though the clause that publishes it may hold one; a breadcrumb, a PDF viewer's
 * page header and a page's metadata table around the title; a mirror's pinyin in the agency's name.
 */
import assert from 'node:assert/strict';
import { agencyOf } from '../../../../server/src/analysis/reader/segments/agency';
import { findPeriod } from '../../../../server/src/analysis/reader/segments/title';
import { analyse, fixture } from '../../../helpers';

const HEADINGS = '一、总体情况\n2023年，我局认真贯彻落实。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n';
const titleOf = (top: string) => {
  const { model } = analyse(top + '\n' + HEADINGS);
  return { title: model.title?.text, agency: agencyOf(model.title?.text), year: model.year };
};

describe('reader: the title of pages as published', () => {
  it('under a site\'s menu of 85 lines (pandoc\'s text of a whole saved page): the title is found, and with it the agency', () => {
    const text = fixture('converted/czj_2023.docx-pandoc-rst-60.txt');
    assert.equal(text.split('\n').findIndex((l) => l.startsWith('平潭综合实验区财政金融局2023年度')), 85);
    const { model } = analyse(text);
    assert.equal(agencyOf(model.title?.text), '平潭综合实验区财政金融局');
    assert.equal(model.year, 2023);
    // (Below the reach, 200 lines of menu, no line is taken for it.)
    const menu = Array.from({ length: 200 }, (_, i) => `-  \`栏目${i} <javascript:void(0);>\`__`).join('\n');
    assert.equal(analyse(menu + '\n' + text).model.title, undefined);
  });

  it('the clause of a sentence that publishes the report: 「现公布区统计局2023年…」「特向社会公布2024年连生乡人民政府…」「現將我局…如下」', () => {
    assert.deepEqual(titleOf('根据《中华人民共和国政府信息公开条例》规定,现公布区统计局2023年政府信息公开工作年度报告。本报告由总体情况等组成。'), {
      title: '区统计局2023年政府信息公开工作年度报告',
      agency: '区统计局',
      year: 2023,
    });
    assert.equal(titleOf('依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,特向社会公布2024年连生乡人民政府政府信息公开工作情况报告').agency, '连生乡人民政府');
    assert.equal(titleOf('按照《中華人民共和國政府信息公開條例》相關規定,現將茅坪回族鎮2021年政府信息公開工作報告如下:').agency, '茅坪回族鎮');
    assert.equal(titleOf('根据《中华人民共和国政府信息公开条例》以及上级有关规定,现将深圳市市场监督管理局龙华监管局(以下简称龙华局)2023年信息公开年度报告').agency, '深圳市市场监督管理局龙华监管局');
  });

  it('a sentence with no such clause keeps its year but names no body (not 「根据《中华人民共和国」)', () => {
    const t = titleOf('根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求,编制本年度报告。所列数据的统计期限自2023年1月1日起至2023年12月31日止。');
    assert.equal(t.agency, undefined);
    assert.equal(t.year, 2023);
  });

  it('a breadcrumb is passed over for the title under it; a PDF viewer\'s 「Page 8 - 」 is no part of it; a metadata table\'s 名称 cell is one', () => {
    assert.deepEqual(titleOf('首页/ 政府信息公开 / 政府信息公开年报 / 镇街 / 2022年 / 正文\n\n铁边城镇2022年度政府信息公开年报\n'), { title: '铁边城镇2022年度政府信息公开年报', agency: '铁边城镇', year: 2022 });
    assert.equal(titleOf('Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告').agency, '威海市文登区信访局');
    assert.equal(titleOf('| 索引号 | 11410000/2026-00012 |\n| 名称 | 城东管理区2025年政府信息公开工作年度报告 |\n').agency, '城东管理区');
  });

  it('the body named on the line below a title that names none (a cover page\'s issuer, as PDFs and Word files print it); a date, a sentence or a heading there is none (found by a review)', () => {
    assert.deepEqual(titleOf('2022年政府信息公开工作年度报告\n某某市财政局\n'), { title: '某某市财政局2022年政府信息公开工作年度报告', agency: '某某市财政局', year: 2022 });
    assert.equal(titleOf('2022年政府信息公开工作年度报告\n\n福州市鼓楼区人民政府\n').agency, '福州市鼓楼区人民政府');
    assert.equal(titleOf('2022年政府信息公開工作年度報告\n某某縣教育委員會\n').agency, '某某縣教育委員會');
    // Not a body's name: a date, a sentence, a line of figures, the statistics period.
    assert.equal(titleOf('2022年政府信息公开工作年度报告\n二〇二三年一月\n').agency, undefined);
    assert.equal(titleOf('2022年政府信息公开工作年度报告\n本报告由市政府办公室编制。\n').agency, undefined);
    assert.equal(titleOf('2022年政府信息公开工作年度报告\n前言\n').agency, undefined);
    // A site's banner or footer is none (two bodies' reports under one banner were one agency's; found by the review
    // of this session's changes), nor a body whose name the title would cut (政务公开 in it).
    for (const banner of ['上海市松江区人民政府门户网站', '中华人民共和国中央人民政府', '主办单位上海市松江区人民政府', '国务院办公厅政府信息与政务公开办公室']) {
      assert.equal(titleOf(`2023年政府信息公开工作年度报告\n${banner}\n`).agency, undefined, banner);
    }
    // A title that names its body keeps it, whatever the line below says.
    assert.equal(titleOf('某某区教育局2022年政府信息公开工作年度报告\n某某区人民政府办公室\n').agency, '某某区教育局');
  });

  it('a title broken after its year (「…办公室2022年度」 / 「政府信息公开工作年度报告」, a paragraph or line break in Word) is one title: the agency is the first line\'s; a breadcrumb or a date ending in a year is no part of it (found by a review: the year-against-year check was skipped unsaid)', () => {
    for (const y of ['2022年度', '2022年', '二〇二二年度', '（2022年度）']) {
      assert.deepEqual(titleOf(`平潭综合实验区管委会办公室${y}\n政府信息公开工作年度报告\n`), { title: `平潭综合实验区管委会办公室${y}政府信息公开工作年度报告`, agency: '平潭综合实验区管委会办公室', year: 2022 }, y);
    }
    assert.equal(titleOf('某某县教育局 2022 年\n政府信息公开工作年度报告\n').agency, '某某县教育局');
    assert.deepEqual(titleOf('首页 > 政务公开 > 2022年\n某某县教育局2022年政府信息公开工作年度报告\n'), { title: '某某县教育局2022年政府信息公开工作年度报告', agency: '某某县教育局', year: 2022 });
    assert.equal(titleOf('发布日期：2023年\n2022年政府信息公开工作年度报告\n').agency, undefined);
  });

  it('a year a template left unfilled (「某局年」「某局20XX年」「某局____年度」) is no part of the agency\'s name; the 年 of 青年、老年 is (found by a review: 「壬市测试局年」 exported)', () => {
    assert.equal(agencyOf('壬市测试局年政府信息公开工作年度报告'), '壬市测试局');
    assert.equal(agencyOf('某局20XX年政府信息公开工作年度报告'), '某局');
    assert.equal(agencyOf('某局____年度政府信息公开工作年度报告'), '某局');
    assert.equal(agencyOf('某县老年大学政府信息公开工作年度报告'), '某县老年大学');
    assert.equal(agencyOf('共青团某市委员会青年政府信息公开工作年度报告'), '共青团某市委员会青年');
  });

  it('a mirror\'s pinyin, tone marks and all, is no part of the agency\'s name', () => {
    assert.equal(agencyOf('深圳市龍崗區(qū)2022年政府信息公開工作年度報(bào)告'), '深圳市龍崗區');
    assert.equal(agencyOf('深圳市龙岗区(qu)2022年政府信息公开工作年度报告'), '深圳市龙岗区');
  });
  it('the body named whole when its second name in brackets holds 政务公开 or 信息公开, and without a year in numerals typed with ○ or O (found by a review)', () => {
    assert.equal(agencyOf('南昌市人民政府办公室（南昌市人民政府政务公开办公室）2023年政府信息公开工作年度报告'), '南昌市人民政府办公室（南昌市人民政府政务公开办公室）');
    assert.equal(agencyOf('江西省人民政府办公厅（省政府信息公开办公室）2023年政府信息公开工作年度报告'), '江西省人民政府办公厅（省政府信息公开办公室）');
    for (const y of ['二○二三', '二O二三', '二Ｏ二三', '二〇二三']) {
      assert.equal(agencyOf(`南昌市公安局${y}年度政府信息公开工作年度报告`), '南昌市公安局', y);
      assert.equal(titleOf(`南昌市公安局${y}年度政府信息公开工作年度报告\n一、总体情况\n`).year, 2023, y);
    }
    assert.equal(agencyOf('某局（2023年）政府信息公开工作年度报告'), '某局');
    // A school's academic year (a university's report, 「2022-2023学年」): the body before it, the year it ends in — the
    // name was 「江南理工大学2022-2023学」 and the year none (found by a review of other issuers' reports).
    for (const y of ['2022-2023学年', '2022—2023学年', '2022～2023学年度', '2022 - 2023 学年']) {
      assert.equal(agencyOf(`江南理工大学${y}信息公开工作年度报告`), '江南理工大学', y);
      assert.equal(titleOf(`江南理工大学${y}信息公开工作年度报告\n一、概述\n`).year, 2023, y);
    }
  });
  it('a title without its year keeps its body: not the sentence under it that names the report with the period\u2019s year; the year on a line of its own under it (「（2023年度）」) is the title\u2019s; 政府資訊公開 as Taiwan writes it is a title (found by a review: reports dropped from the year-against-year check)', () => {
    const sentence = '本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。';
    const cases: [string, number | undefined][] = [
      [`杭州市财政局政府信息公开工作年度报告\n\n${sentence}\n一、总体情况\n`, undefined],
      [`杭州市财政局政府信息公开工作年度报告\n（2023年度）\n\n${sentence}\n一、总体情况\n`, 2023],
      [`杭州市财政局政府信息公开工作年度报告\n2023年\n一、总体情况\n`, 2023],
      ['杭州市財政局2023年政府資訊公開工作年度報告\n\n本報告所列資料的統計期限自2023年1月1日起至2023年12月31日止。\n一、總體情況\n', 2023],
    ];
    for (const [text, year] of cases) {
      const { model } = analyse(text);
      assert.match(agencyOf(model.title?.text) ?? '', /^杭州市[财財]政局$/, text);
      assert.equal(model.title?.year, year, text);
      assert.equal(model.year, 2023, text);
    }
    // A sentence that names the report is still the title where no line is one.
    assert.equal(analyse(`${sentence}\n一、总体情况\n`).model.title?.year, 2023);
  });

  it('no title, but two of the six sections under their headings (a page whose title was left off): a report; one heading alone is not', () => {
    const two = '一、总体情况\n2023年，我镇持续强化组织领导。\n二、主动公开政府信息情况\n全年主动公开政府信息171条。\n';
    assert.equal(analyse(two).doc.facts().isReport, true);
    assert.equal(analyse('一、总体情况\n2023年，我镇持续强化组织领导。\n').doc.facts().isReport, false);
  });
  it('the statistics period with its end\'s year left out (「自2023年1月1日起至12月31日止」) is that one year\'s', () => {
    const t = '本报告所列数据统计期限自2023年1月1日起至12月31日止。';
    const p = findPeriod(t, 0, t.length)!;
    assert.deepEqual([p.from, p.to, t.slice(p.span.start, p.span.end)], [2023, 2023, '2023年1月1日起至12月31日']);
    assert.equal(titleOf(t).year, 2023);
  });
  it('the report speaking of itself names no body: 「现将我局2022年…年度报告如下」 (two such reports are not one agency\'s years); the verb after the title is no part of it (found by a review)', () => {
    const t = titleOf('按照《中华人民共和国政府信息公开条例》相关规定，现将我局2022年政府信息公开工作年度报告如下：');
    assert.deepEqual([t.title, t.agency, t.year], ['我局2022年政府信息公开工作年度报告', undefined, 2022]);
    assert.equal(titleOf('根据《条例》规定，现将某某县教育局2023年度政府信息公开工作年度报告予以公布。').title, '某某县教育局2023年度政府信息公开工作年度报告');
  });

  it('a breadcrumb whose last part is the report\'s title gives it; a work summary with two headings like the form\'s is no report', () => {
    assert.equal(titleOf('首页 > 政务公开 > 政府信息公开年报 > 平潭综合实验区体育局2023年政府信息公开工作年度报告').agency, '平潭综合实验区体育局');
    const summary = '某县司法局2023年工作总结\n\n一、基本情况\n2023年，县司法局各项工作取得新进展。\n四、行政复议应诉工作\n全年收到行政复议申请45件。\n五、下一步工作打算\n2024年，我局将继续深化法治建设。\n';
    assert.equal(analyse(summary).doc.facts().isReport, false);
  });

  it('a title and nothing of a report after it — a folder\'s README that names what it holds — is no report (it got nine errors: found by a review); with a section under it, it is one', () => {
    const readme = '# 年报汇总\n\n本文件夹存放 2023 年度各单位政府信息公开工作年度报告，按单位分文件夹。\n\n整理人：张三\n';
    assert.equal(analyse(readme).doc.facts().isReport, false);
    assert.deepEqual(analyse(readme).findings, []);
    const begun = '某某县教育局2023年政府信息公开工作年度报告\n\n一、总体情况\n（请在此填写。）\n';
    assert.equal(analyse(begun).doc.facts().isReport, true);
  });
});
