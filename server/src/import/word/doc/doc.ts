/**
 * A Word 97–2003 report (.doc, as agencies still attach them) turned into report text: its streams
 * (compoundFile.ts), its text and table properties (wordBinary.ts), written as the HTML the page import
 * reads (docToHtml.ts) — the same way in as a .docx's, so both give the same text for the same report.
 */
import { htmlToReport, type Imported } from '../../page/html';
import { openCompoundFile } from './compoundFile';
import { docToHtml } from './docToHtml';
import { readWordText } from './wordBinary';

export function docToReport(bytes: Uint8Array): Imported {
  return htmlToReport(docToHtml(readWordText(openCompoundFile(bytes))));
}

/** Whether a compound file holds a Word document (its 「WordDocument」 stream), by its directory's names. */
export { isCompoundFile } from './compoundFile';
