/** Moving findings to document offsets: the fast paths move every position the generic walk moves. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { shifted } from '../../../../server/src/analysis/shift';
import { moveInPlace, shiftFinding } from '../../../../server/src/checks/shiftFinding';
import type { Finding } from '../../../../server/src/analysis/types';
import { analyse, fixture, FIXTURES, SEEDS } from '../../../helpers';

describe('shiftFinding', () => {
  it('equals the generic walk on every finding of every real report (fixes, reveals, related places included)', () => {
    let n = 0;
    const texts = [...Object.values(SEEDS).map(fixture), ...readdirSync(path.join(FIXTURES, 'glued')).map((f) => fixture(path.join('glued', f)))];
    // Broken totals, blanks and balances too, so that fixes with edits and reveals are among them.
    texts.push(fixture(SEEDS.pipe).replace('| 9 | 0 | 0 | 0 | 0 | 0 | 9 |', '| 9 | 0 | 0 | 0 | 0 | 0 | 8 |').replace('二、上年结转政府信息公开申请数量 | 0 |', '二、上年结转政府信息公开申请数量 | 2 |'));
    for (const text of texts) {
      const { doc } = analyse(text);
      for (const s of doc.analysis.segments) {
        const list = (s.cache.findings as { list: Finding[] } | undefined)?.list ?? [];
        for (const f of list) {
          assert.deepEqual(shiftFinding(f, 1234), shifted(f, 1234));
          // Moved again in place (an edit before its segment): as if shifted once by the sum, and the
          // relative finding it came from untouched.
          const before = JSON.stringify(f);
          const moved = shiftFinding(f, 1234);
          moveInPlace(moved, -34);
          assert.deepEqual(moved, shifted(f, 1200));
          assert.equal(JSON.stringify(f), before);
          n++;
        }
      }
    }
    assert.ok(n > 50, `${n} findings`);
  });
});
