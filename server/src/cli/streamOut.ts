/**
 * An export written as it is made, report by report: to stdout, or to a file beside the target that takes
 * its place at the end (the file there kept as TARGET.bak, as writeOutput keeps it). A CSV of thousands of
 * reports held whole until the end took 1.2 GB for 8,000 reports, and would not have finished for a
 * province's (found by a review); written as it goes, the memory does not grow with the reports.
 */
import { catchSignals, done, removeAtExit } from './leftAtExit';
import { closeSync, constants as fsConstants, copyFileSync, existsSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../analysis/types';
import type { CliIO } from './io';
import { say } from './messages';
import { freeName, whyUnwritable } from './writeBack';

export class StreamedOutput {
  private fd: number | undefined;
  private part: string | undefined;
  private failed: { path: string; code: string } | undefined;

  /** `target`: the file to write, or undefined / 「-」 for stdout. */
  constructor(
    private readonly target: string | undefined,
    private readonly io: CliIO,
  ) {}

  get toStdout(): boolean {
    return !this.target || this.target === '-';
  }

  write(chunk: string): void {
    if (this.toStdout) return this.io.raw(chunk);
    if (this.failed) return;
    try {
      if (this.fd === undefined) {
        const t = this.target!;
        // Into a file of its own that takes the target's place at the end — only where the target is a plain file
        // or none: a pipe, a device, a process substitution's /dev/fd or a link is written into, as it was (moved
        // over, /dev/null became a file and a pipe's reader waited for ever: found by a review).
        const st = lstatOrNone(t);
        if (st && !st.isFile()) this.fd = openSync(t, 'w');
        else {
          const part = path.join(path.dirname(t), `.${path.basename(t)}.${process.pid}.part`);
          catchSignals();
          this.fd = openSync(part, 'wx', st ? st.mode & 0o7777 : 0o666);
          this.part = part;
          // (Gone if the run ends before it takes its target's place: an export interrupted left a hidden part file of
          // megabytes beside the target each time — found by a review.)
          removeAtExit(part);
        }
      }
      writeSync(this.fd, chunk);
    } catch (e) {
      this.failed = { path: this.fd === undefined ? this.target! : this.part!, code: (e as NodeJS.ErrnoException).code ?? String(e) };
      this.drop();
    }
  }

  /**
   * The file written put in place of the target, the target's old file kept as TARGET.bak (`note` says so);
   * or, when `keep` is false, dropped and the target left as it was. `error`: why the target was not written.
   */
  finish(keep: boolean, locale: Locale): { error?: string; note?: string } {
    if (this.toStdout) return {};
    if (this.failed) return { error: say('unwritable', locale, this.failed.path, whyUnwritable(this.failed.code, locale)) };
    if (!keep || this.fd === undefined) {
      this.drop();
      return {};
    }
    closeSync(this.fd);
    this.fd = undefined;
    if (!this.part) return {}; // (written into the target itself)
    const target = this.target!;
    let kept: string | undefined;
    try {
      if (existsSync(target) && statSync(target).isFile()) copyFileSync(target, (kept = freeName(target + '.bak')), fsConstants.COPYFILE_EXCL);
      renameSync(this.part!, target);
      done(this.part!);
    } catch (e) {
      this.drop();
      return { error: say('unwritable', locale, kept && !existsSync(kept) ? kept : target, whyUnwritable((e as NodeJS.ErrnoException).code ?? String(e), locale)) };
    }
    return kept ? { note: say('keptOld', locale, target, kept) } : {};
  }

  /** Whether nothing more can be written (the work left would be for nothing). */
  get broken(): boolean {
    return !!this.failed;
  }

  private drop(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.part && existsSync(this.part)) unlinkSync(this.part);
    if (this.part) done(this.part);
    this.part = undefined;
  }
}

function lstatOrNone(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
