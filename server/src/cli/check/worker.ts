/**
 * A worker of the `check` pool (pool.ts): reads its blocks of files (pass 1), then, given the index
 * of all reports, checks them (pass 2); posts each block's results as it finishes it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFinder } from '../../config/configFile';
import { checkPass, Kept, readPass, type Job, type PassOptions, type Read } from './passes';
import { RunIndex, type SharedIndex } from './runIndex';

/** Reports kept checked between the passes, per worker. */
const KEEP_CHARS = 4_000_000;

const { blocks, options } = workerData as { blocks: [number, Job[]][]; options: PassOptions };
const kept = new Kept(KEEP_CHARS);
const reads = new Map<number, Read[]>();
for (const [i, jobs] of blocks) {
  const results = jobs.map((j) => readPass(j, options, kept));
  reads.set(i, results);
  parentPort!.postMessage({ kind: 'read', block: i, results });
}
parentPort!.on('message', (m: { kind: string; index: SharedIndex }) => {
  if (m.kind !== 'check') return;
  const index = RunIndex.of(m.index);
  const configs = new ConfigFinder(true);
  const reported = new Set<string>();
  for (const [i, jobs] of blocks) {
    const results = jobs.map((j, k) => (reads.get(i)![k].report ? checkPass(j, options, index, configs, kept, reported) : undefined));
    parentPort!.postMessage({ kind: 'checked', block: i, results });
  }
});
