/**
 * A page that published table 二 as an empty form — its headers and row labels, a line each, and no
 * figure after them (real pages of townships whose figures were an image; PDF texts with the figures in a block of their own): one finding that says the figures cannot be read,
 * not one a row; a table with blank cells stays cell-blank, a row or two with figures stays row by row.
 */
import assert from 'node:assert/strict';
import { analyse, fixture } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';
import { newReport } from '../../../../server/src/create/newReport';

const EMPTY = ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件', '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可',
  '第二十条第(六)项', '信息内容', '本年处理决定数量', '行政处罚', '行政强制', '第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业性收费'];

function withTable2(lines: string[]): string {
  const text = newReport({ agency: '某某乡', year: 2023 });
  const start = text.indexOf('二、主动公开政府信息情况') + '二、主动公开政府信息情况'.length;
  return text.slice(0, start) + '\n\n' + lines.join('\n\n') + '\n\n' + text.slice(text.indexOf('三、收到和处理'));
}
const shape = (text: string) => analyse(text).findings.filter((f) => f.code === 'table-shape').map((f) => render(f.message));

describe('table-shape: table 二 published as an empty form', () => {
  it('headers and labels, no figure: one finding', () => {
    assert.deepEqual(shape(withTable2(EMPTY)), ['表二（主动公开）读不出数字：各行名称后都没有数字']);
  });
  it('one row with its figures: the others are told row by row', () => {
    const lines = EMPTY.flatMap((l) => (l === '规章' ? [l, '0', '0', '0'] : [l]));
    const found = shape(withTable2(lines));
    assert.ok(found.length > 1 && found.every((m) => /行应有 \d 个数，一个也没有读到/.test(m)), found.join('\n'));
  });
  it('table 三 as an empty form: not said to be missing — its figures cannot be read', () => {
    const text = newReport({ agency: '某某乡', year: 2023 });
    const start = text.indexOf('三、收到和处理政府信息公开申请情况') + '三、收到和处理政府信息公开申请情况'.length;
    const labels = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '四、结转下年度继续办理'];
    const empty = text.slice(0, start) + '\n\n' + labels.join('\n\n') + '\n\n' + text.slice(text.indexOf('四、政府信息公开行政复议'));
    const missing = analyse(empty).findings.filter((f) => f.code === 'table-missing').map((f) => render(f.message));
    assert.deepEqual(missing, ['「三、收到和处理政府信息公开申请情况」部分的表三（收到和处理申请）读不出数字：表头和各行名称后没有数字']);
  });
  it('table 三 an OCR turned to noise, a few of its items\' labels left among it: unreadable, no blank table offered (found by a review of tesseract\'s text)', () => {
    const text = newReport({ agency: '某某乡', year: 2023 });
    const start = text.indexOf('三、收到和处理政府信息公开申请情况') + '三、收到和处理政府信息公开申请情况'.length;
    const noise = ['〈本列数据的勾稽关系为: 第一项加第二项之和，等于第三项加第四项之和) _', '企业 |机构 |组织   机构   他', 'ee 让', 'ETEZIZ3 f fF fp pk', '5.属于三类内部事务信息                 20  0    0    0     0     0 |20', 'oem eb pF PR', '处理     2.申请人逾期未按收费通知要求缴纳费用、行政机关               2      1        3', 'jem EP'];
    const garbled = text.slice(0, start) + '\n' + noise.join('\n') + '\n' + text.slice(text.indexOf('四、政府信息公开行政复议'));
    const missing = analyse(garbled).findings.filter((f) => f.code === 'table-missing');
    assert.deepEqual(missing.map((f) => render(f.message)), ['「三、收到和处理政府信息公开申请情况」部分的表三（收到和处理申请）读不出：这里只有表格的零星文字和数字，各行无法辨认（扫描识别或转换出错时常见），请对照原件']);
    assert.equal(missing[0].fixes, undefined);
    // (By the items' labels alone, without the lines of stray letters.)
    const labelsLeft = text.slice(0, start) + '\n' + noise.filter((l) => /[\u4e00-\u9fff]/.test(l)).join('\n') + '\n' + text.slice(text.indexOf('四、政府信息公开行政复议'));
    assert.deepEqual(analyse(labelsLeft).findings.filter((f) => f.code === 'table-missing').map((f) => render(f.message)), missing.map((f) => render(f.message)));
    // (Prose that lists the results, in the items' own words too, is no table's: the table is missing, and the blank one
    // offered — found by the review of the first version.)
    for (const words of ['本年度予以公开12件，不予公开中属于国家秘密1件，重复申请2件。', '本年度予以公开12件，不予公开中属于三类内部事务信息2件，本机关不掌握相关政府信息1件，要求提供公开出版物1件。']) {
      const prose = text.slice(0, start) + '\n' + words + '\n' + text.slice(text.indexOf('四、政府信息公开行政复议'));
      const said = analyse(prose).findings.filter((f) => f.code === 'table-missing');
      assert.match(render(said[0].message), /部分缺少表三/, words);
      assert.ok(said[0].fixes?.length);
    }
  });
  it('tables 二 and 四 an OCR turned to noise — a block title read in Latin letters, a header cut short over lines of stray letters —: unreadable, no blank table offered', () => {
    const text = newReport({ agency: '某某乡', year: 2023 });
    const two = text.indexOf('二、主动公开政府信息情况') + '二、主动公开政府信息情况'.length;
    const three = text.indexOf('三、收到和处理政府信息公开申请情况');
    const four = text.indexOf('四、政府信息公开行政复议、行政诉讼情况') + '四、政府信息公开行政复议、行政诉讼情况'.length;
    const five = text.indexOf('五、存在的主要问题及改进情况');
    const noisy =
      text.slice(0, two) + '\n= |\n第二十条第 OU 项\n' + text.slice(three, four) +
      '\n未经复议直接起诉           复议后起诉\n结果维 |结果纠 |其他结 |尚未审 |\nBER ew ER 续 |\nPp Pf PP PPP PP EP\npb bb be bf bP ee fb bP\n' + text.slice(five);
    const missing = analyse(noisy).findings.filter((f) => f.code === 'table-missing');
    assert.deepEqual(missing.map((f) => render(f.message).replace(/：.*/, '')), ['「二、主动公开政府信息情况」部分的表二（主动公开）读不出', '「四、政府信息公开行政复议、行政诉讼情况」部分的表四（行政复议、行政诉讼）读不出']);
    assert.ok(missing.every((f) => !f.fixes));
    // (Lines of Latin letters without a word of the table — a report's English names — leave it missing, the blank one offered.)
    const english = text.slice(0, two) + '\nShanghai Science Office\nAnnual Report Team\n' + text.slice(three);
    const said = analyse(english).findings.filter((f) => f.code === 'table-missing');
    assert.match(render(said[0].message), /部分缺少表二/);
    assert.ok(said[0].fixes?.length);
  });
  it('table 三 whose figures a PDF\'s text put apart, all the labels then all the figures: said so, with their count — not 「no figures」 (found by a review)', () => {
    const text = newReport({ agency: '某某乡', year: 2023 });
    const start = text.indexOf('三、收到和处理政府信息公开申请情况') + '三、收到和处理政府信息公开申请情况'.length;
    const labels = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '四、结转下年度继续办理'];
    const figures = Array.from({ length: 5 }, () => '0 0 0 0 0 0 0');
    const apart = text.slice(0, start) + '\n' + labels.join('\n') + '\n' + figures.join('\n') + '\n' + text.slice(text.indexOf('四、政府信息公开行政复议'));
    const missing = analyse(apart).findings.filter((f) => f.code === 'table-missing').map((f) => render(f.message));
    assert.deepEqual(missing, ['「三、收到和处理政府信息公开申请情况」部分的表三（收到和处理申请）读不出数字：各行名称后没有数字，35 个数字另列在别处（如从 PDF 复制时先列出全部名称、再列出全部数字），无法与各行对应']);
    // No blank form offered beside the labels and their figures: they are to be read, not replaced by zeros.
    assert.deepEqual(analyse(apart).findings.filter((f) => f.code === 'table-missing').map((f) => f.fixes ?? []), [[]]);
  });
  it('table 四 whose header pdftotext cut into pieces a line each (a page printed landscape, its default text): read where its fifteen figures are certain, else said unreadable with its figures counted, not missing (found by a review)', () => {
    const text = fixture('pdf/czj_2023.print-landscape.pdftotext.txt');
    assert.match(text, /^行政复\n行政诉讼\n议\n结果维 结果纠 其他结 尚未审 总 未经复议直接起\n/m);
    // Its fifteen zeros a line each are the table's row, as its page has it (bareReview.ts: in any order the same).
    assert.deepEqual(analyse(text).findings.filter((f) => f.code === 'table-missing'), []);
    // Fifteen figures whose order nothing vouches for (a group not adding up): said unreadable, its figures counted.
    const section = text.indexOf('四、政府信息公开行政复议');
    const zero = text.indexOf('\n0\n', text.indexOf('\n0\n', section) + 1);
    const unsure = text.slice(0, zero) + '\n3\n' + text.slice(zero + 3);
    const missing = analyse(unsure).findings.filter((f) => f.code === 'table-missing');
    assert.deepEqual(missing.map((f) => render(f.message)), ['「四、政府信息公开行政复议、行政诉讼情况」部分的表四（行政复议、行政诉讼）读不出数字：各行名称后没有数字，15 个数字另列在别处（如从 PDF 复制时先列出全部名称、再列出全部数字），无法与各行对应']);
    assert.deepEqual(missing.map((f) => f.fixes ?? []), [[]], 'no blank table offered beside it');
    // Prose that names the outcomes is no header in pieces: a section of sentences still lacks its table.
    const prose = newReport({ agency: '某某乡', year: 2023 }).replace(/(四、政府信息公开行政复议、行政诉讼情况\n)[\s\S]*?(?=五、)/, '$1本年度行政复议维持1件，纠正0件；\n行政诉讼审结1件，直接起诉0件。\n行政复议维持\n\n');
    assert.deepEqual(analyse(prose).findings.filter((f) => f.code === 'table-missing').map((f) => render(f.message)), ['「四、政府信息公开行政复议、行政诉讼情况」部分缺少表四（行政复议、行政诉讼）']);
  });
  it('a table 二 cut off after its first header has no rows: the blocks it lacks are named, not 「读不出数字」 (found by a review)', () => {
    const found = shape(withTable2(['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数']));
    assert.equal(found.length, 1);
    assert.match(found[0], /^表二（主动公开）缺少：第二十条第（五）项/);
  });
});

describe('balance while a form is filled from the top', () => {
  it('with the results still the form\'s zeros, 「all carried over」 is no preferred fix (an auto fix made the table balance on figures nobody wrote: a review)', () => {
    const form = newReport({ agency: '某某市财政局', year: 2025 });
    const lines = form.split('\n');
    const i = lines.findIndex((l) => /^\|\s*一、本年新收/.test(l));
    const parts = ['5', '3', '0', '1', '2', '0', '11'];
    let k = 0;
    lines[i] = lines[i].replace(/\| 0(?=[\u3000 ])/g, () => '| ' + parts[k++]);
    const balance = analyse(lines.join('\n')).findings.filter((f) => f.code === 'balance');
    assert.ok(balance.length > 0);
    for (const f of balance) {
      const preferred = f.fixes?.filter((x) => x.preferred) ?? [];
      assert.ok(preferred.every((x) => !x.edits.length), render(f.message));
    }
    // Once the results are written and 四 is what is off, setting 四 is the preferred fix again.
    const j = lines.findIndex((l) => /^\|\s*（七）总计/.test(l));
    let m = 0;
    const done = ['4', '2', '0', '1', '2', '0', '9'];
    lines[j] = lines[j].replace(/\| 0(?=[\u3000 ])/g, () => '| ' + done[m++]);
    const items = lines.findIndex((l) => /^\|\s*（一）予以公开/.test(l));
    let n = 0;
    lines[items] = lines[items].replace(/\| 0(?=[\u3000 ])/g, () => '| ' + done[n++]);
    const after = analyse(lines.join('\n')).findings.filter((f) => f.code === 'balance');
    assert.ok(after.length > 0 && after.some((f) => f.fixes?.some((x) => x.preferred && x.edits.length)), after.map((f) => render(f.message)).join('\n'));
  });
});
