/**
 * section-missing when the six sections are there, numbered in another style than the form's 「一、」
 * (restyledHeading.ts): a review saw six 「缺少…部分」 errors said of a real report renumbered 1. to 6.
 */
import assert from 'node:assert/strict';
import { analyse, fixture, SEEDS } from '../../../helpers';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';

const NUMERALS = '一二三四五六';
const text = fixture(SEEDS.tabs);
/** Seed 003 with its six headings written `style(n, words)`. */
function restyle(style: (n: number, words: string) => string): string {
  let out = text;
  for (let n = 1; n <= 6; n++) out = out.replace(new RegExp(`^${NUMERALS[n - 1]}、((?:总体|主动公开政府|收到和处理政府|政府信息公开行政复议|存在的主要|其他需要)[^\\n]*)$`, 'm'), (_, words: string) => style(n, words));
  return out;
}
const missing = (t: string) => analyse(t).findings.filter((f) => f.code === 'section-missing');

describe('section-missing: the sections numbered in another style', () => {
  const styles: [string, (n: number, w: string) => string][] = [
    ['1.', (n, w) => `${n}.${w}`],
    ['1、', (n, w) => `${n}、${w}`],
    ['１．', (n, w) => `${String.fromCharCode(0xff10 + n)}．${w}`],
    ['第一章', (n, w) => `第${NUMERALS[n - 1]}章 ${w}`],
    ['Ⅰ、', (n, w) => `${'ⅠⅡⅢⅣⅤⅥ'[n - 1]}、${w}`],
    ['【】', (_, w) => `【${w}】`],
    ['### 1、', (n, w) => `### ${n}、${w}`],
    ['1. **…**', (n, w) => `${n}. **${w}**`],
    ['none', (_, w) => w],
    // (A numeral OCR misread: tesseract's 「人   总体情况」「=、」「入、」 — each was said 「缺少」, found by a review of OCR text.)
    ['OCR: 「人   」「=、」「入、」', (n, w) => `${'人=大田丑入'[n - 1]}${n % 2 ? '   ' : '、'}${w}`],
    // (Marks and indentation taken whole, as an atomic group — the fuzzer's 700 ms page of frames: restyledHeading.ts.)
    ['indented, quoted and listed: 「    > - 1、」', (n, w) => `${' '.repeat(30)}> - ${n}、${w}`],
  ];
  for (const [name, style] of styles) {
    it(`${name}: one warning a heading, naming it as written; the fixes give back the form's headings`, () => {
      const restyled = restyle(style);
      assert.notEqual(restyled, text);
      const found = missing(restyled);
      assert.equal(found.length, 6, found.map((f) => render(f.message)).join('\n'));
      for (const f of found) {
        assert.equal(f.severity, 'warning');
        assert.match(render(f.message), /^标题「.+」的编号与规定格式不同：这一部分的标题应为「[一二三四五六]、.+」$/);
        assert.equal(render(f.message).slice(3, 3 + (f.span.end - f.span.start)), restyled.slice(f.span.start, f.span.end));
      }
      const fixed = found.reduceRight((t, f) => applyEdits(t, f.fixes![0].edits), restyled);
      assert.deepEqual(missing(fixed), []);
      // The tables are read alike either way.
      assert.deepEqual(analyse(restyled).model.sections.flatMap((s) => s.tables).length + analyse(restyled).model.preambleTables.length, analyse(text).model.sections.flatMap((s) => s.tables).length);
    });
  }

  it('（一）: where the report numbers its items （一） too, only the first is told from them; the others are said missing, as before', () => {
    const restyled = restyle((n, w) => `（${NUMERALS[n - 1]}）${w}`);
    const found = missing(restyled);
    assert.deepEqual(found.map((f) => f.severity), ['warning', 'error', 'error', 'error', 'error', 'error']);
    assert.equal(render(found[0].message), '标题「（一）总体情况」的编号与规定格式不同：这一部分的标题应为「一、总体情况」');
    // Its items written 1. to 5. instead: every section told.
    const items = restyled.replace(/^[（(]([一二三四五六七八九])[）)] ?(?!总体情况|主动公开政府信息情况|收到和处理政府|政府信息公开行政复议|存在的主要问题及改进|其他需要报告)/gm, (_, n: string) => `${'一二三四五六七八九'.indexOf(n) + 1})`);
    assert.notEqual(items, restyled);
    assert.deepEqual(missing(items).map((f) => f.severity), Array(6).fill('warning'));
  });

  it('a section\'s heading after a list the number does not go on from (「1.」「2.」 in 五, then 「6.其他需要报告的事项」; 「（1）」 before 「（六）」): told, not said missing (found by a review)', () => {
    for (const [item, heading] of [[(k: number) => `${k}.`, '6.'], [(k: number) => `（${k}）`, '（六）']] as const) {
      const t = text.replace(/^六、(其他需要[^\n]*)$/m, (_m, w: string) => `${heading}${w}`).replace(/^五、(存在的主要[^\n]*)$/m, (l) => `${l}\n${item(1)}政策解读的形式比较单一。\n${item(2)}加强政务公开业务培训。`);
      assert.notEqual(t, text);
      const found = missing(t);
      assert.deepEqual(found.map((f) => f.severity), ['warning'], heading);
      assert.match(render(found[0].message), new RegExp(`^标题「${heading.replace(/[()]/g, '\\$&')}其他需要报告的事项」的编号与规定格式不同`));
    }
  });

  it('a table of contents is no heading: a section missing from the body is still an error', () => {
    const toc = ['目录', '1.总体情况', '2.主动公开政府信息情况', '3.收到和处理政府信息公开申请情况', '4.政府信息公开行政复议、行政诉讼情况', '5.存在的主要问题及改进情况', '6.其他需要报告的事项', ''].join('\n');
    const withToc = text.replace(/^一、总体情况$/m, `${toc}\n一、总体情况`);
    assert.deepEqual(missing(withToc), []);
    const [f, ...rest] = missing(withToc.replace(/^一、总体情况\n/m, ''));
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'error');
    assert.equal(render(f.message), '缺少「一、总体情况」部分');
  });

  it('「行政诉讼」 alone on its line (a cell of table 四\'s header) is not section 四\'s heading', () => {
    const without = text.replace(/^四、政府信息公开行政复议、行政诉讼情况$/m, '行政诉讼');
    const [f] = missing(without);
    assert.equal(f.severity, 'error');
  });

  it('a section truly missing is still an error, though an item of another section is numbered like it', () => {
    // Section 二 removed; section 一 holds an item 「（一）主动公开政府信息情况」: numbered 一, not 二; or
    // 「（二）主动公开情况」 after 「（一）主动公开」, an item of a list numbered so (found by a review).
    for (const [heading, item] of [['（一）主动公开政府信息情况', undefined], ['', '（二）主动公开情况']] as const) {
      let without = text.replace(/^二、主动公开政府信息情况$/m, heading);
      if (item) without = without.replace(/^（二）依申请公开$/m, item);
      const [f, ...rest] = missing(without);
      assert.deepEqual(rest, []);
      assert.equal(f.severity, 'error');
      assert.equal(render(f.message), '缺少「二、主动公开政府信息情况」部分');
    }
  });

  it('words of a sentence are no heading: 「1.总体情况良好，…」 leaves the section missing', () => {
    const [f] = missing(text.replace(/^一、总体情况$/m, '1.总体情况良好，各项工作有序推进。'));
    assert.equal(f.severity, 'error');
    assert.equal(render(f.message), '缺少「一、总体情况」部分');
  });
});
