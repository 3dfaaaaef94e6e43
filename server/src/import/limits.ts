/**
 * What an import refuses rather than work on for minutes or fill the memory: a page nested deeper than
 * any real page (thousands of elements inside one another), a table whose merged cells would make a
 * grid of millions of places, a page of tens of megabytes; and a page with no article to import (`empty`). The error says which (`refused`), so the CLI
 * and the editor can say it in the user's language; it crosses bundles, so it is read by that field,
 * not by its class.
 */
export type Refusal = 'depth' | 'cells' | 'size' | 'docx' | 'docxSize' | 'doc' | 'docOld' | 'encrypted' | 'rtf' | 'wordSize' | 'pdf' | 'pdfPassword' | 'pdfScanned' | 'pdfSize' | 'mhtml' | 'empty' | 'emptyWord' | 'emptyPdf';

/** Elements inside one another: real pages stay under a hundred. */
export const MAX_DEPTH = 1000;
/** Places in one table's grid (rows × columns once merged cells are expanded): a report's largest has a few hundred. */
export const MAX_TABLE_CELLS = 100_000;
/**
 * Bytes of a Word package unpacked, by its zip's own count: all its parts, and one XML part (a 30-page report's
 * document.xml is a few megabytes). A package of a few hundred kilobytes that unpacks to 400 MB of text held the import
 * 9 s and 1.7 GB before the page's size refused it, and said 「网页」 of a Word file (found by a review).
 */
export const MAX_DOCX_BYTES = 200_000_000;
export const MAX_DOCX_PART = 40_000_000;
/** Bytes of a PDF: a report's is a few megabytes, a scanned one tens. */
export const MAX_PDF_BYTES = 200_000_000;
/** Characters of a page's HTML. */
export const MAX_HTML = 20_000_000;

export function refuse(why: Refusal): never {
  throw Object.assign(new Error(`import refused: ${why}`), { refused: why });
}

export function refusalOf(e: unknown): Refusal | undefined {
  return (e as { refused?: Refusal } | null)?.refused;
}
