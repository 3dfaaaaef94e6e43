/**
 * Section headings wherever a page leaves them — glued after figures, brackets, colons — and the
 * look-alikes that are not headings: table 三's row labels and prose numbering. The incremental
 * update of the headings (a window around each edit) equals a fresh scan.
 */
import assert from 'node:assert/strict';
import { findHeadings, updateHeadings } from '../../../../server/src/analysis/reader/segments/headings';
import { activeFigures, analyse, firstTable, fixture } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';

const sections = (text: string) => findHeadings(text).map((h) => [h.section, h.text]);

describe('headings anywhere', () => {
  it('glued after a figure, a closing bracket, a colon, a full stop — each ends with its own words', () => {
    const text =
      '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止（单位：件）一、总体情况2023年，我局坚持…如下：二、主动公开政府信息情况第二十条第（一）项…' +
      '行政事业性收费12.5三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）…' +
      '四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况行政复议…。五、存在的主要问题及改进情况一是…”六、其他需要报告的事项本年度未收费。';
    assert.deepEqual(sections(text), [
      [1, '一、总体情况'], [2, '二、主动公开政府信息情况'], [3, '三、收到和处理政府信息公开申请情况'],
      [4, '四、政府信息公开行政复议、行政诉讼情况'], [5, '五、存在的主要问题及改进情况'], [6, '六、其他需要报告的事项'],
    ]);
  });

  it('table 三 row labels and prose numbering are not headings', () => {
    const text = [
      '一、本年新收政府信息公开申请数量 142000016二、上年结转政府信息公开申请数量 0000000三、本年度办理结果 （一）予以公开 5000005',
      '四、结转下年度继续办理 0000000',
      '三是加强培训，一、二级机构均已配备人员；第三、四季度集中公开。二、三季度也有。',
      '一、二、三、四级政府信息公开情况',
    ].join('\n');
    assert.deepEqual(sections(text), []);
  });

  it('at a line start a short heading line is the heading, variants and all', () => {
    assert.deepEqual(sections('  五、政府信息公开工作存在的主要问题及改进措施  \n正文'), [[5, '五、政府信息公开工作存在的主要问题及改进措施']]);
    assert.deepEqual(sections('## 四、 政府信息公开行政复议和行政诉讼情况\n'), [[4, '四、 政府信息公开行政复议和行政诉讼情况']]);
    assert.deepEqual(sections('**三、收到和处理政府信息公开申请情况**'), [[3, '三、收到和处理政府信息公开申请情况']]);
    assert.deepEqual(sections('二、主动公开政府信息情况（续）\n正文'), [[2, '二、主动公开政府信息情况（续）']]);
  });

  it('a numeral alone on its line, the words on the next (「一、」 / 「总体情况」: each a span of the page\u2019s heading, get_text(\'\\n\')) is the heading — it was said to be numbered otherwise; a list\u2019s numeral before other words is none', () => {
    assert.deepEqual(sections('正文。\n一、\n总体情况\n2023年，我局…'), [[1, '一、\n总体情况']]);
    assert.deepEqual(sections('五、\n政府信息公开工作存在的主要问题及改进情况\n'), [[5, '五、\n政府信息公开工作存在的主要问题及改进情况']]);
    assert.deepEqual(sections('一、\n加强组织领导\n'), []);
    const page = fixture('converted/czj_2023.bs4-get-text-lines.txt');
    assert.match(page, /^一、\n总体情况$/m);
    assert.deepEqual(analyse(page).findings.map((f) => f.code), []);
  });

  it('a short heading line whose table opens on it after the words (BeautifulSoup\u2019s get_text() of a page, line breaks lost) ends with its words, in either script (table 二 was said to lack its first block: a review)', () => {
    const text = ['二、主动公开政府信息情况第二十条第（一）项', '信息内容本年新制作数量本年新公开数量对外公开总数量', '规章1313524'].join('\n');
    assert.deepEqual(sections(text), [[2, '二、主动公开政府信息情况']]);
    assert.deepEqual(sections('四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼\n结果维持'), [[4, '四、政府信息公开行政复议、行政诉讼情况']]);
    assert.deepEqual(sections('三、收到和處理政府資訊公開申請情況（本列數據的勾稽關係為：第一項加第二項之和）\n'), [[3, '三、收到和處理政府資訊公開申請情況']]);
    assert.deepEqual(sections('二、主動公開政府資訊情況信息內容 本年新製作數量\n'), [[2, '二、主動公開政府資訊情況']]);
    // The table then reads its first block.
    const page = fixture('converted/shgov_2019.bs4-get-text.txt');
    assert.match(page, /^二、主动公开政府信息情况第二十条第（一）项$/m);
    assert.ok(!analyse(page).findings.some((f) => f.code === 'table-shape' && render(f.message).includes('第二十条第（一）项')), analyse(page).findings.map((f) => render(f.message)).join('\n'));
    // (Its figures glued, 「1313524」: read as the run it is, undetermined, not lost with its block.)
    assert.deepEqual(Object.keys(activeFigures(firstTable(analyse(page).model, 'active'))).slice(0, 3), ['b1.rules', 'b1.normative', 'b5.permit']);
  });

  it('a comma after the numeral, as some write it: 「一，总体情况」「二,主动公开政府信息情况」 (said missing, found by a review); prose 「其一，」 is none', () => {
    assert.deepEqual(sections('一，总体情况\n2023年，我局…'), [[1, '一，总体情况']]);
    assert.deepEqual(sections('二,主动公开政府信息情况\n'), [[2, '二,主动公开政府信息情况']]);
    assert.deepEqual(sections('工作分三步。一，总结经验；二，查找问题。\n'), []);
    // Mid-line a comma is a sentence's (found by the review of this change).
    assert.deepEqual(sections('本年共收到申请13件，答复格式全市统一，总体情况良好。\n'), []);
    assert.deepEqual(sections('下一步：三，加强培训；四，做好行政复议和行政诉讼应对工作。\n'), []);
  });

  it('headings named in a sentence are none: a list of them in the introduction, a reference, a quotation (found by a review: the real headings said to repeat them)', () => {
    for (const t of [
      '本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。\n',
      '本报告由一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况，四、政府信息公开行政复议、行政诉讼情况，五、存在的主要问题及改进情况，六、其他需要报告的事项等六部分组成。\n',
      '具体问题详见本报告五、存在的主要问题及改进情况。\n',
      '针对2022年度报告“五、存在的主要问题及改进情况”中提出的问题，逐项整改。\n',
    ]) assert.deepEqual(sections(t), [], t);
    // Glued after the sentence before it, a heading runs on into its section's words, as before.
    assert.deepEqual(sections('…如下：二、主动公开政府信息情况第二十条第（一）项'), [[2, '二、主动公开政府信息情况']]);
  });

  it('sections 一 and 六 under the names agencies give them: 总体工作情况, 政务公开工作总体情况, a year before it, 工作概况; 其它需要报告的事项', () => {
    for (const h of ['一、总体工作情况', '一、政务公开工作总体情况', '一、2023年政府信息公开工作总体情况', '一、工作概况', '一、年度工作概况']) {
      assert.deepEqual(sections(`${h}\n2023年，我局…`), [[1, h]], h);
    }
    assert.deepEqual(sections('六、其它需要报告的事项\n本年度未收费。'), [[6, '六、其它需要报告的事项']]);
    // Glued after the preamble, the heading ends with its words.
    assert.deepEqual(sections('本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。一、总体工作情况2023年，我局坚持…'), [[1, '一、总体工作情况']]);
  });

  it('section 五 named by what the agency will do next (明年工作计划, 下一步打算, 工作安排), alone or glued', () => {
    // The glued text is a real page's (a district public security bureau's 2024 report, table 四 then section 五).
    const glued = '结果维持 结果纠正 其他结果 尚未审结 总计 000000000000000 五、存在的主要问题及明年工作计划2024年，我局政府信息公开工作取得一定成效。';
    assert.deepEqual(sections(glued), [[5, '五、存在的主要问题及明年工作计划']]);
    assert.deepEqual(sections('五、存在的问题和下一步工作打算\n一是…'), [[5, '五、存在的问题和下一步工作打算']]);
    assert.deepEqual(sections('五、存在的不足及下一年度工作安排\n'), [[5, '五、存在的不足及下一年度工作安排']]);
    // Prose numbering that names a plan but no problem is none; nor a list's fifth item that names a problem,
    // then a plan (found by a review: 「…四、规范归档；五、对申请人反映的问题，安排专人回访。」).
    assert.deepEqual(sections('五、制定年度工作计划，明确责任分工。'), []);
    assert.deepEqual(sections('本年度依申请公开工作做到：一、及时登记；二、依法答复；三、加强沟通；四、规范归档；五、对申请人反映的问题，安排专人回访。'), []);
    assert.deepEqual(sections('下一步，我局将重点做好以下工作：\n五、聚焦公众关注的问题，制定年度宣传计划。\n'), []);
  });

  it('a table of contents\' entries (the words, a leader, a page number) are not the headings; the headings below are', () => {
    // A Word table of contents copied or imported as text: before, six section-duplicate warnings.
    const toc = ['目录', '一、总体情况………………………1', '二、主动公开政府信息情况\t3', '三、收到和处理政府信息公开申请情况 …… 4', '四、政府信息公开行政复议、行政诉讼情况  5', '五、存在的主要问题及改进情况　　６', '六、其他需要报告的事项……7'];
    const body = ['一、总体情况', '2023年，本局…', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '无。'];
    const text = ['某局2023年政府信息公开工作年度报告', ...toc, ...body].join('\n');
    const hits = findHeadings(text);
    assert.deepEqual(hits.map((h) => h.section), [1, 2, 3, 4, 5, 6]);
    const tocEnd = text.indexOf('六、其他需要报告的事项……7') + 15;
    assert.ok(hits.every((h) => h.start >= tocEnd), 'every heading is one of the body\'s');
    // A heading whose line goes on into its text is still one (「一、总体情况 2023年，…」 ends with words).
    assert.deepEqual(findHeadings('一、总体情况 2023年，本局主动公开信息12条。').map((h) => h.section), [1]);
    // One space before a figure is no leader: a heading line that happens to end in one is still the heading.
    assert.deepEqual(findHeadings('某局年报\n三、收到和处理政府信息公开申请情况 1\n').map((h) => h.section), [3]);
  });

  it('the incremental update scans a window around the edit and equals a fresh scan', () => {
    const text = fixture('glued/gwh_2022.txt');
    const edits: [number, number, string][] = [];
    for (const needle of ['三、收到', '四、政府', '二、主动', '五、存在']) {
      const at = text.indexOf(needle);
      edits.push([at, at + 1, '叁'], [at, at, '。'], [at - 3, at + 2, ''], [at + 2, at + 2, '申请'], [at - 1, at, '0']);
    }
    for (const [s, e, ins] of edits) {
      const after = text.slice(0, s) + ins + text.slice(e);
      // The new text is read only in windows around the edit, never whole.
      let read = 0;
      const window = (a: number, b: number) => ((read += b - a), after.slice(a, b));
      assert.deepEqual(updateHeadings(findHeadings(text), window, after.length, s, e, ins.length), findHeadings(after), JSON.stringify([s, e, ins]));
      assert.ok(read < 1000, `read ${read} characters`);
    }
  });

  it('a heading a line break cut before its words were complete (a <br>, a soft return, a narrow PDF column) is the heading; edits around it give the fresh scan', () => {
    const text = fixture('000_47da689f533ce874.txt');
    const at = text.indexOf('三、收到和处理政府信息公开申请情况');
    const cut = text.slice(0, at) + '三、收到和处理政府信息公开\n申请情况' + text.slice(at + '三、收到和处理政府信息公开申请情况'.length);
    const h = findHeadings(cut).find((x) => x.start === at);
    assert.deepEqual(h && [h.section, h.text], [3, '三、收到和处理政府信息公开\n申请情况']);
    assert.deepEqual(findHeadings(cut).map((x) => x.section), findHeadings(text).map((x) => x.section));
    // With CRLF and spaces; not a sentence ended on the first line, nor a second line of more words, nor a list's item.
    assert.equal(findHeadings('三、收到和处理政府信息公开\r\n  申请情况\r\n正文')[0]?.section, 3);
    assert.equal(findHeadings('三、收到和处理政府信息公开。\n申请情况\n').length, 0);
    assert.equal(findHeadings('三、收到和处理政府信息公开\n申请情况的说明如下，全年共收到申请十九件\n').length, 0);
    assert.equal(findHeadings('三、收到和处理政府信息公开 |\n申请情况 |\n').length, 0);
    // Two items of a list, the second numbered: no heading of section 四 (found by a review).
    assert.deepEqual(findHeadings('四、强化监督考核\n五、做好行政复议应诉\n').map((h) => h.section), []);
    // Edits in and around the two lines: the window's scan equals a fresh one.
    const edits: [number, number, string][] = [];
    const second = cut.indexOf('申请情况', at);
    for (const [s, e, ins] of [[second, second + 2, ''], [second + 4, second + 4, '和结果'], [second - 1, second, ''], [second - 1, second - 1, '。'], [second + 4, second + 4, '\n'], [at + 2, at + 2, '依']] as [number, number, string][]) edits.push([s, e, ins]);
    for (const [s, e, ins] of edits) {
      const after = cut.slice(0, s) + ins + cut.slice(e);
      assert.deepEqual(updateHeadings(findHeadings(cut), (a, b) => after.slice(a, b), after.length, s, e, ins.length), findHeadings(after), JSON.stringify([s, e, ins]));
    }
  });

  it('a heading whose numeral and words are spans of their own (pandoc\'s Markdown of a styled page) is the heading; edits in its markup give the fresh scan', () => {
    const style = '{style=";font-family:黑体;color:#000000;letter-spacing:0;font-style:normal;font-size:21px"}';
    const line = `[[一、]{style="font-family:黑体"}]${style}[[总体情况]{style="font-family:黑体"}]${style}`;
    const text = `某局2023年政府信息公开工作年度报告\n\n${line}\n\n本年度……\n\n[[二、主动公开政府信息情况]{style="font-family:黑体"}]${style}\n`;
    assert.deepEqual(findHeadings(text).map((h) => [h.section, h.text]), [[1, '一、总体情况'], [2, '二、主动公开政府信息情况']]);
    // Only span markup is passed over: words of another kind, or the markup broken, and there is no heading.
    assert.deepEqual(findHeadings(text.replace('[[总体情况]', '[[的工作]')).map((h) => h.section), [2]);
    assert.deepEqual(findHeadings(text.replace('font-size:21px"}[[总', 'font-size:21px"[[总')).map((h) => h.section), [2]);
    // Edits in the markup, its brackets and the words: the window's scan equals a fresh one.
    const at = text.indexOf('一、');
    const edits: [number, number, string][] = [];
    for (const needle of ['}]{', ';font-size', '[[总体', '总体情况', ']{style="font-family:黑体"}]{']) {
      const p = text.indexOf(needle, at);
      edits.push([p, p + 1, ''], [p, p, 'x'], [p + 1, p + 1, '\n'], [p, p + 2, '}']);
    }
    edits.push([at + 2, at + 2, ' '], [at + 250, at + 250, '}']);
    for (const [s, e, ins] of edits) {
      const after = text.slice(0, s) + ins + text.slice(e);
      assert.deepEqual(updateHeadings(findHeadings(text), (a, b) => after.slice(a, b), after.length, s, e, ins.length), findHeadings(after), JSON.stringify([s, e, ins]));
    }
    // The words made the section's by an edit far past the numeral (「总体情形」 → 「总体情况」, some 120 characters on, past the 110 a numeral's words are looked for in): the
    // numeral is looked at again, across the markup.
    const other = text.replace('[[总体情况]', '[[总体情形]');
    const p = other.indexOf('情形') + 1;
    assert.ok(p - other.indexOf('一、') > 110);
    const fixed = other.slice(0, p) + '况' + other.slice(p + 1);
    assert.deepEqual(updateHeadings(findHeadings(other), (a, b) => fixed.slice(a, b), fixed.length, p, p + 1, 1), findHeadings(fixed));
    assert.equal(findHeadings(fixed).length, 2);
  });

  it('an edit that changes every heading of a huge document gives the fresh scan, without overflowing the stack', () => {
    // Each 「四、」 hides the next one's numeral; 「第」 typed before the first turns every heading over.
    const text = '四、情况复议'.repeat(300_000);
    const after = '第' + text;
    const got = updateHeadings(findHeadings(text), (a, b) => after.slice(a, b), after.length, 0, 0, 1);
    const fresh = findHeadings(after);
    assert.equal(got.length, fresh.length);
    assert.ok(fresh.length > 100_000, `${fresh.length} headings`);
    assert.deepEqual(got[0], fresh[0]);
    assert.deepEqual(got[got.length - 1], fresh[fresh.length - 1]);
  });
});
