/**
 * Word 97–2003 files (.doc), as agencies still attach their reports: imported cell for cell, as the
 * same report's .docx or saved page is — their tables' merged cells, their headings' list numbers,
 * without text Word does not show (tracked deletions, hidden text) — and a damaged, locked or older
 * file refused with words that say what it is. The fixtures are LibreOffice's .doc of real pages and
 * of .docx files written for the case (test/fixtures/word/SOURCES.md).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docToReport } from '../../../server/src/import/word/doc/doc';
import { docToHtml } from '../../../server/src/import/word/doc/docToHtml';
import { openCompoundFile } from '../../../server/src/import/word/doc/compoundFile';
import { readWordText } from '../../../server/src/import/word/doc/wordBinary';
import { docxToReport } from '../../../server/src/import/word/docx';
import { importBytes, kindOf } from '../../../server/src/import/engine';
import { refusalOf } from '../../../server/src/import/limits';
import { binaryKind, notImportable } from '../../../server/src/textFiles/binaryKind';
import { FIXTURES, readingOf } from '../../helpers';
import { main } from '../../../server/src/cli';
import { tempDir } from '../../tempDir';

const doc = (name: string) => readFileSync(path.join(FIXTURES, 'word', name));

/** The bytes of a .doc with its FIB (the WordDocument stream's start, at a sector's: 0xA5EC) changed by `f`. */
function withFib(bytes: Buffer, f: (fib: number, b: Buffer) => void): Buffer {
  const b = Buffer.from(bytes);
  const fib = b.indexOf(Buffer.from([0xec, 0xa5]));
  assert.ok(fib > 0 && fib % 512 === 0, 'the FIB is found');
  f(fib, b);
  return b;
}

describe('import: Word 97–2003 (.doc)', () => {
  it('a real page saved as .doc imports as the saved page itself does: the same figures in every table, merged cells and all', async () => {
    const fromDoc = await importBytes('shgov_2019.doc', doc('shgov_2019.page.doc'));
    const fromPage = await importBytes('shgov_2019.html', readFileSync(path.join(FIXTURES, 'html', 'shgov_2019.html')));
    // (Not line for line: the page's table 二 has a column a few millimetres wide that no figure stands in, which the
    // .doc's rows place within a hand of the next border — read as one column there.)
    assert.deepEqual(readingOf(fromDoc.text), readingOf(fromPage.text));
    const outside = (t: string) => t.split('\n').filter((l) => !l.startsWith('| 第二十条') && !/^\| (信息内容|规章|规范性文件|行政|其他对外|政府集中)/.test(l));
    assert.deepEqual(outside(fromDoc.text), outside(fromPage.text));
    assert.equal(fromDoc.tables, 3);
    // The merged cells as the page's table has them: 三、本年度办理结果 down twenty rows, 申请人情况 across seven columns.
    const html = docToHtml(readWordText(openCompoundFile(doc('shgov_2019.page.doc'))));
    assert.match(html, /<td rowspan="20"><p>三、本年度办理结果<\/p><\/td>/);
    assert.match(html, /<td colspan="7"><p>申请人情况<\/p><\/td>/);
    // Table 三's first row.
    assert.match(fromDoc.text, /^\| 一、本年新收政府信息公开申请数量 \|  \|  \| 821 \| 35 \|  \|  \| 2 \| 1 \| 859 \|$/m);
    assert.match(fromDoc.text, /^\|  \| （二）部分公开（区分处理的，只计这一情形，不计其他情形） \|  \| 3 \|/m);
  });

  it('a report saved as .doc and as .docx imports to the same text, figure for figure, with the same findings', async () => {
    const fromDoc = docToReport(doc('czj_2023.doc'));
    const fromDocx = await docxToReport(doc('czj_2023.docx'));
    assert.equal(fromDoc.text, fromDocx.text);
    // (Its one drawn object is the page's spacer, 6 × 1 pixels: no picture, as the page's import counts none.)
    assert.equal(fromDoc.pictures, 0);
    const r = readingOf(fromDoc.text);
    assert.deepEqual(r.sections, [1, 2, 3, 4, 5, 6]);
    assert.equal(Object.keys(r.applications).length, 25);
    assert.equal(r.review.length, 15);
    assert.deepEqual([r.active['b1.normative'], r.active['b5.permit'], r.active['b8.fee']], [[0, 0, 8], [1], [5949.09]]);
    assert.deepEqual(r.codes, readingOf(fromDocx.text).codes);
  });

  it("headings numbered by Word's multilevel list get their numbers, as from the .docx: directly, through a heading style, decimal", async () => {
    const fromDoc = docToReport(doc('numbered-headings.doc')).text;
    assert.equal(fromDoc, (await docxToReport(doc('numbered-headings.docx'))).text);
    assert.deepEqual(fromDoc.split('\n').slice(1, 10), ['一、总体情况', '（一）主动公开方面', '正文。', '（二）依申请公开方面', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、第四', '1.一项', '2.二项']);
  });

  it('a table of contents is left out: its entries are the headings again, with page numbers', () => {
    const text = docToReport(doc('contents-field.doc')).text;
    assert.deepEqual(text.split('\n').filter((l) => /^[一二三]、/.test(l)), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    assert.doesNotMatch(text, /\t\d$/m);
  });

  it('text Word does not show is not imported: a tracked deletion, hidden text; an insertion and a tab are', () => {
    const text = docToReport(doc('tracked-hidden.doc')).text;
    assert.match(text, /^2023年，本机关主动公开政府信息120条。$/m);
    assert.doesNotMatch(text, /999|隐藏的批注文字/);
    assert.match(text, /^本年度共收到申请5件。$/m);
    assert.match(text, /^行政复议\t行政诉讼$/m);
  });

  it('a page break typed before a heading is no paragraph of its own, and a paragraph deleted whole is gone, mark and number', async () => {
    // (Both gave a stray 「三、」 line and numbered every later heading one on: 「七、其他需要报告的事项」 — found by a review.)
    for (const name of ['form-page-break-heading', 'tracked-deleted-heading']) {
      const text = docToReport(doc(`${name}.doc`)).text;
      assert.equal(text, (await docxToReport(doc(`${name}.docx`))).text, name);
      assert.doesNotMatch(text, /^[一二三四五六七]、$/m, name);
    }
    assert.deepEqual(readingOf(docToReport(doc('form-page-break-heading.doc')).text).sections, [1, 2, 3, 4, 5, 6]);
  });

  it("a merged cell's hidden lower part is not read; rows whose borders stand a millimetre or two apart keep their figures in their columns", async () => {
    for (const name of ['merged-cell-text-below', 'rows-out-of-line']) assert.equal(docToReport(doc(`${name}.doc`)).text, (await docxToReport(doc(`${name}.docx`))).text, name);
    assert.match(docToReport(doc('rows-out-of-line.doc')).text, /^\| 行二 \| 3 \| 4 \|$/m);
  });

  it("notes and text boxes are read as the .docx import reads them: a note's mark 「[n]」, the notes at the end, a box's text after its paragraph", async () => {
    for (const name of ['footnotes', 'textbox', 'table-in-textbox']) {
      const fromDoc = docToReport(doc(`${name}.doc`));
      assert.equal(fromDoc.text, (await docxToReport(doc(`${name}.docx`))).text, name);
      // (A text box's anchor, and the SHAPE field LibreOffice writes after it, are no pictures: 「正文中有 2 张图片」 was said.)
      assert.equal(fromDoc.pictures, 0, name);
    }
    assert.match(docToReport(doc('footnotes.doc')).text, /^有脚注的句子\[1\]。$[\s\S]*^1\.脚注内容。$\n^2\.尾注内容。$/m);
  });

  it('a .doc is told apart by its directory, whatever its name; a compound file of no Word document is not one', () => {
    const bytes = doc('czj_2023.doc');
    assert.equal(binaryKind(bytes), 'doc');
    assert.equal(kindOf('年报.docx', bytes), 'doc');
    assert.equal(kindOf('年报.wps', bytes), 'doc');
    assert.equal(notImportable(bytes, '年报.doc'), undefined);
    const sheet = Buffer.from(bytes);
    const name = Buffer.from('WordDocument', 'utf16le');
    for (let at = sheet.indexOf(name); at >= 0; at = sheet.indexOf(name, at + 1)) Buffer.from('WordDocumenX', 'utf16le').copy(sheet, at);
    assert.equal(binaryKind(sheet), 'office');
    assert.equal(notImportable(sheet, '报表.xls'), 'office');
    // (Named as Word's, it goes on to the import, which says it is damaged: a .doc cut short loses its directory.)
    assert.equal(notImportable(sheet, '年报.doc'), undefined);
    assert.throws(() => docToReport(sheet), (e) => refusalOf(e) === 'doc');
  });

  it('a damaged .doc is refused, never read past its end nor thrown out of: 600 seeded changes of bytes, and cuts', () => {
    let seed = 20261206;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const refusals = new Set<string>();
    let imported = 0;
    for (const name of ['numbered-headings.doc', 'shgov_2019.page.doc']) {
      const base = doc(name);
      for (let i = 0; i < 300; i++) {
        const b = Buffer.from(base);
        for (let k = 1 + Math.floor(rnd() * 6); k > 0; k--) b[rnd() < 0.5 ? Math.floor(rnd() * 1024) : Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
        const cut = i % 10 === 0 ? b.subarray(0, Math.floor(rnd() * b.length)) : b;
        try {
          assert.equal(typeof docToReport(cut).text, 'string');
          imported++;
        } catch (e) {
          const why = refusalOf(e);
          assert.ok(why, `${name} #${i}: ${(e as Error).stack}`);
          refusals.add(why);
        }
      }
    }
    // A FIB whose counts put its parts past the stream's end (a review's longer run met these): refused, not a RangeError.
    for (const [at, value] of [[32, 0xffff], [34 + 0x0e * 2, 0xffff]]) assert.throws(() => docToReport(withFib(doc('czj_2023.doc'), (fib, b) => b.writeUInt16LE(value, fib + at))), (e) => refusalOf(e) === 'doc');
    // (Both ways happen: a change in text or unused bytes imports, one in the structures refuses.)
    assert.ok(imported > 0 && refusals.has('doc'), `${imported} imported, refused: ${[...refusals].join(', ')}`);
  });

  it('the command line imports a .doc, says a .doc is to be imported when asked to check one, and says why one cannot be', async () => {
    const dir = tempDir('doc-');
    const file = path.join(dir, '年报.doc');
    writeFileSync(file, doc('czj_2023.doc'));
    writeFileSync(path.join(dir, 'cut.doc'), doc('czj_2023.doc').subarray(0, 3000));
    writeFileSync(path.join(dir, 'locked.doc'), withFib(doc('czj_2023.doc'), (fib, b) => b.writeUInt16LE(b.readUInt16LE(fib + 0x0a) | 0x0100, fib + 0x0a)));
    writeFileSync(path.join(dir, 'word95.doc'), withFib(doc('czj_2023.doc'), (fib, b) => b.writeUInt16LE(0x0065, fib + 2)));
    const err: string[] = [];
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), raw: () => undefined };
    assert.equal(await main(['import', file], io), 0);
    assert.match(out.join('\n') + err.join('\n'), /已导入 .*年报\.doc → .*年报\.report\.txt（3 张表格）/);
    assert.equal(readFileSync(path.join(dir, '年报.report.txt'), 'utf8'), docToReport(doc('czj_2023.doc')).text);
    err.length = 0;
    assert.equal(await main(['check', file], io), 2);
    assert.match(err[0], /年报\.doc：是 Word 97-2003 文件（\.doc），未检查；请先导入为文本：disclosure-report import .*年报\.doc/);
    for (const [name, says] of [
      ['cut.doc', /cut\.doc：导入失败（文件已损坏，或不是 Word 97-2003（\.doc）文件）/],
      ['locked.doc', /locked\.doc：导入失败（文件设有密码；请在 Word 或 WPS 中取消密码后再导入）/],
      ['word95.doc', /word95\.doc：导入失败（是 Word 95 或更早版本的文件；请用 Word 或 WPS 另存为 \.docx，再导入）/],
    ] as const) {
      err.length = 0;
      assert.equal(await main(['import', path.join(dir, name)], io), 2, name);
      assert.match(err.join('\n'), says);
    }
  });
});
