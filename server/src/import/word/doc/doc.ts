/**
 * A Word 97–2003 report (.doc, as agencies still attach them) turned into report text: its streams
 * (compoundFile.ts), its text and table properties (wordBinary.ts), written as the HTML the page import
 * reads (docToHtml.ts) — the same way in as a .docx's, so both give the same text for the same report.
 */
import { htmlToReport, type Imported } from '../../page/html';
import { MAX_DOCX_BYTES, MAX_HTML, refuse } from '../../limits';
import { openCompoundFile } from './compoundFile';
import { docToHtml } from './docToHtml';
import { readWordText } from './wordBinary';

export function docToReport(bytes: Uint8Array): Imported {
  // (As a .docx: a file, or a body, no report could be — said as a Word file's size, not a page's.)
  if (bytes.length > MAX_DOCX_BYTES) refuse('wordSize');
  const html = docToHtml(readWordText(openCompoundFile(bytes)));
  if (html.length > MAX_HTML) refuse('wordSize');
  return htmlToReport(html);
}

