/** Loads pdf.js on a PDF's first import: a bundle of its own beside the import engine's (dist/import/pdfjs.js). */
import path from 'node:path';
import type * as Bundle from './pdfjsBundle';

let loaded: typeof Bundle | undefined;

export function loadPdfjs(): typeof Bundle {
  // Bundled: dist/import/engine.js beside dist/import/pdfjs.js; compiled for the tests: beside pdfjsBundle.js.
  const file = path.basename(__filename) === 'loadPdfjs.js' ? 'pdfjsBundle.js' : 'pdfjs.js';
  // (A path made at run time: the import engine's bundle must not take pdf.js in.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, file)) as typeof Bundle;
  return loaded;
}
