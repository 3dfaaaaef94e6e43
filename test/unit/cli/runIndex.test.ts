/**
 * The index of a `check` run: past its limit it moves to bucket files on disk, and must answer
 * every lookup as the index in memory does — for the main thread and for a worker reading the
 * same folder — and leave nothing behind.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { IndexUnwritable, RunIndex } from '../../../server/src/cli/check/runIndex';
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
  it('answers entries added after a lookup, and a lookup before the last entries were written', () => {
    const index = new RunIndex(all.length, 0);
    const half = all.length >> 1;
    for (const e of all.slice(0, half)) index.add(e);
    for (const [key, year] of queries.slice(0, 200)) index.previousYear(key, year); // (buckets read and kept)
    for (const e of all.slice(half)) index.add(e);
    // No seal: the lookup writes what is waiting first, and reads again the buckets that changed.
    for (const [key, year] of queries) assert.deepEqual(index.previousYear(key, year), reference.previousYear(key, year), `${key} ${year}`);
    index.close();
  });

  it('stays in memory when there is no temporary folder, and says so when its folder cannot be written', () => {
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent/disclosure-report-test';
    try {
      const index = new RunIndex(all.length, 10);
      for (const e of all) index.add(e);
      assert.equal(index.spilled, false);
      for (const [key, year] of queries) assert.deepEqual(index.previousYear(key, year), reference.previousYear(key, year));
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    // The folder gone mid-run (a full or removed disk): an error that names it, not lost entries.
    const index = new RunIndex(all.length, 10);
    for (const e of all.slice(0, 20)) index.add(e);
    const { dir } = index.share() as { dir: string };
    rmSync(dir, { recursive: true, force: true });
    for (const e of all.slice(20, 40)) index.add(e);
    assert.throws(
      () => index.seal(),
      (e: unknown) => e instanceof IndexUnwritable && e.dir === dir && e.code === 'ENOENT',
    );
    index.close();
  });
});
