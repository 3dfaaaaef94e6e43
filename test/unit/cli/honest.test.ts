/**
 * The CLI is honest about what it is given and fits CI: empty, binary and non-report files named on
 * the command line get one line and exit 2; GBK text is read as GB18030 and said so; --quiet,
 * --max-warnings; the project's .disclosure-report.json; convert says what it did.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../server/src/cli';
import { decodeUtf8 } from '../../../server/src/textFiles/readText';
import { random } from '../../adversarial';
import { fixture, gbk, SEEDS } from '../../helpers';
import { tempDir } from '../../tempDir';

function run(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), raw: (s) => out.push(s) }) as number;
  return { code, out, err };
}
const dir = () => tempDir('honest-');


describe('cli: honest about its input, at home in CI', () => {
  it('an empty, a binary and a non-report file named on the command line: one line each, exit 2', () => {
    const d = dir();
    writeFileSync(path.join(d, 'empty.txt'), '  \n');
    writeFileSync(path.join(d, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    // A PDF whose first objects are uncompressed: all ASCII, still no text.
    writeFileSync(path.join(d, 'plain.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n');
    writeFileSync(path.join(d, 'notes.txt'), '会议纪要：下周一讨论预算。');
    // A UTF-32 mark before bytes that are no UTF-32 (cut short, a code point past U+10FFFF): not text.
    writeFileSync(path.join(d, 'cut32.txt'), Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0x42, 0]));
    writeFileSync(path.join(d, 'wide32.txt'), Buffer.from([0, 0, 0xfe, 0xff, 0, 0x11, 0, 0]));
    // What a file that is no text is, by its first bytes, and what to do with it.
    writeFileSync(path.join(d, 'report.docx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), Buffer.from('\0\0word/document.xml', 'latin1')]));
    // A zip that is no Word file (a folder named word/ in it, but no document): no text, nothing more said.
    writeFileSync(path.join(d, 'photos.zip'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), Buffer.from('\0\0word/a.jpg', 'latin1')]));
    writeFileSync(path.join(d, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    writeFileSync(path.join(d, 'sheet.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    writeFileSync(path.join(d, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    // A .docx with a password (a compound file holding 「EncryptedPackage」), rich text a site's 「下载」 named .doc, and a
    // single-file page: what each is and what to do (found by a review: 「是旧版 Office 文件」, 「不像年度报告」).
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le').copy(ole, 1024);
    writeFileSync(path.join(d, 'locked.docx'), ole);
    writeFileSync(path.join(d, 'download.doc'), '{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}} 一、总体情况\\par }');
    writeFileSync(path.join(d, 'page.mht'), 'From: <Saved by Windows Internet Explorer>\r\nSubject: report\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="----=_NextPart_000"\r\n\r\n------=_NextPart_000\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n<html></html>\r\n');
    writeFileSync(path.join(d, 'data.bin'), Buffer.from([0x01, 0x00, 0x02, 0x03]));
    // An OpenDocument text (LibreOffice's, WPS's .odt): a zip whose first entry, 「mimetype」, names its type (it was 「不是文本文件」).
    writeFileSync(path.join(d, 'report.odt'), Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(22), Buffer.from([8, 0, 0, 0]), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text')]));
    for (const [name, says] of [
      ['empty.txt', /文件是空的，未检查/],
      ['scan.pdf', /不是文本文件/],
      ['plain.pdf', /是 PDF 文件，未检查；请先导入为文本：disclosure-report import .*plain\.pdf/],
      ['report.docx', /是 Word 文件（\.docx），未检查；请先导入为文本：disclosure-report import .*report\.docx/],
      ['old.doc', /是 Word 97-2003 文件（\.doc），未检查；请先导入为文本：disclosure-report import .*old\.doc/],
      ['sheet.xls', /是旧版 Office 文件（如 \.xls、\.ppt），不是 Word 文件，未检查/],
      ['photo.jpg', /是图片，未检查/],
      ['locked.docx', /是设有密码的 Office 文件，未检查；请在 Word 或 WPS 中取消密码，另存为 \.docx，再用 import 导入/],
      ['download.doc', /是 RTF 文件（网站“下载”的 \.doc 常是这种），未检查；请先导入为文本：disclosure-report import .*download\.doc/],
      ['page.mht', /是单文件网页（\.mht、\.mhtml），未检查；请先导入为文本：disclosure-report import .*page\.mht/],
      ['data.bin', /不是文本文件，未检查$/],
      ['report.odt', /是 OpenDocument 文件（如 \.odt），未检查；请用 WPS、Word 或 LibreOffice 另存为 \.docx，再用 import 导入/],
      ['photos.zip', /不是文本文件，未检查$/],
      ['cut32.txt', /不是文本文件/],
      ['wide32.txt', /不是文本文件/],
      ['notes.txt', /不像政府信息公开年度报告（没有找到报告标题和统计表，六个部分的标题不到两个），未检查/],
    ] as const) {
      const r = run('check', path.join(d, name));
      assert.equal(r.code, 2, name);
      assert.deepEqual(r.out, [], name);
      assert.match(r.err[0], says);
      assert.equal(r.err.length, 2, r.err.join('\n')); // the line, and the count
    }
  });

  it('a folder\'s reports in another form (PDF, Word, saved pages) are not checked, and the run says so at its end', () => {
    const d = dir();
    writeFileSync(path.join(d, '2023.txt'), fixture(SEEDS.pipe));
    writeFileSync(path.join(d, '2022.pdf'), '%PDF-1.4\n');
    writeFileSync(path.join(d, '2021.PDF'), '%PDF-1.4\n');
    writeFileSync(path.join(d, '2020.docx'), 'PK');
    writeFileSync(path.join(d, '2019.html'), '<html></html>');
    // (A single-file page, which import reads too: it was not counted — found by a review.)
    writeFileSync(path.join(d, '2017.mht'), 'MIME-Version: 1.0\n');
    writeFileSync(path.join(d, 'logo.png'), 'x');
    // (Nor were archives, spreadsheets and pictures: a county's 年报打包.zip passed over without a word — found by a review.)
    writeFileSync(path.join(d, '年报打包.zip'), 'PK');
    writeFileSync(path.join(d, '统计表.xlsx'), 'PK');
    // Not counted: a file named .pdf that is no PDF, a Word file already imported (its 「.report.txt」
    // beside it), a second way to the same PDF, and a file named on the command line (said apart).
    writeFileSync(path.join(d, 'notes.pdf'), 'text');
    writeFileSync(path.join(d, '2018.docx'), 'PK');
    writeFileSync(path.join(d, '2018.report.txt'), fixture(SEEDS.pipe));
    symlinkSync(path.join(d, '2022.pdf'), path.join(d, 'same.pdf'));
    const named = run('check', path.join(d, '2021.PDF'), d);
    assert.match(named.err.at(-2)!, /^文件夹中另有未检查的文件：1 个 PDF 文件/);
    rmSync(path.join(d, '2018.report.txt'));
    const r = run('check', d);
    assert.equal(r.err.at(-2), '文件夹中另有未检查的文件：2 个 PDF 文件（可用 import 导入）；2 个 Word 文件（.docx、.doc、.rtf 可用 import 导入）；2 个网页文件（可用 import 导入）；1 个压缩包（请先解压）；1 个电子表格文件；1 个图片文件（扫描件请先识别成文字）');
    assert.match(r.err.at(-1)!, /^检查了 1 个文件/);
    // Only what the folder held: a folder of text reports says nothing more.
    const plain = dir();
    writeFileSync(path.join(plain, '2023.txt'), fixture(SEEDS.pipe));
    assert.ok(!run('check', plain).err.some((l) => l.includes('未检查的文件')));
    const e = run('--locale', 'en', 'export', '--format', 'json', '-o', path.join(d, 'out.json'), d);
    assert.ok(e.err.includes('also found, not checked: 2 PDF files (a PDF can be imported with import); 2 Word files (a .docx, .doc or .rtf can be imported with import); 2 saved pages (a page can be imported with import); 1 archive (to unpack first); 1 spreadsheet file; 1 picture (a scan needs OCR first)'), e.err.join('\n'));
  });

  it('GBK text is read as GB18030, and the reader is told', () => {
    const d = dir();
    const file = path.join(d, 'gbk.txt');
    writeFileSync(file, gbk(fixture(SEEDS.oneLine)));
    const r = run('check', file);
    assert.equal(r.code, 1);
    assert.match(r.err[0], /不是 UTF-8 编码，已按 GB18030（GBK）读取/);
    assert.deepEqual(r.out.map((l) => l.split(' ')[2]), ['table-missing', 'table-missing', 'table-missing']);
  });

  it('--quiet lists errors only; --max-warnings N fails on more warnings', () => {
    const tabs = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', SEEDS.tabs);
    assert.deepEqual(run('check', '--quiet', tabs).out, []);
    assert.equal(run('check', '--max-warnings', '5', tabs).code, 0);
    const r = run('check', '--max-warnings', '4', tabs);
    assert.equal(r.code, 1);
    assert.match(r.err.join('\n'), /警告 5 个，超过 --max-warnings 4/);
  });

  it('.disclosure-report.json above the file sets severities and the locale', () => {
    const d = dir();
    const sub = path.join(d, 'reports', '2023');
    require('node:fs').mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'r.txt'), fixture(SEEDS.tabs));
    writeFileSync(path.join(d, '.disclosure-report.json'), JSON.stringify({ checks: { 'cell-blank': 'error' }, locale: 'en' }));
    const r = run('check', path.join(sub, 'r.txt'));
    assert.equal(r.code, 1);
    assert.equal(r.out.length, 5);
    assert.match(r.out[0], / error cell-blank .* is blank; it must hold a figure/);
    // The run's own sentences too: the count and the summary (they stayed Chinese: found by a review).
    assert.match(r.err.join('\n'), /checked 1 file: 5 errors/);
    assert.match(run('check', '--summary', path.join(sub, 'r.txt')).out.join('\n'), /Agency +Year/);
    assert.match(run('check', '--locale', 'zh-cn', path.join(sub, 'r.txt')).err.join('\n'), /检查了 1 个文件/);
    writeFileSync(path.join(d, '.disclosure-report.json'), JSON.stringify({ checks: { 'cell-blank': 'off' } }));
    assert.deepEqual(run('check', path.join(sub, 'r.txt')).out, []);
    // A syntax error said by its place, in the user's language (it was JSON.parse's English, often with no place: a review);
    // comments and a trailing comma, as in VS Code's own settings, are no error.
    const config = path.join(d, '.disclosure-report.json');
    writeFileSync(config, '{\n  "checks": { "cell-blank": "off" },\n  not json\n}');
    assert.ok(run('check', path.join(sub, 'r.txt')).err.includes(`${config}:3:3：配置文件不是有效的 JSON（第 3 行第 3 列附近有语法错误），已忽略`));
    writeFileSync(config, '{\n  // 空白格不报\n  "checks": { "cell-blank": "off", },\n}');
    const r2 = run('check', path.join(sub, 'r.txt'));
    assert.deepEqual([r2.out, r2.err.filter((l) => /JSON|已忽略/.test(l))], [[], []]);
  });

  it('convert: a missing --to says so; --write says what it wrote; protected terms from the config are kept and counted', () => {
    const bad = run('convert', 'x.txt');
    assert.equal(bad.code, 2);
    assert.equal(bad.err[0], '缺少 --to');
    const d = dir();
    const file = path.join(d, 'r.txt');
    writeFileSync(file, '根據《中華人民共和國政府信息公開條例》，宿遷市人社局。\n');
    writeFileSync(path.join(d, '.disclosure-report.json'), JSON.stringify({ conversion: { protect: ['《*》'] } }));
    const r = run('convert', '--to', 'simplified', '--write', file);
    assert.equal(r.code, 0);
    assert.equal(readFileSync(file, 'utf8'), '根据《中華人民共和國政府信息公開條例》，宿迁市人社局。\n');
    assert.match(r.err.join('\n'), /1 处受保护的词语（--protect）保留未转换/);
    assert.match(r.err.join('\n'), /已转换 \d+ 处并写回，原文件保留为 .*r\.txt\.bak/);
  });
  it('convert to the standard output keeps a UTF-8 file\'s byte-order mark, and adds none to a file without (found by a review)', () => {
    const d = dir();
    const marked = path.join(d, 'bom.txt');
    const plain = path.join(d, 'plain.txt');
    writeFileSync(marked, '\ufeff宿遷市人社局。\n');
    writeFileSync(plain, '宿遷市人社局。\n');
    assert.equal(run('convert', '--to', 'simplified', marked).out.join(''), '\ufeff宿迁市人社局。\n');
    assert.equal(run('convert', '--to', 'simplified', plain).out.join(''), '宿迁市人社局。\n');
  });
  it('strict UTF-8 read by Node\'s own check and decoding ≡ TextDecoder with fatal, on valid text and on broken bytes of every kind', () => {
    const r = random(59);
    const enc = new TextEncoder();
    const pieces: number[][] = [
      [...enc.encode('收到和处理政府信息公开申请情况')], [...enc.encode('ab 1,432\r\n')], [...enc.encode('😀𠀀')], [0xef, 0xbb, 0xbf],
      [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
      [0xe4, 0xb8], [0x80], [0xbf], [0xff], [0xfe], [0xc2], [0xf0, 0x9f, 0x98], [0xd5, 0xfe], [0xb2, 0xe9], [0],
    ];
    let valid = 0;
    for (let n = 0; n < 20000; n++) {
      const bytes = Uint8Array.from(Array.from({ length: Math.floor(r() * 8) }, () => pieces[Math.floor(r() * (r() < 0.7 ? 4 : pieces.length))]).flat());
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      let want: string | undefined;
      try {
        want = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        want = undefined;
      }
      let got: string | undefined;
      try {
        got = decodeUtf8(bytes, bom);
      } catch {
        got = undefined;
      }
      if (want !== undefined) valid++;
      assert.equal(got, want, JSON.stringify([...bytes]));
    }
    assert.ok(valid > 2000 && valid < 18000, `${valid} of 20,000 valid: the bytes do not reach both sides`);
  });
});
