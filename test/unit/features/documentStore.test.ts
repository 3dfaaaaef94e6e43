/** The server's open documents: the size budget, kept as the document is edited before, across and after its cut. */
import assert from 'node:assert/strict';
import { DocumentStore } from '../../../server/src/documentStore';
import { positionAtOffset as positionAt } from '../../protocol/lspClient';
import { random } from '../../adversarial';
import { fixture, SEEDS } from '../../helpers';

describe('document store: the size budget', () => {
  it('reads a document over the budget up to its cut, re-reads only what edits touch, and follows it as it grows and shrinks', () => {
    const store = new DocumentStore(() => 20_000);
    const seed = fixture(SEEDS.pipe);
    let text = seed.repeat(6); // ~57 k characters
    const uri = 'file:///big.txt';
    const d = store.open(uri, 'disclosure-report', 1, text);
    assert.ok(d.budget && d.budget.analysed <= 20_000 && d.budget.total === text.length);
    assert.equal(d.report.text, text.slice(0, d.budget.analysed));
    const change = (start: number, end: number, insert: string, version: number) => {
      store.change(uri, version, [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }]);
      text = text.slice(0, start) + insert + text.slice(end);
      const got = store.get(uri)!;
      assert.equal(got.text.getText(), text);
      if (got.budget) assert.equal(got.report.text, text.slice(0, got.budget.analysed), `version ${version}`);
      else assert.equal(got.report.text, text);
      return got;
    };
    const before = d.report;
    let v = 1;
    // Before the cut: the same analysis, edited in place; its findings are those of the text it reads.
    let got = change(100, 100, '新增', ++v);
    assert.equal(got.report, before, 'edited in place, not read again');
    // After the cut: nothing read changes.
    got = change(40_000, 40_010, '', ++v);
    assert.equal(got.report, before);
    assert.equal(got.budget!.total, text.length);
    // Across the cut: read again.
    const cut = got.budget!.analysed;
    got = change(cut - 5, cut + 5, 'x', ++v);
    assert.notEqual(got.report, before);
    // Cut down under the budget: read whole, no budget any more.
    got = change(10_000, text.length, '', ++v);
    assert.equal(got.budget, undefined);
    assert.equal(got.report.text, text);
  });

  it('keeps the analysis on the editor\'s text through edits in mixed line ends, and reads again if they ever part', () => {
    const store = new DocumentStore();
    let text = fixture(SEEDS.pipe).slice(0, 6000).replace(/\n/g, (_, i: number) => (i % 3 ? '\n' : '\r\n'));
    const uri = 'file:///mixed.txt';
    const d = store.open(uri, 'disclosure-report', 1, text);
    const analysis = d.report;
    const r = random(9);
    for (let v = 2; v < 200; v++) {
      // (A position cannot fall between a \r and its \n: an editor never sends one.)
      const inCrLf = (i: number) => text[i - 1] === '\r' && text[i] === '\n';
      let start = Math.floor(r() * text.length);
      if (inCrLf(start)) start++;
      let end = Math.min(text.length, start + Math.floor(r() * 3));
      if (inCrLf(end)) end++;
      const insert = ['\r', '\n', '\r\n', '7', '', '三、'][v % 6];
      store.change(uri, v, [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }]);
      text = text.slice(0, start) + insert + text.slice(end);
      assert.equal(store.get(uri)!.text.getText(), text, `version ${v}`);
      assert.equal(store.get(uri)!.report.text, text, `version ${v}`);
    }
    assert.equal(store.get(uri)!.report, analysis, 'edited in place all along');
    // A bug that put an edit in the wrong place (simulated): the texts part where the edit landed,
    // and the store reads the document again instead of reporting on the wrong text.
    const wrong = store.get(uri)!.report;
    const update = wrong.update.bind(wrong);
    wrong.update = (start, end, insert) => update(start + 1, end + 1, insert);
    store.change(uri, 300, [{ range: { start: positionAt(text, 50), end: positionAt(text, 50) }, text: '啊' }]);
    text = text.slice(0, 50) + '啊' + text.slice(50);
    assert.notEqual(store.get(uri)!.report, wrong);
    assert.equal(store.get(uri)!.report.text, text);
  });

  it('many changes in one notification (a conversion\'s one-character edits, applied by the editor at once): the stretch they changed read at once, or each around itself where that is cheaper — the same text and findings as a fresh reading (1,536 one by one took 1.2 s on a 22 KB report: a writer\'s trial)', () => {
    const seed = fixture(SEEDS.pipe);
    const convert = (text: string) => {
      // Every 公开 → 公開, each a change in the text as the ones before left it (the same length: the same places).
      const changes = [];
      for (let at = text.indexOf('公开'); at >= 0; at = text.indexOf('公开', at + 2)) changes.push({ range: { start: positionAt(text, at + 1), end: positionAt(text, at + 2) }, text: '開' });
      return changes;
    };
    for (const [name, text] of [['a report', seed], ['a document of forty', seed.repeat(40)]] as const) {
      const store = new DocumentStore();
      const uri = `file:///${name.length}.txt`;
      const d = store.open(uri, 'disclosure-report', 1, text);
      const before = d.report;
      const changes = convert(text);
      assert.ok(changes.length > 100, name);
      store.change(uri, 2, changes);
      const expected = text.replace(/公开/g, '公開');
      const got = store.get(uri)!;
      assert.equal(got.text.getText(), expected, name);
      assert.equal(got.report.text, expected, name);
      assert.equal(got.report, before, `${name}: edited in place`);
      const fresh = new DocumentStore().open('file:///fresh.txt', 'disclosure-report', 1, expected).report.findings();
      assert.deepEqual(got.report.findings(), fresh, name);
    }
    // Nine changes far apart in a long document: each read around itself, the same text and findings.
    {
      const long = seed.repeat(40);
      const store = new DocumentStore();
      const d = store.open('file:///far.txt', 'disclosure-report', 1, long);
      const places = Array.from({ length: 9 }, (_, k) => long.indexOf('公开', (k * long.length) / 9));
      store.change('file:///far.txt', 2, places.map((at) => ({ range: { start: positionAt(long, at + 1), end: positionAt(long, at + 2) }, text: '開' })));
      let expected = long;
      for (const at of places) expected = expected.slice(0, at + 1) + '開' + expected.slice(at + 2);
      assert.equal(store.get('file:///far.txt')!.report, d.report);
      assert.equal(d.report.text, expected);
      assert.deepEqual(d.report.findings(), new DocumentStore().open('file:///f2.txt', 'disclosure-report', 1, expected).report.findings());
    }
    // A change of the whole text among many: read whole.
    const store = new DocumentStore();
    store.open('file:///w.txt', 'disclosure-report', 1, seed);
    const many = [...convert(seed).slice(0, 9), { text: '二、主动公开政府信息情况\n' }];
    store.change('file:///w.txt', 2, many);
    assert.equal(store.get('file:///w.txt')!.report.text, '二、主动公开政府信息情况\n');
  });
});
