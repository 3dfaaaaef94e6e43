/** What the command line writes to, so that tests can run it in-process. */
export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  /** Writes text exactly as given (converted documents, CSV: no newline added). */
  raw(s: string): void;
  /**
   * A promise while output written waits to be taken — a pipe whose reader is slower than the run —, settled when it has
   * been; undefined when nothing waits. (Tests' IO need not say.)
   */
  waiting?(): Promise<void> | undefined;
}

/**
 * A run over many files calls this after each file: it waits while its output waits to be taken, and otherwise gives
 * the event loop a turn after every block of files. Without the wait, output piped into a slower reader
 * (`check --format sarif dir | gzip`) piled up in memory — 10,000 reports: 833 MB resident against 436 written to a file,
 * growing with the files; without the turns, a pipe closed by its reader (`| head`) ended the run only after every file,
 * and Ctrl+C was not heard (both found by reviews).
 */
export function pace(io: CliIO, i: number): Promise<void> | undefined {
  return io.waiting?.() ?? (i % TURN_EVERY === TURN_EVERY - 1 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined);
}
const TURN_EVERY = 16;
