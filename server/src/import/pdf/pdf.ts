/**
 * A report published as a PDF, turned into report text: pdf.js reads its pages (pages.ts), their tables are found from
 * the rules they are drawn with and written with their cells (grids.ts, pdfToHtml.ts), and the page import reads that
 * HTML — the same way in as a Word file's, so a PDF printed from a .docx gives the .docx's text.
 */
import { htmlToReport, type Imported } from '../page/html';
import { MAX_HTML, MAX_PDF_BYTES, refuse } from '../limits';
import { DOOR, middle, readPdfPages } from './pages';
import { scanScript } from '../../analysis/reader/text/script';
import { blocksToHtml, LAYOUT_SPACE, pageBlocks } from './pdfToHtml';
import type { Block } from './pageBreaks';

/** Cells of tables read in one PDF (the page import's own limit a table: MAX_TABLE_CELLS). */
const MAX_DOCUMENT_CELLS = 200_000;
/** Characters of text under which a PDF of pages holds no text to read: a scan, pictures of its pages. */
const SCANNED_BELOW = 20;

export async function pdfToReport(bytes: Uint8Array): Promise<Imported> {
  if (bytes.length > MAX_PDF_BYTES) refuse('pdfSize');
  let chars = 0;
  let pictures = 0;
  let cells = 0;
  const blocks: Block[][] = [];
  // (A page at a time: its text and lines let go once its blocks are made.)
  await readPdfPages(bytes, (page) => {
    for (const t of page.pieces) chars += t.s.trim().length;
    // (A picture with text over it is a scanned page read by OCR, its text there to read: not said unread.)
    const middles = page.pictures.length ? page.pieces.map(middle) : [];
    for (const r of page.pictures) if (!middles.some((m) => m.x >= r.x0 && m.x <= r.x1 && m.y >= r.y0 && m.y <= r.y1)) pictures++;
    // (Past a budget of cells no more tables are read, the pages' text is: a report's tables have hundreds of cells.)
    if (cells > MAX_DOCUMENT_CELLS) page.rules = [];
    const made = pageBlocks(page);
    for (const b of made) if (b.kind === 'table') cells += b.table.cells.length;
    blocks.push(made);
  });
  if (chars < SCANNED_BELOW) refuse('pdfScanned');
  const html = blocksToHtml(blocks);
  if (html.length > MAX_HTML) refuse('pdfSize');
  const report = htmlToReport(html);
  // 「⼾」 as the text's script writes it: a simplified font draws 户 with the radical's glyph, a traditional one 戶 (its
  // compatibility decomposition, traditional, made every simplified report's 门户网站 门戶网站: found by a review). The
  // columns' marks as spaces (pdfToHtml.ts); no control character of the PDF's is left to be taken for one (pages.ts).
  const read = (t: string) => doorByScript(t.replaceAll(LAYOUT_SPACE, ' '));
  return { ...report, text: read(report.text), title: report.title && read(report.title), pictures: pictures || undefined };
}

/** 「⼾」 as the text's script writes the character: 戶 in a traditional text, 户 in any other. */
export function doorByScript(text: string): string {
  if (!text.includes(DOOR)) return text;
  const script = scanScript(text);
  return text.replaceAll(DOOR, script.traditional > script.simplified ? '戶' : '户');
}
