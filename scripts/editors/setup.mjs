// Shared, idempotent setup for running the extension in a real VS Code (code-server + Chromium),
// used by `npm start` (scripts/start.mjs) and `npm run test:vscode` (test/editor/vscode/run.mjs).
// The recipe is the one proven in ../shared/notes/real-editors.md.
//
//   node scripts/editors/setup.mjs          # Debian packages, code-server, playwright-core, the vsix
//   node scripts/editors/setup.mjs --no-vsix
//
// Everything it writes lives under .e2e/ (gitignored): code-server in .e2e/code-server, playwright-core
// in .e2e/tools, and every run's user-data dir, extensions dir, XDG_* dirs and TMPDIR. Nothing goes to
// $HOME except npm's own download cache (as for `npm ci`).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const e2e = path.join(root, '.e2e');
export const CS_VERSION = '4.100.3'; // Code 1.100.3; the last code-server whose engines field accepts Node 20
const RG_PKG_VERSION = '1.15.11'; // @vscode/ripgrep pinned in lib/vscode/npm-shrinkwrap.json of code-server 4.100.3
const RG_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
export const PLAYWRIGHT_SPEC = 'playwright-core@1.x';
export const APT_PACKAGES = ['chromium', 'fonts-noto-cjk', 'libkrb5-dev', 'ripgrep', 'build-essential', 'python3'];
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const VSIX = path.join(root, 'disclosure-report.vsix');
export const EXTENSION_ID = 'gkreport.disclosure-report';
export const codeServerDir = path.join(e2e, 'code-server');
export const codeServerBin = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');
const toolsDir = path.join(e2e, 'tools');

/** The user settings of every code-server started here (the notes' list), plus `extra`. */
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'git.enabled': false,
};

const say = (...a) => console.error('[setup]', ...a);

/** XDG_*, TMPDIR (and for Chromium HOME) inside .e2e/, so that nothing lands in $HOME. */
export function e2eEnv({ home = false } = {}) {
  const x = path.join(e2e, 'xdg');
  const env = {
    XDG_CONFIG_HOME: path.join(x, 'config'),
    XDG_DATA_HOME: path.join(x, 'data'),
    XDG_CACHE_HOME: path.join(x, 'cache'),
    XDG_STATE_HOME: path.join(x, 'state'),
    TMPDIR: path.join(e2e, 'tmp'),
  };
  if (home) env.HOME = path.join(e2e, 'home');
  for (const d of Object.values(env)) mkdirSync(d, { recursive: true });
  return env;
}

/** Point this process's own temporary files (os.tmpdir(), Playwright's browser profile) into .e2e/. */
export function useE2eEnv() {
  Object.assign(process.env, e2eEnv());
}

// ---------------------------------------------------------------------------------------------
// (a) Debian packages

const installed = (pkg) => {
  const r = spawnSync('dpkg', ['-s', pkg], { encoding: 'utf8' });
  return r.status === 0 && /^Status: install ok installed$/m.test(r.stdout);
};

export function ensureDebianPackages(pkgs = APT_PACKAGES) {
  const missing = pkgs.filter((p) => !installed(p));
  if (!missing.length) return [];
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages (need root to install): ${missing.join(' ')}`);
  say(`apt-get install ${missing.join(' ')}`);
  execFileSync('bash', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 ${missing.join(' ')}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  const still = missing.filter((p) => !installed(p));
  if (still.length) throw new Error(`apt-get did not install: ${still.join(' ')}`);
  return missing;
}

// ---------------------------------------------------------------------------------------------
// (b) code-server, offline from GitHub (npm registry only)

export function codeServerVersion() {
  if (!existsSync(codeServerBin)) return null;
  const r = spawnSync(codeServerBin, ['--version'], { encoding: 'utf8', env: { ...process.env, ...e2eEnv() }, timeout: 60000 });
  // It may log a line first (e.g. "[…] info Wrote default config file"): take the version line.
  const m = r.status === 0 ? /^(\d+\.\d+\.\d+)\s/m.exec(r.stdout) : null;
  return m ? m[1] : null;
}

export function ensureCodeServer() {
  if (codeServerVersion() === CS_VERSION) return false;
  say(`installing code-server ${CS_VERSION} into ${path.relative(root, codeServerDir)} (about a minute, 300 MB)`);
  const rg = spawnSync('bash', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) is missing');
  mkdirSync(path.join(e2e, 'tmp'), { recursive: true });
  const work = mkdtempSync(path.join(e2e, 'tmp', 'cs-install-'));
  try {
    // @vscode/ripgrep's postinstall uses $TMPDIR/vscode-ripgrep-cache-<ver>/<asset> when present:
    // seed it with Debian's rg (also ripgrep 13.0.0) instead of downloading from GitHub.
    const tmp = path.join(work, 'tmp');
    const cache = path.join(tmp, `vscode-ripgrep-cache-${RG_PKG_VERSION}`);
    mkdirSync(cache, { recursive: true });
    mkdirSync(path.join(work, 'rg'));
    copyFileSync(rg, path.join(work, 'rg', 'rg'));
    execFileSync('chmod', ['755', path.join(work, 'rg', 'rg')]);
    execFileSync('tar', ['czf', path.join(cache, RG_ASSET), '-C', path.join(work, 'rg'), 'rg']);
    mkdirSync(codeServerDir, { recursive: true });
    const pj = path.join(codeServerDir, 'package.json');
    if (!existsSync(pj)) writeFileSync(pj, JSON.stringify({ name: 'code-server-host', private: true }, null, 2) + '\n');
    const env = {
      ...process.env,
      ...e2eEnv(),
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true', // postinstall.sh refuses root otherwise
      npm_config_yes: 'true', // node-pty's post-install runs `npx node-gyp@…`; ~/.npmrc may say yes=false
      npm_config_nodedir: '/usr', // native modules build against Debian's node headers
      npm_config_update_notifier: 'false',
    };
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CS_VERSION}`], { cwd: codeServerDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const v = codeServerVersion();
  if (v !== CS_VERSION) throw new Error(`code-server --version gave ${v}, expected ${CS_VERSION}`);
  const rgBin = path.join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!existsSync(rgBin)) throw new Error(`code-server installed without ${rgBin}`);
  return true;
}

// ---------------------------------------------------------------------------------------------
// (c) playwright-core, in its own folder (not a devDependency of the extension)

const toolsRequire = () => createRequire(path.join(toolsDir, 'package.json'));

export function playwrightVersion() {
  try {
    const pj = toolsRequire().resolve('playwright-core/package.json');
    return JSON.parse(readFileSync(pj, 'utf8')).version;
  } catch {
    return null;
  }
}

export function ensurePlaywright() {
  if (playwrightVersion()?.startsWith('1.')) return false;
  say(`installing ${PLAYWRIGHT_SPEC} into ${path.relative(root, toolsDir)}`);
  mkdirSync(toolsDir, { recursive: true });
  const pj = path.join(toolsDir, 'package.json');
  if (!existsSync(pj)) writeFileSync(pj, JSON.stringify({ name: 'e2e-tools', private: true }, null, 2) + '\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', PLAYWRIGHT_SPEC], {
    cwd: toolsDir,
    env: { ...process.env, ...e2eEnv(), PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!playwrightVersion()) throw new Error('playwright-core did not install');
  return true;
}

/** playwright-core's `chromium`, from .e2e/tools. */
export async function playwright() {
  const entry = toolsRequire().resolve('playwright-core');
  const mod = await import(pathToFileURL(entry).href);
  return mod.default ?? mod;
}

/** Debian's Chromium with the notes' flags; its profile and caches stay in .e2e/. */
export async function launchChromium(opts = {}) {
  const { chromium } = await playwright();
  // Signals are the caller's to handle (it stops code-server and prints its summary); Playwright still
  // kills the browser when this process exits.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env: { ...process.env, ...e2eEnv({ home: true }) }, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, ...opts });
}

// ---------------------------------------------------------------------------------------------
// (d) the vsix

/**
 * `npm run package`. If vsce refuses only because README.md has relative links and the repository is
 * not on GitHub/GitLab, package again with --no-rewrite-relative-links so the editor tests can still
 * run, and return that as a problem (the runner reports it as a failed check).
 */
export function buildVsix() {
  mkdirSync(path.join(e2e, 'logs'), { recursive: true });
  const log = path.join(e2e, 'logs', 'package.log');
  const env = { ...process.env, npm_config_update_notifier: 'false' };
  const r = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8', env });
  const output = (r.stdout ?? '') + (r.stderr ?? '');
  writeFileSync(log, output);
  if (r.status === 0 && existsSync(VSIX)) return { vsix: VSIX, problem: null };
  const m = /ERROR\s+(Couldn't detect the repository[^\n]*)/.exec(output);
  if (m && existsSync(path.join(root, 'dist', 'extension.js'))) {
    const vsce = path.join(root, 'node_modules', '.bin', 'vsce');
    const again = spawnSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '-o', VSIX], { cwd: root, encoding: 'utf8', env });
    writeFileSync(log, output + '\n--- fallback: vsce package --no-dependencies --no-rewrite-relative-links ---\n' + (again.stdout ?? '') + (again.stderr ?? ''));
    if (again.status === 0 && existsSync(VSIX)) {
      const problem = `npm run package failed: vsce: ${m[1]} (packaged instead with vsce package --no-dependencies --no-rewrite-relative-links)`;
      say(problem);
      return { vsix: VSIX, problem };
    }
  }
  process.stderr.write(output);
  throw new Error(`npm run package failed (exit ${r.status}); log in ${log}`);
}

/** Everything, idempotent. Returns { times: seconds per step, problems: [message] }. */
export async function setup({ vsix = true } = {}) {
  const times = {};
  const step = (name, fn) => {
    const t0 = Date.now();
    const r = fn();
    times[name] = (Date.now() - t0) / 1000;
    return r;
  };
  step('apt', () => ensureDebianPackages());
  step('codeServer', () => ensureCodeServer());
  step('playwright', () => ensurePlaywright());
  const problems = [];
  if (vsix) {
    const { problem } = step('vsix', () => buildVsix());
    if (problem) problems.push(problem);
  }
  return { times, problems };
}

// ---------------------------------------------------------------------------------------------
// (e) starting and stopping code-server

/** A free TCP port on 127.0.0.1: `preferred` or the next free one after it, or any free port. */
export async function freePort(preferred) {
  const tryPort = (p) =>
    new Promise((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(null));
      s.listen(p, '127.0.0.1', () => {
        const got = s.address().port;
        s.close(() => resolve(got));
      });
    });
  if (preferred) {
    for (let p = preferred; p < preferred + 100; p++) {
      const got = await tryPort(p);
      if (got) return got;
    }
  }
  return tryPort(0);
}

const live = new Set();
process.on('exit', () => {
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

/** Processes whose process group is `pgid` (from /proc). */
export function groupMembers(pgid) {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') out.push(Number(name));
    } catch {}
  }
  return out;
}

/** SIGTERM the whole group, then SIGKILL what is left after `graceMs`; resolves when the group is gone. */
export async function killGroup(pgid, graceMs = 4000) {
  const signal = (s) => {
    try {
      process.kill(-pgid, s);
    } catch {}
  };
  signal('SIGTERM');
  const until = Date.now() + graceMs;
  while (groupMembers(pgid).length && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (groupMembers(pgid).length) signal('SIGKILL');
  const hard = Date.now() + 5000;
  while (groupMembers(pgid).length && Date.now() < hard) await new Promise((r) => setTimeout(r, 100));
  live.delete(pgid);
  return groupMembers(pgid).length === 0;
}

function codeServerArgs(dir, port) {
  return ['--config', path.join(dir, 'config.yaml'), '--user-data-dir', path.join(dir, 'ud'), '--extensions-dir', path.join(dir, 'ext')].concat(
    port ? ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'] : [],
  );
}

/**
 * Prepare `dir` (user-data dir `ud`, extensions dir `ext`, config.yaml) and, when `vsix` is given,
 * install it with `--install-extension`. `fresh` empties the extensions dir (and, unless
 * `keepUserData`, the user data) first. `unpacked` folders (each with a package.json) are copied into
 * the extensions dir as `publisher.name-version` before anything else is installed (VS Code ignores
 * folders added after it wrote ext/extensions.json). Returns `--list-extensions --show-versions`.
 */
export function prepareCodeServerDir(dir, { settings = {}, vsix, fresh = true, keepUserData = false, unpacked = [] } = {}) {
  if (fresh) {
    rmSync(path.join(dir, 'ext'), { recursive: true, force: true });
    if (!keepUserData) rmSync(path.join(dir, 'ud'), { recursive: true, force: true });
  }
  mkdirSync(path.join(dir, 'ud', 'User'), { recursive: true });
  mkdirSync(path.join(dir, 'ext'), { recursive: true });
  for (const from of unpacked) {
    const m = JSON.parse(readFileSync(path.join(from, 'package.json'), 'utf8'));
    cpSync(from, path.join(dir, 'ext', `${m.publisher}.${m.name}-${m.version}`), { recursive: true });
  }
  writeFileSync(path.join(dir, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const file = path.join(dir, 'ud', 'User', 'settings.json');
  let current = {};
  if (keepUserData && existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, 'utf8'));
    } catch {}
  }
  // Kept user data: the user's own settings win over these defaults.
  writeFileSync(file, JSON.stringify({ ...BASE_SETTINGS, ...settings, ...current }, null, 2) + '\n');
  if (vsix) {
    const r = spawnSync(codeServerBin, [...codeServerArgs(dir), '--install-extension', vsix, '--force'], { encoding: 'utf8', env: { ...process.env, ...e2eEnv() }, timeout: 120000 });
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) throw new Error(`--install-extension failed: ${r.stdout}${r.stderr}`);
  }
  const list = spawnSync(codeServerBin, [...codeServerArgs(dir), '--list-extensions', '--show-versions'], { encoding: 'utf8', env: { ...process.env, ...e2eEnv() }, timeout: 120000 });
  return list.stdout.trim().split('\n').filter(Boolean);
}

/**
 * Start code-server in its own process group on 127.0.0.1 and wait for /healthz. `dir` must have been
 * prepared with prepareCodeServerDir. Returns { pid, port, base, folderUrl(folder, payload), stop() }.
 */
export async function startCodeServer(dir, { port, env = {}, args = [], timeoutMs = 60000 } = {}) {
  port = port ?? (await freePort());
  const logFile = path.join(dir, 'code-server.log');
  const out = createWriteStream(logFile);
  await new Promise((r) => out.once('open', r));
  const child = spawn(codeServerBin, [...codeServerArgs(dir, port), ...args], {
    cwd: dir,
    detached: true, // setsid: its own session and process group, stopped as a whole
    stdio: ['ignore', out, out],
    env: { ...process.env, ...e2eEnv(), ...env },
  });
  live.add(child.pid);
  let exited = null;
  child.once('exit', (code, sig) => (exited = { code, sig }));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > until) {
      await killGroup(child.pid);
      throw new Error(`code-server did not answer ${base}/healthz within ${timeoutMs} ms; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const host = `127.0.0.1:${port}`;
  return {
    pid: child.pid,
    port,
    base,
    logFile,
    /** Workbench URL for `folder`, with an optional payload of [key, value] pairs (see `remote` for paths). */
    folderUrl(folder, payload) {
      let url = `${base}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
      if (payload?.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    remote: (abs) => `vscode-remote://${host}${abs}`,
    stop: () => killGroup(child.pid),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  try {
    const { times, problems } = await setup({ vsix: !process.argv.includes('--no-vsix') });
    for (const p of problems) console.log(`problem: ${p}`);
    console.log(`setup done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}`);
    console.log(`code-server ${codeServerVersion()} · playwright-core ${playwrightVersion()} · ${path.relative(root, VSIX)}`);
  } catch (e) {
    console.error(`setup failed: ${e.message}`);
    process.exit(1);
  }
}
