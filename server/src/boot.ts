/**
 * The server's entry (dist/server.js): loads the bundled server (dist/server-main.js) through V8's
 * code cache. Node 20 has no compile cache of its own, so the first start compiles the bundle and,
 * once it has answered a report (its functions compiled), saves V8's cached data beside the system's
 * temporary files; later starts load that instead of compiling — some 25 ms off the time to the first
 * diagnostics. The cache is keyed by Node's version and the bundle's size and date, and V8 checks it
 * again when loading: a stale or damaged cache is rejected and rewritten. Any failure here falls back
 * to a plain require.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

const main = path.join(__dirname, 'server-main.js');

function boot(): void {
  const source = readFileSync(main, 'utf8');
  const stat = statSync(main);
  const dir = path.join(os.tmpdir(), 'disclosure-report-cache');
  const cacheFile = path.join(dir, `server-${process.version}-${stat.size}-${Math.floor(stat.mtimeMs)}.bin`);
  let cached: Buffer | undefined;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    /* no cache yet */
  }
  const script = new vm.Script(Module.wrap(source), { filename: main, cachedData: cached });
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  const mod = { exports: {}, filename: main, id: main, loaded: false, paths: [] as string[] };
  fn.call(mod.exports, mod.exports, Module.createRequire(main), mod, main, __dirname);
  if (cached && !script.cachedDataRejected) return;
  // Saved once the server has done its first work (the functions it compiled then are in the cache),
  // or when it exits, whichever comes first.
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(cacheFile, script.createCachedData());
    } catch {
      /* a read-only temporary directory: no cache, nothing lost */
    }
  };
  setTimeout(save, 5000).unref();
  process.once('exit', save);
}

try {
  boot();
} catch {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require(main);
}
