/**
 * Writing a file the CLI changed (--fix, convert --write) back over itself: the original kept as
 * FILE.bak, the text in the encoding and with the byte-order mark it was read with. A file whose bytes
 * cannot be given back as they were (UTF-8 with invalid bytes; GB18030 or Big5 with a sequence legacyEncode.ts cannot
 * write back as it was, or a character the encoding lacks) is not written at all.
 */
import { constants as fsConstants, copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { encodeLegacy } from '../textFiles/legacyEncode';
import type { Locale } from '../analysis/types';
import { encodeText, type TextForm } from '../textFiles/readText';
import { realPath } from './files';
import { say } from './messages';

/** `kept`: where the file as it was is kept, when written; `error`: the sentence that says why it was not. */
export function writeBack(file: string, text: string, form: TextForm, locale: Locale): { error?: string; kept?: string } {
  const bytes = form === 'gb18030' || form === 'big5' ? legacyBytes(file, text, form) : encodeText(text, form);
  if (!bytes) return { error: say('notRewritten', locale, file, say(form === 'gb18030' ? 'formGb18030' : form === 'big5' ? 'formBig5' : 'formDamaged', locale)) };
  return keepThenWrite(file, bytes, locale);
}

/** `text` in the file's GB18030 or Big5, where the file's other bytes stay as they were (legacyEncode.ts). */
function legacyBytes(file: string, text: string, form: 'gb18030' | 'big5'): Buffer | undefined {
  try {
    return encodeLegacy(text, form, readFileSync(file));
  } catch {
    return undefined;
  }
}

export function whyUnwritable(code: string, locale: Locale): string {
  if (code === 'EACCES' || code === 'EPERM') return say('noWritePermission', locale);
  // (A file being written is made: what does not exist is its folder — 「文件不存在」 said the wrong thing, found by a review.)
  if (code === 'ENOENT') return say('noFolder', locale);
  if (code === 'EISDIR' || code === 'ENOSPC' || code === 'EROFS') return say(code, locale);
  return code;
}

/**
 * Writes what a command made (an import, an export, a new report) to `target`: never over one of the
 * command's own inputs (「export -o a.txt a.txt」 would replace the report with its figures), and a file
 * already there is kept as TARGET.bak first. `error`: why it was not written; `note`: the copy kept.
 */
export function writeOutput(target: string, data: string | Buffer, inputs: readonly string[], locale: Locale): { error?: string; note?: string } {
  const real = realPath(target);
  if (inputs.some((i) => realPath(i) === real)) return { error: say('outputIsInput', locale, target) };
  const r = keepThenWrite(target, data, locale);
  return r.kept ? { note: say('keptOld', locale, target, r.kept) } : r;
}

/**
 * A file already at `file` kept as FILE.bak, then `data` written there. The path that failed is the
 * one named: the copy (the file itself was just read or found) or the file. An earlier copy is never
 * written over — the original a first run kept stays FILE.bak, later ones are FILE.bak.1, .bak.2 … (a
 * second --fix, or --fix after convert --write, replaced the original with the text in between: found by a review).
 */
function keepThenWrite(file: string, data: string | Buffer, locale: Locale): { error?: string; kept?: string } {
  const fail = (path: string, e: unknown) => ({ error: say('unwritable', locale, path, whyUnwritable((e as NodeJS.ErrnoException).code ?? String(e), locale)) });
  let kept: string | undefined;
  const copy = freeName(file + '.bak');
  try {
    if (existsSync(file) && statSync(file).isFile()) copyFileSync(file, (kept = copy), fsConstants.COPYFILE_EXCL);
  } catch (e) {
    return fail(copy, e);
  }
  try {
    writeFileSync(file, data);
  } catch (e) {
    return fail(file, e);
  }
  return kept ? { kept } : {};
}

/** `name`, or the first of name.1, name.2 … that is not there. */
export function freeName(name: string): string {
  if (!existsSync(name)) return name;
  for (let n = 1; ; n++) if (!existsSync(`${name}.${n}`)) return `${name}.${n}`;
}
