/**
 * A worker of the `check` pool (pool.ts): reads its blocks of files (pass 1), then, given the index
 * of all reports, checks them (pass 2); posts each block's results as it finishes it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFinder } from '../../config/configFile';
import { checkPass, Kept, readPass, type Job, type PassOptions } from './passes';
import { RunIndex, type SharedIndex } from './runIndex';

/** Reports kept checked between the passes, per worker. */
const KEEP_CHARS = 4_000_000;

const { blocks, options, window } = workerData as { blocks: [number, Job[]][]; options: PassOptions; window: number };
const kept = new Kept(KEEP_CHARS);
/** Which of each block's files are reports (what pass 2 needs of pass 1's results: not the results, which grow with the files). */
const isReport = new Map<number, boolean[]>();
for (const [i, jobs] of blocks) {
  const results = jobs.map((j) => readPass(j, options, kept));
  isReport.set(i, results.map((r) => !!r.report));
  parentPort!.postMessage({ kind: 'read', block: i, results });
}
/**
 * Pass 2's blocks go out `window` ahead of what the main thread has written: it gives one back for each block it has
 * written and whose output has been taken (pool.ts) — results waited in its memory for a slow pipe.
 */
let credit = window;
let more: (() => void) | undefined;
parentPort!.on('message', (m: { kind: string; index: SharedIndex }) => {
  if (m.kind === 'more') {
    credit++;
    more?.();
    more = undefined;
    return;
  }
  if (m.kind !== 'check') return;
  void (async () => {
    const index = RunIndex.of(m.index);
    const configs = new ConfigFinder(true);
    const reported = new Set<string>();
    for (const [i, jobs] of blocks) {
      while (credit === 0) await new Promise<void>((resolve) => (more = resolve));
      credit--;
      const reports = isReport.get(i)!;
      isReport.delete(i);
      const results = jobs.map((j, k) => (reports[k] ? checkPass(j, options, index, configs, kept, reported) : undefined));
      parentPort!.postMessage({ kind: 'checked', block: i, results });
    }
  })();
});
