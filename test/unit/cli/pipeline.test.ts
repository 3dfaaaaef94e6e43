/**
 * The CLI as pipelines run it (found by a review of runs of thousands of files): output piped into a reader that stops
 * (`| head`) ends the run — it went on checking, and fixing, every file; an export interrupted leaves no hidden part
 * file beside its target; a SARIF file name with a backslash names that file where a backslash is no separator.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { uriOf } from '../../../server/src/cli/check/sarif';
import { fixture, SEEDS } from '../../helpers';
import { tempDir } from '../../tempDir';

const bin = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
/** Seed 000 as body n's report (the bodies numbered in words: no figure changes), with one total wrong. */
const CN = '零一二三四五六七八九';
const report = (n: number) =>
  fixture(SEEDS.pipe)
    .replace(/人力资源和社会保障局/g, `第${String(n).split('').map((d) => CN[Number(d)]).join('')}号人力资源和社会保障局`)
    .replace('一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9 | ||', '一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 8 | ||');
const FILES = 120;

function folder(files = FILES): string {
  const dir = tempDir('pipeline-');
  for (let i = 0; i < files; i++) writeFileSync(path.join(dir, `r${String(i).padStart(3, '0')}.txt`), report(i));
  return dir;
}

describe('the CLI in a pipeline', function () {
  this.timeout(120000);

  it('`check DIR | head -c 100`: the run ends when its reader stops — it went on to the last file and its count', async () => {
    const dir = folder();
    const child = spawn(process.execPath, [bin, 'check', '--locale', 'en', '--jobs', '1', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let got = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.stdout.on('data', (d: Buffer) => {
      got += d.length;
      // The reader takes 100 bytes and goes.
      if (got >= 100) child.stdout.destroy();
    });
    await new Promise((resolve) => child.on('exit', resolve));
    assert.ok(got >= 100);
    // (The run's count, said at its end, was never reached.)
    assert.doesNotMatch(err, new RegExp(`checked ${FILES} files`));
    // As a whole run ends, for comparison.
    const whole = spawn(process.execPath, [bin, 'check', '--locale', 'en', '--jobs', '1', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let all = '';
    whole.stderr.on('data', (d: Buffer) => (all += d));
    await new Promise((resolve) => whole.on('exit', resolve));
    assert.match(all, new RegExp(`checked ${FILES} files`));
  });

  for (const args of [['check', '--format', 'json', '--jobs', '1'], ['export', '--format', 'json']])
  it(`\`${args.join(' ')} DIR | slow-reader\`: the run waits for its reader — the output it could not yet write piled up in memory (check, 10,000 reports: 833 MB)`, async () => {
    const dir = folder();
    // (A second copy of a report: the run's note on it, written on the standard error at the run's end, says the end came.)
    writeFileSync(path.join(dir, 'r999.txt'), report(0));
    const child = spawn(process.execPath, [bin, ...args, '--locale', 'en', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    const chunks: Buffer[] = [];
    // The reader takes nothing for a while: the pipe fills, and the run must stop at its next file.
    child.stdout.pause();
    const exit = new Promise((resolve) => child.on('exit', resolve));
    // (Time for the whole run: 120 reports take ~2 s here.)
    await new Promise((r) => setTimeout(r, 5000));
    // The run's end, said on the standard error (read all along), is not reached.
    if (/has 2 reports/.test(err)) {
      child.kill();
      assert.fail('the run went on though its reader took nothing');
    }
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    await exit;
    const out = Buffer.concat(chunks).toString();
    // (More than a pipe holds, so the wait above was the run's.)
    assert.ok(out.length > 1 << 18, String(out.length));
    assert.equal((JSON.parse(out) as unknown[]).length, FILES + 1);
    assert.match(err, /has 2 reports/);
  });

  it('`check --jobs 3 DIR | slow-reader`: all who wait for the reader share one wait (a listener each printed a leak warning)', async () => {
    const dir = folder(600);
    const child = spawn(process.execPath, [bin, 'check', '--format', 'json', '--jobs', '3', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    let bytes = 0;
    // (Long enough for both passes of 600 reports: every block written while the reader waits.)
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 8000));
    child.stdout.on('data', (d: Buffer) => (bytes += d.length));
    child.stdout.resume();
    await new Promise((resolve) => child.on('exit', resolve));
    assert.ok(bytes > 1 << 20, String(bytes));
    assert.doesNotMatch(err, /MaxListenersExceeded|Warning/);
  });

  /** The export of a whole folder, as a run not interrupted writes it. */
  const whole = (dir: string) => {
    const out = path.join(tempDir('pipeline-whole-'), 'out.csv');
    spawnSync(process.execPath, [bin, 'export', '-o', out, dir]);
    return readFileSync(out, 'utf8');
  };

  it('an export interrupted (SIGINT) leaves no part file beside its target, and the target is not made', async () => {
    const dir = folder();
    const out = path.join(dir, 'out.csv');
    const child = spawn(process.execPath, [bin, 'export', '-o', out, dir], { stdio: 'ignore' });
    const part = () => readdirSync(dir).find((f) => f.endsWith('.part'));
    // (Interrupted once it is writing.)
    for (let i = 0; i < 600 && !part() && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 10));
    if (child.exitCode === null) child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    if (signal !== null) {
      assert.equal(signal, 'SIGINT');
      // (Not made — or made whole, where the signal came as the run was ending: its part had taken the target's place.)
      if (existsSync(out)) assert.equal(readFileSync(out, 'utf8'), whole(dir));
    } else assert.equal(code, 0, 'finished before it could be interrupted');
    assert.equal(part(), undefined);
  });

  it('the signals are caught before a part file or an index folder is made (a Ctrl+C between its making and its note left it behind: a flaky test)', () => {
    // In a process of its own: once caught, the signals stay caught in the process, and an earlier test's run would hide the gap.
    const dir = folder(3);
    const preload = path.join(dir, 'watch.js');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
       const caught = () => process.listenerCount('SIGINT');
       const open = fs.openSync;
       fs.openSync = function (p, ...rest) { if (String(p).endsWith('.part')) process.stderr.write('part made, SIGINT listeners ' + caught() + '\\n'); return open.call(this, p, ...rest); };
       const mkdtemp = fs.mkdtempSync;
       fs.mkdtempSync = function (...args) { process.stderr.write('index made, SIGINT listeners ' + caught() + '\\n'); return mkdtemp.apply(this, args); };`,
    );
    const exported = spawnSync(process.execPath, ['-r', preload, bin, 'export', '-o', path.join(dir, 'out.csv'), dir], { encoding: 'utf8' });
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(exported.stderr, /part made, SIGINT listeners 1\n/);
    const script = `require(${JSON.stringify(preload)});
      const { RunIndex } = require(${JSON.stringify(path.join(__dirname, '..', '..', '..', 'server', 'src', 'cli', 'check', 'runIndex.js'))});
      const index = new RunIndex(10, 0);
      index.add({ uri: 'file:///r/1.txt', name: '1.txt', agency: '甲局', agencyKey: '甲局', year: 2023, form: '2021' });
      index.seal();
      index.close();`;
    const indexed = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(indexed.status, 0, indexed.stderr);
    assert.match(indexed.stderr, /index made, SIGINT listeners 1\n/);
  });

  it('SARIF: a backslash in a file\'s name is a character of it where it is no separator', () => {
    assert.equal(uriOf('reports/back\\slash.txt', /\//), 'reports/back%5Cslash.txt');
    assert.equal(uriOf('reports\\back.txt', /[\\/]/), 'reports/back.txt');
    assert.equal(uriOf('年报/a b#1.txt', /\//), `${encodeURIComponent('年报')}/a%20b%231.txt`);
  });
});

