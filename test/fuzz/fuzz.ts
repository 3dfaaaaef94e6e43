/**
 * The fuzzer (`npm run fuzz`): seeded, reproducible.
 *
 * 1. Documents through the core: random documents built from report pieces (generate.ts) are read and
 *    checked; every fix offered applies (edits in bounds, not overlapping) and its result is read again;
 *    random edits applied incrementally give the same findings as the same text read fresh.
 * 2. Edit sequences through the real server over stdio: a random document opened, random edits sent,
 *    and between them requests at random positions (hover, code actions and their resolution, symbols,
 *    folding, code lens, range formatting). Invariants: no crash, no error response, no request or
 *    publication slower than 1 s, every quick fix applies to the version it names, and the diagnostics
 *    after the edits equal those of the same text opened fresh.
 * 3. Edit sequences on the real reports of test/fixtures through the core (fixtureEdits.ts), every fourth document of
 *    part 1: the incremental reading ≡ a fresh one, findings and model, after every edit; shrunk to the fewest edits.
 *
 * A failure prints its seed and a minimal reproduction (the sequence shrunk edit by edit).
 *
 *   node out/test/fuzz/fuzz.js [--seed N] [--minutes M] [--documents N] [--sequences N]
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CodeAction, Diagnostic, Position, TextEdit } from 'vscode-languageserver-protocol';
import { ReportDocument } from '../../server/src/checks/document';
import { random } from '../adversarial';
import { positionAtOffset, TestClient } from '../protocol/lspClient';
import { generator } from './generate';
import { fuzzFixtureEdits } from './fixtureEdits';

export interface Failure {
  kind: string;
  seed: number;
  detail: string;
  /** The shrunk reproduction: a text and the edits after it. */
  repro?: { text: string; edits: Edit[] };
}
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

const SLOW_MS = 1000;

function offsetAt(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    i++;
  }
  let end = i;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return Math.min(i + p.character, end);
}

/** Applies edits, failing on any out of bounds or overlapping (the server's own applyEdits drops overlaps quietly; here they are the bug). */
function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.start < 0 || e.end > text.length || e.start > e.end) throw new Error(`edit out of bounds: ${e.start}–${e.end} of ${text.length}`);
    if (i && sorted[i - 1].end > e.start) throw new Error(`overlapping edits at ${e.start}`);
  }
  let out = text;
  for (const e of sorted.reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const sig = (fs: readonly { code: string; span: { start: number; end: number }; message: unknown }[]) => JSON.stringify(fs.map((f) => [f.code, f.span.start, f.span.end, f.message]));

/** Part 1: one random document through the core. Returns what went wrong, if anything. */
export function fuzzDocument(seed: number): Failure | undefined {
  const rand = random(seed);
  const g = generator(rand);
  let text = g.document();
  try {
    const doc = new ReportDocument(text);
    const findings = doc.findings(true);
    // Two of the fixes offered (each a full read of the result), chosen at random.
    const fixes = findings.flatMap((f) => (f.fixes ?? []).filter((x) => x.edits.length));
    for (let i = 0; i < 2 && fixes.length; i++) {
      const fix = fixes[g.int(fixes.length)];
      const fixed = applyEdits(text, fix.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })));
      new ReportDocument(fixed).findings(true);
    }
    // Incremental ≡ fresh after each of a few random edits.
    for (let i = 0; i < 2; i++) {
      const e = g.edit(text);
      doc.update(e.start, e.end, e.insert);
      text = text.slice(0, e.start) + e.insert + text.slice(e.end);
      const fresh = new ReportDocument(text);
      if (sig(doc.findings(true)) !== sig(fresh.findings(true))) return { kind: 'incremental ≠ fresh (core)', seed, detail: `after edit ${i + 1}: ${JSON.stringify(e)}`, repro: { text, edits: [] } };
    }
  } catch (e) {
    return { kind: 'core threw', seed, detail: e instanceof Error ? e.stack ?? e.message : String(e), repro: { text, edits: [] } };
  }
  return undefined;
}

interface SequenceResult {
  failure?: Failure;
  requests: number;
  slowest: number;
}

/** Part 2: one random edit sequence through a running server. */
export async function fuzzSequence(client: TestClient, seed: number, given?: { text: string; edits: Edit[] }, slowMs = SLOW_MS): Promise<SequenceResult> {
  const rand = random(seed);
  const g = generator(rand);
  let text = given ? given.text : g.document();
  const edits: Edit[] = given ? [...given.edits] : Array.from({ length: 3 + g.int(10) }, () => ({ start: 0, end: 0, insert: '' }));
  const uri = `file:///fuzz/${seed}-${Math.floor(rand() * 1e9)}.txt`;
  let requests = 0;
  let slowest = 0;
  const done: Edit[] = [];
  const fail = (kind: string, detail: string): SequenceResult => ({ failure: { kind, seed, detail, repro: { text: given ? given.text : start, edits: done } }, requests, slowest });
  const start = text;
  const timed = async <T>(what: string, p: Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const r = await p;
    const ms = performance.now() - t0;
    slowest = Math.max(slowest, ms);
    requests++;
    if (ms > slowMs) throw new Error(`slow: ${what} took ${ms.toFixed(0)} ms`);
    return r;
  };
  try {
    let diagnostics = await timed('open', client.open(uri, text));
    for (let i = 0; i < edits.length; i++) {
      // Requests at random places, as an editor sends them while the user reads.
      for (let k = g.int(4); k > 0; k--) {
        const at = positionAtOffset(text, g.int(text.length + 1));
        const to = positionAtOffset(text, Math.min(text.length, offsetAt(text, at) + g.int(30)));
        const doc = { uri };
        const which = g.int(6);
        if (which === 0) await timed('hover', client.conn.sendRequest('textDocument/hover', { textDocument: doc, position: at }));
        else if (which === 1) {
          const actions = (await timed('codeAction', client.conn.sendRequest('textDocument/codeAction', { textDocument: doc, range: { start: at, end: to }, context: { diagnostics: diagnostics.filter((d) => d.range.start.line <= to.line && d.range.end.line >= at.line) } }))) as CodeAction[] | null;
          for (const a of actions ?? []) {
            const resolved = a.edit || !a.data ? a : ((await timed('codeAction/resolve', client.conn.sendRequest('codeAction/resolve', a))) as CodeAction);
            const dc = resolved.edit?.documentChanges?.[0] as { textDocument: { version: number }; edits: TextEdit[] } | undefined;
            if (!dc) continue;
            if (dc.textDocument.version !== client.version(uri)) throw new Error(`a fix for version ${dc.textDocument.version} offered at version ${client.version(uri)}`);
            const fixed = applyEdits(text, dc.edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText })));
            new ReportDocument(fixed).findings(true);
          }
        } else if (which === 2) await timed('documentSymbol', client.conn.sendRequest('textDocument/documentSymbol', { textDocument: doc }));
        else if (which === 3) await timed('foldingRange', client.conn.sendRequest('textDocument/foldingRange', { textDocument: doc }));
        else if (which === 4) await timed('codeLens', client.conn.sendRequest('textDocument/codeLens', { textDocument: doc }));
        else await timed('rangeFormatting', client.conn.sendRequest('textDocument/rangeFormatting', { textDocument: doc, range: { start: at, end: to }, options: { tabSize: 4, insertSpaces: true } }));
      }
      const e = given ? edits[i] : g.edit(text);
      edits[i] = e;
      const range = { start: positionAtOffset(text, e.start), end: positionAtOffset(text, e.end) };
      const got = await timed('didChange → diagnostics', client.change(uri, [{ range, text: e.insert }]));
      text = text.slice(0, e.start) + e.insert + text.slice(e.end);
      done.push(e);
      diagnostics = got ?? [];
    }
    const fresh = await client.open(`${uri}.fresh.txt`, text);
    // (Not year-duplicate: the fresh copy, open beside the document, is the same body's year again, said on it alone.)
    const key = (ds: Diagnostic[]) => JSON.stringify(ds.filter((d) => d.code !== 'year-duplicate').map((d) => [d.range, d.code, d.severity, d.message]));
    if (key(diagnostics) !== key(fresh)) return fail('incremental ≠ fresh (server)', `${diagnostics.length} vs ${fresh.length} diagnostics`);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: `${uri}.fresh.txt` } });
  } catch (e) {
    return fail(/^slow/.test(String((e as Error).message)) ? 'slow' : 'request failed', e instanceof Error ? e.message : String(e));
  }
  if (/TypeError|RangeError|uncaught/.test(client.stderr)) return fail('server logged an error', client.stderr.slice(-2000));
  if (client.errors.length) return fail('server logged an error', client.errors.join('\n').slice(-2000));
  return { requests, slowest };
}

/** Shrinks a failing sequence: drops edits one at a time while it still fails (in a fresh server each time). */
export async function shrink(f: Failure): Promise<Failure> {
  if (!f.repro) return f;
  let best = f.repro;
  for (let i = best.edits.length - 1; i >= 0; i--) {
    const edits = best.edits.filter((_, k) => k !== i);
    const client = new TestClient();
    await client.initialize('zh-cn');
    try {
      const r = await fuzzSequence(client, f.seed, { text: best.text, edits });
      if (r.failure && r.failure.kind === f.kind) best = { text: best.text, edits };
    } catch {
      /* a shrink that breaks differently is not kept */
    } finally {
      await client.stop();
    }
  }
  return { ...f, repro: best };
}

export function describe(f: Failure): string {
  const text = f.repro ? (f.repro.text.length > 2000 ? `${JSON.stringify(f.repro.text.slice(0, 2000))}… (${f.repro.text.length} chars)` : JSON.stringify(f.repro.text)) : '';
  return [`✗ ${f.kind} (seed ${f.seed}): ${f.detail}`, f.repro ? `  text: ${text}\n  edits: ${JSON.stringify(f.repro.edits)}` : ''].join('\n');
}

/** The documents of part 1, in a worker thread: both cores busy while the server answers part 2. */
function documentsInWorker(seed0: number, max: number, deadline: number): Promise<{ docs: number; fixtureSeqs: number; failures: Failure[] }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: { seed0, max, deadline } });
    w.on('message', resolve);
    w.on('error', reject);
  });
}

function documentLoop(seed0: number, max: number, deadline: number): { docs: number; fixtureSeqs: number; failures: Failure[] } {
  const failures: Failure[] = [];
  let docs = 0;
  let fixtureSeqs = 0;
  for (; docs < max && Date.now() < deadline; docs++) {
    const f = fuzzDocument(seed0 + docs);
    if (f) failures.push(f);
    // (Part 3 between: a sequence of edits on a real report every fourth document.)
    if (docs % 4 === 3 && Date.now() < deadline) {
      const g = fuzzFixtureEdits(seed0 + 2_000_000 + fixtureSeqs++);
      if (g) failures.push(g);
    }
  }
  return { docs, fixtureSeqs, failures };
}

async function main(): Promise<void> {
  const arg = (name: string, dflt: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const seed0 = arg('--seed', 1);
  const minutes = arg('--minutes', 10);
  const maxDocs = arg('--documents', 100_000);
  const maxSeqs = arg('--sequences', 10_000);
  const deadline = Date.now() + minutes * 60_000;
  console.log(`fuzz: seed ${seed0}, ${minutes} min; documents in a worker thread, edit sequences through the server`);
  const part1 = documentsInWorker(seed0, maxDocs, deadline);
  const failures: Failure[] = [];
  let client = new TestClient();
  await client.initialize('zh-cn');
  let seqs = 0;
  let requests = 0;
  let slowest = 0;
  for (; seqs < maxSeqs && Date.now() < deadline; seqs++) {
    const r = await fuzzSequence(client, seed0 + 1_000_000 + seqs);
    requests += r.requests;
    slowest = Math.max(slowest, r.slowest);
    if (r.failure) {
      failures.push(r.failure);
      await client.stop();
      client = new TestClient();
      await client.initialize('zh-cn');
    }
    if (seqs % 100 === 99) console.log(`  sequences: ${seqs + 1}, requests ${requests}, slowest ${slowest.toFixed(0)} ms, failures ${failures.length}`);
  }
  await client.stop();
  const { docs, fixtureSeqs, failures: docFailures } = await part1;
  failures.unshift(...docFailures);
  console.log(`documents: ${docs} (seeds ${seed0}…${seed0 + docs - 1}); edit sequences on the fixtures: ${fixtureSeqs} (seeds ${seed0 + 2_000_000}…${seed0 + 2_000_000 + fixtureSeqs - 1}); ${docFailures.length} failures`);
  console.log(`sequences: ${seqs} (seeds ${seed0 + 1_000_000}…${seed0 + 1_000_000 + seqs - 1}), ${requests} requests, slowest ${slowest.toFixed(0)} ms`);
  for (const f of failures.slice(0, 5)) console.log(describe(f.kind.includes('core') || f.kind.includes('fixture') ? f : await shrink(f)));
  console.log(`fuzz: ${docs} documents, ${fixtureSeqs} edit sequences on the fixtures, ${seqs} sequences through the server, ${failures.length} failures`);
  process.exit(failures.length ? 1 : 0);
}

if (!isMainThread) {
  const { seed0, max, deadline } = workerData as { seed0: number; max: number; deadline: number };
  parentPort!.postMessage(documentLoop(seed0, max, deadline));
} else if (require.main === module) void main();
