/**
 * The size budget: a report is some 5–50 thousand characters, so a document of millions (a table
 * pasted ten thousand times, a dump of digits) is read only up to a limit — by the editor, so that no
 * keystroke waits seconds, and by the CLI, so that memory stays flat. Both say so.
 */

/**
 * Where to cut a text too large to read whole: at the last line break before `limit` (when there is
 * one in its last tenth), else at `limit` — never inside a surrogate pair.
 */
export function budgetCut(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const nl = text.lastIndexOf('\n', limit - 1);
  if (nl >= limit * 0.9) return nl + 1;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

