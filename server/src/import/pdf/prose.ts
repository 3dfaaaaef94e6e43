/**
 * How a PDF's lines of prose go on: two lines as one, and whether a line that ends near the text's right edge goes on in
 * the next — within a page (pdfToHtml.ts) and over a page break (pageBreaks.ts).
 */

/** Two lines of one cell or paragraph as one: a space between them only between two Latin letters or figures. */
export function joinLines(a: string, b: string): string {
  if (!a) return b.trim();
  const t = b.trim();
  return /[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z0-9]/.test(t) ? `${a} ${t}` : a + t;
}

/**
 * Two lines of one cell as one: a figure a narrow cell wrapped (「131」/「9」, 「1,」/「432」) is one figure again — it
 * was 「131 9」, no figure (found by a review of LibreOffice's PDFs, which wrap a 总计 of three digits in 14 pt); 「5949」/「.09」 too.
 */
export function joinCellLines(a: string, b: string): string {
  return /[0-9０-９][,，.．]?$/.test(a) && /^\s*[,，.．]?[0-9０-９]/.test(b) ? a + b.trim() : joinLines(a, b);
}

/** How near a paragraph's last line reaches the text's right edge: 2 to it, 1 a few characters short, 0 not. */
export type Reach = 0 | 1 | 2;

/**
 * Whether a line that reaches the edge so goes on in a line of `next`: one that reaches it does; one a character or three
 * short (not ending a sentence) where the next line shows why it broke early — it opens with what may not end a line
 * (「“」「（」「《」), with a figure or a word not cut, or with a character and what may not open one (「划”」「务。」) — as
 * Chinese line breaking leaves them (LibreOffice's PDF of a report: 9 of 32 paragraphs cut there). Not a line that just
 * ends short before a title or a heading at the left edge.
 */
export function goesOnTo(reach: Reach, next: string): boolean {
  return reach === 2 || (reach === 1 && KEPT_WITH_NEXT.test(next));
}
const KEPT_WITH_NEXT = /^\s*(?:[“‘（《〈「『【(\[A-Za-z0-9０-９]|.[”’）》〉」』】)\]。，、；：！？,.;:!?%％])/;

/** A line that ends a sentence (or a heading's colon): its paragraph ends with it. */
export const SENTENCE_END = /[。！？；：!?;:）)]\s*$/;


/** A line opening as a heading or a list item does: 「二、」「（三）」「3.」「第一部分」. */
export const OPENS_ITEM = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.、．](?![0-9])|第[一二三四五六七八九十]{1,3}部分)/;
