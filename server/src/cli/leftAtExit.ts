/**
 * Files and folders a run makes for itself (an export's part file, a large run's index on disk) that must not outlive it:
 * removed if the process ends before the run is done with them — an error, Ctrl+C, a CI job's timeout. A signal ends the
 * process without 'exit': the paths go, then the signal does what it would have.
 */
import { rmSync } from 'node:fs';

const LEFT = new Set<string>();
let hooked = false;

/** `p` is removed at exit unless `done(p)` is said first. Call `catchSignals` before making it. */
export function removeAtExit(p: string): void {
  catchSignals();
  LEFT.add(p);
}

/**
 * The signals caught from now on: said before a path is made, so that one arriving between its making and its
 * `removeAtExit` waits for both (a signal is handled between two turns of the event loop) instead of ending the process
 * at once — an export's part file was left behind by a Ctrl+C in that gap, one run in seven (found by a flaky test).
 */
export function catchSignals(): void {
  if (hooked) return;
  hooked = true;
  const removeAll = () => {
    for (const x of LEFT) rmSync(x, { recursive: true, force: true });
    LEFT.clear();
  };
  process.once('exit', removeAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeAll();
      process.kill(process.pid, signal);
    });
  }
}

/** `p` is the run's no more (moved into place, or removed by the run itself). */
export function done(p: string): void {
  LEFT.delete(p);
}
