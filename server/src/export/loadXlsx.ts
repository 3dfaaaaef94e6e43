/** Loads the workbook writer on first use: a separate bundle (exceljs is large), never required at start-up. */
import path from 'node:path';
import type * as Xlsx from './xlsx';

let xlsx: typeof Xlsx | undefined;

/** Bundled: dist/server.js or dist/cli.js beside dist/export/xlsx.js; compiled for the tests: out/…/export/ beside xlsx.js. */
function xlsxFile(): string {
  return path.join(__dirname, path.basename(__filename) === 'loadXlsx.js' ? 'xlsx.js' : path.join('export', 'xlsx.js'));
}

export function loadXlsx(): typeof Xlsx {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  xlsx ??= require(xlsxFile()) as typeof Xlsx;
  return xlsx;
}

/** The worker's code: the bundle loaded there, the workbook made and sent back. */
const WORKER = `const { parentPort, workerData } = require('node:worker_threads');
require(workerData.file).workbook(workerData.reports, workerData.locale).then((b) => parentPort.postMessage(b), (e) => parentPort.postMessage({ error: String(e && e.stack || e) }));`;

/**
 * The workbook made in a worker thread: the language server's export of 800 reports held it 5 s making the
 * workbook (its sheets' XML written in one go), no keystroke or hover answered (found by a review). Where a
 * worker cannot be made, in this thread.
 */
export async function workbookInWorker(...args: Parameters<typeof Xlsx.workbook>): Promise<Buffer> {
  const [reports, locale] = args;
  let Worker: typeof import('node:worker_threads').Worker;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ({ Worker } = require('node:worker_threads') as typeof import('node:worker_threads'));
  } catch {
    return loadXlsx().workbook(reports, locale);
  }
  return new Promise<Buffer>((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { file: xlsxFile(), reports, locale } });
    w.once('message', (m: Uint8Array | { error: string }) => {
      void w.terminate();
      if (m instanceof Uint8Array) resolve(Buffer.from(m.buffer, m.byteOffset, m.byteLength));
      else reject(new Error(m.error));
    });
    w.once('error', (e) => {
      void w.terminate();
      reject(e);
    });
  });
}
