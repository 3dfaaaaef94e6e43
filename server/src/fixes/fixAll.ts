/**
 * "Fix all": applies every safe fix (a total set to the sum of its parts), re-analyses, and repeats
 * until nothing safe is left — setting row totals can change a column's total, and so on. A cell
 * that two fixes would set to different values is ambiguous and left alone. Returns the edits in
 * the coordinates of the text it was given, as one set: one undo step in the editor.
 */
import { ReportDocument } from '../checks/document';
import type { Finding, Span, TextEdit } from '../analysis/types';
import { applyEdits, EditLog } from './edits';

export interface FixAllOptions {
  /** Only fixes of these codes. */
  codes?: ReadonlySet<string>;
  /** Only findings inside this span (of the original text). */
  within?: Span;
  assumeReport?: boolean;
}

const MAX_ROUNDS = 6;

export function safeEdits(findings: readonly Finding[], o: FixAllOptions, within?: Span): TextEdit[] {
  const chosen = new Map<string, TextEdit>();
  const conflicted = new Set<string>();
  for (const f of findings) {
    if (o.codes && !o.codes.has(f.code)) continue;
    if (within && (f.span.start < within.start || f.span.end > within.end)) continue;
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix) continue;
    for (const e of fix.edits) {
      const key = `${e.span.start}:${e.span.end}`;
      const prev = chosen.get(key);
      if (prev && prev.newText !== e.newText) conflicted.add(key);
      chosen.set(key, e);
    }
  }
  return [...chosen].filter(([k]) => !conflicted.has(k)).map(([, e]) => e);
}

export function fixAll(text: string, o: FixAllOptions = {}): TextEdit[] {
  const log = new EditLog();
  let current = text;
  let within = o.within;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const findings = new ReportDocument(current).findings(o.assumeReport ?? true);
    const edits = safeEdits(findings, o, within);
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    log.add(edits);
    if (within) within = { start: within.start, end: within.end + next.length - current.length };
    current = next;
  }
  return log.list;
}
