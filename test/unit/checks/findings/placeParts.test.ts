/**
 * The document checks' findings put in order from last time's where their lists are unchanged: the same order as
 * sorting every list put end to end (a stable sort: equals by their list, then by their place in it).
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../../../server/src/analysis/types';
import { byPlace } from '../../../../server/src/checks/findingList';
import { placeParts, type PlacedParts } from '../../../../server/src/checks/placeParts';

function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
}

/** A check's list: findings at few places (many equal), in the check's own order (not sorted). */
function list(rand: (n: number) => number, check: number): Finding[] {
  return Array.from({ length: rand(4) ? rand(12) : 0 }, (_, i) => {
    const start = rand(30);
    return { code: rand(2) ? 'b-code' : 'a-code', severity: 'warning', span: { start, end: start + rand(3) }, message: `${check}.${i}` } as unknown as Finding;
  });
}

describe('placeParts', () => {
  it('gives the stable sort of the lists end to end, after any lists are made again, emptied or kept', () => {
    const rand = random(2024);
    for (let round = 0; round < 200; round++) {
      let parts = Array.from({ length: 1 + rand(8) }, (_, c) => list(rand, c));
      let last: PlacedParts | undefined;
      for (let version = 0; version < 12; version++) {
        const placed = placeParts(parts, last);
        const expected = parts.flat().sort(byPlace);
        assert.deepEqual(placed.sorted.map((f) => f.message), expected.map((f) => f.message), `round ${round} version ${version}`);
        placed.sorted.forEach((f, k) => assert.equal(f, expected[k]));
        last = placed;
        // The next version: a list or two made again (or emptied), the others the same arrays.
        parts = parts.map((p, c) => (rand(4) === 0 ? list(rand, c) : p));
      }
    }
  });

  it('keeps last time’s order itself when no list changed, and leaves each check’s own list in its order', () => {
    const rand = random(7);
    const parts = [list(rand, 0), [], list(rand, 2)];
    const own = parts.map((p) => p.slice());
    const first = placeParts(parts);
    assert.equal(placeParts(parts, first).sorted, first.sorted);
    assert.equal(placeParts([parts[0], [], parts[2]], first).sorted, first.sorted, 'an empty list made again is no change');
    parts.forEach((p, i) => assert.deepEqual(p, own[i]));
  });
});
