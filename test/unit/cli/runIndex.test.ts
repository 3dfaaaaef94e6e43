/**
 * The index of a `check` run: past its limit it moves to bucket files on disk, and must answer
 * every lookup as the index in memory does — for the main thread and for a worker reading the
 * same folder — and leave nothing behind.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { RunIndex } from '../../../server/src/cli/check/runIndex';
import type { IndexedReport } from '../../../server/src/corpus/entry';
import { ReportIndex } from '../../../server/src/corpus/index';

/** Reports of `agencies` agencies over a few years, some years twice (two files), in shuffled order. */
function entries(n: number, agencies: number, seed: number): IndexedReport[] {
  let s = seed;
  const rand = (k: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % k);
  const out: IndexedReport[] = [];
  for (let i = 0; i < n; i++) {
    const a = rand(agencies);
    const agency = `第${a}区人民政府`;
    const year = 2019 + rand(6);
    const e: IndexedReport = { uri: `file:///r/${rand(1000)}-${i}.txt`, name: `${i}.txt`, agency, agencyKey: agency, year, form: '2021' };
    if (rand(3)) e.carryNext = [rand(50), 3, 4, 3, 6, null, 3, 8, 3, 9];
    out.push(e);
  }
  return out;
}

describe('check: the run index', () => {
  const all = entries(3000, 400, 7);
  const reference = new ReportIndex();
  for (const e of all) reference.set(e.uri, e);
  const queries: [string, number][] = [];
  for (let a = 0; a < 410; a++) for (let y = 2018; y <= 2026; y++) queries.push([`第${a}区人民政府`, y]);

  it('answers from disk what it answers from memory', () => {
    const inMemory = new RunIndex(all.length);
    const onDisk = new RunIndex(all.length, 100);
    for (const e of all) (inMemory.add(e), onDisk.add(e));
    inMemory.seal();
    onDisk.seal();
    assert.equal(inMemory.spilled, false);
    assert.equal(onDisk.spilled, true);
    let found = 0;
    for (const [key, year] of queries) {
      const want = reference.previousYear(key, year);
      if (want) found++;
      assert.deepEqual(inMemory.previousYear(key, year), want, `${key} ${year}`);
      assert.deepEqual(onDisk.previousYear(key, year), want, `${key} ${year}`);
    }
    assert.ok(found > 1000, `only ${found} lookups found a report`);
    onDisk.close();
  });

  it('is shared with a worker, in memory or on disk, and its folder removed at the end', () => {
    for (const limit of [Infinity, 50]) {
      const main = new RunIndex(all.length, limit);
      for (const e of all) main.add(e);
      const shared = main.share();
      // What crosses to a worker is copied (structured clone): the worker sees no object of ours.
      const worker = RunIndex.of(structuredClone(shared));
      for (const [key, year] of queries) assert.deepEqual(worker.previousYear(key, year), reference.previousYear(key, year));
      worker.close();
      if ('dir' in shared) {
        assert.ok(existsSync(shared.dir), 'a worker does not remove the folder');
        assert.ok(readdirSync(shared.dir).length > 10);
      }
      main.close();
      if ('dir' in shared) assert.ok(!existsSync(shared.dir), 'the folder is removed');
    }
  });
});
