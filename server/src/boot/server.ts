/**
 * The server's entry (dist/server.js): loads the bundled server (dist/server-main.js) through V8's
 * code cache (codeCache.ts). The cache is saved once the server has answered its first report (5 s
 * after start: the functions compiled then are in it), or when it exits.
 */
import path from 'node:path';
import { loadThroughCache } from './codeCache';

const { save } = loadThroughCache(path.join(__dirname, 'server-main.js'), 'server');
setTimeout(save, 5000).unref();
