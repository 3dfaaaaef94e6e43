/**
 * Where each diagnostic code is documented: docs/codes/<code>.md (simplified script, with an English
 * part), docs/codes/zh-tw/<code>.md in traditional script (made by scripts/gen-docs-tw.mjs) — in the
 * installed extension when the pages are there (no network needed to read them), else in the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPOSITORY = 'https://example.invalid/disclosure-report';
/** Whether the repository's address is a real one (it is not yet: the project has no public home). */
export const REPOSITORY_KNOWN = !REPOSITORY.includes('example.invalid');

/** The page's path under docs/codes for a display language: zh-tw has its own pages. */
const pageOf = (code: string, locale?: string) => (locale === 'zh-tw' ? `zh-tw/${code}.md` : `${code}.md`);

export function codeHref(code: string, locale?: string): string {
  return `${REPOSITORY}/blob/main/docs/codes/${pageOf(code, locale)}`;
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

/** By language (traditional pages or the others), then code: no page's name made to look one up (one a diagnostic published). */
const hrefs = [new Map<string, string>(), new Map<string, string>()];
/** The page for a code in a display language, preferring the copy that travels with the extension (looked up once per code and language). */
export function codeDocUri(code: string, locale?: string): string {
  const known = hrefs[locale === 'zh-tw' ? 1 : 0];
  let href = known.get(code);
  if (href === undefined) {
    const page = pageOf(code, locale);
    const dir = localDocs();
    const file = dir && path.join(dir, page);
    href = file && existsSync(file) ? pathToFileURL(file).href : codeHref(code, locale);
    known.set(code, href);
  }
  return href;
}

/** The page for a code as text, from the copy that travels with the program; undefined where it is not there. */
export function codePage(code: string, locale?: string): string | undefined {
  const dir = localDocs();
  const file = dir && path.join(dir, pageOf(code, locale));
  try {
    return file ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
