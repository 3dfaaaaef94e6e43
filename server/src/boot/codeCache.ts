/**
 * Loads a bundle of dist/ through V8's code cache. Node 20 has no compile cache of its own, so the
 * first start compiles the bundle and, once it has done its first work (its functions compiled),
 * saves V8's cached data; later starts load that instead of compiling — some 25 ms off the server's
 * time to the first diagnostics, and off every run of the CLI (a check of one report: ~150 → ~125 ms).
 *
 * The cache is code this process will run, so it is kept where only this user can write: the user's
 * cache folder (XDG_CACHE_HOME or ~/.cache; ~/Library/Caches on macOS; LOCALAPPDATA on Windows), and
 * on POSIX used only if that folder is the user's own and no one else may write in it. (It was once in
 * the shared temporary folder, where another user of the machine could have put a cache of their own.)
 * A cache is written whole under another name and then renamed, so that processes started together
 * never read one half-written. It is keyed by Node's version and the bundle's size and date, and V8
 * checks it again when loading: a stale or damaged cache is rejected and rewritten. Any failure here
 * falls back to a plain require.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/** The folder the caches are kept in (the bench empties it to time a first start). */
export function cacheFolder(): string {
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || os.tmpdir(), 'disclosure-report', 'cache');
  const home = os.homedir();
  // (A relative XDG_CACHE_HOME is to be ignored, as the XDG specification has it.)
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : (process.platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache'));
  return path.join(base, 'disclosure-report');
}

/** Whether the folder may hold code this process runs: its own, and no one else's to write in. */
function ownFolder(dir: string): boolean {
  if (process.platform === 'win32') return true;
  try {
    const s = lstatSync(dir);
    return s.isDirectory() && s.uid === process.getuid?.() && (s.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

export interface CachedLoad {
  /** The bundle's exports. */
  exports: Record<string, unknown>;
  /** Saves the cache now, if it is to be saved (once; later calls do nothing). */
  save(): void;
}

/**
 * Runs `main` (a CommonJS bundle) as node would, from the cache named `name` when there is a good
 * one. The cache is saved by `save()`, or when the process exits, whichever comes first.
 */
export function loadThroughCache(main: string, name: string): CachedLoad {
  try {
    return load(main, name);
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return { exports: require(main) as Record<string, unknown>, save: () => undefined };
  }
}

function load(main: string, name: string): CachedLoad {
  const source = readFileSync(main, 'utf8');
  const stat = statSync(main);
  const dir = cacheFolder();
  const file = path.join(dir, `${name}-${process.version}-${stat.size}-${Math.floor(stat.mtimeMs)}.bin`);
  let cached: Buffer | undefined;
  if (ownFolder(dir)) {
    try {
      cached = readFileSync(file);
    } catch {
      /* no cache yet */
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: main, cachedData: cached });
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  const mod = { exports: {} as Record<string, unknown>, filename: main, id: main, loaded: false, paths: [] as string[] };
  fn.call(mod.exports, mod.exports, Module.createRequire(main), mod, main, path.dirname(main));
  mod.loaded = true;
  let saved = !!cached && !script.cachedDataRejected;
  const save = () => {
    if (saved) return;
    saved = true;
    const part = `${file}.${process.pid}.part`;
    try {
      // (Made under a home or cache root that is there: a HOME that names no folder gets none made.)
      if (!existsSync(path.dirname(path.dirname(dir)))) return;
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!ownFolder(dir)) return;
      writeFileSync(part, script.createCachedData(), { mode: 0o600 });
      renameSync(part, file);
      // The caches of earlier builds (another size or date) will not be read again.
      for (const f of readdirSync(dir)) if (f.startsWith(`${name}-`) && f.endsWith('.bin') && path.join(dir, f) !== file) unlinkSync(path.join(dir, f));
    } catch {
      // A read-only or full disk: no cache, nothing lost.
      try {
        unlinkSync(part);
      } catch {
        /* never written */
      }
    }
  };
  process.once('exit', save);
  return { exports: mod.exports, save };
}
