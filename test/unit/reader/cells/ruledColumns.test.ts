/**
 * Where the lines of a ruled table are cut (ruledColumns.ts): at the spaces under its ruler's gaps, counted in display
 * columns as the converter laid them out, only over the table's own lines.
 */
import assert from 'node:assert/strict';
import { ruledCuts } from '../../../../server/src/analysis/reader/tokens/ruledColumns';
import { tokenize } from '../../../../server/src/analysis/reader/tokens/tokenize';

/** Each line's cells as tokenized with the cuts: [line, col, raw] of every token. */
function cells(text: string): [number, number, string][] {
  return tokenize(text, 0, text.length, undefined, ruledCuts(text, 0, text.length)).map((t) => [t.line, t.col, t.raw.trim()]);
}

describe('ruled tables: cut where the ruler says', () => {
  it('a simple table with a header ends at its empty line: the text after it is not cut (it threw once, found by the property test)', () => {
    const text = ['规章      制发  废止', '--------- ----- -----', '规章      1     ', '规范性    0     2', '', '文中 12 条 其中 3 条。', '后文   甲   乙'].join('\n');
    const got = cells(text);
    // The row with a blank last cell (its spaces reach the last gap): three cells, the last blank — it was one figure after its label.
    assert.deepEqual(
      got.filter(([line]) => line === 2),
      [
        [2, 0, '规章'],
        [2, 1, '1'],
        [2, 2, ''],
      ],
    );
    assert.deepEqual(
      got.filter(([line]) => line === 3),
      [
        [3, 0, '规范性'],
        [3, 1, '0'],
        [3, 2, '2'],
      ],
    );
    assert.ok(got.filter(([line]) => line >= 5).every(([, col]) => col === -1), 'the prose after it is no row of the table');
  });

  it('counts a CJK character two columns, a character beyond the BMP by its code point, a blank cell a cell', () => {
    const text = ['  ---------- ------ ------', '  （一）甲     258           ', '  𠀀𠀀乙     3      4', '  ---------- ------ ------'].join('\n');
    const got = cells(text);
    assert.deepEqual(
      got.filter(([line]) => line === 1),
      [
        [1, 0, '（一）甲'],
        [1, 1, '258'],
        [1, 2, ''],
      ],
    );
    assert.deepEqual(
      got.filter(([line]) => line === 2),
      [
        [2, 0, '𠀀𠀀乙'],
        [2, 1, '3'],
        [2, 2, '4'],
      ],
    );
  });

  it('no ruler, a ruler of one run, a thematic break, a ruler with no header and no ruler under it: nothing is cut', () => {
    for (const text of ['规章 1 2 3\n规范性文件 0 0 0', '- - -\n规章 1 2', '  ------------------\n规章  1  2\n  ------------------', '\n  ------ ------\n  规章   1\n']) assert.equal(ruledCuts(text, 0, text.length), undefined, text);
  });
});
