/**
 * Line ends change nothing a report says of itself: every real report among the fixtures, with its line
 * breaks made CRLF, names the same agency and year, and its tables hold the same figures (an audit found
 * thirteen real pages whose agency or year was lost with CRLF: the title was looked for over half as many
 * lines).
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { FIXTURES, fixture } from '../../../helpers';
import { ReportDocument } from '../../../../server/src/checks/document';

function files(dir: string): string[] {
  return readdirSync(path.join(FIXTURES, dir)).flatMap((f) => {
    const rel = path.join(dir, f);
    if (statSync(path.join(FIXTURES, rel)).isDirectory()) return files(rel);
    return /\.(txt|md)$/.test(f) ? [rel] : [];
  });
}

describe('CRLF line ends and what a report says of itself', () => {
  it('every fixture: the same agency, year and figures with CRLF as with LF', () => {
    let n = 0;
    for (const rel of files('')) {
      const lf = fixture(rel).replace(/\r\n/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      const a = new ReportDocument(lf).model();
      if (!a.isReport) continue;
      const b = new ReportDocument(crlf).model();
      const ra = exportRecord(rel, a);
      const rb = exportRecord(rel, b);
      assert.equal(rb.agency, ra.agency, rel);
      assert.equal(rb.year, ra.year, rel);
      assert.deepEqual(JSON.parse(JSON.stringify(rb.tables ?? null)), JSON.parse(JSON.stringify(ra.tables ?? null)), rel);
      n++;
    }
    assert.ok(n >= 60, `${n} reports`);
  });
});
