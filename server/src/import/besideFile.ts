/**
 * Reading a file saved beside a page (a frame's page in its 「_files」 folder): by its relative address, only inside
 * the page's folder, only a file of a page's size. Kept apart from the importer (no parser here): the CLI and the
 * server hand it to the importer they load when asked.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { addressPath } from './address';
import { MAX_HTML } from './limits';

export function besideFile(page: string): (relative: string) => Uint8Array | undefined {
  const dir = path.dirname(path.resolve(page));
  return (relative) => {
    const rel = addressPath(relative);
    if (rel === undefined) return undefined;
    const p = path.resolve(dir, rel);
    if (!p.startsWith(dir + path.sep)) return undefined;
    try {
      const st = statSync(p);
      return st.isFile() && st.size <= MAX_HTML ? readFileSync(p) : undefined;
    } catch {
      return undefined;
    }
  };
}
