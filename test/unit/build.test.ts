/** The bundles node loads at every start are ASCII (esbuild.mjs), and mean what the code they come from means. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** An ES module's import, which TypeScript's CommonJS output would turn into a require. */
const importModule = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>;
const ROOT = path.join(__dirname, '..', '..', '..');

describe('build: bundles in ASCII', () => {
  it('every bundle in dist/ holds ASCII only (a pattern’s Chinese made the server’s 1 MB source a two-byte string)', () => {
    const files = readdirSync(path.join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    assert.ok(files.includes('server-main.js') && files.includes('cli.js'), 'the build has run');
    for (const f of files) {
      const text = readFileSync(path.join(ROOT, 'dist', f), 'utf8');
      const at = text.search(/[^\x00-\x7f]/);
      assert.equal(at, -1, `${f}: ${text.slice(Math.max(0, at - 40), at + 10)}`);
    }
  });

  it('an escaped pattern matches what the written one matches: escaped characters, classes, ranges, characters beyond the BMP, the u flag', async () => {
    const { toAscii } = (await importModule('file://' + path.join(ROOT, 'scripts', 'ascii.mjs'))) as { toAscii(s: string): string };
    const source = String.raw`[/^[一二三四五六七八九]{1,2}、/, /\（[一-龥]+\）/, /[😀-😂]x/u, /\p{Script=Han}{2}/u, /年度?报告|報告/ /* 注释 */]`;
    const escaped = toAscii(source);
    assert.doesNotMatch(escaped, /[^\x00-\x7f]/);
    const written = vm.runInNewContext(source) as RegExp[];
    const made = vm.runInNewContext(escaped) as RegExp[];
    for (const s of ['十二、', '一、总体', '（公开）', '(x)', '😁x', '😃x', '报告', '年度报告', '報告', 'ab']) {
      assert.deepEqual(Array.from(made, (r) => r.test(s)), Array.from(written, (r) => r.test(s)), s);
    }
  });
});
