/**
 * What a fix writes keeps the table's own layout and the text around it (found on a real Shanghai page
 * run through --fix): a blank total between two spaces gets its figure between them, 「|  |」 →
 * 「| 1 |」; a glued table written back keeps a unit glued after its last figure with that figure
 * (「…政府集中采购6251000元三、收到…」), instead of carrying it to the next line.
 */
import assert from 'node:assert/strict';
import { analyse, fixture, SEEDS } from '../../../helpers';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { fixAll } from '../../../../server/src/fixes/fixAll';

describe('fixes keep the layout they write into', () => {
  it('a blank total 「|  |」 in a pipe row is written 「| 1 |」', () => {
    const base = fixture(SEEDS.pipe);
    const row = '三、本年度办理结果 | (一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | |';
    assert.ok(base.includes(row));
    const text = base.replace(row, '三、本年度办理结果 | (一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 |  | |');
    const fixed = applyEdits(text, fixAll(text));
    // (The seed holds its body twice: the first copy is the one changed.)
    const at = base.indexOf(row);
    assert.equal(fixed.slice(at, at + row.length), row);
  });

  it('a glued table 二 written back keeps 「元」 with its last figure, and the next heading on its own line (czj_2019, a real page)', () => {
    const text = fixture('glued/czj_2019.txt');
    assert.match(text, /政府集中采购2832995元三、收到和处理/);
    const f = analyse(text).findings.find((x) => x.code === 'table-glued' && x.fixes?.[0]?.edits[0].newText.includes('政府集中采购'))!;
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.match(fixed, /\n政府集中采购2832995元\r?\n三、收到和处理/);
    assert.doesNotMatch(fixed, /\n元/);
  });
});
