/** `convert`: a report in the other script, changing only the Han characters that differ. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locale } from '../analysis/types';
import { convertEdits } from '../convert/run';
import { applyEdits } from '../fixes/edits';
import { DEFAULT_CONVERSION, type ConversionSettings } from '../settings';
import { splitOption } from './files';
import { ConfigFinder } from '../config/configFile';
import type { CliIO } from './io';
import { say, usageError, whyUnreadable } from './messages';

export function convertCommand(argv: readonly string[], locale: Locale, io: CliIO): number {
  let to: 'simplified' | 'traditional' | undefined;
  let write = false;
  const conversion: ConversionSettings = { ...DEFAULT_CONVERSION, protect: [...DEFAULT_CONVERSION.protect] };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = splitOption(a);
    const value = () => inline ?? argv[++i];
    if (name === '--to') {
      const v = value();
      if (v !== 'simplified' && v !== 'traditional') return usageError(io, locale, 'badValue', name, String(v));
      to = v;
    } else if (name === '--variant') {
      const v = value();
      if (v !== 't' && v !== 'tw' && v !== 'twp' && v !== 'hk') return usageError(io, locale, 'badValue', name, String(v));
      conversion.traditional = v;
    } else if (name === '--protect') conversion.protect.push(String(value()));
    else if (name === '--write') write = true;
    else if (name === '--locale') value();
    else if (name.startsWith('-') && name !== '-') return usageError(io, locale, 'unknownOption', name);
    else files.push(a);
  }
  if (!to) return usageError(io, locale, 'missingOption', '--to');
  if (!files.length) return usageError(io, locale, 'noFiles');
  let status = 0;
  const configs = new ConfigFinder(true);
  const variantGiven = argv.some((a) => a === '--variant' || a.startsWith('--variant='));
  const given = [...conversion.protect];
  for (const file of files) {
    // The project's .disclosure-report.json: its protected terms, and its variant unless --variant was given.
    const config = configs.forFile(file);
    conversion.protect = [...(config?.protect ?? []), ...given];
    if (config?.traditional && !variantGiven) conversion.traditional = config.traditional;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      io.err(say('unreadable', locale, file, whyUnreadable((e as NodeJS.ErrnoException).code ?? String(e), locale)));
      status = 2;
      continue;
    }
    const stats = { kept: 0 };
    const edits = convertEdits(text, to, conversion, undefined, stats);
    const converted = applyEdits(text, edits);
    if (stats.kept) io.err(say('keptTerms', locale, file, stats.kept));
    if (!write) {
      io.raw(converted);
      continue;
    }
    if (!edits.length) {
      io.err(say('nothingConverted', locale, file));
      continue;
    }
    try {
      copyFileSync(file, file + '.bak');
      writeFileSync(file, converted);
      io.err(say('convertedFile', locale, file, edits.length, file + '.bak'));
    } catch (e) {
      io.err(say('unwritable', locale, file, (e as NodeJS.ErrnoException).code ?? String(e)));
      status = 2;
    }
  }
  return status;
}
