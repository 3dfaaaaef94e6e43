/**
 * The CLI's entry (dist/cli.js): loads the bundled CLI (dist/cli-main.js) through V8's code cache
 * (codeCache.ts) and runs it; the cache is saved when the run exits, with the functions it compiled.
 */
import path from 'node:path';
import { loadThroughCache } from './codeCache';

const cli = loadThroughCache(path.join(__dirname, 'cli-main.js'), 'cli');
(cli.exports.runCli as () => void)();
