/**
 * A report written in the outline of the years before 2019 (国办发〔2008〕 and the forms after it): 一、概述 / 二、主动公开
 * 政府信息情况 / 三、依申请公开政府信息情况 / 四、政府信息公开的收费及减免情况 / 五、因政府信息公开申请行政复议、提起行政
 * 诉讼的情况 / 六、存在的主要问题及改进措施 / 七、其他需要报告的事项. A report of 2019 or later in it has none of the form's
 * tables and sections in their places: said once (format-outdated), not as three tables missing and three sections
 * misnumbered — its 五 is no misnumbered 四 (found by a review: six errors, and the form given as 2021).
 */
import { toSimplifiedChars } from '../reader/text/normalize';
import type { Span, Table } from '../types';
import { isWholeFormTable } from './format';

/**
 * The old outline's own headings, under any numeral (its sections were numbered in more than one way: 四、因政府信息公开申请
 * 行政复议… in some years), at a line's start or after a sentence (a page whose text lost its line breaks); folded to
 * simplified script. The form's outline has none of them.
 */
const AT = String.raw`(?:^|[\n。；;：:\s])[ \t\u3000]*`;
const SIGNS = [
  new RegExp(AT + '一[、.．][ \\t\\u3000]*概述'),
  new RegExp(AT + '[一二三四五六七八][、.．][ \\t\\u3000]*依申请公开(?:政府信息|的?情况|工作)'),
  new RegExp(AT + '[一二三四五六七八][、.．][ \\t\\u3000]*(?:政府信息公开的?)?收费及减免'),
  new RegExp(AT + '[一二三四五六七八][、.．][ \\t\\u3000]*因政府信息公开(?:申请)?(?:提起|申请)?行政复议'),
  new RegExp(AT + '七[、.．][ \\t\\u3000]*其他需要报告的事项'),
];
/** The form's own first and last headings (folded), which the old outline has not. */
const FORM_HEADINGS = [new RegExp(AT + '一[、.．][ \\t\\u3000]*总体情况'), new RegExp(AT + '六[、.．][ \\t\\u3000]*其他需要报告的事项')];
/** How far into the text its outline is looked for: a report's sections stand within it. */
const READ = 60_000;

/** Where the old outline shows (its first sign), when two of its headings do and none of the form's tables is read. */
export function oldOutline(tables: readonly Table[], slice: (from: number, to: number) => string): { span: Span } | undefined {
  for (const t of tables) {
    if (t.kind === 'review' || isWholeFormTable(t)) return undefined;
  }
  const raw = slice(0, READ);
  // (The cheap test first: this runs at every version of a report with no table of the form, as one being written.)
  if (!/收[费費]及[减減]免|概述|依申[请請]公[开開]|因政府信息公[开開]申[请請]/.test(raw)) return undefined;
  // (Folded character for character: offsets stay the text's.)
  const text = toSimplifiedChars(raw);
  let first = -1;
  let signs = 0;
  for (const sign of SIGNS) {
    const m = sign.exec(text);
    if (!m) continue;
    signs++;
    // (At its numeral: past the line break or sentence end before it, and the spaces.)
    const at = m.index + m[0].search(/[一二三四五六七八]/);
    if (first < 0 || at < first) first = at;
  }
  // (Not where the form's own headings stand: 「一、总体情况」 or 「六、其他需要报告的事项」 — a report on the form that words
  // its 三 and 四 as of old, its tables pictures, or lists 「一、概述」 among its attachments after 六: found by a review.)
  if (signs < 2 || FORM_HEADINGS.some((h) => h.test(text))) return undefined;
  return { span: { start: first, end: first + 1 } };
}
