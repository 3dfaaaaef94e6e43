/**
 * A Word 97–2003 document's main text through the body writer (bodyWriter.ts) into the HTML the page
 * import reads. Of the text's special characters: a paragraph ends at 0x0D (and at a page or section
 * break, 0x0C); a cell at 0x07, which on a row-end paragraph ends the row; 0x0B is a line break; a field
 * shows its result (0x13 code 0x14 result 0x15), except a table of contents, whose entries are the
 * headings again with page numbers; a picture or drawn object (0x01, 0x08) is a picture of the size it
 * is shown at; notes' marks and the like are dropped. A table nested in a cell has its cells' text
 * written in that cell.
 */
import { BodyWriter } from '../bodyWriter';
import type { WordText } from './wordBinary';

export function docToHtml(word: WordText): string {
  const { text } = word;
  const w = new BodyWriter();
  /** Fields open: for each, whether its code is still being read, and whether its result is shown. */
  const fields: { code: string; inCode: boolean; shown: boolean }[] = [];
  const hiddenByField = () => fields.some((f) => f.inCode || !f.shown);
  /** Whether the paragraph at CP `cp` is in a table, by its mark (a tab in a cell is a space). */
  const inTableAt = (cp: number) => {
    let end = cp;
    while (end < text.length && text.charCodeAt(end) !== 0x0d && text.charCodeAt(end) !== 0x07) end++;
    const props = end < text.length ? word.paragraphAt(end) : undefined;
    return !!props && (props.inTable || props.depth > 0);
  };
  for (let cp = 0; cp < text.length; cp++) {
    const c = text.charCodeAt(cp);
    if (c === 0x13) {
      fields.push({ code: '', inCode: true, shown: true });
      continue;
    }
    if (c === 0x14 && fields.length) {
      const f = fields[fields.length - 1];
      f.inCode = false;
      // (A table of contents' result is its entries: the headings again, with page numbers.)
      f.shown = !/^\s*TOC\b/i.test(f.code);
      continue;
    }
    if (c === 0x15 && fields.length) {
      fields.pop();
      continue;
    }
    const mark = c === 0x0d || c === 0x07 || c === 0x0c;
    if (!mark) {
      if (fields.length && fields[fields.length - 1].inCode) {
        fields[fields.length - 1].code += text[cp];
        continue;
      }
      if (hiddenByField() || !word.shown(cp)) continue;
      if (c === 0x0b) w.lineBreak();
      else if (c === 0x09) w.tab(inTableAt(cp));
      else if (c === 0x01 || c === 0x08) w.picture(word.pictureSize(cp));
      else if (c === 0x1e) w.text('-');
      else if (c >= 0x20 || c === 0xa0) w.text(text[cp]);
      continue;
    }
    const props = word.paragraphAt(cp);
    // The number Word draws before a numbered paragraph (「一、」 of a heading in a multilevel list).
    if (!props.rowEnd) w.prefix(word.numbers.next(props));
    if (!props.inTable && props.depth === 0) w.endParagraph(false);
    else if (props.depth > 1 || (c === 0x0d && !props.rowEnd)) w.endParagraph(true);
    else if (props.rowEnd) w.endRow(props.row);
    else w.endCell();
  }
  return w.finish();
}
