// The extension in a real VS Code: code-server 4.100.3 with the packaged vsix installed, driven by
// Debian's Chromium through playwright-core (see scripts/editors/setup.mjs).
//
//   node test/editor/vscode/run.mjs          (npm run test:vscode builds first)
//
// 1. setup (Debian packages, code-server, playwright-core, `npm run package`), in a child process;
// 2. in-extension-host tests (suite/*.test.js) through the workbench URL's payload
//    (extensionDevelopmentPath = the installed vsix's folder, extensionTestsPath = suite/index.js);
// 3. the Playwright UI test (ui.mjs), screenshots in test-results/vscode/.
// Each phase has its own code-server (fresh user data, extensions dir and workspace under
// .e2e/vscode/run/), started in its own process group and stopped as a whole. Prints every test with
// ✓/✗ and ends with `vscode-tests: N passed, M failed`; exit code 0 only when all passed.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { e2e, killGroup, launchChromium, prepareCodeServerDir, root, startCodeServer, useE2eEnv, VSIX, EXTENSION_ID } from '../../../scripts/editors/setup.mjs';
import { createRequire } from 'node:module';
import { uiTests } from './ui.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEADLINE_MS = Number(process.env.VSCODE_TESTS_DEADLINE_MS) || 20 * 60 * 1000; // first run installs ~2 min of packages
const INHOST_TIMEOUT_MS = 5 * 60 * 1000;
const started = Date.now();
const run = path.join(e2e, 'vscode', 'run');
const shots = path.join(root, 'test-results', 'vscode');

useE2eEnv();
const results = [];
const times = {};
const cleanups = []; // async functions, run in reverse order
let finished = false;

function record(name, ok, detail = '', ms) {
  results.push({ name, ok, detail });
  const t = ms === undefined ? '' : ` (${(ms / 1000).toFixed(1)} s)`;
  const extra = !ok && detail ? `\n      ${String(detail).split('\n').slice(0, 6).join('\n      ')}` : ok && detail ? ` — ${detail}` : '';
  console.log(`  ${ok ? '✓' : '✗'} ${name}${t}${extra}`);
}

async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    await Promise.race([fn().catch(() => {}), new Promise((r) => setTimeout(r, 15000))]);
  }
}

async function finish(code) {
  if (finished) return;
  finished = true;
  await cleanup();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  times.total = (Date.now() - started) / 1000;
  console.log(`  time: ${Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(' · ')}`);
  console.log(`vscode-tests: ${passed} passed, ${failed} failed`);
  process.exit(failed || code ? 1 : 0);
}

const deadline = setTimeout(() => {
  record(`the whole run finishes within ${DEADLINE_MS / 60000} min`, false, 'global deadline reached: stopping everything');
  void finish(1);
}, DEADLINE_MS);
deadline.unref?.();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => {
  record('run not interrupted', false, `got ${sig}`);
  void finish(1);
});

/** Setup in a child process (its own process group), so the deadline can stop apt/npm too. */
function runSetup() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'editors', 'setup.mjs')], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    cleanups.push(() => killGroup(child.pid, 1000));
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
      process.stderr.write(b);
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** A fresh workspace folder: copies (writable) of the seeds and the Markdown example. */
function workspace(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, from] of Object.entries(files)) writeFileSync(path.join(dir, name), readFileSync(from));
  return dir;
}

/** A 2024 report of seed 000's agency (test/years.ts, compiled to out/), for the tests that compare years. */
const years = createRequire(import.meta.url)(path.join(root, 'out', 'test', 'years.js')).songjiangYears();
/** GBK bytes of a text (test/gbk.ts): government sites serve many reports so. */
const { gbk } = createRequire(import.meta.url)(path.join(root, 'out', 'test', 'gbk.js'));
const seeds = Object.fromEntries(readdirSync(path.join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => [f, path.join(root, 'test', 'fixtures', f)]));

async function inHost() {
  const dir = path.join(run, 'inhost');
  const ws = workspace(path.join(dir, 'ws'), { ...seeds, 'sample-markdown-wrong-total.report.md': path.join(root, 'examples', 'sample-markdown-wrong-total.report.md') });
  writeFileSync(path.join(ws, 'songjiang-2024.txt'), years.y2024);
  mkdirSync(path.join(ws, 'pages'), { recursive: true });
  writeFileSync(path.join(ws, 'pages', 'czj_2023.html'), readFileSync(path.join(root, 'test', 'fixtures', 'html', 'czj_2023.html')));
  writeFileSync(path.join(ws, 'pages', 'czj-word97.doc'), readFileSync(path.join(root, 'test', 'fixtures', 'word', 'czj_2023.doc')));
  // (Rich text a site's 「下载」 names .doc.)
  writeFileSync(path.join(ws, 'pages', 'czj-download.doc'), readFileSync(path.join(root, 'test', 'fixtures', 'word', 'czj_2023.word-gbk.rtf')));
  // (A PDF as a reporting system writes it: a font it does not hold, read through the Chinese CMaps shipped in the vsix.)
  writeFileSync(path.join(ws, 'pages', 'czj-print.pdf'), readFileSync(path.join(root, 'test', 'fixtures', 'pdf-files', 'czj_2023.itext.pdf')));
  // (A folder of downloads to import at once: a PDF, a .doc in a folder of its own, a locked PDF, a saved page's own folder.)
  mkdirSync(path.join(ws, 'downloads', 'word'), { recursive: true });
  mkdirSync(path.join(ws, 'downloads', 'page_files'), { recursive: true });
  writeFileSync(path.join(ws, 'downloads', 'print.pdf'), readFileSync(path.join(root, 'test', 'fixtures', 'pdf-files', 'czj_2023.itext.pdf')));
  writeFileSync(path.join(ws, 'downloads', 'word', 'word97.doc'), readFileSync(path.join(root, 'test', 'fixtures', 'word', 'czj_2023.doc')));
  writeFileSync(path.join(ws, 'downloads', 'locked.pdf'), readFileSync(path.join(root, 'test', 'fixtures', 'pdf-files', 'password-open.pdf')));
  writeFileSync(path.join(ws, 'downloads', 'page_files', 'frame.html'), readFileSync(path.join(root, 'test', 'fixtures', 'html', 'czj_2023.html')));
  const installed = prepareCodeServerDir(dir, {
    vsix: VSIX,
    settings: { 'disclosureReport.locale': 'zh-cn', 'editor.codeActionsOnSave': { 'source.fixAll.disclosureReport': 'explicit' }, 'files.autoSave': 'off' },
  });
  const extFolder = readdirSync(path.join(dir, 'ext')).find((f) => f.startsWith(`${EXTENSION_ID}-`));
  if (!extFolder) throw new Error(`the vsix did not install (extensions: ${installed.join(', ')})`);
  const server = await startCodeServer(dir);
  cleanups.push(() => server.stop());
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLog = path.join(dir, 'page-console.log');
  const fromConsole = [];
  page.on('console', (m) => {
    const t = m.text();
    appendFileSync(consoleLog, t + '\n');
    const i = t.indexOf('@@vscode-test ');
    if (i >= 0) {
      try {
        fromConsole.push(JSON.parse(t.slice(i + '@@vscode-test '.length)));
      } catch {}
    }
  });
  const exit = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  const payload = [
    ['extensionDevelopmentPath', server.remote(path.join(dir, 'ext', extFolder))],
    ['extensionTestsPath', server.remote(path.join(here, 'suite', 'index.js'))],
  ];
  await page.goto(server.folderUrl(ws, payload));
  const code = await Promise.race([exit, new Promise((r) => setTimeout(() => r('timeout'), INHOST_TIMEOUT_MS))]);
  const file = path.join(dir, 'inhost-results.json');
  const list = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fromConsole;
  for (const r of list) record(`[in-host] ${r.name}`, r.ok, r.ok ? r.note ?? '' : r.error, r.ms);
  if (!list.length) record('[in-host] the suite ran', false, `no results (exit ${code}); see ${consoleLog} and ${server.logFile}`);
  const failedHere = list.filter((r) => !r.ok).length;
  if (code === 'timeout') record('[in-host] the suite finished', false, `no codeAutomationExit within ${INHOST_TIMEOUT_MS / 1000} s`);
  else if ((code === 0) !== (failedHere === 0)) record('[in-host] exit code agrees with the results', false, `exit ${code}, ${failedHere} failed`);
  await browser.close();
  await server.stop();
}

async function ui() {
  const dir = path.join(run, 'ui');
  const ws = workspace(path.join(dir, 'ws'), {});
  const seed = readFileSync(seeds['001_72945e47686616df.txt'], 'utf8');
  const TOTAL = /((?:\(一\)|（一）)予以公[開开] \|\r?\n(?:\d+ \|\r?\n){6})16( \|)/;
  if (!TOTAL.test(seed)) throw new Error('seed 001 no longer has （一）予以公开 total 16');
  writeFileSync(path.join(ws, 'suqian-2021-wrong-total.txt'), seed.replace(TOTAL, '$117$2'));
  // A few more reports, for the workspace steps: two years of one agency and a glued page.
  writeFileSync(path.join(ws, 'songjiang-2023.txt'), years.y2023);
  writeFileSync(path.join(ws, 'songjiang-2024.txt'), years.y2024);
  writeFileSync(path.join(ws, 'gwh-2022-glued.txt'), readFileSync(path.join(root, 'test', 'fixtures', 'glued', 'gwh_2022.txt')));
  writeFileSync(path.join(ws, 'gwh_2022.html'), readFileSync(path.join(root, 'test', 'fixtures', 'html', 'gwh_2022.html')));
  // A Markdown file that is no report (the language status item is not for it).
  writeFileSync(path.join(ws, 'meeting-notes.md'), '# 会议纪要\n\n- 采购办公用品\n- 整理档案\n');
  // A report whose table 三 does not balance (seed 003 with 上年结转 0 → 2), and one saved in GBK.
  const tabs = readFileSync(seeds['003_054de3fe172792eb.txt'], 'utf8');
  const CARRIED = /^(二、上年结转政府信息公开申请数量\t\t)0(\t0\t0\t0\t0\t0\t)0(\t)$/m;
  if (!CARRIED.test(tabs)) throw new Error('seed 003 no longer has 二、上年结转 0 … 0');
  writeFileSync(path.join(ws, 'changning-balance-off.txt'), tabs.replace(CARRIED, '$12$22$3'));
  writeFileSync(path.join(ws, 'wenzhou-gbk.txt'), gbk(readFileSync(seeds['002_9419df82f7924411.txt'], 'utf8')));
  prepareCodeServerDir(dir, {
    vsix: VSIX,
    settings: { 'disclosureReport.locale': 'zh-cn', 'editor.minimap.enabled': false, 'workbench.editor.enablePreview': false, 'editor.hover.delay': 200, 'files.autoSave': 'off', 'editor.codeActionsOnSave': { 'source.fixAll.disclosureReport': 'explicit' } },
  });
  const server = await startCodeServer(dir);
  cleanups.push(() => server.stop());
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  await uiTests({ page, url: server.folderUrl(ws), ws, shots, record: (name, ok, detail, ms) => record(`[ui] ${name}`, ok, detail, ms) });
  await browser.close();
  await server.stop();
}

async function phase(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
  } catch (e) {
    record(`${name} ran`, false, e.stack ?? String(e));
  } finally {
    times[name] = (Date.now() - t0) / 1000;
    await cleanup();
  }
}

rmSync(run, { recursive: true, force: true });
mkdirSync(run, { recursive: true });
let setupOk = false;
await phase('setup', async () => {
  const { code, out } = await runSetup();
  if (code !== 0) throw new Error(`scripts/editors/setup.mjs failed (exit ${code})`);
  const problems = [...out.matchAll(/^problem: (.*)$/gm)].map((m) => m[1]);
  record('npm run package builds disclosure-report.vsix', problems.length === 0, problems.join('\n'));
  setupOk = existsSync(VSIX);
});
// `node run.mjs inhost` or `node run.mjs ui` runs one phase only (for development).
const only = process.argv.slice(2);
if (setupOk) {
  if (!only.length || only.includes('inhost')) await phase('in-host', inHost);
  if (!only.length || only.includes('ui')) await phase('ui', ui);
}
await finish(0);
