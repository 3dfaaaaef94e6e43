/**
 * Where each diagnostic code is documented: docs/codes/<code>.md — in the installed extension when
 * the pages are there (no network needed to read them), else in the repository.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPOSITORY = 'https://example.invalid/disclosure-report';

export function codeHref(code: string): string {
  return `${REPOSITORY}/blob/main/docs/codes/${code}.md`;
}

let local: string | undefined | null = null;
/** The documentation folder beside the bundle (dist/server.js → docs/codes), if it is there. */
function localDocs(): string | undefined {
  if (local === null) {
    const candidates = [path.join(__dirname, '..', 'docs', 'codes'), path.join(__dirname, '..', '..', '..', '..', 'docs', 'codes')];
    local = candidates.find((d) => existsSync(d));
  }
  return local;
}

const hrefs = new Map<string, string>();
/** The page for a code, preferring the copy that travels with the extension (looked up once per code). */
export function codeDocUri(code: string): string {
  let href = hrefs.get(code);
  if (href === undefined) {
    const dir = localDocs();
    const file = dir && path.join(dir, code + '.md');
    href = file && existsSync(file) ? pathToFileURL(file).href : codeHref(code);
    hrefs.set(code, href);
  }
  return href;
}
