/**
 * Table 二 with two rows that read as one of the form's (found by a review of exported figures: the first was exported
 * as certain and the rest dropped without a word — 行政处罚 20 of 20 + 100, 「重大行政处罚」's 2 as 行政处罚, 「党内规范性文件」's
 * figures as 行政规范性文件's). The row whose label is the form's own is kept and the others said to be no rows of the form;
 * where none or several are, the figures are not known, and said so.
 */
import assert from 'node:assert/strict';
import type { ActiveTable, Finding } from '../../../../server/src/analysis/types';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { render } from '../../../../server/src/i18n/render';
import { analyse, firstTable, fixture, SEEDS } from '../../../helpers';

const seed = fixture(SEEDS.pipe);
const shape = (findings: Finding[]) => findings.filter((f) => f.code === 'table-shape').map((f) => `${f.severity} ${render(f.message, 'zh-cn')}`);
const figure = (text: string, block: string, row: string) => {
  const b = (firstTable(analyse(text).model, 'active') as ActiveTable).blocks.find((x) => x.id === block)!;
  const record = exportRecord('r.txt', analyse(text).model);
  return { cells: b.rows.find((r) => r.id === row)!.cells.map((c) => c.value ?? c.kind), exported: record.tables.active.filter((f) => f.row === (row === 'penalty' ? '行政处罚' : '行政规范性文件')).map((f) => f.value ?? f.status) };
};

describe('table 二: two rows that read as one of the form\'s', () => {
  it('as published, one row each: nothing said (the seed)', () => {
    assert.deepEqual(shape(analyse(seed).findings), []);
  });

  it('the form\'s own row and another with words before it (「重大行政处罚」, 「党内规范性文件」), before or after it: the form\'s is kept, the other said to be no row of the form', () => {
    for (const [line, extra, block, row, kept] of [
      ['行政处罚 | 20 | ||\n', '重大行政处罚 | 2 | ||\n', 'b6', 'penalty', [20]],
      ['行政规范性文件 | 1 | 1 | 8 |\n', '党内规范性文件 | 3 | 0 | 5 |\n', 'b1', 'normative', [1, 1, 8]],
    ] as const) {
      for (const text of [seed.replace(line, extra + line), seed.replace(line, line + extra)]) {
        assert.notEqual(text, seed);
        const f = figure(text, block, row);
        assert.deepEqual(f.cells, kept);
        assert.deepEqual(f.exported, kept);
        assert.deepEqual(shape(analyse(text).findings), [`warning 「${extra.split(' |')[0]}」不是规定格式的行，其数字未计入「${row === 'penalty' ? '行政处罚' : '规范性文件'}」`]);
      }
    }
  });

  it('two rows neither of them the form\'s own (「行政处罚（一般程序）」「行政处罚（简易程序）」): the figures not known, not exported, one error naming them', () => {
    const text = seed.replace('行政处罚 | 20 | ||\n', '行政处罚（一般程序） | 20 | ||\n行政处罚（简易程序） | 100 | ||\n');
    assert.notEqual(text, seed);
    assert.deepEqual(figure(text, 'b6', 'penalty').exported, ['undetermined']);
    assert.deepEqual(shape(analyse(text).findings), ['error 表二（主动公开）有 2 行都是「行政处罚」（「行政处罚（一般程序）」「行政处罚（简易程序）」）：无法确定哪一行是规定格式的这一行，其数字未计入']);
    // (A sentence or a note of the block naming the row again, with a figure or without, is no row: nothing said — found by
    // the review of the first version, which took 「注：行政事业性收费137.2万元…」 for a second row.)
    for (const note of ['行政处罚含简易程序。', '行政处罚中，简易程序 12 件，一般程序 8 件。', '注：行政处罚20件均为一般程序。']) {
      const noted = seed.replace('行政强制 | 63 | ||\n', `行政强制 | 63 | ||\n${note}\n`);
      assert.notEqual(noted, seed);
      assert.deepEqual(figure(noted, 'b6', 'penalty').cells, [20], note);
      assert.deepEqual(shape(analyse(noted).findings), [], note);
    }
  });

  it('on a glued page too (「…本年处理决定数量行政处罚（一般程序）5行政处罚（简易程序）7行政强制0…」): the first was read as the column header\'s words and the second as a sentence, 7 exported as 行政处罚\'s without a word (found by a review)', () => {
    const page = fixture('glued/hzs_2023.txt');
    const text = page.replace('行政处罚0行政强制0', '行政处罚（一般程序）5行政处罚（简易程序）7行政强制0');
    assert.notEqual(text, page);
    const record = exportRecord('r.txt', analyse(text).model);
    assert.deepEqual(record.tables.active.filter((f) => f.row === '行政处罚').map((f) => f.value ?? f.status), ['undetermined']);
    assert.deepEqual(record.tables.active.filter((f) => f.row === '行政强制').map((f) => f.value ?? f.status), [0]);
    assert.deepEqual(shape(analyse(text).findings), ['error 表二（主动公开）有 2 行都是「行政处罚」（「行政处罚（一般程序）」「行政处罚（简易程序）」）：无法确定哪一行是规定格式的这一行，其数字未计入']);
  });
});
