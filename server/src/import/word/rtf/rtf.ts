/**
 * A rich-text report (.rtf, or the RTF a site's 「下载」 names .doc) turned into report text: read into the
 * HTML the page import reads (rtfToHtml.ts), as a .doc and a .docx are, so all give the same text.
 */
import { htmlToReport, type Imported } from '../../page/html';
import { rtfToHtml } from './rtfToHtml';

export function rtfToReport(bytes: Uint8Array): Imported {
  return htmlToReport(rtfToHtml(bytes));
}
