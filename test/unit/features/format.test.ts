/**
 * Format Document and range formatting (features/format.ts), in the file's own line breaks, and never over a table read
 * from glued digits (found by a review driving the server from Neovim, whose format on save rewrote a scraped page).
 */
import assert from 'node:assert/strict';
import { formatRange } from '../../../server/src/features/format';
import { ReportDocument } from '../../../server/src/checks/document';
import { fixture, SEEDS } from '../../helpers';

const formatAll = (text: string, style: 'pipe' | 'markdown' = 'pipe') => formatRange(text, new ReportDocument(text).model(), { start: 0, end: text.length }, style);

describe('formatting', () => {
  it('leaves a table read from glued digits as it is: its inferred figures are not written as published ones', () => {
    for (const name of ['czj_2021.txt', 'czj_2023.txt', 'gwh_2022.txt', 'hzs_2023.txt']) {
      const text = fixture(`glued/${name}`);
      const tables = new ReportDocument(text).model().sections.flatMap((s) => s.tables);
      assert.ok(tables.some((t) => t.glue), name);
      const glued = tables.filter((t) => t.glue).map((t) => t.span);
      for (const e of formatAll(text)) assert.ok(!glued.some((g) => e.span.start < g.end && e.span.end > g.start), `${name}: an edit over a glued table`);
    }
  });

  it('leaves a grid whose cells wrap over their lines as it is, and formats the report\'s other tables (pandoc\'s text of a report)', () => {
    // Rewritten row by row, a row read from several lines that hold its neighbours' cells left the table in pieces: table
    // 二 of pandoc's plain text gained three table-shape errors, table 三 of its reStructuredText was scattered.
    for (const name of ['converted/shgov_2019.pandoc-plain.txt', 'converted/shgov_2019.docx-pandoc-rst.txt']) {
      const text = fixture(name);
      const doc = new ReportDocument(text);
      const grids = doc.model().sections.flatMap((s) => s.tables).filter((t) => /^\+-+\+/m.test(text.slice(t.span.start, t.span.end)));
      assert.ok(grids.length, name);
      const edits = formatAll(text);
      for (const e of edits) assert.ok(!grids.some((g) => e.span.start < g.span.end && e.span.end > g.span.start), `${name}: an edit over a wrapped grid`);
      const after = edits.reduceRight((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
      const codes = (d: ReportDocument) => d.findings().map((f) => f.code).sort();
      assert.deepEqual(codes(new ReportDocument(after)), codes(doc), name);
    }
    assert.ok(formatAll(fixture('converted/shgov_2019.pandoc-plain.txt')).length >= 2, 'its ruled tables 三 and 四 are formatted');
  });

  it('writes a document of lone CRs with CRs, and CRLF with CRLF (every multi-line edit came with LF)', () => {
    const lf = fixture(SEEDS.tabs);
    assert.ok(formatAll(lf).length > 0);
    for (const eol of ['\r', '\r\n']) {
      const text = lf.replace(/\r?\n/g, eol);
      const edits = formatAll(text);
      assert.ok(edits.length > 0, JSON.stringify(eol));
      for (const e of edits) {
        const breaks = e.newText.match(/\r\n|\r|\n/g) ?? [];
        assert.ok(breaks.length > 0 && breaks.every((b) => b === eol), JSON.stringify(eol));
      }
    }
  });
});
