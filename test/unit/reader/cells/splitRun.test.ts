/** The search that splits a run of glued digits: every split it returns is valid, and it stays bounded. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitRun } from '../../../../server/src/analysis/reader/glued/splitRun';

const ROW = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];
const words = (...ws: string[]) => {
  let at = 0;
  return ws.map((digits) => {
    const w = { start: at, digits };
    at += digits.length + 1;
    return w;
  });
};

describe('splitting glued digits', () => {
  it('one digit per cell needs no rule; 「00」 is two cells; a half-glued run splits inside its words only', () => {
    assert.deepEqual(splitRun(words('5100005'), 7, { limit: 5 }).readings.map((r) => r.values), [[5, 1, 0, 0, 0, 0, 5]]);
    assert.deepEqual(splitRun(words('0', '0', '0', '0', '0', '00'), 7, { limit: 5 }).readings.map((r) => r.values), [[0, 0, 0, 0, 0, 0, 0]]);
    assert.equal(splitRun(words('00', '0', '00', '0', '0', '0', '00', '0', '0', '0', '00'), 15, { limit: 5 }).readings.length, 1);
  });

  it('the row total chooses: 142000016 is 14|2|0|0|0|0|16; 330000033 stays two readings', () => {
    assert.deepEqual(splitRun(words('142000016'), 7, { rules: ROW, limit: 5 }).readings.map((r) => r.values), [[14, 2, 0, 0, 0, 0, 16]]);
    assert.deepEqual(splitRun(words('330000033'), 7, { rules: ROW, limit: 5 }).readings.map((r) => r.values), [[3, 30, 0, 0, 0, 0, 33], [33, 0, 0, 0, 0, 0, 33]]);
  });

  it('a 40-digit run is searched within a budget and says when it stopped short', () => {
    const r = splitRun(words('1234567890123456789012345678901234567890'), 7, { limit: 24 });
    assert.equal(r.complete, false);
    assert.ok(r.readings.length <= 24);
    const ruled = splitRun(words('9'.repeat(40)), 7, { rules: ROW, limit: 24 });
    assert.deepEqual(ruled.readings, []);
  });

  it('every reading uses every digit, no figure has a leading zero, and the rule holds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9]{1,6}$/), { minLength: 1, maxLength: 4 }), fc.boolean(), (ws, rule) => {
        const run = words(...ws);
        const { readings } = splitRun(run, 7, { rules: rule ? ROW : undefined, limit: 50 });
        for (const r of readings) {
          assert.equal(r.lengths.reduce((a, b) => a + b, 0), ws.join('').length);
          let at = 0;
          const all = ws.join('');
          r.lengths.forEach((len, i) => {
            const s = all.slice(at, at + len);
            assert.ok(len === 1 || s[0] !== '0');
            assert.equal(Number(s), r.values[i]);
            at += len;
          });
          if (rule) assert.equal(r.values.slice(0, 6).reduce((a, b) => a + b, 0), r.values[6]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
