// Bundles the extension (client), the language server and the CLI into dist/.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toAscii } from './scripts/ascii.mjs';

const watch = process.argv.includes('--watch');
/**
 * The protocol library requires node's `crypto` when it loads, for one call that names a pipe — a
 * transport this server never uses. Node compiles that module on first require (~6 ms of a cold
 * start that must stay under 150): the library is given a stand-in that requires it on first use.
 */
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, (a) => (/[\\/]node_modules[\\/]vscode-jsonrpc[\\/]/.test(a.importer) ? { path: 'crypto', namespace: 'lazy-crypto' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      contents: "let m; const c = () => (m ??= require('node:crypto')); module.exports = new Proxy({}, { get: (_, k) => c()[k], has: (_, k) => k in c() });",
      loader: 'js',
    }));
  },
};
/**
 * Writes each bundle in ASCII. esbuild escapes strings and templates but leaves regular expression
 * literals and comments as written, so a bundle holding one Chinese character in a pattern was read
 * by node as a two-byte string: 1 MB decoded from UTF-8 on every start (8–18 ms here, against 4–9 for the same
 * text in ASCII) and compiled from twice the memory. In a pattern 「\u4e00」 means what 「一」 does (a
 * character escaped there — 「\一」 — is the character itself, so its backslash goes); in a comment it
 * means nothing.
 */
const ascii = {
  name: 'ascii',
  setup(build) {
    build.onEnd((result) => {
      for (const file of result.outputFiles ?? []) {
        mkdirSync(path.dirname(file.path), { recursive: true });
        writeFileSync(file.path, toAscii(file.text));
      }
    });
  },
};
// (jsonc-parser's main is a UMD module whose requires esbuild cannot follow — the bundles failed at start with 「Cannot find
// module './impl/format'」 —: its ES module build, which bundles.)
const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: false, minify: process.argv.includes('--minify'), logLevel: 'warning', write: false, plugins: [ascii], alias };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server and the CLI, each with its entry that loads it through V8's code cache (boot/).
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [lazyCrypto, ascii] },
  { ...common, entryPoints: ['server/src/boot/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js' },
  { ...common, entryPoints: ['server/src/boot/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // A worker of the CLI's pool for many files (cli/check/pool.ts).
  { ...common, entryPoints: ['server/src/cli/check/worker.ts'], outfile: 'dist/cli-worker.js' },
  // OpenCC, loaded by the server and the CLI only when a conversion is asked for.
  { ...common, entryPoints: ['server/src/convert/engine.ts'], outfile: 'dist/convert/engine.js' },
  // The workbook writer (exceljs), loaded only when statistics are exported to XLSX.
  { ...common, entryPoints: ['server/src/export/xlsx.ts'], outfile: 'dist/export/xlsx.js' },
  // The importer of saved web pages and Word files (parse5, mammoth), loaded only for an import.
  { ...common, entryPoints: ['server/src/import/engine.ts'], outfile: 'dist/import/engine.js' },
  // pdf.js, loaded by the import engine only for a PDF (import/pdf/loadPdfjs.ts). Its ES module asks import.meta.url for a
  // require of its optional canvas package (drawing only): given this bundle's own address.
  {
    ...common,
    entryPoints: ['server/src/import/pdf/pdfjsBundle.ts'],
    outfile: 'dist/import/pdfjs.js',
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
];
// Adobe's CMaps of the Chinese character collections, which pdf.js reads a font the PDF does not hold through (pages.ts).
const CHINESE_CMAPS = /^(?:Adobe-(?:GB1|CNS1)-|Uni(?:GB|CNS)-|GB|B5|CNS|ETen|ETHK|HK|Identity)/;
mkdirSync('dist/import/cmaps', { recursive: true });
for (const f of readdirSync('node_modules/pdfjs-dist/cmaps')) if (CHINESE_CMAPS.test(f) && f.endsWith('.bcmap')) copyFileSync(path.join('node_modules/pdfjs-dist/cmaps', f), path.join('dist/import/cmaps', f));
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
