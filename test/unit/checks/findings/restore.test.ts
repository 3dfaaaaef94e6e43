/**
 * Restoring the separators of a glued table: the fix rewrites it as pipe rows, one row per line,
 * with the same labels and figures in the report's own script; the result reads back to the same
 * model with nothing left to inference. Rows that could not be determined are kept as written.
 */
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { fixAll } from '../../../../server/src/fixes/fixAll';
import type { ReportModel, Table } from '../../../../server/src/analysis/types';
import { allTables, analyse, fixture, plain } from '../../../helpers';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doesSomething } from '../../../../server/src/checks/lazyFix';
import { moveInPlace, shiftFinding } from '../../../../server/src/checks/shiftFinding';
import { ReportDocument } from '../../../../server/src/checks/document';
import { codeActions } from '../../../../server/src/features/codeActions';
import { toDiagnostics } from '../../../../server/src/features/diagnostics';
import type { Finding } from '../../../../server/src/analysis/types';
// (Required, not imported: the test counts the writer's calls by replacing it on its module.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const writer = require('../../../../server/src/analysis/write/rewriteTable') as typeof import('../../../../server/src/analysis/write/rewriteTable');

const NAMES = ['czj_2018', 'czj_2019', 'czj_2021', 'czj_2023', 'gwh_2022', 'hzs_2023'];

/** Labels and figures of every table, without positions or how they were read. */
function figures(t: Table): unknown {
  const v = (c: Parameters<typeof plain>[0]) => (c.kind === 'unknown' ? '?' : plain(c));
  switch (t.kind) {
    case 'applications':
      return [t.kind, t.variant, t.rows.map((r) => [r.id, r.labelText, r.cells.map(v)])];
    case 'review':
      return [t.kind, t.cells.map(v)];
    case 'active':
      return [t.kind, t.variant, t.blocks.map((b) => [b.id, b.rows.map((r) => [r.id, r.labelText, r.cells.map(v)])])];
    case 'statistics':
      return [t.kind, t.rows.map((r) => [r.labelText, r.unit, r.cells.map(v)])];
  }
}
const model = (m: ReportModel) => allTables(m).map(figures);

/** The cells read in rows left open by their readings (glue ambiguous): those every reading agrees on. */
function inferredInOpenRows(t: Table): number {
  const rows: { cells: { inferred?: unknown }[]; glue?: { status: string } }[] = t.kind === 'applications' ? t.rows : t.kind === 'active' ? t.blocks.flatMap((b) => b.rows) : t.kind === 'statistics' ? t.rows : [];
  return rows.filter((r) => r.glue?.status === 'ambiguous').reduce((n, r) => n + r.cells.filter((c) => c.inferred).length, 0);
}

describe('restore separators (table-glued fix)', () => {
  for (const name of NAMES) {
    it(`${name}: every glued table written back as pipe rows reads back to the same model`, () => {
      const text = fixture(`glued/${name}.txt`);
      const before = analyse(text);
      const glued = before.findings.filter((f) => f.code === 'table-glued');
      const edits = glued.flatMap((f) => f.fixes![0].edits);
      assert.equal(edits.length, glued.length);
      const after = analyse(applyEdits(text, edits));
      assert.deepEqual(model(after.model), model(before.model));
      // Nothing is inferred any more, except in rows no split could determine (kept as written: the cells all their readings
      // agree on).
      for (const t of allTables(after.model)) {
        const undetermined = t.glue?.unknown ?? 0;
        assert.equal(t.glue ? t.glue.inferred : 0, inferredInOpenRows(t), `${name} ${t.kind}`);
        assert.equal(undetermined, allTables(before.model).find((x) => x.kind === t.kind)!.glue?.unknown ?? 0);
      }
      assert.deepEqual(after.model.sections.map((s) => s.headingText), before.model.sections.map((s) => s.headingText));
    });
  }

  it('rows written one per line with pipes; the following heading keeps its own line', () => {
    const text = fixture('glued/hzs_2023.txt');
    const fixed = applyEdits(text, analyse(text).findings.filter((f) => f.code === 'table-glued').flatMap((f) => f.fixes![0].edits));
    assert.match(fixed, /\n\| 一、本年新收政府信息公开申请数量[ \u3000]+\| 7[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 7[ \u3000]+\|\n/);
    assert.match(fixed, /\n\| 1[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 1[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 1[ \u3000]+\| 0[ \u3000]+\| 1[ \u3000]+\|\n五、存在的主要问题及改进情况/);
    // The undetermined row of table 二 stays as it was written.
    assert.match(fixed, /\n行政规范性文件5416\n/);
  });

  it('a page saved with CRLF line ends: the restored rows end with CRLF too, the segment\'s one line holding none (found by a review: 54 bare LF in a CRLF file)', () => {
    let restored = 0;
    for (const name of NAMES) {
      const text = fixture(`glued/${name}.txt`).replace(/\r?\n/g, '\r\n');
      const edits = analyse(text).findings.filter((f) => f.code === 'table-glued').flatMap((f) => f.fixes![0].edits);
      if (!edits.length) continue;
      restored++;
      const fixed = applyEdits(text, edits);
      assert.ok(fixed.split('\r\n').length > text.split('\r\n').length, name);
      assert.doesNotMatch(fixed, /[^\r]\n/, name);
      const all = applyEdits(text, fixAll(text));
      assert.doesNotMatch(all, /[^\r]\n/, name);
    }
    assert.ok(restored >= 4, String(restored));
  });

  it('in a traditional-script page the labels stay in its script', () => {
    const text = OpenCC.Converter({ from: 'cn', to: 'tw' })(fixture('glued/gwh_2022.txt'));
    const fixed = applyEdits(text, analyse(text).findings.filter((f) => f.code === 'table-glued').flatMap((f) => f.fixes![0].edits));
    assert.match(fixed, /\| 一、本年新收政府信息公開申請數量[ \u3000]+\|/);
    assert.doesNotMatch(fixed.slice(fixed.indexOf('三、收到和處理')), /申请/);
  });

  it('fix-all restores the separators first, then sets a wrong total in the same single edit', () => {
    const gwh = fixture('glued/gwh_2022.txt');
    // The row's own total is wrong: 5|0|0|0|0|0|6.
    const text = gwh.replace('（一）予以公开 5000005', '（一）予以公开 5000006');
    assert.notEqual(text, gwh);
    const fixed = applyEdits(text, fixAll(text));
    const r = analyse(fixed);
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error'), []);
    assert.ok(allTables(r.model).every((t) => !t.glue || t.glue.inferred === 0));
    assert.match(fixed, /\| \u3000（一）予以公开[ \u3000]+\| 5[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 0[ \u3000]+\| 5[ \u3000]+\|/);
  });

  describe('the fix\'s edits are made when first read', () => {
    const counted = <T>(f: () => T): [T, number] => {
      const real = writer.rewriteTableEdit;
      let calls = 0;
      writer.rewriteTableEdit = (...a) => (calls++, real(...a));
      try {
        return [f(), calls];
      } finally {
        writer.rewriteTableEdit = real;
      }
    };

    it('diagnostics, the CLI\'s findings and a move never write a table back; reading the fix does, once per table', () => {
      let tables = 0;
      for (const name of NAMES) {
        const text = fixture(`glued/${name}.txt`);
        const [glued, calls] = counted(() => {
          const doc = new ReportDocument(text);
          toDiagnostics(doc.findingList(true), TextDocument.create('file:///r.txt', 'disclosure-report', 1, text), 'zh-cn');
          const all = doc.findings(true);
          for (const f of all) moveInPlace(shiftFinding(f, 7), 3);
          return all.filter((f) => f.code === 'table-glued');
        });
        assert.equal(calls, 0, name);
        tables += glued.length;
        const [edits, made] = counted(() => glued.map((f) => f.fixes![0].edits));
        assert.equal(made, glued.length, name);
        // Read again: the same edits, not made again.
        const [again, more] = counted(() => glued.map((f) => f.fixes![0].edits));
        assert.equal(more, 0, name);
        assert.deepEqual(again, edits);
      }
      assert.ok(tables >= 10, `${tables} glued tables`);
    });

    it('a fix moved before its edits are made has the edits of one made first and then moved', () => {
      let n = 0;
      for (const name of NAMES) {
        const text = fixture(`glued/${name}.txt`);
        const early = analyse(text).findings.filter((f) => f.code === 'table-glued');
        const late = analyse(text).findings.filter((f) => f.code === 'table-glued');
        const moved = (f: Finding) => {
          const m = shiftFinding(f, 1234);
          moveInPlace(m, -34);
          return m;
        };
        for (let i = 0; i < early.length; i++) {
          void early[i].fixes![0].edits;
          const a = moved(early[i]);
          const b = moved(late[i]);
          assert.deepEqual(b.fixes![0].edits, a.fixes![0].edits, name);
          assert.ok(b.fixes![0].edits[0].span.start === early[i].fixes![0].edits[0].span.start + 1200);
          // The finding it was moved from keeps its own place.
          assert.deepEqual(late[i].fixes![0].edits, early[i].fixes![0].edits);
          n++;
        }
      }
      assert.ok(n >= 10, `${n} glued tables`);
    });

    it('a table already written as the fix would write it (its undetermined rows kept) is offered no fix that does nothing', () => {
      let checked = 0;
      for (const name of NAMES) {
        const text = fixture(`glued/${name}.txt`);
        const fixed = applyEdits(text, analyse(text).findings.filter((f) => f.code === 'table-glued').flatMap((f) => f.fixes![0].edits));
        const after = analyse(fixed);
        for (const f of after.findings.filter((x) => x.code === 'table-glued')) {
          assert.equal(f.fixes!.some(doesSomething), false, name);
          const doc = TextDocument.create('file:///r.txt', 'disclosure-report', 1, fixed);
          const range = { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) };
          const actions = codeActions({ doc, findings: after.findings, tables: allTables(after.model), range, diagnostics: toDiagnostics(after.findings, doc, 'zh-cn'), locale: 'zh-cn', canResolve: false });
          assert.ok(!actions.some((a) => a.title.startsWith('恢复表格分隔符')), `${name}: ${actions.map((a) => a.title).join(', ')}`);
          checked++;
        }
      }
      assert.ok(checked > 0, 'no glued table keeps undetermined rows after its fix');
    });
  });
});
