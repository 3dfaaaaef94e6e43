/**
 * Adversarial documents through the real server: each is answered (diagnostics published for it, at
 * most disclosureReport.maxProblems of them plus the notes that say what was left out), a
 * one-character edit in its middle is answered too, and the server still answers a hover afterwards.
 * How long each takes is measured by the bench (`npm run bench`), not asserted here.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportDocument } from '../../server/src/checks/document';
import { budgetCut } from '../../server/src/analysis/reader/text/budget';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { ADVERSARIAL } from '../adversarial';
import { fixture, SEEDS } from '../helpers';
import { TestClient } from './lspClient';

describe('adversarial documents over stdio', function () {
  this.timeout(120_000);
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize('zh-cn');
  });
  after(() => client.stop());

  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`${name}: answered, capped, edited, and the server still answers`, async () => {
      const text = make();
      const uri = `file:///adversarial/${encodeURIComponent(name)}.txt`;
      const first = await client.open(uri, text);
      assert.ok(first.length <= 1000 + 2, `${first.length} diagnostics`);
      if (text.length > 500_000) assert.ok(first.some((d) => /只检查了前 [\d,]+ 个字符/.test(d.message)), 'the budget is said');
      // One character typed in the middle (line and column found from the text itself).
      const mid = text.length >> 1;
      const line = text.slice(0, mid).split('\n').length - 1;
      const character = mid - (text.lastIndexOf('\n', mid - 1) + 1);
      const after = await client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: '7' }]);
      assert.ok(after && after.length <= 1000 + 2);
      const hover = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.ok(hover === null || typeof hover === 'object');
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }

  it('20 k heading lines: 1,000 problems shown and one note saying how many more there are', async () => {
    const text = ADVERSARIAL['20 k heading lines']();
    const ds = await client.open('file:///adversarial/headings-cap.txt', text);
    assert.equal(ds.length, 1001);
    assert.match(ds[ds.length - 1].message, /^另有 \d[\d,]* 个问题未显示：每个文档最多显示 1000 个/);
    assert.ok(ds.slice(0, 1000).every((d) => d.code), 'the shown ones are findings');
  });

  it('hover never fails: every position of the fuzzer’s 「重新出具0|…」 document', async () => {
    const text = '重新出具0|\t\t\n0 0 0|8\n其他处理0|收费通知';
    const uri = 'file:///adversarial/hover.txt';
    await client.open(uri, text);
    const lines = text.split('\n');
    for (let line = 0; line < lines.length; line++) {
      for (let character = 0; character <= lines[line].length; character++) {
        const h = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
        assert.ok(h === null || typeof h === 'object');
      }
    }
    assert.doesNotMatch(client.stderr, /TypeError/);
  });
  it('a document over the budget is placed by the line starts of the part read: the same ranges as by the whole text, CRLF included', async () => {
    // The scraper-doubled seed with CRLF line ends, repeated past 500,000 characters, so that the cut
    // falls after a \r\n and findings lie all over the part read.
    const one = fixture(SEEDS.pipe).replace(/\r?\n/g, '\r\n');
    const text = one.repeat(Math.ceil(520_000 / one.length));
    const uri = 'file:///adversarial/over-budget-crlf.txt';
    const got = await client.open(uri, text);
    const cut = budgetCut(text, 500_000);
    const expected = toDiagnostics(new ReportDocument(text.slice(0, cut)).findingList(true), TextDocument.create(uri, 'disclosure-report', 1, text), 'zh-cn', undefined, { maxProblems: 1000, budget: { analysed: cut, total: text.length } });
    const ranges = (ds: { code?: unknown; range: unknown; relatedInformation?: { location: { range: unknown } }[] }[]) => ds.map((d) => JSON.stringify([d.code, d.range, d.relatedInformation?.map((r) => r.location.range)]));
    assert.ok(got.length > 100, `${got.length} diagnostics`);
    assert.deepEqual(ranges(got), ranges(expected));
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });
});
