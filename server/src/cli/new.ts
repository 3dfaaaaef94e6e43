/** `new`: a new report to fill in — title, opening, the six headings, the three tables with zeros. */
import type { Locale } from '../analysis/types';
import { newReport } from '../create/newReport';
import { isOption, splitOption } from './files';
import type { CliIO } from './io';
import { say, usageError } from './messages';
import { writeOutput } from './writeBack';

export function newCommand(argv: readonly string[], locale: Locale, io: CliIO): number {
  let agency: string | undefined;
  let year: number | undefined;
  let layout: 'pipe' | 'markdown' = 'pipe';
  let script: 'simplified' | 'traditional' = 'simplified';
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitOption(argv[i]);
    const value = () => inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
    if (name === '--agency') agency = value();
    else if (name === '--year') {
      const v = value();
      // (Before 2019 there was no national form to make the report in.)
      if (!/^(19|20)\d{2}$/.test(String(v))) return usageError(io, locale, 'badValue', name, String(v));
      if (Number(v) < 2019) return usageError(io, locale, 'yearBefore2019', String(v));
      year = Number(v);
    } else if (name === '--layout') {
      const v = value();
      if (v !== 'pipe' && v !== 'markdown') return usageError(io, locale, 'badValue', name, String(v), 'pipe|markdown');
      layout = v;
    } else if (name === '--script') {
      const v = value();
      if (v !== 'simplified' && v !== 'traditional') return usageError(io, locale, 'badValue', name, String(v), 'simplified|traditional');
      script = v;
    } else if (name === '-o' || name === '--output') output = value();
    else if (name === '--locale') value();
    else return usageError(io, locale, 'unknownOption', name);
  }
  if (!agency?.trim()) return usageError(io, locale, 'missingOption', '--agency');
  if (year === undefined) return usageError(io, locale, 'missingOption', '--year');
  // (A report for a year not yet over is made — a form to fill in as the year goes — with a word that it is early.)
  if (year >= new Date().getFullYear()) io.err(say('yearAhead', locale, String(year)));
  const text = newReport({ agency: agency.trim(), year, layout, script });
  if (!output || output === '-') {
    io.raw(text);
    return 0;
  }
  const written = writeOutput(output, text, [], locale);
  if (written.error) {
    io.err(written.error);
    return 2;
  }
  if (written.note) io.err(written.note);
  io.err(say('created', locale, output));
  return 0;
}
