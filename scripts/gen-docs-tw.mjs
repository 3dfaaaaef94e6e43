// Generates docs/codes/zh-tw/<code>.md: each diagnostic code's page in traditional script, converted
// with OpenCC (cn → tw, characters only: the reports in traditional script keep the mainland's words),
// for the users whose display language is zh-tw. A test checks the pages are what this script makes.
// Run: node scripts/gen-docs-tw.mjs
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OpenCC = require('opencc-js');
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const dir = path.join(root, 'docs', 'codes');
const out = path.join(dir, 'zh-tw');
mkdirSync(out, { recursive: true });
const pages = readdirSync(dir).filter((f) => f.endsWith('.md'));
for (const f of pages) writeFileSync(path.join(out, f), toTw(readFileSync(path.join(dir, f), 'utf8')));
console.log(`${pages.length} pages`);
