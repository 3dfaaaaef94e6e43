/**
 * A Word report (.docx) turned into report text: its XML first made to say what Word shows
 * (wordXml.ts: numbers of numbered paragraphs, tracked moves, fields, hidden text, rows' missing
 * cells), then mammoth reads the document into HTML — paragraphs, and tables with their merged
 * cells — and the HTML import does the rest, so both ways in give the same text for the same report.
 */
import mammoth from 'mammoth';
import { htmlToReport, type Imported } from './html';
import { prepareDocx } from './wordXml';

export async function docxToReport(bytes: Buffer): Promise<Imported> {
  const { value } = await mammoth.convertToHtml({ buffer: await prepareDocx(bytes) });
  return htmlToReport(value);
}
