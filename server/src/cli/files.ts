/** The files a command works on: named files as they are, folders searched for report files. */
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { readTextFile, STDIN, type ReadResult } from '../textFiles/readText';
import { WORD_NAME, type BinaryKind } from '../textFiles/binaryKind';
import { say, type MessageKey } from './messages';
import type { Locale } from '../analysis/types';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { byName } from '../analysis/views/nameOrder';

export interface Target {
  file: string;
  /** Named on the command line (checked even if it does not read as a report). */
  named: boolean;
}
export interface Unreadable {
  file: string;
  why: string;
}

/** Reports in another form inside the folders walked, not checked: counted so that a run says so. */
export interface Skipped {
  pdf: number;
  word: number;
  page: number;
  /** What no import reads but a review office's folder holds: archives, spreadsheets, pictures — counted, so that every
   * file is accounted for (a county's 年报打包.zip was passed over without a word: found by a review). */
  archive: number;
  sheet: number;
  image: number;
}
const OTHER_FORMS: [RegExp, keyof Skipped][] = [
  [/\.pdf$/i, 'pdf'],
  [/\.(docx|doc|wps|rtf)$/i, 'word'],
  [/\.(html?|mht|mhtml)$/i, 'page'],
  [/\.(zip|rar|7z|tar|gz|tgz|bz2|xz)$/i, 'archive'],
  [/\.(xlsx?|et|ods)$/i, 'sheet'],
  [/\.(png|jpe?g|gif|bmp|tiff?|webp)$/i, 'image'],
];
/** The files of each other form met while walking folders, by real path (a file reached twice is one). */
export type SkippedFiles = Record<keyof Skipped, Set<string>>;

/**
 * Whether `full`, named as a report in another form, is one to mention: one not imported already (import's
 * 「名.report.txt」 beside it), and a PDF only if it is one (its first bytes).
 */
function otherForm(full: string, form: keyof Skipped): boolean {
  // (Or 「名.扩展名.report.txt」, as import names each of several files that share a name.)
  if (existsSync(full.replace(/\.[^.]+$/, '.report.txt')) || existsSync(full + '.report.txt')) return false;
  if (form === 'pdf') {
    try {
      const fd = openSync(full, 'r');
      const head = Buffer.alloc(5);
      readSync(fd, head, 0, 5, 0);
      closeSync(fd);
      return head.toString('latin1') === '%PDF-';
    } catch {
      return false;
    }
  }
  return true;
}

const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

/** The real path of `p` (symbolic links resolved), or its absolute path when it has none. */
export function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * `seen`: the real paths of the folders walked so far — a symbolic link back up the tree (or across to
 * a folder already walked) is not walked again, so no file is reached twice through it.
 */
export function expand(p: string, named: boolean, out: Target[], unreadable: Unreadable[], seen = new Set<string>(), skipped?: SkippedFiles, root?: string, importing = false): void {
  if (p === STDIN) {
    out.push({ file: p, named });
    return;
  }
  let st;
  try {
    st = statSync(p);
  } catch (e) {
    unreadable.push({ file: p, why: why(e) });
    return;
  }
  if (st.isDirectory()) {
    const key = realPath(p);
    if (seen.has(key)) return;
    seen.add(key);
    // (The folder named is the walk's root: a link inside it to a folder that holds it — 「up -> ..」 — is not
    // followed, where it walked the whole parent folder, thousands of files no one named: found by a review. A
    // link to a folder elsewhere — 「2023 -> /data/archive/2023」 — is followed, as a link to a file is: it
    // was skipped without a word, found by a review.)
    root ??= key;
    let entries: string[];
    try {
      entries = readdirSync(p).sort(byName);
    } catch (e) {
      unreadable.push({ file: p, why: why(e) });
      return;
    }
    for (const e of entries) {
      if (e.startsWith('.') || e === 'node_modules') continue;
      const full = path.join(p, e);
      let kind: 'dir' | 'file' | 'other' | 'missing' = 'missing';
      try {
        const x = statSync(full);
        kind = x.isDirectory() ? 'dir' : x.isFile() ? 'file' : 'other';
      } catch {
        /* a dangling link: reported when read */
      }
      // (A pipe, socket or device inside a folder is not a report: reading one could block or never end.)
      if (kind === 'dir') {
        // (Nor a link to a folder that holds the one being walked, inside a folder a link led to: 「2023 -> /data/2023」
        // holding 「up -> ..」 walked /data — found by the review of the first version.)
        const target = realPath(full);
        if (within(root, target) || within(key, target)) continue;
      }
      // (For import, not a saved page's own folder — 「年报_files」, the browser's, holding its frames and scripts.)
      if (kind === 'dir' && importing && /(?:_files|\.files|_文件)$/i.test(e)) continue;
      if (kind === 'dir' || (kind !== 'other' && /\.(txt|md|gkreport)$/i.test(e))) expand(full, false, out, unreadable, seen, skipped, root, importing);
      else if (kind === 'file' && skipped) for (const [re, form] of OTHER_FORMS) if (re.test(e) && otherForm(full, form)) skipped[form].add(realPath(full));
    }
  } else out.push({ file: p, named });
}

/** Whether `p` is the folder `root` or under it (real paths): `within(root, p)` is whether `p` holds `root`. */
function within(p: string, root: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * The files the paths name, each once (a file named twice, or named and inside a folder named, is
 * checked once — named if it was named), in the order first met.
 */
export function expandAll(paths: readonly string[]): { files: Target[]; unreadable: Unreadable[]; skipped: Skipped } {
  const found: Target[] = [];
  const unreadable: Unreadable[] = [];
  const seen = new Set<string>();
  const met = noneSkipped();
  for (const p of paths) expand(p, true, found, unreadable, seen, met);
  const files: Target[] = [];
  const at = new Map<string, number>();
  for (const t of found) {
    // (By real path: the same file reached through a symbolic link is the same file.)
    const key = realPath(t.file);
    const i = at.get(key);
    if (i === undefined) at.set(key, files.push(t) - 1);
    else if (t.named) files[i] = { file: files[i].file, named: true };
  }
  // (A file named on the command line has had its own sentence.)
  for (const t of files) if (t.named) for (const set of Object.values(met)) set.delete(realPath(t.file));
  return { files, unreadable, skipped: { pdf: met.pdf.size, word: met.word.size, page: met.page.size, archive: met.archive.size, sheet: met.sheet.size, image: met.image.size } };
}

/** No file of another form met yet. */
export const noneSkipped = (): SkippedFiles => ({ pdf: new Set(), word: new Set(), page: new Set(), archive: new Set(), sheet: new Set(), image: new Set() });

/** A file's URI, as the editor names it (index entries, related locations). */
export const fileUri = (file: string): string => pathToFileURL(path.resolve(file)).href;

/** A report's text (decoded, without a byte-order mark); or why it cannot be read, as a message key. */
export function readReport(file: string): Extract<ReadResult, { text: string }> | { error: string; problem: 'empty' | 'binary' | 'unreadable'; kind?: BinaryKind } {
  const r = readTextFile(file);
  if ('text' in r) return r;
  if (r.problem === 'unreadable') return { error: r.code, problem: 'unreadable' };
  return r.problem === 'binary' ? { error: r.problem, problem: r.problem, kind: r.kind } : { error: r.problem, problem: r.problem };
}

/** The sentence that says which reports in another form the folders held, unchecked; or undefined when none. */
export function skippedNote(s: Skipped, locale: Locale): string | undefined {
  const parts = [
    s.pdf && say('skippedPdf', locale, s.pdf),
    s.word && say('skippedWord', locale, s.word),
    s.page && say('skippedPage', locale, s.page),
    s.archive && say('skippedArchive', locale, s.archive),
    s.sheet && say('skippedSheet', locale, s.sheet),
    s.image && say('skippedImage', locale, s.image),
  ].filter((x): x is string => !!x);
  return parts.length ? say('skippedForms', locale, parts.join(locale === 'en' ? '; ' : '；')) : undefined;
}

/** The message for a file that could not be read as text: empty, or which kind of file it is instead. */
export function notTextKey(read: { problem: 'empty' | 'binary' | 'unreadable'; kind?: BinaryKind }, file = ''): MessageKey {
  if (read.problem === 'empty') return 'empty';
  // (A compound file named as Word's whose directory names no Word document: a .doc cut short — import says it is damaged.)
  if (read.kind === 'office' && WORD_NAME.test(file)) return 'binaryDoc';
  return ({ pdf: 'binaryPdf', docx: 'binaryDocx', doc: 'binaryDoc', odf: 'binaryOdf', office: 'binaryOffice', encrypted: 'binaryEncrypted', rtf: 'binaryRtf', image: 'binaryImage', other: 'binary' } as const)[read.kind ?? 'other'];
}

/** The arguments before 「--」 (options and files) and after it (files only, even one named like an option). */
export function splitAtDashes(argv: readonly string[]): { args: string[]; files: string[] } {
  const i = argv.indexOf('--');
  return i < 0 ? { args: [...argv], files: [] } : { args: argv.slice(0, i), files: argv.slice(i + 1) };
}

/** `--name value` and `--name=value`. */
/**
 * Whether an argument is an option (「--quiet」「-q」「--locale=en」), not an option's value: 「--format --quiet」 lacks the
 * format, and was told 「--quiet」 was no format (found by a review). A negative number (「-1」) is a value.
 */
export const isOption = (a: string | undefined): boolean => a !== undefined && /^--?[A-Za-z]/.test(a);

export function splitOption(a: string): [string, string | undefined] {
  return a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
}
