/**
 * The fuzzer's CI slice: a fixed seed, a few hundred documents through the core and a few dozen edit
 * sequences through the server (`npm run fuzz` runs the same for ten minutes). A failure prints its
 * seed and a minimal reproduction.
 */
import assert from 'node:assert/strict';
import { describe as explain, fuzzDocument, fuzzSequence, shrink, type Failure } from '../fuzz/fuzz';
import { fuzzFixtureEdits } from '../fuzz/fixtureEdits';
import { TestClient } from './lspClient';

describe('fuzz (CI slice, seed 20261130)', function () {
  this.timeout(180_000);
  const SEED = 20261130;

  it('300 random documents: read, checked, two fixes applied and read again, incremental ≡ fresh', () => {
    const failures = Array.from({ length: 300 }, (_, i) => fuzzDocument(SEED + i)).filter((f): f is Failure => !!f);
    assert.equal(failures.length, 0, failures.slice(0, 3).map(explain).join('\n'));
  });

  it('30 random edit sequences on the real reports of the fixtures (typing, deleting back, edits that change nothing, lines pasted and cut): incremental ≡ fresh, findings and model, after every edit', () => {
    const failures = Array.from({ length: 30 }, (_, i) => fuzzFixtureEdits(SEED + 2_000_000 + i)).filter((f): f is Failure => !!f);
    assert.equal(failures.length, 0, failures.slice(0, 3).map(explain).join('\n'));
  });

  it('40 random edit sequences through the server with requests between the edits: no error, every fix applies, incremental ≡ fresh', async () => {
    const client = new TestClient();
    await client.initialize('zh-cn');
    const failures: Failure[] = [];
    try {
      for (let i = 0; i < 40; i++) {
        // Timing is the bench's and `npm run fuzz`'s to judge (1 s there), not a test's.
        const r = await fuzzSequence(client, SEED + 1_000_000 + i, undefined, Infinity);
        if (r.failure) failures.push(r.failure);
      }
    } finally {
      await client.stop();
    }
    const shown = [];
    for (const f of failures.slice(0, 2)) shown.push(explain(await shrink(f)));
    assert.equal(failures.length, 0, shown.join('\n'));
  });
});
