/**
 * An edit inside a segment cuts only the lines it touched (retokenize): after any run of edits, the
 * tokens and the parse must be those of the new text read afresh, and the segment must have been
 * read from its tokens (not silently read whole).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ReportAnalysis } from '../../../../server/src/analysis/model/document';
import { readSegment, type SegmentHeading } from '../../../../server/src/analysis/reader/segment';
import type { Token } from '../../../../server/src/analysis/reader/tokens/token';
import { KeptFold } from '../../../../server/src/analysis/reader/text/normalize';
import { fixture, SEEDS } from '../../../helpers';

const PIECES = ['', '0', '17', '３', ' ', '|', ' | ', '\t', '\n', '\r', '\r\n', '\n\n', '件', '总计', '（七）总计 | 1 | 0 |\n', '1.属于国家秘密', '00000002.', '规章 / / /', '— 3 —', '《条例》', '國', '**', '## ', '\n**四、政府信息公开行政复议、行政诉讼情况**', ' -- ', '\n| 一   | 8  |\n| 、本 | 21 |\n'];
// (pandoc's plain text and reStructuredText: its tables' lines cut where their rulers say, its grid's wrapped cells joined; a
// segment that holds either read whole — ruledColumns.ts, gridBands.ts.)
const REPORTS = [...Object.values(SEEDS), 'glued/gwh_2022.txt', 'glued/czj_2019.txt', 'glued/hzs_2023.txt', 'converted/shgov_2019.pandoc-plain.txt', 'converted/shgov_2019.docx-pandoc-rst.txt'];

/** What a token is, with its piece given as its rank among the pieces (only equality of pieces is meant). */
function shape(tokens: Token[]): unknown[] {
  const rank = new Map<number, number>();
  return tokens.map((t) => {
    if (!rank.has(t.piece)) rank.set(t.piece, rank.size);
    return [t.kind, t.span.start, t.span.end, t.raw, t.line, rank.get(t.piece), t.cell, t.digits, t.kind === 'text' ? t.fold().s : '', t.kind === 'text' ? t.fold().at(0) : 0];
  });
}

describe('retokenize: an edit re-cuts only the lines it touched', function () {
  this.timeout(60000);
  for (const name of REPORTS) {
    it(`equals a fresh read, over runs of edits in each segment of ${name}`, () => {
      const segments = new ReportAnalysis(fixture(name)).segments.filter((s) => s.text.length > 200);
      assert.ok(segments.length >= 2);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: segments.length - 1 }),
          fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 80 })), ins: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })) }), { minLength: 1, maxLength: 12 }),
          (which, edits) => {
            const seg = segments[which];
            const heading: SegmentHeading | null = seg.heading && { section: seg.heading.section, length: seg.heading.end - seg.heading.start, text: seg.heading.text };
            const from = heading ? heading.length : 0;
            let text = seg.text;
            // The fold kept from read to read, as the document keeps it: each edit folds only what it inserts.
            const kept = new KeptFold();
            let { tokens, parse, marks, prose } = readSegment(text, heading, undefined, kept);
            for (const e of edits) {
              const start = from + Math.floor(e.at * (text.length - from));
              const end = Math.min(text.length, start + e.del);
              const after = text.slice(0, start) + e.ins + text.slice(end);
              const read = readSegment(after, heading, { before: text, tokens, start, end, inserted: e.ins.length, script: parse }, kept, { parse, marks, prose });
              const fresh = readSegment(after, heading);
              assert.deepEqual(shape(read.tokens), shape(fresh.tokens));
              assert.deepEqual(read.parse, fresh.parse);
              text = after;
              ({ tokens, parse, marks, prose } = read);
            }
          },
        ),
        { numRuns: 150, seed: 20261201 },
      );
    });
  }

  it('keeps the tokens of the lines an edit did not touch, and the analysis reads from them', () => {
    const text = fixture(SEEDS.pipe);
    const a = new ReportAnalysis(text);
    const at = text.indexOf('(七)总计 | 8');
    assert.ok(at > 0);
    // The first edit in a segment reads it whole; the next one there re-cuts only its lines.
    a.update(at, at, ' ');
    assert.equal(a.lastRetokenized, 0);
    a.update(at, at + 1, '');
    assert.equal(a.lastRetokenized, 1);
    assert.equal(a.text, text);
    assert.deepEqual(a.model(), new ReportAnalysis(text).model());
    // An edit elsewhere reads that segment whole, and the first one is no longer kept.
    const other = text.indexOf('一、总体情况') + 8;
    a.update(other, other, '1');
    assert.equal(a.lastRetokenized, 0);
    a.update(other, other + 1, '');
    assert.equal(a.lastRetokenized, 1);
    assert.deepEqual(a.model(), new ReportAnalysis(text).model());
  });
});
