/** Markdown in the cells (emphasis around block headers and labels) changes nothing the reader sees. */
import assert from 'node:assert/strict';
import { activeFigures, analyse, appFigures, firstTable } from '../../../helpers';
import { buildReport } from '../../../layouts';

describe('Markdown emphasis inside cells', () => {
  it('| **第二十条第（五）项** | | | and **bold** row labels read as plain ones', () => {
    const plain = buildReport('markdown');
    const bold = plain
      .replace(/\| (第二十条第（.）项) \|/g, '| **$1** | | |')
      .replace(/\| (（七）总计) \|/, '| **$1** |')
      .replace(/\| (四、结转下年度继续办理) \|/, '| __$1__ |'.replace(/__/g, '**'));
    assert.notEqual(bold, plain);
    const a = analyse(plain);
    const b = analyse(bold);
    assert.deepEqual(activeFigures(firstTable(b.model, 'active')), activeFigures(firstTable(a.model, 'active')));
    assert.deepEqual(appFigures(firstTable(b.model, 'applications')), appFigures(firstTable(a.model, 'applications')));
    assert.deepEqual(b.findings, []);
  });

  it('alignment rows of every form (「|:-:|」「| -: |」「|:---|」) are no row of figures, in every table', () => {
    const plain = buildReport('markdown');
    for (const cell of [':-:', '-:', ':-', ':---:']) {
      const aligned = plain.replace(/^\|---\|.*$/gm, (rule) => rule.replace(/---/g, cell));
      assert.notEqual(aligned, plain, cell);
      const { model, findings } = analyse(aligned);
      assert.deepEqual(appFigures(firstTable(model, 'applications')), appFigures(firstTable(analyse(plain).model, 'applications')), cell);
      assert.deepEqual(findings, [], cell);
    }
  });

  it('figures in emphasis (「**13**」「*2*」「__0__」: a total row set in bold) are figures, and their sums are checked', () => {
    const plain = buildReport('markdown');
    const row = plain.split('\n').find((l) => l.startsWith('| （七）总计 |'))!;
    const emphasise = (r: string, marks: string[]) => {
      let k = 0;
      return r.replace(/\| (\d+) (?=\|)/g, (_m, d: string) => {
        const e = marks[k++ % marks.length];
        return `| ${e}${d}${e} `;
      });
    };
    const bold = plain.replace(row, emphasise(row, ['**', '*', '__']));
    assert.notEqual(bold, plain);
    const a = analyse(plain);
    const b = analyse(bold);
    assert.deepEqual(appFigures(firstTable(b.model, 'applications')), appFigures(firstTable(a.model, 'applications')));
    assert.deepEqual(b.findings, []);
    // A bold figure that breaks the sums is found as plainly as a plain one.
    const wrong = plain.replace(row, emphasise(row.replace('| 13 |', '| 14 |'), ['**']));
    const codes = analyse(wrong).findings.map((f) => f.code);
    assert.ok(codes.includes('row-total'), codes.join(','));
    // Masked cells 「*****」 stay unread, not a figure.
    const masked = plain.replace(row, row.replace('| 13 |', '| ***** |'));
    assert.equal(appFigures(firstTable(analyse(masked).model, 'applications')).total[6], '*****');
  });

  it('figures in a cell\'s inline HTML (「<u>1</u>」「<span style=…>0</span>」「0<br>」: pandoc\'s GitHub Markdown of a Word report) are figures, and a fix writes only the figure', () => {
    const plain = buildReport('markdown');
    const row = plain.split('\n').find((l) => l.startsWith('| （七）总计 |'))!;
    const tags = ['<u>$</u>', '<span style="font-family:宋体">$</span>', '$<br>', '<strong>$</strong>', '<br/>$', '<font face="仿宋">$</font>'];
    let k = 0;
    const tagged = (r: string) => r.replace(/\| (\d+) (?=\|)/g, (_m, d: string) => `| ${tags[k++ % tags.length].replace('$', d)} `);
    const marked = plain.replace(row, tagged(row));
    assert.notEqual(marked, plain);
    // (Before: 「<u>13</u>」 不是数字, and the row lost the figures of its other tagged cells.)
    assert.deepEqual(appFigures(firstTable(analyse(marked).model, 'applications')), appFigures(firstTable(analyse(plain).model, 'applications')));
    assert.deepEqual(analyse(marked).findings, []);
    // A wrong tagged total: said, and its fix replaces the figure between the tags.
    k = 0;
    const wrong = plain.replace(row, tagged(row.replace(/\| 13 \|$/, '| 14 |')));
    const f = analyse(wrong).findings.find((x) => x.code === 'row-total');
    assert.ok(f?.fixes?.[0].edits.length);
    const e = f!.fixes![0].edits[0];
    assert.equal(wrong.slice(e.span.start, e.span.end), '14');
    // pandoc's Markdown span with attributes around a figure (「[13]{.underline}」): the figure.
    const spanned = plain.replace(row, row.replace(/\| (\d+) (?=\|)/g, '| [$1]{.underline} '));
    assert.deepEqual(appFigures(firstTable(analyse(spanned).model, 'applications')), appFigures(firstTable(analyse(plain).model, 'applications')));
    // Spans in spans, as pandoc writes a page's nested styles, around the figures and the label: peeled in turn. (Before: the
    // label was no label, the row lost.) Two spans side by side in a cell are words, not one span.
    const nested = (s: string) => `[[${s}]{style="font-family:仿宋_GB2312"}]{style="font-family:宋体;font-size:14px"}`;
    const label = row.match(/^\|\s*([^|]*?)\s*\|/)![1];
    const deep = plain.replace(row, row.replace(/\| (\d+) (?=\|)/g, (_m, d: string) => `| ${nested(d)} `).replace(label, nested(label)));
    assert.notEqual(deep, plain);
    assert.deepEqual(appFigures(firstTable(analyse(deep).model, 'applications')), appFigures(firstTable(analyse(plain).model, 'applications')));
    // A span of spaces beside the figure's (pandoc's Markdown of a page that styled a cell's empty run apart), before or after
    // it: none of the cell (read as words, each such cell ended its row, and the table was said to list its total alone).
    const spaced = (d: string, k: number) => (k % 2 ? `${nested(' ')}${nested(d)}` : `${nested(d)}${nested(' ')}`);
    let k2 = 0;
    const beside = plain.replace(row, row.replace(/\| (\d+) (?=\|)/g, (_m, d: string) => `| ${spaced(d, k2++)} `));
    assert.notEqual(beside, plain);
    assert.deepEqual(appFigures(firstTable(analyse(beside).model, 'applications')), appFigures(firstTable(analyse(plain).model, 'applications')));
    const two = plain.replace(row, row.replace(/\| 13 \|$/, '| [1]{.a}[3]{.b} |'));
    assert.ok(analyse(two).findings.some((x) => x.code === 'cell-invalid' || x.code === 'table-shape'), analyse(two).findings.map((x) => x.code).join());
    // A tag in words is the words' own: a label with markup stays a label, a cell of words stays invalid.
    const words = plain.replace(row, row.replace(/\| 13 \|$/, '| <u>十三</u> |'));
    assert.ok(analyse(words).findings.some((x) => x.code === 'cell-invalid'));
  });
});
