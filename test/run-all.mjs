// Runs every test suite and ends with one line: `tests: N passed, N failed`.
// Suites: mocha (unit, property, protocol) on the compiled tests in out/, and the TextMate grammar tests.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const only = process.argv.slice(2); // e.g. `node test/run-all.mjs unit grammar`
const want = (s) => !only.length || only.includes(s);
let passed = 0;
let failed = 0;
/** The failures of the mocha suites, said again at the end: CI shows a run's last lines, and a failure scrolled away. */
const failures = [];

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : []));
}

// The real editors' setup (Debian packages; code-server, ~70 s of npm downloads) runs beside the mocha suites: it waits
// on the network and the disk, they on the CPU. The editor runners wait for it (apt takes one lock), and their own
// setup then finds everything in place; if this one failed, theirs tries again and says what failed.
const early = want('vscode') && existsSync('test/editor/vscode/run.mjs') && ['unit', 'property', 'protocol'].some(want) ? earlySetup() : undefined;

/** A node process beside this one, its output kept (printed when its results are), stopped if this one exits first. */
function beside(args, env = process.env) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  const stop = () => child.kill();
  process.on('exit', stop);
  return new Promise((resolve) => child.on('close', (code) => (process.off('exit', stop), resolve({ code, out }))));
}

function earlySetup() {
  return beside([path.join('scripts', 'editors', 'setup.mjs'), '--no-vsix']);
}

// The property suite (CPU alone: no servers, no timers) runs in a process of its own beside the unit suite on a machine of
// two cores or more — ~2 minutes of the run's ~7 of mocha; its output is printed after the others'. RUN_ALL_SERIAL=1 runs
// everything in this process.
const aside = want('unit') && want('property') && os.availableParallelism() >= 2 && !process.env.RUN_ALL_SERIAL ? suiteAside('property') : undefined;

async function suiteAside(suite) {
  const report = path.join(os.tmpdir(), `run-all-${process.pid}-${suite}.json`);
  const { code, out } = await beside([fileURLToPath(import.meta.url), suite], { ...process.env, RUN_ALL_REPORT: report });
  let result;
  try {
    result = JSON.parse(readFileSync(report, 'utf8'));
    rmSync(report, { force: true });
  } catch {
    result = { passed: 0, failed: 1, failures: [`${suite}: its process ended (exit ${code}) without its results`] };
  }
  return { ...result, out };
}

for (const suite of ['unit', 'property', 'protocol']) {
  if (!want(suite) || (aside && suite === 'property')) continue;
  const mocha = new Mocha({ timeout: 30000, reporter: 'spec' });
  for (const f of files(path.join('out', 'test', suite)).sort()) mocha.addFile(path.resolve(f));
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
    runner.on('fail', (test, err) => failures.push(`${suite}: ${test.fullTitle()}\n      ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n      ')}`));
  });
  passed += stats.passes;
  failed += stats.failures;
}

if (aside) {
  const r = await aside;
  process.stdout.write(r.out.replace(/^tests: \d+ passed, \d+ failed\n?$/m, ''));
  passed += r.passed;
  failed += r.failed;
  failures.push(...r.failures);
}

if (want('grammar')) {
  const r = spawnSync(process.execPath, [path.join('node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js'), '-g', 'syntaxes/disclosure-report.tmLanguage.json', 'test/grammar/*.test.report.txt'], { encoding: 'utf8' });
  process.stdout.write('\n  grammar\n' + r.stdout + r.stderr);
  const ok = (r.stdout.match(/^\s*✓/gm) ?? []).length;
  const bad = (r.stdout.match(/^\s*✖/gm) ?? []).length + (r.status !== 0 && !/✖/.test(r.stdout) ? 1 : 0);
  passed += ok;
  failed += bad;
  if (bad) failures.push(`grammar: ${(r.stdout.match(/^\s*✖.*$/gm) ?? [r.stderr.slice(0, 300)]).join('\n      ')}`);
}

if (early) {
  const { code, out } = await early;
  process.stdout.write(`\n  editors' setup, run beside the suites above (exit ${code})\n${out.replace(/^/gm, '    ')}\n`);
}

// Real editors: each runner sets up what it needs (Debian packages, code-server in .e2e/), runs its
// tests and ends with a line `<name>-tests: N passed, N failed`.
for (const [suite, runner] of [['nvim', 'test/editor/nvim/run.mjs'], ['vscode', 'test/editor/vscode/run.mjs']]) {
  if (!want(suite) || !existsSync(runner)) continue;
  process.stdout.write(`\n  ${suite}\n`);
  const r = spawnSync(process.execPath, [runner], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 40 * 60 * 1000 });
  process.stdout.write(r.stdout ?? '');
  for (const line of (r.stdout ?? '').split('\n')) if (/^\s*✗/.test(line)) failures.push(`${suite}: ${line.replace(/^\s*✗\s*/, '')}`);
  const m = new RegExp(`^${suite}-tests: (\\d+) passed, (\\d+) failed$`, 'm').exec(r.stdout ?? '');
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  } else {
    failed += 1;
    failures.push(`${suite}: the runner printed no summary (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''})`);
  }
  if (r.status !== 0 && m && Number(m[2]) === 0) {
    failed += 1;
    failures.push(`${suite}: the runner exited ${r.status} though no test failed`);
  }
}

if (failures.length && !process.env.RUN_ALL_REPORT) console.log(`\n  failed (${failures.length}):\n${failures.map((f) => `    ✗ ${f}`).join('\n')}\n`);
if (process.env.RUN_ALL_REPORT) writeFileSync(process.env.RUN_ALL_REPORT, JSON.stringify({ passed, failed, failures }));
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
