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
});

