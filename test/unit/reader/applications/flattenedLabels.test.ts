/**
 * Table 三 with each item's label flattened onto its group's words, one cell a row, as an assistant or a
 * converter writes a table with merged cells: 「| 不予公开 - 属于国家秘密 | 1 | …」「| 其他处理 - 其他 | 2 | …」. The mark
 * joining the words is no none cell, and 「其他处理 - 其他」 is （六）3.其他, not the 2019 form's row （六）其他处理 — read so,
 * table 三 split in two, four rows lost their figures and format-outdated was said of a 2021 table (found by a review).
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { analyse, appFigures, firstTable } from '../../../helpers';
import { APP_LABELS, buildReport } from '../../../layouts';

/** The group's words, its numbering off: 「（三）不予公开」 → 不予公开. */
const words = (label: string) => label.replace(/^(?:[一二三四五六七]、|（[一二三四五六七]）)/, '');

function flattened(joiner: string, numbered: boolean): string {
  let group = '';
  const labels = new Map<string, string>();
  for (const [g, item] of APP_LABELS) {
    if (g) group = words(g);
    if (/^（[一二]）/.test(item)) group = ''; // 三、's first rows stand under no group of their own here
    if (/^（七）|^四、/.test(item)) group = '';
    if (group && /^\d\./.test(item)) labels.set(item, `${group}${joiner}${numbered ? item : item.replace(/^\d\./, '')}`);
  }
  return buildReport('markdown')
    .split('\n')
    .map((l) => {
      // The group's cell before the item's, where the layout gives it one: gone, its words joined to the item's.
      const m = /^\| (?:[^|]*\| )?(\d\.[^|]*?) \|/.exec(l);
      if (!m || !labels.has(m[1])) return l;
      return `| ${labels.get(m[1])} |${l.slice(m[0].length)}`;
    })
    .join('\n');
}

describe('table 三 with flattened labels (「不予公开 - 属于国家秘密」「其他处理 - 其他」)', () => {
  it('a row of none marks apart by spaces, the next row\'s label after it on its line (a glued page), keeps all seven: only a mark between words joins them (found by a review)', () => {
    const spaces = buildReport('spaces');
    const dashed = spaces.replace('1.属于国家秘密 0 0 0 0 0 0 0\n2.其他法律行政法规禁止公开 0 0 0 0 0 0 0', '1.属于国家秘密 - - - - - - - 2.其他法律行政法规禁止公开 - - - - - - -');
    assert.notEqual(dashed, spaces);
    assert.deepEqual(analyse(dashed).findings.filter((f) => f.code === 'table-shape').map((f) => render(f.message)), []);
  });

  const base = analyse(buildReport('markdown'));
  const figures = appFigures(firstTable(base.model, 'applications'));
  for (const joiner of [' - ', ' / ', '-', ' — ']) {
    for (const numbered of [false, true]) {
      it(`joined by 「${joiner}」${numbered ? ', the items numbered' : ''}: the same figures, nothing said`, () => {
        const text = flattened(joiner, numbered);
        assert.match(text, new RegExp(`\\| 其他处理${joiner.replace(/[/]/g, '\\/')}(?:3\\.)?其他 \\|`));
        assert.deepEqual(appFigures(firstTable(analyse(text).model, 'applications')), figures);
        assert.deepEqual(analyse(text).findings.filter((f) => f.severity !== 'information').map((f) => `${f.code} ${render(f.message)}`), []);
      });
    }
  }
});

describe('table 三 with its items\' numbers in a column of their own (「（六）其他处理 | 1 | 申请人无正当理由… | 0 | …」)', () => {
  it('reads as the table with its numbers in its labels: （六）其他处理\'s 1 is its first item\'s number, no figure of a 2019 row (found by a review: 「only 1 found」)', () => {
    const numbered = buildReport('pipe');
    const columns = numbered
      .split('\n')
      .map((l) => {
        const grouped = /^(（[三四五六]）[^|]*) \| ([1-8])\.([^|]*) \|(.*)$/.exec(l);
        if (grouped) return `${grouped[1]} | ${grouped[2]} | ${grouped[3]} |${grouped[4]}`;
        const item = /^([1-8])\.([^|]*) \|(.*)$/.exec(l);
        return item ? ` | ${item[1]} | ${item[2]} |${item[3]}` : l;
      })
      .join('\n');
    assert.match(columns, /^（六）其他处理 \| 1 \| 申请人无正当理由/m);
    const a = analyse(columns);
    assert.deepEqual(appFigures(firstTable(a.model, 'applications')), appFigures(firstTable(analyse(numbered).model, 'applications')));
    assert.deepEqual(a.findings.map((f) => f.code), []);
  });
});
