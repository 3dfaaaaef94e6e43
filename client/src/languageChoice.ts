/**
 * What a document that we gave the report language, opened again in another language, means. VS Code
 * delivers a change of language as a close and an open in the same moment: then it is the user's
 * choice (kept), or, in an untitled editor right after our switch, VS Code's own guess from the text
 * (「Ini」, set again). A document closed earlier and opened now is a new opening: its language is
 * VS Code's default for a .txt, and the report is recognised again (found by a review: a report
 * closed and reopened came back as Plain Text for the rest of the session).
 */
/** Longer than a close and an open of one language change take; shorter than closing a file and opening it again. */
export const LANGUAGE_CHANGE_MS = 500;
/** How soon after our switch a change away from the report language is VS Code's guess, not the user. */
export const AUTO_DETECT_MS = 3000;

export type Reopened = 'detect' | 'declined' | 'guess';

export function reopened(o: { switchedAt: number; times: number; closedAt?: number; now: number; untitled: boolean }): Reopened {
  if (o.closedAt === undefined || o.now - o.closedAt > LANGUAGE_CHANGE_MS) return 'detect';
  if (o.untitled && o.now - o.switchedAt < AUTO_DETECT_MS && o.times < 3) return 'guess';
  return 'declined';
}
