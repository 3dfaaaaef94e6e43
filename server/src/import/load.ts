/** Loads the import engine (parse5, mammoth) on first use: a separate bundle, never required at start-up. */
import path from 'node:path';
import type * as Engine from './engine';

let engine: typeof Engine | undefined;

export function loadImporter(): typeof Engine {
  // Bundled: dist/server.js or dist/cli.js beside dist/import/engine.js; compiled for the tests: beside engine.js.
  const file = path.basename(__filename) === 'load.js' ? 'engine.js' : path.join('import', 'engine.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require(path.join(__dirname, file)) as typeof Engine;
  return engine;
}
