/**
 * A web page's furniture a scraper or a copy from the browser took along into the report (「【打印本页】【关闭窗口】」
 * 「扫一扫在手机打开当前页」「共2页 上一页 1 2 下一页」) — spec §5, injected-text: 「scraper chrome inside the body」, which
 * its page promised and nothing said. Inside the body only: the page's header before the first section and its
 * footer after the report are where every scraped page has them (seed 004's 「TOP 打印 关闭」 after the signature).
 */
import assert from 'node:assert/strict';
import { isChromeLine } from '../../../../server/src/analysis/reader/segments/chrome';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';
import { analyse, appFigures, firstTable, fixture, SEEDS } from '../../../helpers';
import { buildReport } from '../../../layouts';

const chrome = (text: string) => analyse(text).findings.filter((f) => f.code === 'injected-text' && f.severity === 'information');
const others = (text: string) => analyse(text).findings.filter((f) => !(f.code === 'injected-text' && f.severity === 'information')).map((f) => `${f.code} ${render(f.message)}`);

describe('web page furniture inside the report (injected-text)', () => {
  const base = buildReport('pipe');
  const cases: [string, string, string][] = [
    ['in a section', base.replace('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n【打印本页】【关闭窗口】\n'), '【打印本页】【关闭窗口】'],
    ['between two sections (a page cut in two)', base.replace('\n四、政府信息公开行政复议', '\n扫一扫在手机打开当前页\n\n分享到：\n四、政府信息公开行政复议'), '扫一扫在手机打开当前页 分享到：'],
    ['between two rows of table 三', base.replace(/(\n2\.其他法律行政法规禁止公开[^\n]*\n)/, '$1共2页 上一页 1 2 下一页\n'), '共2页 上一页 1 2 下一页'],
    ['a breadcrumb and a date', base.replace('五、存在的主要问题及改进情况\n', '五、存在的主要问题及改进情况\n当前位置：首页 > 政务公开 > 年度报告\n发布时间：2024-01-20 来源：本站 浏览次数：123\n'), '当前位置：首页 > 政务公开 > 年度报告 发布时间：2024-01-20 来源：本站 浏览次数：123'],
  ];
  for (const [name, text, said] of cases) {
    it(`${name}: one information, its lines quoted; the fix takes them out and gives back the report; its figures read as before`, () => {
      assert.notEqual(text, base);
      const found = chrome(text);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => render(f.message))));
      assert.match(render(found[0].message), new RegExp(`页面文字「${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 40)}`));
      assert.deepEqual(others(text), others(base));
      assert.deepEqual(appFigures(firstTable(analyse(text).model, 'applications')), appFigures(firstTable(analyse(base).model, 'applications')));
      assert.equal(applyEdits(text, found[0].fixes![0].edits), base);
    });
  }

  it('not the page\u2019s header before the first section, nor its footer after the report (seed 004), nor the report\u2019s own words', () => {
    assert.deepEqual(chrome(`首页 > 政务公开\n分享到：\n${base}`), []);
    assert.deepEqual(chrome(`${base}\n扫一扫在手机打开当前页\nTOP 打印 关闭\n`), []);
    // (After the signing date, with the page's other links after it: the footer still — the w3m dumps of the real pages.)
    assert.deepEqual(chrome(`${base}\n某某局\n2024年1月29日\n附件下载\n扫一扫在手机上查看当前页面\n关闭\n文字解读\n图片解读\n`), []);
    assert.deepEqual(chrome(fixture(SEEDS.prose)), []);
    // (And a report's own lines that look so, found by a review: a table of its channels with their counts, its channel
    // list, a source or an editor named alone, a count under its name.)
    for (const line of ['微信', '首页', '打印', '关闭', '2023', '在门户网站首页开设专栏', '来源：本机关统计数据显示本年度共收到申请12件', '上一年度报告的问题均已整改', '微信 356 微博 210', '访问量 125634 浏览量 356120', '微信 微博', '微信 微博 QQ空间', '来源：区统计局', '编辑：办公室', '首页 1']) assert.equal(isChromeLine(line), false, line);
    for (const line of ['TOP 打印 关闭', '【字体：大 中 小】', '上一篇：关于2022年度报告的说明', '[打印本页] [关闭窗口]', '分享 微信 微博 QQ空间', '信息来源：区人社局 发布时间：2024-01-02', '扫一扫在手机上查看当前页面', '【打印】【关闭】', '[打印] [关闭]', '分享至：', '上一条：关于…的通知', '下一条：无', '【字号：大 中 小】 【打印】 【关闭】', '浏览次数：123 次']) assert.equal(isChromeLine(line), true, line);
  });
});
