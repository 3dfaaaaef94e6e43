/**
 * Temporary folders for tests, all under one folder of this test process that is removed when the
 * process exits: a test run leaves nothing behind in the system's temporary folder (runs repeated
 * on a developer's machine left thousands of folders there).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let root: string | undefined;

/** A new empty folder whose name starts with `prefix`, removed with the others at exit. */
export function tempDir(prefix: string): string {
  if (!root) {
    const made = mkdtempSync(path.join(os.tmpdir(), 'disclosure-report-test-'));
    root = made;
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return mkdtempSync(path.join(root, prefix));
}
