/**
 * A report published as a PDF, turned into report text: pdf.js reads its pages (pages.ts), their tables are found from
 * the rules they are drawn with and written with their cells (grids.ts, pdfToHtml.ts), and the page import reads that
 * HTML — the same way in as a Word file's, so a PDF printed from a .docx gives the .docx's text.
 */
import { htmlToReport, type Imported } from '../page/html';
import { MAX_DOCX_BYTES, MAX_HTML, refuse } from '../limits';
import { DOOR, readPdfPages } from './pages';
import { scanScript } from '../../analysis/reader/text/script';
import { LAYOUT_SPACE, pdfToHtml } from './pdfToHtml';

/** Characters of text under which a PDF of pages holds no text to read: a scan, pictures of its pages. */
const SCANNED_BELOW = 20;

export async function pdfToReport(bytes: Uint8Array): Promise<Imported> {
  if (bytes.length > MAX_DOCX_BYTES) refuse('pdfSize');
  const pages = await readPdfPages(bytes);
  let chars = 0;
  for (const p of pages) for (const t of p.pieces) chars += t.s.trim().length;
  if (chars < SCANNED_BELOW) refuse('pdfScanned');
  const html = pdfToHtml(pages);
  if (html.length > MAX_HTML) refuse('pdfSize');
  const report = htmlToReport(html);
  // (A real control character of the text was never written: pdf.js gives none, and the page import drops them.)
  // (A picture with text over it is a scanned page read by OCR, its text there to read: not said unread.)
  const pictures = pages.reduce((n, p) => n + p.pictures.filter((r) => !p.pieces.some((t) => t.x + t.w / 2 >= r.x0 && t.x + t.w / 2 <= r.x1 && t.y >= r.y0 && t.y <= r.y1)).length, 0);
  // 「⼾」 as the text's script writes it: a simplified font draws 户 with the radical's glyph, a traditional one 戶 (its
  // compatibility decomposition, traditional, made every simplified report's 门户网站 门戶网站: found by a review).
  return { ...report, text: doorByScript(report.text.replaceAll(LAYOUT_SPACE, ' ')), pictures: pictures || undefined };
}

/** 「⼾」 as the text's script writes the character: 戶 in a traditional text, 户 in any other. */
export function doorByScript(text: string): string {
  if (!text.includes(DOOR)) return text;
  const script = scanScript(text);
  return text.replaceAll(DOOR, script.traditional > script.simplified ? '戶' : '户');
}
