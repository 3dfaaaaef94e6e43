/**
 * The outline and folding of a report whose sections are misnumbered (a section of its own put second,
 * the rest numbered 三 to 七, as a real published report does): each heading as written is a section,
 * its tables under it — not one section 一 holding the whole report, which Fold All hid (found by a
 * review in code-server).
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { withHeadingsAsWritten } from '../../../server/src/features/asWritten';
import { documentSymbols } from '../../../server/src/features/symbols';
import { foldingRanges } from '../../../server/src/features/folding';
import { analyse, fixture, SEEDS } from '../../helpers';

function misnumbered(): string {
  let text = fixture(SEEDS.tabs);
  for (const [from, to] of [['六、', '七、'], ['五、', '六、'], ['四、政府信息公开', '五、政府信息公开'], ['三、收到和处理', '四、收到和处理'], ['二、主动公开', '三、主动公开']]) {
    const at = text.search(new RegExp(`^${from}`, 'm'));
    assert.ok(at > 0, from);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  const at = text.search(/^三、主动公开/m);
  return text.slice(0, at) + '二、政务公开工作主要任务落实情况\n全年完成各项任务。\n' + text.slice(at);
}

describe('the outline and folding of sections as written', () => {
  it('misnumbered sections: each heading a section of the outline, with its table; folds end before the next heading', () => {
    const text = misnumbered();
    const { model, findings } = analyse(text);
    // (The reader takes only 一 for a section: the checks name the others.)
    assert.equal(model.sections.length, 1);
    const written = withHeadingsAsWritten(model, findings, text);
    const doc = TextDocument.create('file:///r.txt', 'disclosure-report', 1, text);
    const [title] = documentSymbols(doc, written, 'zh-cn');
    const sections = title.children!;
    assert.deepEqual(sections.map((s) => s.name.slice(0, 4)), ['一、总体', '三、主动', '四、收到', '五、政府', '六、存在', '七、其他']);
    assert.deepEqual(sections[1].children!.map((c) => c.name), ['表二（主动公开）']);
    assert.ok(sections[2].children!.some((c) => c.name === '表三（收到和处理申请）'));
    const line = (s: string) => text.slice(0, text.search(new RegExp(`^${s}`, 'm'))).split('\n').length - 1;
    const folds = foldingRanges(doc, written);
    const s3 = folds.find((f) => f.startLine === line('三、主动公开'))!;
    assert.ok(s3 && s3.endLine < line('四、收到和处理') && s3.endLine >= line('四、收到和处理') - 2, JSON.stringify(s3));
    assert.ok(!folds.some((f) => f.startLine === line('一、总体情况') && f.endLine >= line('三、主动公开')), 'section 一 no longer holds the report');
  });

  it('a report whose headings are all the form\'s is left as it is', () => {
    const text = fixture(SEEDS.tabs);
    const { model, findings } = analyse(text);
    assert.equal(withHeadingsAsWritten(model, findings, text), model);
  });
});

describe('the outline and folding of a sub-heading before a table', () => {
  it('a sub-heading\'s range ends where a table after it begins: the table is its sibling, reachable in breadcrumbs, and folding the sub-heading folds no table (seed 001; found by a review of the editor\'s features)', () => {
    const text = fixture(SEEDS.traditional);
    const { model } = analyse(text);
    const doc = TextDocument.create('file:///r.txt', 'disclosure-report', 1, text);
    const [title] = documentSymbols(doc, model, 'zh-cn');
    const three = title.children!.find((c) => c.name.startsWith('三、'))!;
    const table = three.children!.find((c) => c.name.startsWith('表三'))!;
    const before = three.children!.filter((c) => c !== table && c.range.start.line < table.range.start.line);
    assert.ok(before.length > 0);
    for (const c of before) assert.ok(c.range.end.line < table.range.start.line, `${c.name}: ${c.range.end.line} ≥ ${table.range.start.line}`);
    const folds = foldingRanges(doc, model);
    const subLines = new Set(before.map((c) => c.range.start.line));
    for (const f of folds) if (subLines.has(f.startLine)) assert.ok(f.endLine < table.range.start.line, `fold ${f.startLine}–${f.endLine}`);
  });
});
