/**
 * A Word report (.docx) turned into report text: mammoth reads the document into HTML — paragraphs,
 * and tables with their merged cells — and the HTML import does the rest, so both ways in give the
 * same text for the same report.
 */
import mammoth from 'mammoth';
import { htmlToReport, type Imported } from './html';

export async function docxToReport(bytes: Buffer): Promise<Imported> {
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  return htmlToReport(value);
}
