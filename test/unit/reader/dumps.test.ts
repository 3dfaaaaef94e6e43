/**
 * Real pages as text browsers dump them — how a researcher often keeps the reports they collect:
 * w3m draws a table in box-drawing characters (「┌──┬──┐」「│规章│0│」「├──┼──┤」, a narrow label column
 * wrapped over several lines beside blank cells, a group's cell cut beside its rows'), lynx puts
 * every cell on a line of its own. The dumps of the two saved pages in test/fixtures/html (w3m 0.5.3
 * `-dump -cols 200`, lynx 2.9 `-dump -width=200 -nolist`) read to the tables the page's import reads
 * from its HTML cells, figure for figure, and find what the imported page finds.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToReport } from '../../../server/src/import/html';
import type { Table } from '../../../server/src/analysis/types';
import { allTables, analyse, fixture, FIXTURES, plain } from '../../helpers';

/** A table's labels' rows and figures, without positions or how they were read. */
function figures(t: Table): unknown {
  switch (t.kind) {
    case 'applications':
      return [t.kind, t.variant, t.rows.map((r) => [r.id, r.cells.map(plain)])];
    case 'review':
      return [t.kind, t.cells.map(plain)];
    case 'active':
      return [t.kind, t.variant, t.blocks.map((b) => [b.id, b.rows.map((r) => [r.id, r.cells.map(plain)])])];
    case 'statistics':
      return [t.kind, t.rows.map((r) => [r.labelText, r.cells.map(plain)])];
  }
}

describe('reports as text browsers dump saved pages', () => {
  for (const page of ['czj_2023', 'gwh_2022']) {
    const imported = analyse(htmlToReport(readFileSync(path.join(FIXTURES, 'html', `${page}.html`), 'utf8')).text);
    for (const tool of ['w3m', 'lynx']) {
      it(`${page}, dumped by ${tool}: the page's tables figure for figure, and its findings`, () => {
        const dump = analyse(fixture(`dumps/${page}.${tool}.txt`));
        assert.deepEqual(allTables(dump.model).map(figures), allTables(imported.model).map(figures));
        assert.equal(allTables(dump.model).length, 3);
        assert.deepEqual(dump.findings.map((f) => f.code), imported.findings.map((f) => f.code));
      });
    }
  }
});
