/**
 * The command line's one line for a report's many mixed-script findings. A report its site converted character by
 * character (seed 001: 規范, 屬于, 補正后) has one a run — 39 lines of one report, 94 in a review office's folder, over
 * its errors (found by a review office's trial). The editor keeps one a run, each with its fix; the text and CSV a
 * reviewer reads get one line a report: how many, which characters how often, the first place, and the command that
 * converts it. Its place is the first run's.
 */
import type { Finding, Text3 } from '../../analysis/types';
import { oneScriptChars } from '../../analysis/reader/text/script';

/** From this many runs on, one line for them all. */
const GROUP_FROM = 4;
/** The characters named, the most frequent first. */
const NAMED = 8;

export function groupMixedScript(findings: readonly Finding[], text: string): Finding[] {
  let runs = 0;
  for (const f of findings) if (f.code === 'mixed-script') runs++;
  if (runs < GROUP_FROM) return findings as Finding[];
  // (Each character by the runs it stands in: 「規范」 twice in a run is one place.)
  const count = new Map<string, number>();
  let first: Finding | undefined;
  for (const f of findings) {
    if (f.code !== 'mixed-script') continue;
    first ??= f;
    for (const ch of oneScriptChars(text, f.span.start, f.span.end)) count.set(ch, (count.get(ch) ?? 0) + 1);
  }
  const top = [...count].sort((a, b) => b[1] - a[1]);
  // (English quotes in English: 「范」16 read as Chinese punctuation in an English sentence — found by a newcomer's trial.)
  const named = (open: string, close: string) => top.slice(0, NAMED).map(([ch, n]) => `${open}${ch}${close}${n}`).join(' ') + (top.length > NAMED ? ' …' : '');
  const chars: Text3 = { cn: named('「', '」'), tw: named('「', '」'), en: named('“', '” ') };
  const key = first!.message.key === 'mixed-script.simplified' ? 'mixed-script.manySimplified' : 'mixed-script.manyTraditional';
  const context = first!.message.args?.context ?? '';
  const one: Finding = { code: 'mixed-script', severity: first!.severity, span: first!.span, message: { key, args: { count: runs, chars, context } } };
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.code !== 'mixed-script') out.push(f);
    else if (f === first) out.push(one);
  }
  return out;
}
