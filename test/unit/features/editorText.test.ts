/**
 * The server's text of an open document (EditorText) answers as the editor library's TextDocument made
 * afresh from the same text — positions, offsets, ranges, line count — after any sequence of edits:
 * mixed line ends (a \r and a \n meeting across an edit's edges), surrogate pairs, positions past a
 * line's end or between a \r and its \n, reversed ranges, edits across chunks, texts growing past a
 * chunk and shrinking to nothing.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportDocument } from '../../../server/src/checks/document';
import { EditorText } from '../../../server/src/editorText';
import { foldingRanges } from '../../../server/src/features/folding';
import { isSpaceCode } from '../../../server/src/features/ranges';
import { documentSymbols } from '../../../server/src/features/symbols';
import { random } from '../../adversarial';
import { fixture, SEEDS } from '../../helpers';

const PIECES = ['\r', '\n', '\r\n', '\n\r', 'a', '中', '\ud83d\ude00', '\ud800', '|', ' ', '1', '三、', '\r\r\n', ''];

function same(t: EditorText, text: string, r: () => number, label: string): void {
  const ref = TextDocument.create('file:///r', 'x', 0, text);
  assert.equal(t.getText(), text, label);
  assert.equal(t.length, text.length, label);
  assert.equal(t.lineCount, ref.lineCount, label);
  const step = text.length > 4000 ? 7 : 1;
  for (let o = -2; o <= text.length + 2; o += step) assert.deepEqual(t.positionAt(o), ref.positionAt(o), `${label}: positionAt(${o})`);
  for (let k = 0; k < 200; k++) {
    const p = { line: Math.floor(r() * (ref.lineCount + 2)) - 1, character: Math.floor(r() * 12) - 1 };
    assert.equal(t.offsetAt(p), ref.offsetAt(p), `${label}: offsetAt(${JSON.stringify(p)})`);
    const q = { line: Math.floor(r() * (ref.lineCount + 1)), character: Math.floor(r() * 40) };
    assert.equal(t.getText({ start: p, end: q }), ref.getText({ start: p, end: q }), `${label}: getText`);
  }
  for (let k = 0; k < 50; k++) {
    const a = Math.floor(r() * (text.length + 1));
    const b = a + Math.floor(r() * 30);
    assert.equal(t.slice(a, b), text.slice(a, b), `${label}: slice`);
    assert.equal(t.charCodeAt(a), text.charCodeAt(a), `${label}: charCodeAt`);
  }
}

/** A random edit as the editor sends it: a range in positions (possibly reversed, past a line's end). */
function edit(text: string, r: () => number, big: boolean): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
  const ref = TextDocument.create('file:///r', 'x', 0, text);
  const a = Math.floor(r() * (text.length + 1));
  const b = Math.min(text.length, a + (r() < 0.5 ? 0 : Math.floor(r() * (big ? 20_000 : 6))));
  const start = ref.positionAt(a);
  const end = ref.positionAt(b);
  // Now and then a position past its line's end, or the range given backwards.
  if (r() < 0.1) start.character += 3;
  const range = r() < 0.1 ? { start: end, end: start } : { start, end };
  let ins = '';
  const n = Math.floor(r() * (big && r() < 0.2 ? 3000 : 4));
  for (let i = 0; i < n; i++) ins += PIECES[Math.floor(r() * PIECES.length)];
  return { range, text: ins };
}

/** The text the editor has after the edit (its offsets as the library reads them). */
function applied(text: string, e: ReturnType<typeof edit>): string {
  const ref = TextDocument.create('file:///r', 'x', 0, text);
  let s = ref.offsetAt(e.range.start);
  let t = ref.offsetAt(e.range.end);
  if (s > t) [s, t] = [t, s];
  return text.slice(0, s) + e.text + text.slice(t);
}

describe('EditorText ≡ the library\'s TextDocument made afresh', () => {
  it('after random edits of small texts of line breaks, surrogates and words', () => {
    const r = random(31);
    for (let n = 0; n < 60; n++) {
      let text = Array.from({ length: Math.floor(r() * 30) }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
      const t = new EditorText('file:///t', 'x', 1, text);
      same(t, text, r, `text ${n}`);
      for (let v = 2; v < 30; v++) {
        const e = edit(text, r, false);
        text = applied(text, e);
        t.update([e], v);
        assert.equal(t.version, v);
        same(t, text, r, `text ${n}, version ${v}`);
      }
    }
  });

  it('after edits of a real report grown past several chunks, across chunks, down to nothing and back', () => {
    const r = random(37);
    let text = fixture(SEEDS.pipe).replace(/\n/g, (_, i: number) => (i % 5 ? '\n' : '\r\n')).repeat(3);
    const t = new EditorText('file:///t', 'x', 1, text);
    for (let v = 2; v < 80; v++) {
      const e = edit(text, r, true);
      text = applied(text, e);
      t.update([e], v);
      same(t, text, r, `version ${v}`);
    }
    // Everything deleted, then typed again; then the whole text replaced.
    const ref = TextDocument.create('file:///r', 'x', 0, text);
    t.update([{ range: { start: { line: 0, character: 0 }, end: ref.positionAt(text.length) }, text: '' }], 100);
    same(t, '', r, 'empty');
    t.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\r' }, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n一、' }], 101);
    same(t, '\r\n一、', r, 'typed again');
    t.update([{ text: 'whole\r\nnew' }], 102);
    same(t, 'whole\r\nnew', r, 'replaced whole');
  });

  it('gives each change as offsets in the text before it', () => {
    const t = new EditorText('file:///t', 'x', 1, 'ab\r\ncd');
    const got = t.update([{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } }, text: 'X' }, { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 0 } }, text: '' }], 2);
    // The second range is backwards and past its line's end: offsets 0 to 2 (before the \r).
    assert.deepEqual(got, [{ start: 5, end: 6, text: 'X' }, { start: 0, end: 2, text: '' }]);
    assert.equal(t.getText(), '\r\ncX');
  });

  it('a position that is no integer from 0 (a broken client) names the place of its integer part, never a NaN offset', () => {
    const text = '一、总体情况\n本机关收到申请10件。\n';
    const cases: [unknown, unknown, string][] = [
      [0.5, 1, '一X、总体情况\n'],
      [1, 2.5, '本机X关'],
      ['1', 2, 'X一'],
      [null, 2, 'X一'],
      [NaN, 3, 'X一'],
      [0, Infinity, '一、总体情况X\n'],
      [1e308, -Infinity, '\nX'],
      [undefined, undefined, 'X一'],
    ];
    for (const [line, character, around] of cases) {
      const t = new EditorText('file:///t', 'x', 1, text);
      const p = { line, character } as unknown as { line: number; character: number };
      t.update([{ range: { start: p, end: p }, text: 'X' }], 2);
      assert.equal(t.length, text.length + 1, JSON.stringify([line, character]));
      assert.ok(t.getText().includes(around), `${JSON.stringify([line, character])}: ${JSON.stringify(t.getText())}`);
      assert.ok(Number.isInteger(t.offsetAt(p)));
    }
  });
});

describe('features read a document in place', () => {
  it('a whitespace code unit is what \\s matches, for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    assert.equal(isSpaceCode(NaN), false);
  });
  it('folding and symbols give the same ranges from EditorText as from the library\'s TextDocument', () => {
    for (const name of Object.values(SEEDS)) {
      const text = fixture(name).replace(/\n/g, (_, i: number) => (i % 4 ? '\n' : '\r\n')) + '\n\n';
      const model = new ReportDocument(text).model();
      const a = new EditorText('file:///t', 'x', 1, text);
      a.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }], 2); // (no longer one joined string)
      const b = TextDocument.create('file:///t', 'x', 1, text);
      assert.deepEqual(foldingRanges(a, model), foldingRanges(b, model), name);
      assert.deepEqual(documentSymbols(a, model, 'zh-cn'), documentSymbols(b, model, 'zh-cn'), name);
    }
  });
});
