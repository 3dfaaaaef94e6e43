/**
 * The fuzzer's third part: edit sequences on the real reports of test/fixtures, through the core — the incremental reading
 * against a fresh one, findings and model, after every edit. Edits as writers make them: typing and deleting back in one
 * place, edits that change nothing (an empty insertion: the next reading takes up from the marks the last one kept), lines
 * of the same report pasted elsewhere or cut, near table rows, headings and line starts. (A hunt of this kind found seven
 * ways the two differed that the random documents of part 1 never met: the copies of real tables are what the walk's
 * marks keep.)
 */
import { isDeepStrictEqual } from 'node:util';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ReportDocument } from '../../server/src/checks/document';
import { random } from '../adversarial';
import { fixture, FIXTURES } from '../helpers';
import type { Edit, Failure } from './fuzz';
import { safeOffset } from './generate';
import { lineBounds } from '../../server/src/analysis/reader/text/lines';

/** Every text fixture, by its path under test/fixtures (read once, in order: a seed names the same one on every machine). */
let names: string[] | undefined;
function fixtureNames(): string[] {
  if (names) return names;
  const walk = (dir: string): string[] =>
    readdirSync(path.join(FIXTURES, dir), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [path.join(dir, e.name)] : []));
  return (names = walk(''));
}

const PIECES = ['', '0', '7', '12', '１', ' ', '|', ' | ', '\t', '\n', '\r\n', '\r', '件', '总计', '（七）总计', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '行政复议', '第二十条第（一）项', '國', '復'];

/** A random edit sequence on a fixture (or the fixture with CRLF line ends), as seed `seed` makes it. */
export function fixtureSequence(seed: number): { name: string; text: string; edits: Edit[] } {
  const rand = random(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const all = fixtureNames();
  const name = all[int(all.length)];
  let text = fixture(name);
  if (rand() < 0.2) text = text.replace(/\r?\n/g, '\r\n');
  const base = text;
  const edits: Edit[] = [];
  let at = int(text.length + 1);
  for (let n = 1 + int(15); n > 0; n--) {
    const lines = lineBounds(text, 0, text.length).starts;
    const r = rand();
    let e: Edit;
    if (r < 0.15) e = { start: at, end: at, insert: '' }; // an edit that changes nothing
    else if (r < 0.3) {
      // A line of the same text pasted at a line's start, or a run of lines cut.
      const k = int(lines.length);
      const line = text.slice(lines[k], lines[k + 1] ?? text.length);
      const to = lines[int(lines.length)];
      e = rand() < 0.5 ? { start: to, end: to, insert: line.endsWith('\n') ? line : line + '\n' } : { start: lines[k], end: lines[Math.min(lines.length - 1, k + 1 + int(5))] ?? text.length, insert: '' };
    } else {
      // Typing or deleting near the last edit, or at a line's start anywhere.
      const near = rand() < 0.6 ? Math.max(0, Math.min(text.length, at + int(21) - 10)) : lines[int(lines.length)];
      const del = rand() < 0.6 ? 0 : int(6);
      const insert = rand() < 0.35 ? '' : rand() < 0.5 ? PIECES[int(PIECES.length)] : String(int(100));
      e = { start: near, end: Math.min(text.length, near + del), insert };
    }
    e = safe(text, e);
    edits.push(e);
    text = text.slice(0, e.start) + e.insert + text.slice(e.end);
    at = e.start + e.insert.length;
  }
  return { name, text: base, edits };
}

/** Where the incremental reading after `edits` first differs from a fresh one; undefined where it never does. */
export function firstDifference(text: string, edits: readonly Edit[]): { step: number; what: string } | undefined {
  const doc = new ReportDocument(text);
  doc.findings(true);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    // (A shrunk sequence whose edit no longer fits the text is no reproduction.)
    if (e.start < 0 || e.end < e.start || e.end > text.length) return undefined;
    doc.update(e.start, e.end, e.insert);
    text = text.slice(0, e.start) + e.insert + text.slice(e.end);
    const findings = doc.findings(true);
    const fresh = new ReportDocument(text);
    if (!isDeepStrictEqual(findings, fresh.findings(true))) return { step: i, what: 'findings' };
    if (!isDeepStrictEqual(doc.model(), fresh.model())) return { step: i, what: 'model' };
    if (doc.text !== text) return { step: i, what: 'text' };
  }
  return undefined;
}

/** One sequence of seed `seed`: its failure, the edits shrunk (the fewest that still differ), or undefined. */
export function fuzzFixtureEdits(seed: number): Failure | undefined {
  const { name, text, edits } = fixtureSequence(seed);
  try {
    const d = firstDifference(text, edits);
    if (!d) return undefined;
    let kept = edits.slice(0, d.step + 1);
    for (let i = kept.length - 1; i >= 0; i--) {
      const fewer = shiftOut(kept, i);
      if (fewer && firstDifference(text, fewer)) kept = fewer;
    }
    return { kind: 'incremental ≠ fresh (fixture edits)', seed, detail: `${name}: the ${d.what} differ after edit ${d.step + 1} of ${edits.length}; shrunk to ${kept.length}`, repro: { text, edits: kept } };
  } catch (e) {
    return { kind: 'core threw (fixture edits)', seed, detail: `${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`, repro: { text, edits } };
  }
}

/** The edits without the i-th, those after it kept where they were in the text (undefined where one then falls outside it). */
function shiftOut(edits: readonly Edit[], i: number): Edit[] | undefined {
  const e = edits[i];
  const delta = e.insert.length - (e.end - e.start);
  const out: Edit[] = [];
  for (let k = 0; k < edits.length; k++) {
    if (k === i) continue;
    const x = edits[k];
    // (Later edits at or after the removed one's end move back by what it added; those before it stay.)
    const moved = k > i && x.start >= e.start + e.insert.length ? { ...x, start: x.start - delta, end: x.end - delta } : x;
    if (moved.start < 0 || moved.end < moved.start) return undefined;
    out.push(moved);
  }
  return out;
}

/** Within the text, never between a \r and its \n (no editor names that place). */
function safe(text: string, e: Edit): Edit {
  const at = (x: number) => safeOffset(text, Math.max(0, Math.min(text.length, x)));
  const start = at(e.start);
  return { start, end: Math.max(start, at(e.end)), insert: e.insert };
}
