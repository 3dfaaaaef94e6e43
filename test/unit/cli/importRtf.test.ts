/**
 * Rich text (.rtf), as a site's 「下载」 hands out a report named .doc and as Word and WPS save it:
 * imported cell for cell, as the same report's .doc is — the same body writer behind both — whether
 * its Chinese is written as \uN characters (LibreOffice) or as GBK or Big5 bytes (Word's writers), its
 * headings' numbers in \listtext, without text Word does not show. The fixtures are LibreOffice's RTF of
 * the .doc fixtures' documents and a Word-style RTF (test/fixtures/word/SOURCES.md).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rtfToReport } from '../../../server/src/import/word/rtf/rtf';
import { rtfToHtml } from '../../../server/src/import/word/rtf/rtfToHtml';
import { docToReport } from '../../../server/src/import/word/doc/doc';
import { docxToReport } from '../../../server/src/import/word/docx';
import { importBytes, kindOf } from '../../../server/src/import/engine';
import { refusalOf } from '../../../server/src/import/limits';
import { notImportable } from '../../../server/src/textFiles/binaryKind';
import { FIXTURES, readingOf } from '../../helpers';
import { main } from '../../../server/src/cli';
import { tempDir } from '../../tempDir';

const word = (name: string) => readFileSync(path.join(FIXTURES, 'word', name));
const rtf = (s: string) => Buffer.from(s, 'latin1');

describe('import: rich text (.rtf)', () => {
  it('a report as RTF imports to the text its .doc does (and so its .docx): every table cell for cell, the same findings', () => {
    const fromRtf = rtfToReport(word('czj_2023.rtf'));
    const fromDoc = docToReport(word('czj_2023.doc'));
    assert.equal(fromRtf.text, fromDoc.text);
    assert.equal(fromRtf.tables, 3);
    assert.deepEqual(readingOf(fromRtf.text).codes, readingOf(fromDoc.text).codes);
  });

  it("Word's own RTF — GBK bytes under \\ansicpg936, list numbers in \\listtext, a label merged down — gives the report's text back", () => {
    const text = rtfToReport(word('czj_2023.word-gbk.rtf')).text;
    assert.equal(text, docToReport(word('czj_2023.doc')).text);
    assert.match(text, /^一、总体情况$/m);
    assert.match(text, /^\| 三、本年度办理结果 \| （一）予以公开 \|  \| 0 \|/m);
    // (Merged down over the rows of its group, as the script that wrote it merged it.)
    assert.match(rtfToHtml(word('czj_2023.word-gbk.rtf')), /<td rowspan="22"><p>三、本年度办理结果<\/p><\/td>/);
    // Big5 bytes in a font of \fcharset136, in a document whose code page is GBK's (a traditional font in a simplified file).
    const big5 = "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 x;}{\\f1\\fcharset136 y;}}\\f1 \\'a4\\'40\\'a1\\'42\\'c1\\'60\\'c5\\'e9\\'b1\\'a1\\'aa\\'70\\par}";
    assert.match(rtfToReport(rtf(big5)).text, /^一、總體情況$/m);
    // A numbered paragraph in a cell of two paragraphs: the number's own \pard ends neither the cell nor the table.
    const row = (cells: string) => `\\trowd\\cellx1000\\cellx2000\\pard\\intbl ${cells}\\row`;
    const cell = `{\\rtf1\\ansi${row('{\\listtext\\pard\\plain 1.\\tab}first\\par second\\cell b\\cell')}${row('c\\cell d\\cell')}\\pard after\\par}`;
    assert.deepEqual(rtfToReport(rtf(cell)).text.split('\n').filter(Boolean), ['| 1.firstsecond | b |', '| c | d |', 'after']);
    // No \deff: font 0 is the default, which \plain goes back to — here SimSun of \fcharset134 (GBK 「中」「文」).
    const noDeff = "{\\rtf1\\ansi{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 \\'d6\\'d0\\par\\pard\\plain \\'ce\\'c4\\par}";
    assert.deepEqual(rtfToReport(rtf(noDeff)).text.split('\n').filter(Boolean), ['中', '文']);
    // (A writer that names no code page and writes UTF-8 as it is.)
    assert.match(rtfToReport(Buffer.from('{\\rtf1\\ansi 一、总体情况\\par }', 'utf8')).text, /^一、总体情况$/m);
  });

  it('numbered headings, a tracked deletion, hidden text and a table of contents as the .doc of the same document has them', () => {
    for (const name of ['numbered-headings', 'tracked-hidden', 'contents-field']) assert.equal(rtfToReport(word(`${name}.rtf`)).text, docToReport(word(`${name}.doc`)).text, name);
    assert.doesNotMatch(rtfToReport(word('tracked-hidden.rtf')).text, /999|隐藏的批注文字/);
  });

  it("footnotes and endnotes as the .docx import reads them: a note's mark 「[n]」 where it stands, the notes at the end", async () => {
    assert.equal(rtfToReport(word('footnotes.rtf')).text, (await docxToReport(word('footnotes.docx'))).text);
  });

  it("RTF as Word, WordPad and pages' 「下载」 scripts write it reads as Word shows it: a review's 13 cases (rtf-cases/README.md)", () => {
    // (Each failed before: a nested table's row properties put the outer row's figures a column off; a comment's or a tracked
    // change's \pard in a cell ended the table; \sect ended no paragraph; text after a table went into the next; GBK's
    // 镕 came out 「�F」; \deff's font and \plain's were not used; bullets were written as numbers; a seal's fallback split
    // its paragraph; a text box's text was lost; a deleted paragraph mark ended its paragraph; a table of contents was
    // imported; a list number lost the space after it.)
    const dir = path.join(FIXTURES, 'word', 'rtf-cases');
    const cases = readdirSync(dir).filter((f) => f.endsWith('.rtf'));
    assert.equal(cases.length, 13);
    for (const f of cases) assert.equal(rtfToReport(readFileSync(path.join(dir, f))).text, readFileSync(path.join(dir, f.replace(/\.rtf$/, '.expected.txt')), 'utf8'), f);
  });

  it('what RTF holds besides the text is passed over: fonts, styles, pictures counted by their size, \\* destinations, \\uN fallbacks, \\bin data', () => {
    const doc =
      "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}{\\stylesheet{\\s1 heading 1;}}{\\info{\\title \\'c4\\'b3}}" +
      "{\\*\\generator x;}\\uc1\\pard \\u19968?\\u12289?\\f0\\'d7\\'dc\\'cc\\'e5\\'c7\\'e9\\'bf\\'f6\\par " +
      '{\\*\\shppict{\\pict\\pngblip\\picwgoal9000\\pichgoal6000 89504e47}}{\\nonshppict{\\pict\\wmetafile8 0102}}' +
      '{\\pict\\pngblip\\picwgoal90\\pichgoal90 00}{\\pict\\bin4 }}{\\}{}\\par ' +
      "{\\footnote \\'d7\\'a2}{\\header \\'d2\\'b3\\'c3\\'bc}\\'b1\\'be\\'c4\\'ea\\'b6\\'c8\\par}";
    const r = rtfToReport(rtf(doc));
    // (The header is passed over; the footnote is read: its mark where it stands, its text at the end.)
    assert.deepEqual(r.text.split('\n').filter(Boolean), ['一、总体情况', '[1]本年度', '1.注']);
    // (The 600 × 400 picture is one picture, written twice; the 6 × 6 one an icon; the \bin one, its data braces, of no size.)
    assert.equal(r.pictures, 2);
  });

  it('damaged or hostile RTF is imported as far as it reads or refused, never thrown out of: 600 seeded changes, cuts and deep nesting', () => {
    let seed = 61;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const refusals = new Set<string>();
    for (const name of ['numbered-headings.rtf', 'czj_2023.word-gbk.rtf']) {
      const base = word(name);
      for (let i = 0; i < 300; i++) {
        const b = Buffer.from(base);
        for (let k = 1 + Math.floor(rnd() * 8); k > 0; k--) b[Math.floor(rnd() * b.length)] = '{}\\\'0a'.charCodeAt(Math.floor(rnd() * 6)) || Math.floor(rnd() * 256);
        const cut = i % 10 === 0 ? b.subarray(0, Math.floor(rnd() * b.length)) : b;
        try {
          assert.equal(typeof rtfToReport(cut).text, 'string');
        } catch (e) {
          const why = refusalOf(e);
          assert.ok(why, `${name} #${i}: ${(e as Error).stack}`);
          refusals.add(why);
        }
      }
    }
    assert.throws(() => rtfToReport(rtf('{\\rtf1' + '{'.repeat(5000) + 'x' + '}'.repeat(5000) + '}')), (e) => refusalOf(e) === 'rtf');
    // A body of over 20 million characters is no report: refused as a Word file's size, not a page's.
    assert.throws(() => rtfToReport(rtf('{\\rtf1 ' + 'a'.repeat(20_000_001) + '\\par}')), (e) => refusalOf(e) === 'wordSize');
  });

  it('rich text is told apart by its first bytes, whatever its name; the command line imports it and says to when asked to check it', async () => {
    const bytes = word('czj_2023.word-gbk.rtf');
    assert.equal(kindOf('下载.doc', bytes), 'rtf');
    assert.equal(notImportable(bytes, '下载.doc'), undefined);
    assert.equal((await importBytes('下载.doc', bytes)).tables, 3);
    const dir = tempDir('rtf-');
    const file = path.join(dir, '下载.doc');
    writeFileSync(file, bytes);
    writeFileSync(path.join(dir, 'empty.rtf'), '{\\rtf1\\ansi }');
    const err: string[] = [];
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), raw: () => undefined };
    assert.equal(await main(['import', file], io), 0);
    assert.equal(readFileSync(path.join(dir, '下载.report.txt'), 'utf8'), rtfToReport(bytes).text);
    assert.equal(await main(['check', file], io), 2);
    assert.match(err.join('\n'), /下载\.doc：是 RTF 文件（网站“下载”的 \.doc 常是这种），未检查；请先导入为文本：disclosure-report import .*下载\.doc/);
    err.length = 0;
    assert.equal(await main(['import', path.join(dir, 'empty.rtf')], io), 2);
    assert.match(err.join('\n'), /empty\.rtf：导入失败（里面没有报告正文：这个 Word 文件只有标题，或没有文字）/);
  });
});
