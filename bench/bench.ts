/**
 * npm run bench — figures, not assertions. Prints the targets of issue 12 with their baselines
 * (targets.ts), then:
 *  1. full analysis (parse + findings) of each seed;
 *  2. a ~1 MB document made of many reports: full analysis vs one incremental edit (a figure
 *     retyped mid-document, a character typed in prose, a line break added), with the ratio;
 *  3. the language server over stdio: time from a didChange to its publishDiagnostics.
 * Medians of repeated runs; the baseline (full parse) is measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ReportDocument } from '../server/src/checks/document';
import { loadEngine } from '../server/src/convert/load';
import { convertEdits } from '../server/src/convert/run';
import { applyEdits } from '../server/src/fixes/edits';
import { DEFAULT_CONVERSION } from '../server/src/settings';
import { FIXTURES, SEEDS } from '../test/helpers';
import { positionAtOffset, TestClient } from '../test/protocol/lspClient';
import { median, targets, time } from './targets';
import { adversarialImports } from './adversarialImports';

const ms = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(2)).padStart(9);
const seedText = (n: string) => readFileSync(path.join(FIXTURES, n), 'utf8');

async function main(): Promise<void> {
  await targets();
  console.log('\nDetails\n');
  console.log('1. Full analysis of each seed (median of 50)');
  console.log('   seed                          chars     ms');
  for (const [k, n] of Object.entries(SEEDS)) {
    const text = seedText(n);
    const t = time(50, () => new ReportDocument(text).findings());
    console.log(`   ${(n.slice(0, 3) + ' ' + k).padEnd(26)} ${String(text.length).padStart(8)} ${ms(t)}`);
  }

  const parts = Object.values(SEEDS).map(seedText);
  let big = '';
  while (big.length < 1_000_000) big += parts[big.length % parts.length === 0 ? 0 : Math.floor(Math.random() * parts.length)] + '\n';
  const mid = big.indexOf('行政许可 | 1432', big.length / 2) + '行政许可 | '.length;
  const prose = big.indexOf('做到应公开尽公开', big.length / 2);
  console.log(`\n2. A ${(big.length / 1e6).toFixed(2)} M-character document of many reports (median of 15)`);
  const full = time(15, () => new ReportDocument(big).findings());
  const doc = new ReportDocument(big);
  doc.findings();
  let flip = false;
  const edit = (name: string, f: () => void) => {
    const t = time(15, f);
    console.log(`   ${name.padEnd(44)} ${ms(t)} ms   ${(full / t).toFixed(0).padStart(6)}× faster   (${doc.lastReparsed} segment re-read)`);
  };
  console.log(`   ${'full analysis (baseline)'.padEnd(44)} ${ms(full)} ms`);
  edit('incremental: retype a figure in table 二', () => {
    flip = !flip;
    doc.update(mid, mid + 4, flip ? '1433' : '1432');
    doc.findingList();
  });
  edit('incremental: type a character in prose', () => {
    flip = !flip;
    if (flip) doc.update(prose, prose, '啊');
    else doc.update(prose, prose + 1, '');
    doc.findingList();
  });
  edit('incremental: split a line', () => {
    flip = !flip;
    if (flip) doc.update(prose, prose, '\n');
    else doc.update(prose, prose + 1, '');
    doc.findingList();
  });
  const small = new ReportDocument(parts[0]);
  const smallAt = parts[0].indexOf('行政许可 | 1432') + '行政许可 | '.length;
  const tSmall = time(50, () => {
    flip = !flip;
    small.update(smallAt, smallAt + 4, flip ? '1433' : '1432');
    small.findingList();
  });
  console.log(`   ${'same edit on one 22 k-character report'.padEnd(44)} ${ms(tSmall)} ms   (edit cost does not grow with the document)`);

  // The same on pages as text extraction leaves them: one line per report, figures glued.
  const gluedParts = ['czj_2018', 'czj_2019', 'czj_2021', 'czj_2023', 'gwh_2022', 'hzs_2023'].map((n) => seedText(`glued/${n}.txt`));
  let gluedBig = '';
  for (let i = 0; gluedBig.length < 1_000_000; i++) gluedBig += gluedParts[i % gluedParts.length] + '\n';
  console.log(`\n2b. A ${(gluedBig.length / 1e6).toFixed(2)} M-character document of glued pages (${gluedParts.length} real reports repeated; median of 15)`);
  const gluedFull = time(15, () => new ReportDocument(gluedBig).findings());
  console.log(`   ${'full analysis (baseline)'.padEnd(44)} ${ms(gluedFull)} ms`);
  const gdoc = new ReportDocument(gluedBig);
  gdoc.findings();
  const run = gluedBig.indexOf('（一）予以公开 5000005', gluedBig.length / 2) + '（一）予以公开 '.length;
  const gprose = gluedBig.indexOf('政府信息公开工作创新服务模式', gluedBig.length / 2);
  const gedit = (name: string, f: () => void) => {
    const t = time(15, f);
    console.log(`   ${name.padEnd(44)} ${ms(t)} ms   ${(gluedFull / t).toFixed(0).padStart(6)}× faster   (${gdoc.lastReparsed} segment re-read)`);
  };
  gedit('incremental: retype a glued figure', () => {
    flip = !flip;
    gdoc.update(run, run + 7, flip ? '5000006' : '5000005');
    gdoc.findingList();
  });
  gedit('incremental: type a character in prose', () => {
    flip = !flip;
    if (flip) gdoc.update(gprose, gprose, '啊');
    else gdoc.update(gprose, gprose + 1, '');
    gdoc.findingList();
  });

  console.log('\n3. Language server over stdio: didChange → publishDiagnostics (debounce 30 ms), median of 20');
  const client = new TestClient();
  await client.initialize('zh-cn');
  for (const [label, text] of [['seed 000 (22 k chars)', parts[0]], [`${(big.length / 1e6).toFixed(2)} M chars`, big]] as const) {
    const uri = 'file:///bench/' + label.replace(/\W/g, '') + '.txt';
    await client.open(uri, text);
    const at = text.indexOf('行政许可 | 1432') + '行政许可 | '.length;
    const pos = positionAtOffset(text, at);
    const xs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await client.change(uri, [{ range: { start: pos, end: { line: pos.line, character: pos.character + 4 } }, text: i % 2 ? '1432' : '1433' }]);
      xs.push(performance.now() - t);
    }
    console.log(`   ${label.padEnd(24)} ${ms(median(xs))} ms`);
  }
  await client.stop();

  console.log('\n4. Script conversion (OpenCC, built on first use)');
  // Cold: a fresh process loads the engine, builds the converter and converts seed 001 (median of 5 processes).
  const probe = `const t=Date.now();const {convertEdits}=require(${JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'convert', 'run.js'))});const {DEFAULT_CONVERSION}=require(${JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'settings.js'))});convertEdits(require('fs').readFileSync(${JSON.stringify(path.join(FIXTURES, SEEDS.traditional))},'utf8'),'simplified',DEFAULT_CONVERSION);process.stdout.write(String(Date.now()-t))`;
  const cold = median(Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }))));
  console.log(`   first conversion, cold (load engine + build converter + convert seed 001)   ${ms(cold)} ms`);
  let trad = '';
  while (trad.length < 1_000_000) trad += seedText(SEEDS.traditional) + '\n';
  const raw = loadEngine().converter('t', 'cn');
  const tRaw = time(5, () => raw(trad));
  const tOurs = time(5, () => {
    const out = applyEdits(trad, convertEdits(trad, 'simplified', DEFAULT_CONVERSION));
    // (Read once through, inside the time: the pieces joined are flattened on first use.)
    if (out.charCodeAt(out.length >> 1) < 0) throw new Error('unreachable');
  });
  const mb = trad.length / 1e6;
  console.log(`   ${(mb.toFixed(2) + ' M chars, traditional → simplified').padEnd(44)} opencc-js directly ${ms(tRaw)} ms (${(mb / (tRaw / 1000)).toFixed(1)} M chars/s)`);
  console.log(`   ${''.padEnd(44)} our edits + apply  ${ms(tOurs)} ms (${(mb / (tOurs / 1000)).toFixed(1)} M chars/s, ${(tOurs / tRaw).toFixed(2)}× the raw engine)`);

  await adversarialImports();
}

void main();
