/** Loads the OpenCC engine on first use: a separate bundle, never required at start-up. */
import path from 'node:path';
import type * as Engine from './engine';

let engine: typeof Engine | undefined;

export function loadEngine(): typeof Engine {
  // Bundled, this code runs from dist/server.js or dist/cli.js and the engine is dist/convert/engine.js;
  // compiled for the tests, it runs from out/server/src/convert/load.js beside engine.js. The path is
  // computed so that the bundler leaves the engine out of the server bundle.
  const file = path.basename(__filename) === 'load.js' ? 'engine.js' : path.join('convert', 'engine.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require(path.join(__dirname, file)) as typeof Engine;
  return engine;
}
