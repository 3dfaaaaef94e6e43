/** 「各年对比」's chart: its axis counts in whole numbers (found by a review: 0.25 and 0.75 ticks when every figure was 0). */
import assert from 'node:assert/strict';
import { axisTop, chartSvg } from '../../../client/src/trendChart';

describe('the years chart’s axis', () => {
  it('four whole steps of 1, 2 or 5 × 10ⁿ, the least that holds the greatest figure', () => {
    assert.equal(axisTop([0, 0]), 4);
    assert.equal(axisTop([]), 4);
    assert.equal(axisTop([5]), 8);
    assert.equal(axisTop([9]), 20);
    assert.equal(axisTop([27, 3]), 40);
    assert.equal(axisTop([40]), 40);
    assert.equal(axisTop([1234]), 2000);
  });
  it('every tick drawn is a whole count', () => {
    for (const v of [0, 1, 3, 7, 13, 999]) {
      const svg = chartSvg([{ year: 2023, name: 'a', figures: { newCount: v, closed: v } }, { year: 2024, name: 'b', figures: { newCount: 0, closed: 0 } }] as never, 'cn');
      // (The axis's ticks stand at its left end; the years under the chart are centred.)
      const ticks = [...svg.matchAll(/text-anchor="end" class="axis">([^<]+)</g)].map((m) => m[1]);
      assert.equal(ticks.length, 5, svg);
      for (const t of ticks) assert.match(t, /^\d+$/, `${v}: ${ticks.join(' ')}`);
    }
  });
});
