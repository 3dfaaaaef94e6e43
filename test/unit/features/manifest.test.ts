/** The extension manifest: localised in three languages, and a .vsix that holds only what it should. */
import assert from 'node:assert/strict';
import { newReport } from '../../../server/src/create/newReport';
import { CHECKS } from '../../../server/src/checks/registry';
import { analyse, firstTable } from '../../helpers';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..', '..', '..');
const json = (f: string) => JSON.parse(readFileSync(path.join(root, f), 'utf8')) as Record<string, unknown>;

describe('manifest', () => {
  const manifest = readFileSync(path.join(root, 'package.json'), 'utf8');
  const keys = [...new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]))].sort();

  it('every %key% of package.json is translated in English, simplified and traditional Chinese', () => {
    assert.ok(keys.length > 20);
    for (const f of ['package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json']) {
      const nls = json(f);
      assert.deepEqual(keys.filter((k) => typeof nls[k] !== 'string' || !(nls[k] as string).trim()), [], f);
      assert.deepEqual(Object.keys(nls).filter((k) => !keys.includes(k)), [], `${f}: unused keys`);
    }
    assert.equal(json('package.nls.zh-cn.json')['command.convertToSimplified'], '转换为简体');
    assert.equal(json('package.nls.zh-tw.json')['command.convertToSimplified'], '轉換為簡體');
    // An English UI finds every command by its Chinese name too.
    assert.equal(json('package.nls.json')['command.convertToSimplified'], 'Convert to Simplified Chinese (转换为简体)');
    for (const [k, v] of Object.entries(json('package.nls.json'))) if (k.startsWith('command.') && k !== 'command.category') assert.match(String(v), /[\u4e00-\u9fff]/, k);
  });

  it('each check\'s setting says what the check says of itself, in each language, and Taiwan\'s words in traditional Chinese (the settings page had drifted: 默認, 單元格, 源代碼 — found by a review)', () => {
    for (const [f, k, sep] of [['package.nls.json', 'en', ': '], ['package.nls.zh-cn.json', 'cn', '：'], ['package.nls.zh-tw.json', 'tw', '：']] as const) {
      const nls = json(f);
      for (const c of CHECKS) assert.ok(String(nls[`config.check.${c.code}`]).startsWith(c.code + sep + c.description[k]), `${f} ${c.code}`);
    }
    const tw = readFileSync(path.join(root, 'package.nls.zh-tw.json'), 'utf8');
    for (const mainland of ['默認', '單元格', '源代碼', '導入', '文本', '丟失']) assert.ok(!tw.includes(mainland), mainland);
  });

  it('each check\'s setting has the check\'s own severity as its default, which the settings page\'s 「Add Item」 offers (it offered error for every one: found by a review)', () => {
    const props = (json('package.json') as { contributes: { configuration: { properties: Record<string, { properties?: Record<string, { default?: string }> }> } } }).contributes.configuration.properties['disclosureReport.checks'].properties!;
    assert.deepEqual(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.default])), Object.fromEntries(CHECKS.map((c) => [c.code, c.severity])));
  });

  it('declares untrusted and virtual workspace support and the report language', () => {
    const p = json('package.json') as { capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: boolean }; contributes: { languages: { id: string; extensions: string[] }[] } };
    assert.equal(p.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(p.capabilities.virtualWorkspaces, true);
    assert.deepEqual(p.contributes.languages[0].extensions, ['.report.txt', '.report.md', '.gkreport']);
    // A tab row's blank last cells are its trailing tabs (a table pasted from a spreadsheet): a user's
    // trim-on-save would take them, and the row's figures their columns.
    const defaults = (json('package.json') as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } }).contributes.configurationDefaults['[disclosure-report]'];
    assert.equal(defaults['files.trimTrailingWhitespace'], false);
  });

  it('a double-click on a figure of a formatted table selects the figure, not the ideographic spaces that pad it (found by a review in code-server)', () => {
    const defaults = (json('package.json') as { contributes: { configurationDefaults: Record<string, Record<string, string>> } }).contributes.configurationDefaults['[disclosure-report]'];
    const separators = defaults['editor.wordSeparators'];
    // VS Code's word at a position: the run of characters around it that are neither separators nor spaces and tabs.
    const isWord = (c: string) => !separators.includes(c) && c !== ' ' && c !== '\t';
    const wordAt = (text: string, at: number) => {
      let a = at;
      let b = at;
      while (a > 0 && isWord(text[a - 1])) a--;
      while (b < text.length && isWord(text[b])) b++;
      return text.slice(a, b);
    };
    const form = newReport({ agency: '某某局', year: 2025 });
    const t3 = firstTable(analyse(form).model, 'applications');
    assert.match(form, /\u3000/);
    for (const r of t3.rows) for (const c of r.cells) assert.equal(wordAt(form, c.span.start), c.raw, `${r.id} ${JSON.stringify(form.slice(c.span.start - 3, c.span.end + 3))}`);
    // Words stay words: a label's run of characters is one, up to its punctuation.
    assert.equal(wordAt(form, form.indexOf('本年新收')), '本年新收政府信息公开申请数量');
  });

  it('the language\'s word (word highlight, Ctrl+D): a figure in prose is a word of its own, its decimals and per cent with it; a label is one word (the figure was the whole clause: found by a review)', () => {
    const pattern = new RegExp((json('language-configuration.json') as { wordPattern: string }).wordPattern, 'gu');
    // VS Code's word at a position: the match of the language's word pattern that holds it.
    const wordAt = (text: string, at: number) => [...text.matchAll(pattern)].find((m) => m.index! <= at && at < m.index! + m[0].length)?.[0];
    const prose = '本年度受理政府信息公开申请9件，收费4816.34万元，办结率98.5%。';
    assert.equal(wordAt(prose, prose.indexOf('9件')), '9');
    assert.equal(wordAt(prose, prose.indexOf('4816')), '4816.34');
    assert.equal(wordAt(prose, prose.indexOf('98.5')), '98.5%');
    assert.equal(wordAt(prose, prose.indexOf('申请')), '本年度受理政府信息公开申请');
    assert.equal(wordAt('| １２ | 3 |', 2), '１２');
    const defaults = (json('package.json') as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } }).contributes.configurationDefaults['[disclosure-report]'];
    // (A double-click and Ctrl+→ between Chinese words, where the editor knows the setting: 1.88 and later.)
    assert.equal(defaults['editor.wordSegmenterLocales'], 'zh-CN');
  });

  it('the .vsix holds only dist/ (pdf.js and the Chinese CMaps among it), the code pages, syntaxes/, the configuration’s schema, the manifest, README, LICENSE, CHANGELOG and l10n files', function () {
    this.timeout(60000);
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.trim().split('\n').sort();
    const allowed = /^(dist\/(extension|server|server-main|cli|cli-main|cli-worker)\.js|dist\/(convert\/engine|export\/xlsx|import\/engine|import\/pdfjs)\.js|dist\/import\/cmaps\/[\w-]+\.bcmap|docs\/codes\/(zh-tw\/)?[\w-]+\.md|syntaxes\/[\w.-]+\.json|schemas\/disclosure-report\.schema\.json|package\.json|package\.nls(\.zh-(cn|tw))?\.json|language-configuration\.json|README\.md|LICENSE|CHANGELOG\.md|l10n\/.+)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
    for (const must of ['dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'dist/cli.js', 'dist/cli-main.js', 'dist/cli-worker.js', 'dist/convert/engine.js', 'dist/export/xlsx.js', 'dist/import/engine.js', 'dist/import/pdfjs.js', 'dist/import/cmaps/UniGB-UCS2-H.bcmap', 'dist/import/cmaps/Adobe-GB1-UCS2.bcmap', 'syntaxes/disclosure-report.tmLanguage.json', 'schemas/disclosure-report.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.nls.zh-cn.json']) assert.ok(files.includes(must), must);
  });
});
