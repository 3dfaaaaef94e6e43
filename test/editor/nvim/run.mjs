// Neovim (0.7, Debian) as a second, independent LSP client of the bundled server: proof that the
// server serves any editor. Installs neovim with apt when missing (as root), keeps every file it
// writes under .e2e/nvim, and ends with `nvim-tests: N passed, N failed`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const here = path.join(root, 'test', 'editor', 'nvim');
const work = path.join(root, '.e2e', 'nvim');
let passed = 0;
let failed = 0;
const done = () => {
  console.log(`nvim-tests: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
};

function ensureNeovim() {
  if (spawnSync('nvim', ['--version']).status === 0) return true;
  if (process.getuid?.() !== 0) return false;
  execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim'], { stdio: 'ignore' });
  return spawnSync('nvim', ['--version']).status === 0;
}

if (!ensureNeovim()) {
  console.log('  ✗ neovim is not installed and cannot be installed here (needs root and apt)');
  failed++;
  done();
}
const server = path.join(root, 'dist', 'server.js');
if (!existsSync(server)) {
  console.log('  ✗ dist/server.js is missing: run npm run build');
  failed++;
  done();
}
for (const d of ['config', 'data', 'cache', 'state']) mkdirSync(path.join(work, d), { recursive: true });

const fixtures = path.join(root, 'test', 'fixtures');
/** Where to hover: found by matching text (an offset `delta` into the match), never by counting columns. */
function position(file, needle, delta) {
  const text = readFileSync(path.join(fixtures, file), 'utf8');
  const before = text.slice(0, text.indexOf(needle) + delta).split(/\r\n|\r|\n/);
  return [before.length - 1, before[before.length - 1].length];
}
const cases = [
  { name: 'seed 002 (one long line)', file: '002_9419df82f7924411.txt', code: 'table-missing', count: 3, needle: '温州市', delta: 1, expect: '**温州市人力资源和社会保障局2023年政府信息公开工作年度报告**' },
  { name: 'seed 003 (tab rows)', file: '003_054de3fe172792eb.txt', code: 'cell-blank', count: 5, needle: '一、本年新收政府信息公开申请数量\t\t5\t0\t0\t0\t0\t0\t5', delta: '一、本年新收政府信息公开申请数量\t\t5\t0\t0\t0\t0\t0\t'.length, expect: '总计 = 5 + 0 + 0 + 0 + 0 + 0 = 5 ✓' },
  { name: 'seed 001 (traditional)', file: '001_72945e47686616df.txt', code: 'mixed-script', count: 39, needle: '16 |', delta: 0, expect: '总计 = 15 + 0 + 0 + 0 + 1 + 0 = 16 ✓' },
].map((c) => ({ ...c, hover: position(c.file, c.needle, c.delta) }));
for (const c of cases) {
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(work, 'config'), XDG_DATA_HOME: path.join(work, 'data'), XDG_CACHE_HOME: path.join(work, 'cache'), XDG_STATE_HOME: path.join(work, 'state'),
    DR_SERVER: server, DR_FILE: path.join(fixtures, c.file), DR_EXPECT_CODE: c.code, DR_EXPECT_COUNT: String(c.count),
    DR_HOVER_LINE: String(c.hover[0]), DR_HOVER_CHAR: String(c.hover[1]), DR_HOVER_EXPECT: c.expect,
  };
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(here, 'lsp_test.lua')}`], { env, encoding: 'utf8', timeout: 60000 });
  const lines = (r.stdout ?? '').split('\n').filter((l) => l.startsWith('RESULT '));
  if (!lines.length) {
    failed++;
    console.log(`  ✗ ${c.name}: no result (exit ${r.status}) ${(r.stderr ?? '').slice(0, 300)}`);
    continue;
  }
  for (const l of lines) {
    const [, verdict, ...rest] = l.split(' ');
    if (verdict === 'pass') passed++;
    else failed++;
    console.log(`  ${verdict === 'pass' ? '✓' : '✗'} ${c.name}: ${rest.join(' ')}`);
  }
}
done();
