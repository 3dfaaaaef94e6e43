/**
 * A Word 97–2003 document's text through the body writer (bodyWriter.ts) into the HTML the page import
 * reads, as mammoth writes a .docx's. Of the text's special characters: a paragraph ends at 0x0D (and at
 * a section's end, 0x0C — a page break typed inside a paragraph is none); a cell at 0x07, which on a
 * row-end paragraph ends the row; a mark deleted with Track Changes on (or hidden) ends nothing, its
 * paragraph going on into the next; 0x0B is a line break; a field shows its result (0x13 code 0x14 result
 * 0x15), except a table of contents, whose entries are the headings again with page numbers, and a SHAPE
 * field, whose result is the drawn object before it again; a picture or drawn object (0x01, 0x08) is a picture of the size it is shown at, and a text box's text follows the
 * paragraph it stands in; a note's mark (0x02) is 「[n]」 and the notes are listed at the end. A table
 * nested in a cell has its cells' text written in that cell.
 */
import { BodyWriter } from '../bodyWriter';
import type { WordText } from './wordBinary';

export function docToHtml(word: WordText): string {
  const { text } = word;
  const w = new BodyWriter();
  /** Fields open: for each, whether its code is still being read, and whether its result is shown. */
  const fields: { code: string; inCode: boolean; shown: boolean }[] = [];
  /**
   * How many open fields hide what follows (their code being read, or a table of contents' result): counted as fields
   * open and close, not looked for in every open field at every character (100,000 fields left open held an import 49 s).
   */
  let hiding = 0;
  const hides = (f: { inCode: boolean; shown: boolean }) => (f.inCode || !f.shown ? 1 : 0);
  /** Whether the paragraph at CP `cp` is in a table, by its mark (a tab in a cell is a space). */
  const inTableAt = (cp: number) => {
    let end = cp;
    while (end < text.length && text.charCodeAt(end) !== 0x0d && text.charCodeAt(end) !== 0x07) end++;
    const props = end < text.length ? word.paragraphAt(end) : undefined;
    return !!props && (props.inTable || props.depth > 0);
  };
  const noteOf = new Map(word.notes.map((n, i) => [n.mark, i + 1]));

  /** Reads text[from, to) into `out`; `flat`: every mark a line of the cell it stands in (a text box's in a table). */
  const walk = (from: number, to: number, out: BodyWriter, flat: boolean) => {
    /** Text boxes met in the paragraph being read: written after it. */
    let boxes: { from: number; to: number }[] = [];
    for (let cp = from; cp < to; cp++) {
      const c = text.charCodeAt(cp);
      if (c === 0x13) {
        fields.push({ code: '', inCode: true, shown: true });
        hiding++;
        continue;
      }
      if (c === 0x14 && fields.length) {
        const f = fields[fields.length - 1];
        hiding -= hides(f);
        f.inCode = false;
        // (A table of contents' result is its entries: the headings again, with page numbers. A SHAPE field's is a picture
        // of the drawn object anchored just before it, for readers older than Word 97: the object a second time.)
        f.shown = !/^\s*(?:TOC|SHAPE)\b/i.test(f.code);
        hiding += hides(f);
        continue;
      }
      if (c === 0x15 && fields.length) {
        hiding -= hides(fields.pop()!);
        continue;
      }
      // A paragraph's, a cell's or a row's mark — but not one deleted with Track Changes on (or hidden): its paragraph
      // goes on into the next, a deleted row's cells are no cells. A page break (0x0C) is a mark only where it ends a section.
      const mark = (c === 0x0d || c === 0x07 || (c === 0x0c && word.sectionEnd(cp))) && word.shown(cp);
      if (!mark) {
        if (fields.length && fields[fields.length - 1].inCode) {
          if (fields[fields.length - 1].code.length < 256) fields[fields.length - 1].code += text[cp];
          continue;
        }
        if (hiding > 0 || !word.shown(cp)) continue;
        if (c === 0x0b) out.lineBreak();
        else if (c === 0x09) out.tab(flat || inTableAt(cp));
        else if (c === 0x08 && word.textBoxAt(cp)) boxes.push(word.textBoxAt(cp)!);
        else if (c === 0x01 || c === 0x08) out.picture(word.pictureSize(cp));
        else if (c === 0x02 && noteOf.has(cp)) {
          const n = noteOf.get(cp)!;
          out.markup(`<sup><a href="#footnote-${n}" id="footnote-ref-${n}">[${n}]</a></sup>`);
        } else if (c === 0x1e) out.text('-');
        else if (c >= 0x20 || c === 0xa0) out.text(text[cp]);
        continue;
      }
      const props = word.paragraphAt(cp);
      // The number Word draws before a numbered paragraph (「一、」 of a heading in a multilevel list).
      if (!props.rowEnd) out.prefix(word.numbers.next(props));
      const inTable = flat || props.inTable || props.depth > 0;
      if (flat) out.endParagraph(true);
      else if (!inTable) out.endParagraph(false);
      else if (props.depth > 1 || (c === 0x0d && !props.rowEnd)) out.endParagraph(true);
      else if (props.rowEnd) out.endRow(props.row);
      else out.endCell();
      if (props.rowEnd || !boxes.length) continue;
      const met = boxes;
      boxes = [];
      for (const box of met) walk(box.from, box.to, out, inTable);
    }
  };
  walk(0, word.mainLength, w, false);
  // The notes, in their marks' order, as mammoth lists a .docx's (its back-links taken out by docx.ts).
  if (word.notes.length) {
    const items = word.notes.map((note, i) => {
      const one = new BodyWriter();
      walk(note.from, note.to, one, false);
      return `<li id="footnote-${i + 1}">${one.finish()}</li>`;
    });
    w.block(`<ol>${items.join('')}</ol>`);
  }
  return w.finish();
}
