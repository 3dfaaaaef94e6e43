/** The client's language detection for plain-text files (pure function, no vscode API). */
import assert from 'node:assert/strict';
import { looksLikeReport } from '../../../client/src/detect';
import { fixture, SEEDS } from '../../helpers';

describe('client: report detection', () => {
  it('recognises every seed, in both scripts, including one opening with spam breadcrumbs', () => {
    for (const name of Object.values(SEEDS)) assert.ok(looksLikeReport(fixture(name)), name);
  });
  it('leaves other text alone', () => {
    assert.equal(looksLikeReport('Meeting notes\n\n- budget\n- 2023年工作计划\n'), false);
    assert.equal(looksLikeReport('\n'.repeat(100) + '某局2023年政府信息公开工作年度报告'), false, 'a title far below the opening lines');
  });
});
