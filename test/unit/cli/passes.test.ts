/**
 * The CLI's two passes: a report kept between them (its text, its findings and the facts the corpus
 * checks read, not its analysis) must be checked exactly as one read again in pass 2 — in every
 * output format, with the year-against-year comparison and without, its index in memory or on disk.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkPass, Kept, readPass, type Checked, type PassOptions } from '../../../server/src/cli/check/passes';
import { ConfigFinder } from '../../../server/src/config/configFile';
import { RunIndex } from '../../../server/src/cli/check/runIndex';
import { fixture, SEEDS } from '../../helpers';
import { songjiangYears } from '../../years';
import { tempDir } from '../../tempDir';

describe('check: a report kept between the passes', () => {
  const { y2023, y2024, y2024ok } = songjiangYears();
  const dir = tempDir('passes-');
  const texts: Record<string, string> = {
    'songjiang-2023.txt': y2023,
    'songjiang-2024.txt': y2024,
    'songjiang-2024-ok.txt': y2024ok,
    'glued-2022.txt': fixture('glued/gwh_2022.txt'),
    'glued-2019.txt': fixture('glued/czj_2019.txt'),
  };
  for (const seed of Object.values(SEEDS)) texts[seed] = fixture(seed);
  for (const [name, text] of Object.entries(texts)) writeFileSync(path.join(dir, name), text);
  const jobs = Object.keys(texts).map((name) => ({ file: path.join(dir, name), named: false }));

  /** `limit`: characters of reports kept; `inMemory`: index entries kept in memory (beyond, on disk). */
  function run(o: PassOptions, limit: number, inMemory?: number): Checked[] {
    const kept = new Kept(limit);
    const reads = jobs.map((j) => readPass(j, o, kept));
    const index = new RunIndex(jobs.length, inMemory);
    for (const r of reads) if (r.entry) index.add(r.entry);
    index.seal();
    assert.equal(index.spilled, inMemory === 0);
    const configs = new ConfigFinder(true);
    const out = jobs.map((j, i) => (reads[i].report ? checkPass(j, o, index, configs, kept, new Set()) : ({} as Checked)));
    index.close();
    return out;
  }

  for (const format of ['text', 'json', 'sarif'] as const) {
    it(`gives what reading it again gives (${format})`, () => {
      const o: PassOptions = { format, locale: 'zh-cn', localeGiven: false, fix: false, quiet: false, maxSize: 500_000 };
      const kept = run(o, Infinity);
      const again = run(o, 0);
      assert.deepEqual(kept, again);
      // The index written to disk (as past 10,000 reports) answers as the one in memory.
      assert.deepEqual(run(o, Infinity, 0), kept);
      // The comparison with last year was made both ways (two carry-over findings on songjiang-2024).
      const at = Object.keys(texts).indexOf('songjiang-2024.txt');
      const codes = format === 'text' ? kept[at].lines.map((l) => l.split(' ')[2]) : format === 'json' ? (kept[at].json as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code) : kept[at].sarif!.diagnostics.map((d) => d.code);
      assert.equal(codes.filter((c) => c === 'carry-over').length, 2, codes.join(' '));
      assert.ok(codes.length > 2);
    });
  }
});
