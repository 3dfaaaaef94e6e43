/**
 * An incremental update that fails is recovered from — the text read afresh, nothing lost — and is
 * reported, so that the fuzzer sees it (found by a review: the recovery hid the very bugs it recovers from).
 */
import assert from 'node:assert/strict';
import { ReportAnalysis, setUpdateErrorHandler } from '../../../../server/src/analysis/model/document';
import { fixture, SEEDS } from '../../../helpers';

describe('an update that fails', () => {
  afterEach(() => setUpdateErrorHandler(() => undefined));

  it('is reported, and the text is read afresh: the model is the fresh text’s', () => {
    const text = fixture(SEEDS.pipe);
    const a = new ReportAnalysis(text);
    a.model();
    const seen: unknown[] = [];
    setUpdateErrorHandler((e) => seen.push(e));
    const proto = ReportAnalysis.prototype as unknown as { applyEdit: (...x: unknown[]) => void };
    const real = proto.applyEdit;
    proto.applyEdit = () => {
      throw new Error('boom');
    };
    try {
      a.update(10, 12, '某某');
    } finally {
      proto.applyEdit = real;
    }
    assert.equal(seen.length, 1);
    assert.match(String(seen[0]), /boom/);
    const edited = text.slice(0, 10) + '某某' + text.slice(12);
    assert.equal(a.text, edited);
    assert.deepEqual(JSON.parse(JSON.stringify(a.model())), JSON.parse(JSON.stringify(new ReportAnalysis(edited).model())));
  });
});
