/** What the command line writes to, so that tests can run it in-process. */
export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  /** Writes text exactly as given (converted documents, CSV: no newline added). */
  raw(s: string): void;
}
