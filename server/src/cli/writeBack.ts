/**
 * Writing a file the CLI changed (--fix, convert --write) back over itself: the original kept as
 * FILE.bak, the text in the encoding and with the byte-order mark it was read with. A file whose bytes
 * cannot be given back as they were (GB18030, or UTF-8 with invalid bytes) is not written at all.
 */
import { copyFileSync, existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../analysis/types';
import { encodeText, type TextForm } from '../textFiles/readText';
import { say } from './messages';

/** Undefined when written; otherwise the sentence that says why not. */
export function writeBack(file: string, text: string, form: TextForm, locale: Locale): string | undefined {
  const bytes = encodeText(text, form);
  if (!bytes) return say('notRewritten', locale, file, say(form === 'gb18030' ? 'formGb18030' : 'formDamaged', locale));
  // (The path that failed is named: the copy, or the file. The file was just read, so a failed copy
  // is the .bak that cannot be written.)
  const fail = (path: string, e: unknown) => say('unwritable', locale, path, whyUnwritable((e as NodeJS.ErrnoException).code ?? String(e), locale));
  try {
    copyFileSync(file, file + '.bak');
  } catch (e) {
    return fail(file + '.bak', e);
  }
  try {
    writeFileSync(file, bytes);
  } catch (e) {
    return fail(file, e);
  }
  return undefined;
}

export function whyUnwritable(code: string, locale: Locale): string {
  if (code === 'EACCES' || code === 'EPERM') return say('noWritePermission', locale);
  if (code === 'EISDIR' || code === 'ENOSPC' || code === 'EROFS' || code === 'ENOENT') return say(code, locale);
  return code;
}

const realOf = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/**
 * Writes what a command made (an import, an export, a new report) to `target`: never over one of the
 * command's own inputs (「export -o a.txt a.txt」 would replace the report with its figures), and a file
 * already there is kept as TARGET.bak first. Undefined when written (and `kept` names the copy); otherwise
 * the sentence that says why not.
 */
export function writeOutput(target: string, data: string | Buffer, inputs: readonly string[], locale: Locale, kept?: { backup?: string }): string | undefined {
  const real = realOf(target);
  if (inputs.some((i) => realOf(i) === real)) return say('outputIsInput', locale, target);
  try {
    if (existsSync(target) && statSync(target).isFile()) {
      copyFileSync(target, target + '.bak');
      if (kept) kept.backup = target + '.bak';
    }
  } catch (e) {
    return say('unwritable', locale, target + '.bak', whyUnwritable((e as NodeJS.ErrnoException).code ?? String(e), locale));
  }
  try {
    writeFileSync(target, data);
  } catch (e) {
    return say('unwritable', locale, target, whyUnwritable((e as NodeJS.ErrnoException).code ?? String(e), locale));
  }
  return undefined;
}
