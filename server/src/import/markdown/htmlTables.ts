/**
 * Markdown that kept some of a report's tables as HTML (pandoc's Markdown of a Word report or a page: a table with merged
 * cells as <table>, the others as pipe or ruled tables, the text as Markdown lines). Imported as the page's HTML, its
 * Markdown lost its line breaks and spacing — everything after the last table on one line, a ruled table's columns gone
 * (found by a review). Here each <table>…</table> is written as the importer writes a page's table, and every other
 * line is kept as it is.
 */
import { htmlToReport, type Imported } from '../page/html';
import { PIPE_ROW } from '../../analysis/reader/text/htmlSource';

const OPEN = /<table\b/gi;
/** A page's markup outside its tables (what htmlSource.ts counts). */
const PAGE_TAGS = /<(?:!doctype|html|head|body|meta|div|p|span|br|font|style|script)\b/gi;
/** Page tags outside the tables that a Markdown text may keep (pandoc's <div> around the whole, a <br> or two). */
const FEW_TAGS = 6;
/** Lines of text outside the tables that make it Markdown with tables, not a page. */
const MANY_LINES = 10;

/**
 * Whether a text that holds HTML tables is Markdown around them — its lines outside the tables text and Markdown, a page's
 * tags there few — rather than a page's source.
 */
export function isMarkdownWithTables(text: string): boolean {
  let outside = '';
  let at = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const end = tableEnd(text, m.index);
    if (end < 0) break;
    outside += text.slice(at, m.index) + '\n';
    at = end;
    OPEN.lastIndex = end;
  }
  outside += text.slice(at);
  if (at === 0) return false;
  // (A page's own frame — <html>, <body>, its <head>'s tags — is a page's, however little else it has.)
  if (/<(?:!doctype|html|head|body|meta|script|style)\b/i.test(outside)) return false;
  // (Not the inline markup of a pipe table's cells — 「| <span style=…>规章</span> |」, pandoc's Markdown of a page's table
  // that had no merged cell —: a cell's, as a Markdown table keeps it. Counted, every such page's Markdown was imported as
  // a page, its lines run together: a review saw thirty of thirty lose their sections.)
  const besideRows = outside
    .split('\n')
    .filter((l) => !PIPE_ROW.test(l))
    .join('\n');
  PAGE_TAGS.lastIndex = 0;
  let tags = 0;
  while (PAGE_TAGS.exec(besideRows) && ++tags <= FEW_TAGS);
  return tags <= FEW_TAGS && outside.split('\n').filter((l) => l.trim()).length >= MANY_LINES;
}
const TAG = /<(\/?)table\b[^>]*>/gi;

/** The text with each HTML table written as pipe rows, the rest as it was. */
export function markdownWithHtmlTables(text: string): Imported {
  let out = '';
  let at = 0;
  let tables = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const start = m.index;
    const end = tableEnd(text, start);
    if (end < 0) break;
    const page = htmlToReport(`<html><body>${text.slice(start, end)}</body></html>`);
    // (The table on lines of its own: its first row never runs on from the text before it.)
    out += text.slice(at, start) + (start > 0 && text[start - 1] !== '\n' ? '\n' : '') + page.text.trim() + '\n';
    tables += page.tables;
    at = end;
    // (The rest of the closing tag's line, if only spaces, is the table's.)
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    if (text[at] === '\r') at++;
    if (text[at] === '\n') at++;
    OPEN.lastIndex = at;
  }
  return { text: out + text.slice(at), tables };
}

/** Where the table opened at `start` closes (after its </table>, nested tables counted); -1 if it never does. */
function tableEnd(text: string, start: number): number {
  let depth = 0;
  TAG.lastIndex = start;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
