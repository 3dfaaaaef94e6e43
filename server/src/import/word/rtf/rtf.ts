/**
 * A rich-text report (.rtf, or the RTF a site's 「下载」 names .doc) turned into report text: read into the
 * HTML the page import reads (rtfToHtml.ts), as a .doc and a .docx are, so all give the same text.
 */
import { htmlToReport, type Imported } from '../../page/html';
import { MAX_DOCX_BYTES, MAX_HTML, refuse } from '../../limits';
import { rtfToHtml } from './rtfToHtml';

export function rtfToReport(bytes: Uint8Array): Imported {
  if (bytes.length > MAX_DOCX_BYTES) refuse('wordSize');
  const html = rtfToHtml(bytes);
  if (html.length > MAX_HTML) refuse('wordSize');
  return htmlToReport(html);
}
