/**
 * Whether a text is a web page's source (HTML markup) rather than a report's text: a page saved as
 * .txt, or copied with "view source". Its markup is not a report to read; it is a page to import.
 */
const TAGS = /<(?:!doctype|html|head|body|meta|div|p|span|table|tbody|tr|td|th|br|font|style|script)\b/gi;

/** A table's row of cells apart by bars, ending with one (Markdown's 「| a | b |」, a report's 「规章 | 0 | 0 | 0 |」). */
export const PIPE_ROW = /^[^|\n]*\|.*\|\s*$/;

/** The offset of the first tag when the opening of the text is markup, else -1. */
export function htmlSourceAt(text: string): number {
  const head = text.slice(0, 6000);
  // (Asked again after every edit near the top: a report's text has no 「<」 at all, found in one search.)
  if (!head.includes('<')) return -1;
  const kinds = new Set<string>();
  let first = -1;
  let count = 0;
  let breaks = 0;
  // Line by line: the tags of a Markdown table's rows are its cells' markup (「| <span style=…>规章</span> |」, pandoc's
  // Markdown of a page's table), which the reader reads through, not a page's source — an imported page's Markdown was
  // said to be a page to import again (found by a review).
  for (let ls = 0; ls < head.length && count < 400; ) {
    let le = head.indexOf('\n', ls);
    if (le < 0) le = head.length;
    if (head.indexOf('<', ls) >= le || PIPE_ROW.test(head.slice(ls, le))) {
      ls = le + 1;
      continue;
    }
    TAGS.lastIndex = ls;
    for (let m = TAGS.exec(head); m && m.index < le && count < 400; m = TAGS.exec(head), count++) {
      if (first < 0) first = m.index;
      const tag = m[0].toLowerCase();
      kinds.add(tag);
      if (tag === '<br') breaks++;
    }
    ls = le + 1;
  }
  // Four kinds of tag, or many (a Markdown converter's output that kept a Word page's markup: thirty-four <div>
  // and its <span>s, its headings cut by them, read as a report with sections missing — found by a review). Not
  // <br>, which a Markdown table's cells may hold row after row.
  return kinds.size >= 4 || count - breaks >= 20 ? first : -1;
}

/** The tags of an HTML table: its rows and cells. */
const TABLE_TAGS = /<(?:table|tr|td|th)\b/gi;
/** Table tags enough to be a table of the report's (table 三 alone has hundreds), not a 「<td>」 quoted in prose. */
export const HTML_TABLE_TAGS = 20;

/**
 * The HTML table tags in a text (a segment's), and where the first is: Markdown that pandoc wrote from a Word report keeps
 * its tables with merged cells as HTML (「<table>」「<td colspan="3">」), far past the opening that `htmlSourceAt` reads.
 * Undefined where there is none.
 */
export function htmlTableTags(text: string): { at: number; tags: number } | undefined {
  if (!text.includes('<')) return undefined;
  let at = -1;
  let tags = 0;
  TABLE_TAGS.lastIndex = 0;
  for (let m = TABLE_TAGS.exec(text); m; m = TABLE_TAGS.exec(text)) {
    if (at < 0) at = m.index;
    tags++;
  }
  return tags ? { at, tags } : undefined;
}

/** Where a text's HTML tables start, if it holds tables enough (`htmlTableTags`, over the whole of it); else -1. */
export function htmlTablesAt(text: string): number {
  const found = htmlTableTags(text);
  return found && found.tags >= HTML_TABLE_TAGS ? found.at : -1;
}
