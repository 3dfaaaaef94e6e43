// npm start: the extension in a real VS Code (code-server) in your browser, on the example reports.
//
//   npm start                 # http://127.0.0.1:8080 (or the next free port)
//   npm start -- --port 9000  # or PORT=9000 npm start
//
// Runs the shared setup (scripts/editors/setup.mjs: Debian packages, code-server in .e2e/code-server,
// `npm run package`), installs disclosure-report.vsix into a fresh extensions dir, copies into
// .e2e/start/workspace the examples that are missing there (never deleting or overwriting a file:
// scripts/editors/startWorkspace.cjs), and serves it on 127.0.0.1 with the user data kept in
// .e2e/start/ud (your settings survive restarts; auto-save is off unless you turn it on). A small helper extension (scripts/editors/open-examples)
// opens the reports in editors on a first visit; a later visit restores the editors you left open.
// Stays in the foreground until Ctrl+C, then stops code-server's whole process group.
import { createRequire } from 'node:module';
import path from 'node:path';
import { e2e, freePort, prepareCodeServerDir, root, setup, startCodeServer, useE2eEnv, VSIX } from './editors/setup.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const { refreshExamples, describeWorkspace, START_SETTINGS } = createRequire(import.meta.url)('./editors/startWorkspace.cjs');
const wanted = Number(arg('--port') ?? process.env.PORT ?? 8080);
const dir = path.join(e2e, 'start');
const ws = path.join(dir, 'workspace');

useE2eEnv();
try {
  const { problems } = await setup();
  for (const p of problems) console.error(`警告 / warning: ${p}`);
} catch (e) {
  console.error(`准备失败 / setup failed: ${e.message}`);
  process.exit(1);
}

// The examples beside the user's own files: missing ones copied, nothing deleted or overwritten.
const workspace = refreshExamples(ws, path.join(root, 'examples'));

const extensions = prepareCodeServerDir(dir, {
  vsix: VSIX,
  keepUserData: true,
  unpacked: [path.join(root, 'scripts', 'editors', 'open-examples')],
  settings: START_SETTINGS, // defaults; your own settings.json wins
});
const port = await freePort(wanted);
let server;
try {
  server = await startCodeServer(dir, { port });
} catch (e) {
  console.error(`code-server 启动失败 / did not start: ${e.message}`);
  process.exit(1);
}
const url = server.folderUrl(ws);
console.log('');
console.log(`政府信息公开年度报告 — 编辑器已启动：${url}`);
console.log(`Disclosure Report — editor running at ${url}`);
console.log(`  extensions: ${extensions.join(', ')} · log: ${path.relative(root, server.logFile)}`);
for (const line of describeWorkspace(ws, workspace)) console.log(line);
console.log('  按 Ctrl+C 停止 / press Ctrl+C to stop');

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\n正在停止 code-server / stopping code-server …');
  const gone = await server.stop();
  console.log(gone ? '已停止 / stopped' : '部分进程未能停止 / some processes did not stop');
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
// If code-server dies on its own, say so and exit.
const watch = setInterval(async () => {
  try {
    await fetch(`${server.base}/healthz`);
  } catch {
    clearInterval(watch);
    console.error(`code-server 已退出 / code-server exited; see ${server.logFile}`);
    await stop(1);
  }
}, 5000);
