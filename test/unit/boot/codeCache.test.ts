/**
 * dist/cli.js and dist/server.js load their bundles through V8's code cache (server/src/boot/): the
 * cache is written once, read after, replaced when damaged, kept only in a folder of the user's own,
 * and never changes what the program does.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, SEEDS } from '../../helpers';
import { TestClient } from '../../protocol/lspClient';
import { tempDir } from '../../tempDir';

const DIST = path.join(__dirname, '..', '..', '..', '..', 'dist');
const REPORT = path.join(FIXTURES, SEEDS.pipe);
const posix = process.platform !== 'win32';

/** The CLI run with its caches under `home` (XDG_CACHE_HOME), as a user whose cache folder that is. */
function check(home: string) {
  const r = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), 'check', REPORT], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: home, LOCALAPPDATA: home } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}
const folder = (home: string) => (posix ? path.join(home, 'disclosure-report') : path.join(home, 'disclosure-report', 'cache'));
const caches = (home: string, name: string) => {
  try {
    return readdirSync(folder(home)).filter((f) => f.startsWith(`${name}-`));
  } catch {
    return [];
  }
};

describe('the code cache of the CLI and the server (boot/)', () => {
  let home: string;
  beforeEach(() => (home = tempDir('cache-')));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('the CLI writes its cache on its first run, reads it on the next (not rewritten), and answers the same', function () {
    this.timeout(30000);
    const first = check(home);
    assert.equal(first.status, 0, first.err);
    assert.match(first.err, /检查了 1 个文件/);
    const [file] = caches(home, 'cli');
    assert.ok(file, 'a cache was written');
    const at = path.join(folder(home), file);
    const before = statSync(at);
    assert.ok(before.size > 100_000);
    if (posix) {
      assert.equal(before.mode & 0o077, 0, 'the cache is the user’s alone');
      assert.equal(statSync(folder(home)).mode & 0o077, 0, 'and so is its folder');
    }
    const second = check(home);
    assert.deepEqual(second, first);
    // (A cache V8 rejected is written again, under a new file: the same file means it was taken.)
    assert.equal(statSync(at).ino, before.ino);
    assert.deepEqual(caches(home, 'cli'), [file]);
  });

  it('a damaged cache (cut short, or its header changed) is rejected and written again; the run is the same', function () {
    this.timeout(30000);
    const plain = check(home);
    const [file] = caches(home, 'cli');
    const at = path.join(folder(home), file);
    const good = readFileSync(at);
    for (const damaged of [good.subarray(0, good.length >> 1), Buffer.concat([Buffer.from(good.subarray(0, 8)).map((b) => b ^ 0xff), good.subarray(8)])]) {
      writeFileSync(at, damaged);
      assert.deepEqual(check(home), plain);
      assert.ok(!readFileSync(at).equals(damaged), 'written again');
      // (The cache written again is taken by the next run.)
      const ino = statSync(at).ino;
      assert.deepEqual(check(home), plain);
      assert.equal(statSync(at).ino, ino);
    }
  });

  it('a cache folder others may write in is neither read nor written (another user could put code there)', function () {
    if (!posix) this.skip();
    this.timeout(30000);
    const plain = check(tempDir('cache-own-'));
    mkdirSync(folder(home), { recursive: true });
    chmodSync(folder(home), 0o777);
    assert.deepEqual(check(home), plain);
    assert.deepEqual(caches(home, 'cli'), []);
  });

  it('a HOME that names no folder gets none made; a relative XDG_CACHE_HOME is ignored, as the XDG specification has it', function () {
    if (!posix) this.skip();
    this.timeout(30000);
    const plain = check(tempDir('cache-own-'));
    const bin = path.join(DIST, 'cli.js');
    const run = (env: Record<string, string>, cwd = home) => spawnSync(process.execPath, [bin, 'check', REPORT], { encoding: 'utf8', cwd, env: { ...process.env, ...env } });
    const absent = path.join(home, 'absent');
    const r = run({ HOME: absent, XDG_CACHE_HOME: '' });
    assert.deepEqual({ status: r.status, out: r.stdout, err: r.stderr }, plain);
    assert.deepEqual(readdirSync(home), []);
    mkdirSync(path.join(home, 'user'));
    const rel = run({ HOME: path.join(home, 'user'), XDG_CACHE_HOME: 'relative' });
    assert.deepEqual({ status: rel.status, out: rel.stdout, err: rel.stderr }, plain);
    assert.deepEqual(readdirSync(home).sort(), ['user']);
    assert.equal(caches(path.join(home, 'user', '.cache'), 'cli').length, 1);
  });

  it('the caches of earlier builds are removed when a new one is written; the server’s are not the CLI’s', function () {
    this.timeout(30000);
    mkdirSync(folder(home), { recursive: true, mode: 0o700 });
    writeFileSync(path.join(folder(home), 'cli-v0.0.0-1-1.bin'), 'old');
    writeFileSync(path.join(folder(home), 'server-v0.0.0-1-1.bin'), 'old');
    check(home);
    const cli = caches(home, 'cli');
    assert.equal(cli.length, 1);
    assert.notEqual(cli[0], 'cli-v0.0.0-1-1.bin');
    assert.deepEqual(caches(home, 'server'), ['server-v0.0.0-1-1.bin']);
  });

  it('the server writes its cache when it exits, and a server started from it publishes the same diagnostics', async function () {
    this.timeout(60000);
    const was = { xdg: process.env.XDG_CACHE_HOME, local: process.env.LOCALAPPDATA };
    process.env.XDG_CACHE_HOME = process.env.LOCALAPPDATA = home;
    const text = readFileSync(REPORT, 'utf8');
    const run = async () => {
      const c = new TestClient();
      try {
        await c.initialize('zh-cn');
        const diagnostics = await c.open('file:///cached.txt', text);
        const exited = new Promise((r) => c.proc.once('exit', r));
        await c.conn.sendRequest('shutdown');
        await c.conn.sendNotification('exit');
        await exited;
        return diagnostics;
      } finally {
        c.conn.dispose();
        c.proc.kill();
      }
    };
    try {
      const first = await run();
      const [file] = caches(home, 'server');
      assert.ok(file, 'a cache was written at exit');
      const ino = statSync(path.join(folder(home), file)).ino;
      assert.ok(first.length > 0);
      assert.deepEqual(await run(), first);
      assert.equal(statSync(path.join(folder(home), file)).ino, ino, 'read, not written again');
    } finally {
      for (const [k, v] of [['XDG_CACHE_HOME', was.xdg], ['LOCALAPPDATA', was.local]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
