/**
 * Section headings. A heading is a heading by its numeral and its words, not by its position:
 * 「一、」 opening a table row label (一、本年新收…) is not a heading. Headings may stand in the
 * middle of a line (scraped reports that are one long line), after a space or a full stop.
 * Detection looks at one line only, which is what lets the incremental parser re-scan just the
 * lines an edit touched.
 */
import { norm } from './normalize';
import type { SectionId, Span } from './types';

export interface HeadingHit extends Span {
  section: SectionId;
  text: string;
}

const NUMERALS: Record<string, SectionId> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const CANDIDATE = /[一二三四五六](?=[ \u3000]?[、.．])/g;
/** What may stand before a heading on its line: nothing, spaces, Markdown heading or emphasis marks. */
const LINE_PREFIX = /^[\s\u3000#>*|]*$/;
const MID_LINE_BEFORE = /[\s\u3000。；;|]$/;
const TERMINATOR = /[\s\u3000。，,；;：:|]/;
const SHORT_HEADING = 40;

/** Whether the words after 「N、」 name section N (normalised text, first characters only). */
export function headingWordsMatch(section: SectionId, w: string): boolean {
  const head = w.slice(0, 30);
  switch (section) {
    case 1:
      return /^(?:政府信息公开(?:工作)?(?:的)?)?(?:总体情况|基本情况|总体概况|工作概述|概述|概况)/.test(head);
    case 2:
      return /^(?:政府信息)?主动公开.{0,10}情况/.test(head);
    case 3:
      return /^(?:收到|受理)(?:和|及|与|、)?(?:处理|办理|答复).{0,12}申请.{0,4}情况/.test(head) || /^依申请公开.{0,10}情况/.test(head) || /^(?:政府信息公开)?申请(?:的)?(?:受理|处理|办理)?(?:的)?情况/.test(head);
    case 4:
      return /^.{0,14}(?:复议|诉讼)/.test(head) && !/结转|办理结果/.test(head.slice(0, 10));
    case 5:
      return /^.{0,18}(?:问题|不足)/.test(head) && /(?:改进|措施|整改|对策)/.test(head.slice(0, 30));
    case 6:
      return /^其他(?:需要|需)?(?:报告|说明)?(?:的)?(?:事项|情况)/.test(head);
  }
}

/** Headings in the line text[ls, le). */
export function headingsInLine(text: string, ls: number, le: number): HeadingHit[] {
  const line = text.slice(ls, le);
  const hits: HeadingHit[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(line); m; m = CANDIDATE.exec(line)) {
    const at = m.index;
    const before = line.slice(0, at);
    const atLineStart = LINE_PREFIX.test(before);
    if (!atLineStart && !MID_LINE_BEFORE.test(before)) continue;
    const section = NUMERALS[m[0]];
    // Skip the separator and any spaces or emphasis after it.
    let w = at + 1;
    while (w < line.length && /[ \u3000、.．*]/.test(line[w])) w++;
    const words = norm(line.slice(w, w + 60));
    if (!headingWordsMatch(section, words)) continue;
    let end: number;
    const rest = line.slice(at).replace(/[\s\u3000*|#]+$/, '');
    if (atLineStart && rest.length <= SHORT_HEADING) {
      end = at + rest.length;
    } else {
      end = w;
      while (end < line.length && !TERMINATOR.test(line[end])) end++;
      if (end - at > SHORT_HEADING + 20) end = at + SHORT_HEADING;
    }
    hits.push({ section, start: ls + at, end: ls + end, text: line.slice(at, end) });
    CANDIDATE.lastIndex = end;
  }
  return hits;
}

export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Headings on the lines of text[from, to); `from` must be a line start. */
export function findHeadings(text: string, from = 0, to = text.length): HeadingHit[] {
  const hits: HeadingHit[] = [];
  let ls = from;
  while (ls <= to) {
    const le = lineEndAt(text, ls);
    // Cheap pre-test: most lines hold no numeral at all.
    if (/[一二三四五六]/.test(text.slice(ls, le))) hits.push(...headingsInLine(text, ls, le));
    if (le >= to || le >= text.length) break;
    ls = le + 1;
  }
  return hits;
}
