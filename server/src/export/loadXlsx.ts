/** Loads the workbook writer on first use: a separate bundle (exceljs is large), never required at start-up. */
import path from 'node:path';
import type * as Xlsx from './xlsx';

let xlsx: typeof Xlsx | undefined;

export function loadXlsx(): typeof Xlsx {
  // Bundled: dist/server.js or dist/cli.js beside dist/export/xlsx.js; compiled for the tests: out/…/export/ beside xlsx.js.
  const file = path.basename(__filename) === 'loadXlsx.js' ? 'xlsx.js' : path.join('export', 'xlsx.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  xlsx ??= require(path.join(__dirname, file)) as typeof Xlsx;
  return xlsx;
}
