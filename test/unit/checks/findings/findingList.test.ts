/**
 * Findings held where they were made (FindingList): read lazily, they are the same findings in the
 * same order as the list at document offsets, and the diagnostics published from them (under a
 * limit too) are those the full list gives. An edit does not make the document's whole text.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportDocument } from '../../../../server/src/checks/document';
import { FindingList } from '../../../../server/src/checks/findingList';
import { shiftFinding } from '../../../../server/src/checks/shiftFinding';
import { effectiveSeverity, toDiagnostics, type SeverityOverrides } from '../../../../server/src/features/diagnostics';
import type { Finding, Severity } from '../../../../server/src/analysis/types';
import { random } from '../../../adversarial';
import { fixture, SEEDS, untitled } from '../../../helpers';

/** Several real reports in one document, simplified and traditional, with broken totals. */
function manyReports(): string {
  const pipe = fixture(SEEDS.pipe);
  const broken = pipe.replace('| 9 | 0 | 0 | 0 | 0 | 0 | 9 |', '| 9 | 0 | 0 | 0 | 0 | 0 | 8 |');
  // (Their titles left out after the first: one report's sections many times, not other reports appended — other-report.)
  return [pipe, untitled(fixture(SEEDS.traditional)), broken, untitled(fixture(SEEDS.tabs)), untitled(fixture(SEEDS.oneLine)), broken].join('\n');
}

const resolved = (list: FindingList) => {
  const out: Finding[] = [];
  list.each((f, d) => out.push(d ? shiftFinding(f, d) : f));
  return out;
};

/** The limit as first written: every finding ranked by severity then place, the first `max` kept, back in place order. */
function reference(findings: readonly Finding[], overrides: SeverityOverrides | undefined, max: number): Finding[] {
  const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
  const shown = findings.map((f, i) => ({ f, i, s: effectiveSeverity(f, overrides) })).filter((x) => x.s);
  return shown
    .sort((a, b) => RANK[a.s!] - RANK[b.s!] || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.f);
}

describe('FindingList', () => {
  it('after edits, reads the same findings in the same order as a fresh document, lazily or all at once', () => {
    let text = manyReports();
    const doc = new ReportDocument(text);
    doc.findingList();
    const r = random(5);
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(r() * text.length);
      const [s, e, ins] = i % 3 === 0 ? [at, at, '7'] : i % 3 === 1 ? [at, Math.min(text.length, at + 3), ''] : [at, at, '\n'];
      text = text.slice(0, s) + ins + text.slice(e);
      doc.update(s, e, ins);
      const list = doc.findingList();
      const fresh = new ReportDocument(text).findings();
      assert.ok(fresh.length > 20);
      assert.equal(list.length, fresh.length);
      assert.deepEqual(resolved(list), fresh);
      // Every few edits the whole list is read too (then moved in place by the next reads).
      if (i % 4 === 0) assert.deepEqual(doc.findings(), fresh);
    }
    assert.equal(doc.text, text);
  });

  it('an edit and its findings never make the whole text (it is joined only when asked for)', () => {
    const text = manyReports();
    const doc = new ReportDocument(text);
    doc.findingList();
    const at = text.indexOf('行政许可 | 1432') + 7;
    doc.update(at, at + 4, '1433');
    doc.findingList();
    const joined = () => (doc.analysis as unknown as { joined?: string }).joined;
    assert.equal(joined(), undefined);
    assert.equal(doc.analysis.slice(at - 5, at + 10), (text.slice(0, at) + '1433' + text.slice(at + 4)).slice(at - 5, at + 10));
    assert.equal(doc.text, text.slice(0, at) + '1433' + text.slice(at + 4));
    assert.equal(typeof joined(), 'string');
  });

  it('nor on glued pages whose sections may be in each other\'s place (section-order read the whole text at every edit: half of an edit on a megabyte of them)', () => {
    const text = ['czj_2018', 'czj_2019', 'gwh_2022'].map((n) => fixture(`glued/${n}.txt`)).join('\n');
    const doc = new ReportDocument(text);
    doc.findingList();
    const joined = () => (doc.analysis as unknown as { joined?: string }).joined;
    let now = text;
    for (const at of [text.length >> 1, text.length >> 2, 100]) {
      now = now.slice(0, at) + '啊' + now.slice(at);
      doc.update(at, at, '啊');
      doc.findingList();
      assert.equal(joined(), undefined, `after an edit at ${at}`);
    }
    assert.deepEqual(doc.findings(), new ReportDocument(now).findings());
  });

  it('diagnostics published from the list equal those of the full array, under a limit or not', () => {
    let text = manyReports();
    const doc = new ReportDocument(text);
    const at = text.indexOf('一、本年新收');
    text = text.slice(0, at) + '\n' + text.slice(at);
    doc.update(at, at, '\n');
    const all = doc.findings();
    const td = TextDocument.create('file:///many.txt', 'disclosure-report', 1, text);
    const severities = new Set(all.map((f) => f.severity));
    assert.ok(severities.size >= 3, [...severities].join());
    for (const overrides of [undefined, { 'mixed-script': 'error', 'row-total': 'off' } as SeverityOverrides]) {
      for (const max of [Infinity, 0, 1, 7, Math.floor(all.length / 2), all.length - 1, all.length]) {
        const limits = { maxProblems: max };
        const fromList = toDiagnostics(doc.findingList(), td, 'zh-cn', overrides, limits);
        assert.deepEqual(fromList, toDiagnostics(all, td, 'zh-cn', overrides, limits), `max ${max}`);
        const kept = reference(all, overrides, max);
        const expected = toDiagnostics(FindingList.of(kept), td, 'zh-cn', overrides);
        const shown = fromList.filter((d) => d.code);
        assert.deepEqual(shown, expected, `max ${max}`);
        assert.equal(fromList.length - shown.length, kept.length < reference(all, overrides, Infinity).length ? 1 : 0);
      }
    }
  });

  it('after edits before and after a segment with an error, the diagnostics under a limit are a fresh document\'s (each segment\'s kinds kept with its list)', () => {
    let text = manyReports();
    const doc = new ReportDocument(text);
    doc.findingList();
    const edit = (at: number, end: number, insert: string) => {
      doc.update(at, end, insert);
      doc.findingList();
      text = text.slice(0, at) + insert + text.slice(end);
    };
    // An error put in the last report's table 三, then edits before it (its list is among those moved) and in it.
    const row = text.lastIndexOf('| 9 | 0 | 0 | 0 | 0 | 0 | 8 |');
    edit(row + 2, row + 3, '7');
    for (const at of [text.indexOf('一、总体情况') + 8, text.indexOf('二、主動公開') + 10, text.length - 5]) edit(at, at, '啊');
    edit(text.indexOf('\n', 200), text.indexOf('\n', 200), '\n');
    const td = TextDocument.create('file:///many.txt', 'disclosure-report', 1, text);
    const fresh = new ReportDocument(text);
    const errors = fresh.findings().filter((f) => f.severity === 'error').length;
    assert.ok(errors >= 2, `${errors}`);
    for (const max of [1, errors, errors + 3, 50])
      assert.deepEqual(toDiagnostics(doc.findingList(), td, 'zh-cn', undefined, { maxProblems: max }), toDiagnostics(fresh.findingList(), td, 'zh-cn', undefined, { maxProblems: max }), `max ${max}`);
  });

  it('diagnostics under a limit: the walk ends once every one kept is made, and a more severe one further on is still found', () => {
    let read = 0;
    const f = (start: number, severity: Severity): Finding => {
      const x = { code: 'x', span: { start, end: start + 1 }, message: { key: 'x' } } as Finding;
      // (Counted where the publishing reads it: each finding it visits.)
      Object.defineProperty(x, 'severity', { get: () => (read++, severity), enumerable: true });
      return x;
    };
    const td = TextDocument.create('file:///x.txt', 'disclosure-report', 1, 'x'.repeat(400));
    const warnings = (from: number) => Array.from({ length: 10 }, (_, i) => f(from + i, 'warning'));
    const list = new FindingList([0, 100, 200], [warnings(0), warnings(0), warnings(0)], []);
    assert.equal(toDiagnostics(list, td, 'en', undefined, { maxProblems: 3 }).filter((d) => d.code).length, 3);
    // An error in the last segment: the walk goes on to it, and it is shown with the first two warnings.
    const withError = new FindingList([0, 100, 200], [warnings(0), warnings(0), [...warnings(0), f(50, 'error')]], []);
    const shown = toDiagnostics(withError, td, 'en', undefined, { maxProblems: 3 }).filter((d) => d.code);
    assert.deepEqual(shown.map((d) => [d.severity, d.range.start.character]), [[2, 0], [2, 1], [1, 250]]);
    // (Three warnings visited, then the walk ended: it visited the document's thirty before. Each list's kinds were
    // counted by the first call, and are kept.)
    read = 0;
    toDiagnostics(list, td, 'en', undefined, { maxProblems: 3 });
    assert.equal(read, 3);
  });

  it('lists that are not in order (a finding outside its segment) still come out in document order', () => {
    const f = (start: number, end: number, code = 'x'): Finding => ({ code, severity: 'warning', span: { start, end }, message: { key: code } });
    // The second list, at offset 10, holds a finding at 5 (document offset 15) before the first list's last (20).
    const list = new FindingList([0, 10], [[f(2, 3), f(20, 21)], [f(5, 6), f(30, 31)]], [f(0, 1, 'doc'), f(16, 17, 'doc')]);
    assert.deepEqual(
      list.all().map((x) => x.span.start),
      [0, 2, 15, 16, 20, 40],
    );
    assert.deepEqual(resolved(list), list.all());
  });
});
