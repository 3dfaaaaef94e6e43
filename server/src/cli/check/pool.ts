/**
 * `check` on many files with a pool of worker threads (node's own worker_threads: the work is two
 * CPU-bound passes over independent files, nothing a library would add to). Files go to the workers
 * in blocks, round-robin, so that each block's results can be written as soon as the blocks before it
 * are done: output stays in the files' order and streams, and what waits in memory is a few blocks.
 * Between the passes the workers keep their reports checked (passes.ts, Kept); the main thread
 * gathers the index entries of all reports and hands the index to every worker for the
 * year-against-year comparison (its entries, or the folder it was written to: runIndex.ts).
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Checked, Job, PassOptions, Read } from './passes';
import type { RunIndex } from './runIndex';

const BLOCK = 50;
/** Blocks a worker checks ahead of what has been written (worker.ts). */
const WINDOW = 4;

export interface Sink {
  read(job: Job, r: Read): void;
  checked(job: Job, c: Checked): void;
  readonly index: RunIndex;
  /** A promise while the output written waits to be taken (cli/io.ts). */
  waiting(): Promise<void> | undefined;
}

/** The worker's script: beside this file when compiled (out/), beside the CLI bundle in dist/. */
function workerScript(): string {
  return path.join(__dirname, path.basename(__dirname) === 'check' ? 'worker.js' : 'cli-worker.js');
}

export async function checkInPool(jobs: Job[], o: PassOptions, threads: number, sink: Sink): Promise<void> {
  const blocks: Job[][] = [];
  for (let i = 0; i < jobs.length; i += BLOCK) blocks.push(jobs.slice(i, i + BLOCK));
  const n = Math.max(1, Math.min(threads, blocks.length));
  const mine = (w: number) => blocks.map((b, i) => [i, b] as const).filter(([i]) => i % n === w);
  const workers = Array.from({ length: n }, (_, w) => new Worker(workerScript(), { workerData: { blocks: mine(w), options: o, window: WINDOW } }));
  try {
    // Results of block i are taken when every block before it has been: in the files' order.
    const inOrder = <T>(kind: 'read' | 'checked', take: (job: Job, r: T) => void, after?: (block: number) => void) =>
      new Promise<void>((resolve, reject) => {
        const waiting = new Map<number, T[]>();
        let next = 0;
        const advance = () => {
          while (next < blocks.length && waiting.has(next)) {
            const results = waiting.get(next)!;
            waiting.delete(next);
            blocks[next].forEach((j, k) => results[k] !== undefined && take(j, results[k]));
            after?.(next);
            next++;
          }
          if (next >= blocks.length) resolve();
        };
        for (const w of workers) {
          w.removeAllListeners('message');
          w.on('message', (m: { kind: string; block: number; results: T[] }) => {
            if (m.kind !== kind) return;
            waiting.set(m.block, m.results);
            // (What taking a result throws — the index unable to write its folder — ends the run.)
            try {
              advance();
            } catch (e) {
              reject(e);
            }
          });
          w.once('error', reject);
        }
        advance();
      });
    await inOrder<Read>('read', (j, r) => sink.read(j, r));
    const shared = sink.index.share();
    for (const w of workers) w.postMessage({ kind: 'check', index: shared });
    // (Each block written gives its worker one more to check once its output has been taken.)
    const taken = (w: Worker) => {
      const wait = sink.waiting();
      if (wait) void wait.then(() => w.postMessage({ kind: 'more' }));
      else w.postMessage({ kind: 'more' });
    };
    await inOrder<Checked | undefined>('checked', (j, c) => c && sink.checked(j, c), (i) => taken(workers[i % n]));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
