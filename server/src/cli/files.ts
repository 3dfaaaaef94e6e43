/** The files a command works on: named files as they are, folders searched for report files. */
import { readdirSync, statSync } from 'node:fs';
import { readTextFile } from './readText';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Target {
  file: string;
  /** Named on the command line (checked even if it does not read as a report). */
  named: boolean;
}
export interface Unreadable {
  file: string;
  why: string;
}

const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

export function expand(p: string, named: boolean, out: Target[], unreadable: Unreadable[]): void {
  let st;
  try {
    st = statSync(p);
  } catch (e) {
    unreadable.push({ file: p, why: why(e) });
    return;
  }
  if (st.isDirectory()) {
    let entries: string[];
    try {
      entries = readdirSync(p).sort();
    } catch (e) {
      unreadable.push({ file: p, why: why(e) });
      return;
    }
    for (const e of entries) {
      if (e.startsWith('.') || e === 'node_modules') continue;
      const full = path.join(p, e);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        /* reported when read */
      }
      if (isDir || /\.(txt|md|gkreport)$/i.test(e)) expand(full, false, out, unreadable);
    }
  } else out.push({ file: p, named });
}

export function expandAll(paths: readonly string[]): { files: Target[]; unreadable: Unreadable[] } {
  const files: Target[] = [];
  const unreadable: Unreadable[] = [];
  for (const p of paths) expand(p, true, files, unreadable);
  return { files, unreadable };
}

/** A report's text (decoded, without a byte-order mark); or why it cannot be read, as a message key. */
/** A file's URI, as the editor names it (index entries, related locations). */
export const fileUri = (file: string): string => pathToFileURL(path.resolve(file)).href;

export function readReport(file: string): { text: string; encoding: string } | { error: string; problem: 'empty' | 'binary' | 'unreadable' } {
  const r = readTextFile(file);
  if ('text' in r) return r;
  if (r.problem === 'unreadable') return { error: r.code, problem: 'unreadable' };
  return { error: r.problem, problem: r.problem };
}

/** `--name value` and `--name=value`. */
export function splitOption(a: string): [string, string | undefined] {
  return a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
}
