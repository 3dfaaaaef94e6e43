/** Code actions: fixes that make the same edit are one entry, naming every rule it repairs. */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../../server/src/features/codeActions';
import { toDiagnostics } from '../../../server/src/features/diagnostics';
import { analyse, firstTable, fixture, SEEDS, setCell } from '../../helpers';

describe('code actions', () => {
  it('the one figure that repairs a row and its column is a single entry with both diagnostics', () => {
    const pipe = fixture(SEEDS.pipe);
    const u1 = firstTable(analyse(pipe).model, 'applications').rows.find((r) => r.id === 'u1')!;
    const text = setCell(pipe, u1.cells[0], '6');
    const { findings, model } = analyse(text);
    const doc = TextDocument.create('file:///r.txt', 'disclosure-report', 1, text);
    const diagnostics = toDiagnostics(findings, doc, 'zh-cn');
    const t = firstTable(model, 'applications');
    const range = { start: doc.positionAt(t.span.start), end: doc.positionAt(t.span.end) };
    const actions = codeActions({ doc, findings, range, diagnostics, locale: 'zh-cn', canResolve: false });
    const cell = actions.filter((a) => a.title.startsWith('将「（四）1.本机关不掌握相关政府信息·自然人」改为 5'));
    assert.equal(cell.length, 1);
    assert.equal(cell[0].title, '将「（四）1.本机关不掌握相关政府信息·自然人」改为 5（修正行合计、列合计）');
    assert.deepEqual(cell[0].diagnostics!.map((d) => d.code).sort(), ['column-total', 'row-total']);
    assert.equal(cell[0].isPreferred, true);
    const en = codeActions({ doc, findings, range, diagnostics, locale: 'en', canResolve: false });
    assert.ok(en.some((a) => a.title.endsWith('(repairs the row total and column total)')), en.map((a) => a.title).join('\n'));
  });
});
