/**
 * The tree shows the design: the analysis core knows nothing of checks, LSP or VS Code; within the
 * reader, a stage imports only the stages before it; no folder grows past a dozen files.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', '..', 'server', 'src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const f = path.join(dir, e);
    return statSync(f).isDirectory() ? files(f) : f.endsWith('.ts') ? [f] : [];
  });
}
/** Where each file's relative imports point, as paths under server/src. */
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/from '([^']+)'/g)) out.push(m[1].startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), m[1])) : m[1]);
  return out;
}
const under = (dir: string) => files(path.join(SRC, dir)).map((f) => ({ file: path.relative(SRC, f), deps: imports(f) }));

/** What each stage may import besides itself (and analysis/types). */
const ALLOWED: Record<string, string[]> = {
  'analysis/form': [],
  'analysis/reader/text': [],
  'analysis/reader/segments': ['analysis/reader/text'],
  'analysis/reader/tokens': ['analysis/reader/text'],
  'analysis/reader/glued': ['analysis/reader/tokens', 'analysis/form'],
  'analysis/reader/tables': ['analysis/reader/glued', 'analysis/reader/tokens', 'analysis/reader/text', 'analysis/form'],
  'analysis/reader': ['analysis/reader/tables', 'analysis/reader/segments', 'analysis/reader/tokens', 'analysis/reader/text', 'analysis/reader/glued', 'analysis/form'],
  'analysis/model': ['analysis/reader', 'analysis/form'],
  'analysis/views': ['analysis/model', 'analysis/reader', 'analysis/form'],
  'analysis/write': ['analysis/reader', 'analysis/form'],
};

describe('layers', () => {
  it('analysis/ imports nothing from checks, features, the server or an editor protocol', () => {
    for (const { file, deps } of under('analysis')) {
      for (const d of deps) assert.ok(!/^(checks|features|fixes|i18n|cli|server|documentStore|settings)\b|vscode/.test(d), `${file} imports ${d}`);
    }
  });

  it('each stage of the reader imports only the stages before it', () => {
    const stageOf = (p: string) => Object.keys(ALLOWED).filter((s) => p === s || p.startsWith(s + '/')).sort((a, b) => b.length - a.length)[0];
    for (const { file, deps } of under('analysis')) {
      const stage = stageOf(path.dirname(file));
      if (!stage) continue;
      for (const d of deps) {
        if (!d.startsWith('analysis/') || d === 'analysis/types' || d === 'analysis/shift') continue;
        const target = stageOf(path.dirname(d)) ?? path.dirname(d);
        assert.ok(target === stage || ALLOWED[stage].some((a) => target === a || target.startsWith(a + '/')), `${file} (${stage}) imports ${d} (${target})`);
      }
    }
  });

  it('no folder holds more than a dozen files', () => {
    const walk = (dir: string): void => {
      const entries = readdirSync(dir);
      const ts = entries.filter((e) => e.endsWith('.ts'));
      assert.ok(ts.length <= 12, `${path.relative(SRC, dir) || 'server/src'} has ${ts.length} files`);
      for (const e of entries) if (statSync(path.join(dir, e)).isDirectory()) walk(path.join(dir, e));
    };
    walk(SRC);
  });
});
