/**
 * pdf.js (Mozilla's PDF reader, pdfjs-dist's build for Node), bundled on its own (dist/import/pdfjs.js) and loaded only
 * when a PDF is imported: three megabytes no other import needs. Its reader runs in this thread (its "fake worker", the
 * worker's module given to it), and what it says while loading — that it found no canvas package, which only drawing
 * needs — is kept off the standard output, which is the language server's channel to the editor.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type { PdfJs };

export const pdfjs: typeof PdfJs = quietly(() => {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = require('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return require('pdfjs-dist/legacy/build/pdf.mjs') as typeof PdfJs;
});

/** Runs `f` with the console's output dropped. */
export function quietly<T>(f: () => T): T {
  const saved = [console.log, console.warn, console.info];
  console.log = console.warn = console.info = () => undefined;
  try {
    return f();
  } finally {
    [console.log, console.warn, console.info] = saved;
  }
}
