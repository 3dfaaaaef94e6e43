/** `convert`: a report in the other script, changing only the Han characters that differ. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locale } from '../analysis/types';
import { convertEdits } from '../convert/run';
import { applyEdits } from '../fixes/edits';
import { DEFAULT_CONVERSION, type ConversionSettings } from '../settings';
import { splitOption } from './files';
import type { CliIO } from './io';
import { say, usageError } from './messages';

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
  if (!to) return usageError(io, locale, 'badValue', '--to', '');
  if (!files.length) return usageError(io, locale, 'noFiles');
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      io.err(say('unreadable', locale, file, (e as NodeJS.ErrnoException).code ?? String(e)));
      status = 2;
      continue;
    }
    const converted = applyEdits(text, convertEdits(text, to, conversion));
    if (!write) {
      io.raw(converted);
      continue;
    }
    try {
      copyFileSync(file, file + '.bak');
      writeFileSync(file, converted);
    } catch (e) {
      io.err(say('unreadable', locale, file, (e as NodeJS.ErrnoException).code ?? String(e)));
      status = 2;
    }
  }
  return status;
}
