import assert from 'node:assert/strict';
import { analyse, fixture } from '../../../helpers';

/** Seed 000 with the rows whose labels match `rows` cut to their labels (`cells` kept: what is left of them). */
function cut(rows: RegExp, cells = ''): string {
  const text = fixture('000_47da689f533ce874.txt');
  const out = text.replace(new RegExp(`^(${rows.source})( \\|[ |0-9]*)$`, 'gm'), (_, label: string) => label + cells);
  assert.notEqual(out, text);
  return out;
}
const shape = (text: string) => analyse(text).findings.filter((f) => f.code === 'table-shape');

describe('table 三 whose figures left their rows, said once (table-shape, shape.scattered)', () => {
  it('a table written by hand with rows not yet filled keeps a finding at each row', () => {
    // Table 三's items after each group's first typed without their figures yet: fifteen of its twenty-three rows, each
    // said where it is — the table has no sign of a scrambled text (rows' names stacked over figures of both).
    const text = cut(/[2-8]\.[^|\n]*/);
    const f = shape(text);
    // (Seed 000 holds its page twice, as a scraper saved it: fifteen rows each.)
    assert.equal(f.length, 30, JSON.stringify(f.map((x) => x.message.key)));
    assert.ok(f.every((x) => x.message.key !== 'shape.scattered'));
  });
});
