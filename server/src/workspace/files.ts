import { fileURLToPath, pathToFileURL } from 'node:url';
/** The report files under a folder: .txt, .md and .gkreport, skipping hidden folders and node_modules. */
// (fs.promises, read where used: node loads that module on first access, not at the server's start.)
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * One spelling of a file's URI: the editor's (VS Code writes 「%28」 for 「(」, 「c%3A」 for a drive) and the one the
 * server makes from a path (node's: 「(」, 「C:」) name one file — kept apart, a report open in the editor was in
 * the index twice, its year counted twice and a deleted file's warnings kept (found by a review). Other schemes
 * (untitled:) as they are.
 */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href.replace(/^file:\/\/\/([A-Z]):/, (_, d: string) => `file:///${d.toLowerCase()}:`);
  } catch {
    return uri;
  }
}

export const REPORT_FILE = /\.(txt|md|gkreport)$/i;
/** The glob the editor watches for the same files. */
export const REPORT_GLOB = '**/*.{txt,md,gkreport}';
/** Files larger than this are not indexed in the background (they are still checked when opened). */
export const MAX_INDEXED_BYTES = 4_000_000;
/**
 * Files larger than this are not read by 「检查全部报告」 and the export, which read the others up to the
 * size budget, as the editor does (a file of some MB was left out of both with no word: found by a review).
 */
export const MAX_CHECKED_BYTES = 64_000_000;

export async function reportFiles(folder: string, out: string[] = [], limit = 100_000): Promise<string[]> {
  let entries;
  try {
    entries = await fsp.readdir(folder, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (out.length >= limit) break;
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(folder, e.name);
    if (e.isDirectory()) await reportFiles(full, out, limit);
    else if (e.isFile() && REPORT_FILE.test(e.name)) out.push(full);
  }
  return out;
}
