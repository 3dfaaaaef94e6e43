/**
 * mixed-script: characters of the other script inside a report (seed 001, converted character by
 * character by its publisher, keeps 屬于, 規范, 補正后). Measured only on characters whose forms
 * differ between the scripts; titles quoted in 《》 are cited as named and not reported (the
 * conversion commands leave them as written by default). The fix converts the run — or the whole report — to the report's
 * own script with OpenCC, when the user picks it.
 */
import type { Finding, Fix, Msg, Script } from '../../analysis/types';
import { msg } from '../shared/cells';
import { oneScriptChars } from '../../analysis/reader/text/script';
import type { SegmentCheck } from '../types';

const CONTEXT = 3;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * What every finding of one script shares, made once and frozen: the title of its fix, and the fix
 * that converts the whole report (it has no position). A report converted character by character has
 * hundreds of these findings — thousands in a large document — and each held six objects of its own
 * that said the same thing.
 */
const NO_EDITS: never[] = Object.freeze([]) as never[];
const RUN_TITLE: Record<Script, Msg> = { traditional: Object.freeze(msg('fix.toTraditional')), simplified: Object.freeze(msg('fix.toSimplified')) };
const wholeFix = (to: Script): Fix => Object.freeze({ title: Object.freeze(msg(to === 'traditional' ? 'fix.allToTraditional' : 'fix.allToSimplified')), edits: NO_EDITS, convert: Object.freeze({ to }) });
const WHOLE: Record<Script, Fix> = { traditional: wholeFix('traditional'), simplified: wholeFix('simplified') };
/** The message's key by the script found (one string, not one made per finding). */
const KEY: Record<Script, string> = { traditional: 'mixed-script.traditional', simplified: 'mixed-script.simplified' };
/**
 * Whether text[a, b) certainly holds no white space (\s): ideographs, ASCII other than spaces and controls, and the
 * full-width forms. A context with anything else has its white space made one space by the pattern, as before.
 */
function plainContext(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!((c > 0x20 && c < 0x7f) || (c >= 0x3001 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xffef))) return false;
  }
  return true;
}

export const mixedScript: SegmentCheck = {
  code: 'mixed-script',
  severity: 'information',
  scope: 'segment',
  description: { cn: '简体报告中夹有繁体字，或繁体报告中夹有简体字', tw: '簡體報告中夾有繁體字，或繁體報告中夾有簡體字', en: 'Traditional characters inside a simplified report, or the reverse' },
  messages: {
    'mixed-script.simplified': { cn: '繁体报告中夹有简体字「{run}」（{context}）', tw: '繁體報告中夾有簡體字「{run}」（{context}）', en: 'Simplified “{run}” in a traditional report ({context})' },
    'mixed-script.traditional': { cn: '简体报告中夹有繁体字「{run}」（{context}）', tw: '簡體報告中夾有繁體字「{run}」（{context}）', en: 'Traditional “{run}” in a simplified report ({context})' },
    // (The command line's one line for a report's many: cli/check/groupMixed.ts.)
    'mixed-script.manySimplified': {
      cn: '繁体报告中夹有简体字 {count} 处：{chars}（首处：{context}）；可用 convert --to traditional 转换全文',
      tw: '繁體報告中夾有簡體字 {count} 處：{chars}（首處：{context}）；可用 convert --to traditional 轉換全文',
      en: '{count} simplified characters in a traditional report: {chars} (first: {context}); convert --to traditional converts the whole report',
    },
    'mixed-script.manyTraditional': {
      cn: '简体报告中夹有繁体字 {count} 处：{chars}（首处：{context}）；可用 convert --to simplified 转换全文',
      tw: '簡體報告中夾有繁體字 {count} 處：{chars}（首處：{context}）；可用 convert --to simplified 轉換全文',
      en: '{count} traditional characters in a simplified report: {chars} (first: {context}); convert --to simplified converts the whole report',
    },
    'fix.toTraditional': { cn: '转换为繁体', tw: '轉換為繁體', en: 'Convert to traditional' },
    'fix.toSimplified': { cn: '转换为简体', tw: '轉換為簡體', en: 'Convert to simplified' },
    'fix.allToTraditional': { cn: '将全文转换为繁体', tw: '將全文轉換為繁體', en: 'Convert the whole report to traditional' },
    'fix.allToSimplified': { cn: '将全文转换为简体', tw: '將全文轉換為簡體', en: 'Convert the whole report to simplified' },
  },
  run(seg, text, ctx) {
    const other = ctx.script === 'traditional' ? 'simplified' : 'traditional';
    const to = ctx.script;
    const runs = other === 'simplified' ? seg.simplifiedRuns : seg.traditionalRuns;
    if (runs.length < 2) return [];
    const q = seg.quoted;
    const out: Finding[] = [];
    const key = KEY[other];
    /** The quoted spans before this one that end before the runs still to come start are passed for good (both in order). */
    let p = 0;
    for (let i = 0; i + 1 < runs.length; i += 2) {
      const span = { start: runs[i], end: runs[i + 1] };
      // (Quoted spans in order of their starts: one that starts after the run's start holds none of it, nor do those after it.)
      while (p + 1 < q.length && q[p + 1] <= span.start) p += 2;
      let quoted = false;
      for (let k = p; k + 1 < q.length && !quoted && q[k] <= span.start; k += 2) quoted = span.end <= q[k + 1];
      if (quoted) continue;
      // (Whole characters: a character beyond the BMP — an emoji, a rare Han character — is not cut in two.)
      let a = Math.max(0, span.start - CONTEXT);
      let b = Math.min(text.length, span.end + CONTEXT);
      if (isLow(text.charCodeAt(a)) && a > 0) a--;
      if (b < text.length && isLow(text.charCodeAt(b))) b++;
      const context = plainContext(text, a, b) ? text.slice(a, b) : text.slice(a, b).replace(/\s+/g, ' ');
      out.push({
        code: 'mixed-script',
        severity: 'information',
        span,
        // (A run with characters common to both between its own — 「開工作堅」 — is named by its own: 「開」「堅」.)
        message: msg(key, { run: oneScriptChars(text, span.start, span.end).join('」「'), context }),
        fixes: [{ title: RUN_TITLE[to], edits: NO_EDITS, convert: { to, span: { ...span } }, preferred: true }, WHOLE[to]],
      });
    }
    return out;
  },
};
