/** `convert`: a report in the other script, changing only the Han characters that differ. */
import type { Locale } from '../analysis/types';
import { convertEdits } from '../convert/run';
import { applyEdits } from '../fixes/edits';
import { DEFAULT_CONVERSION, type ConversionSettings } from '../settings';
import { isOption, notTextKey, splitAtDashes, splitOption } from './files';
import { ConfigFinder } from '../config/configFile';
import type { CliIO } from './io';
import { say, usageError, whyUnreadable } from './messages';
import { readTextFile, STDIN } from '../textFiles/readText';
import { writeBack } from './writeBack';

export function convertCommand(all: readonly string[], locale: Locale, io: CliIO): number {
  // (After 「--」 every argument is a file, even one named like an option.)
  const { args: argv, files: afterDashes } = splitAtDashes(all);
  let to: 'simplified' | 'traditional' | undefined;
  let write = false;
  const conversion: ConversionSettings = { ...DEFAULT_CONVERSION, protect: [...DEFAULT_CONVERSION.protect] };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = splitOption(a);
    const value = () => inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
    if (name === '--to') {
      const v = value();
      if (v !== 'simplified' && v !== 'traditional') return usageError(io, locale, 'badValue', name, String(v), 'simplified|traditional');
      to = v;
    } else if (name === '--variant') {
      const v = value();
      if (v !== 't' && v !== 'tw' && v !== 'twp' && v !== 'hk') return usageError(io, locale, 'badValue', name, String(v), 't|tw|twp|hk');
      conversion.traditional = v;
    } else if (name === '--protect') {
      const v = value();
      if (v === undefined) return usageError(io, locale, 'missingValue', name);
      conversion.protect.push(v);
    }
    else if (name === '--write') write = true;
    else if (name === '--locale') value();
    else if (name.startsWith('-') && name !== '-') return usageError(io, locale, 'unknownOption', name);
    else files.push(a);
  }
  files.push(...afterDashes);
  if (!to) return usageError(io, locale, 'missingOption', '--to');
  if (!files.length) return usageError(io, locale, 'noFilesToConvert');
  if (write && files.includes(STDIN)) return usageError(io, locale, 'stdinInPlace', '--write');
  let status = 0;
  const configs = new ConfigFinder(true);
  const variantGiven = argv.some((a) => a === '--variant' || a.startsWith('--variant='));
  const given = [...conversion.protect];
  for (const file of files) {
    // The project's .disclosure-report.json: its protected terms, and its variant unless --variant was given.
    const config = configs.forFile(file);
    conversion.protect = [...(config?.protect ?? []), ...given];
    if (config?.traditional && !variantGiven) conversion.traditional = config.traditional;
    // Read as `check` reads: GB18030 and UTF-16 decoded, a pipe or device refused.
    const read = readTextFile(file);
    if (!('text' in read) && read.problem === 'empty') {
      // Nothing to convert, and nothing wrong.
      if (write) io.err(say('nothingConverted', locale, file));
      continue;
    }
    if (!('text' in read)) {
      io.err(read.problem === 'unreadable' ? say('unreadable', locale, file, whyUnreadable(read.code, locale)) : say(notTextKey(read, file), locale, file));
      status = 2;
      continue;
    }
    const text = read.text;
    if (read.encoding === 'gb18030' || read.encoding === 'big5') io.err(say(read.encoding, locale, file));
    if (read.damaged) io.err(say('damagedUtf8', locale, file, read.damaged));
    const stats = { kept: 0 };
    const edits = convertEdits(text, to, conversion, undefined, stats);
    const converted = applyEdits(text, edits);
    if (stats.kept) io.err(say('keptTerms', locale, file, stats.kept));
    if (!write) {
      // (A file that opens with UTF-8's byte-order mark keeps it: 「convert … > 新文件」 lost it, and Notepad and old
      // Excel then read the text as the system's code page — found by a review.)
      io.raw((read.form === 'utf-8-bom' ? '\ufeff' : '') + converted);
      continue;
    }
    if (!edits.length) {
      io.err(say('nothingConverted', locale, file));
      continue;
    }
    // In the file's own encoding, or not at all (the sentence says why).
    const written = writeBack(file, converted, read.form, locale);
    if (written.error) {
      io.err(written.error);
      status = 2;
    } else io.err(say('convertedFile', locale, file, edits.length, written.kept ?? file + '.bak'));
  }
  return status;
}
