/**
 * Writing a file the CLI changed (--fix, convert --write) back over itself: the original kept as
 * FILE.bak, the text in the encoding and with the byte-order mark it was read with. A file whose bytes
 * cannot be given back as they were (GB18030, or UTF-8 with invalid bytes) is not written at all.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
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
