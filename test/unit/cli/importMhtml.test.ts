/**
 * A page saved as one file (.mht, .mhtml — Chrome's 「网页，单个文件」, Word's 「单个文件网页」, a site's 「Word」
 * download named .doc): its HTML part decoded (quoted-printable or base64, in the charset its part names)
 * imports as the page itself does. Before, the MIME text was read as the page — headers and 「=E4=B8=80」
 * codes — and the import said it had succeeded (found by a review).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBytes, kindOf } from '../../../server/src/import/engine';
import { htmlToReport } from '../../../server/src/import/page/html';
import { FIXTURES } from '../../helpers';
import { besideFile } from '../../../server/src/import/besideFile';
import { tempDir } from '../../tempDir';

const pageBytes = readFileSync(path.join(FIXTURES, 'html', 'czj_2023.html'));

/** Quoted-printable as Chrome writes it: lines of at most 76, 「=」 ending a line that goes on. */
function quotedPrintable(bytes: Buffer): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    const c = b === 0x3d || b >= 0x7f || (b < 0x20 && b !== 0x0a) ? '=' + b.toString(16).toUpperCase().padStart(2, '0') : String.fromCharCode(b);
    if (c === '\n') {
      out += line + '\r\n';
      line = '';
      continue;
    }
    if (line.length + c.length > 75) {
      out += line + '=\r\n';
      line = '';
    }
    line += c;
  }
  return out + line;
}

function mhtml(body: string, encoding: 'quoted-printable' | 'base64', charset?: string): Buffer {
  const b = '----MultipartBoundary--Ab12';
  return Buffer.from(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: http://czj.example.gov.cn/a.html',
      'Subject: =?utf-8?Q?report?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${b}"`,
      '',
      '',
      `--${b}`,
      `Content-Type: text/html${charset ? `; charset="${charset}"` : ''}`,
      `Content-Transfer-Encoding: ${encoding}`,
      'Content-Location: http://czj.example.gov.cn/a.html',
      '',
      body,
      '',
      `--${b}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: http://czj.example.gov.cn/logo.png',
      '',
      'iVBORw0KGgo=',
      '',
      `--${b}--`,
      '',
    ].join('\r\n'),
    'latin1',
  );
}

describe('import: a page saved as one file (.mht, .mhtml)', () => {
  const expected = htmlToReport(pageBytes.toString('utf8')).text;

  it('quoted-printable, and base64, imports to the page\'s own text; named .mhtml, .mht or .doc', async () => {
    const qp = mhtml(quotedPrintable(pageBytes), 'quoted-printable');
    const b64 = mhtml(pageBytes.toString('base64').replace(/.{76}/g, '$&\r\n'), 'base64', 'utf-8');
    for (const [name, bytes] of [['a.mhtml', qp], ['a.mht', b64], ['下载.doc', qp]] as const) {
      assert.equal(kindOf(name, bytes), 'mhtml');
      assert.equal((await importBytes(name, bytes)).text, expected, name);
    }
  });

  it('the charset its part names (Word\'s 「单个文件网页」 in GB2312)', async () => {
    const sections = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const html = `<html><body><p>某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年收到申请19件。</p>${sections.map((h) => `<p>${h}</p>`).join('')}</body></html>`;
    const gbk = Buffer.from(new Uint8Array([...html].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : [...gbkOf(ch)]))));
    const { text } = await importBytes('a.mht', mhtml(quotedPrintable(gbk), 'quoted-printable', 'gb2312'));
    assert.match(text, /^一、总体情况\n本年收到申请19件。$/m, JSON.stringify(text));
  });

  it('the article in a frame: the frame\'s page, saved as a part of its own after the outer page, is the one imported (the outer page alone was 「已导入（0 张表格）」: found by a review)', async () => {
    const outer = '<html><body><div class="top">政务公开</div><iframe src="cid:frame-1@mhtml.blink"></iframe><div class="foot">主办单位：某局</div></body></html>';
    const b = '----MultipartBoundary--Ab12';
    const bytes = Buffer.from(
      ['MIME-Version: 1.0', `Content-Type: multipart/related; type="text/html"; boundary="${b}"`, '', '', `--${b}`, 'Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(Buffer.from(outer)), '', `--${b}`, 'Content-Type: text/html', 'Content-ID: <frame-1@mhtml.blink>', 'Content-Transfer-Encoding: base64', '', pageBytes.toString('base64').replace(/.{76}/g, '$&\r\n'), '', `--${b}--`, ''].join('\r\n'),
      'latin1',
    );
    assert.equal((await importBytes('a.mhtml', bytes)).text, expected);
  });

  it('a page with no report in it — its article loaded by a script, an empty file — is refused, with the reason and what to do (it was 「已导入（0 张表格）」, exit 0: found by a review)', async () => {
    const site = '<ul><li><a href="/">首页</a></li><li>政务公开</li><li>互动交流</li></ul><div id="app"></div><div class="foot"><p>主办单位：平潭综合实验区管委会</p><p>网站标识码：3590000001</p><p>闽ICP备12345678号</p></div>';
    for (const [name, html] of [['app.html', '<html><head><title>某局2023年政府信息公开工作年度报告</title><script src="app.js"></script></head><body><div id="app"></div></body></html>'], ['site.html', `<html><head><title>某局2023年政府信息公开工作年度报告</title><script>var content = "<p>一、总体情况</p>";</script></head><body>${site}</body></html>`], ['empty.html', ''], ['a.mhtml', null]] as const) {
      const bytes = html === null ? mhtml(quotedPrintable(Buffer.from('<html><body><div id="app"></div></body></html>')), 'quoted-printable') : Buffer.from(html);
      await assert.rejects(importBytes(name, bytes), (e: { refused?: string }) => e.refused === 'empty', name);
    }
    // A short page that is a report's beginning, with a heading, is no empty one.
    assert.match((await importBytes('a.html', Buffer.from('<p>一、总体情况</p><p>略。</p>'))).text, /一、总体情况/);
  });

  it('the page inside a mail client\'s multipart/alternative, beside its plain-text copy, is found (refused as holding no page: found by a review)', async () => {
    const [o, i] = ['OUTER', 'INNER'];
    const bytes = Buffer.from(
      ['MIME-Version: 1.0', `Content-Type: multipart/related; boundary="${o}"; type="multipart/alternative"`, '', `--${o}`, `Content-Type: multipart/alternative; boundary="${i}"`, '', `--${i}`, 'Content-Type: text/plain; charset=utf-8', '', '(plain text)', '', `--${i}`, 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(pageBytes), '', `--${i}--`, '', `--${o}--`, ''].join('\r\n'),
      'latin1',
    );
    assert.equal((await importBytes('a.mht', bytes)).text, expected);
  });

  it('an .html page whose article is in a frame: the page in its srcdoc, or saved beside it in its 「_files」 folder, is the one imported; one outside the page\'s folder is not read (it was 「已导入（0 张表格）」 of the navigation: found by a review)', async () => {
    const escaped = pageBytes.toString('utf8').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const chrome = (frame: string) => `<html><body><ul><li>首页</li><li>政务公开</li></ul>${frame}<div class="foot">主办单位：某局 网站标识码：3590000001 闽ICP备12345678号</div></body></html>`;
    assert.equal((await importBytes('a.html', Buffer.from(chrome(`<iframe srcdoc="${escaped}"></iframe>`)))).text, expected);
    const dir = tempDir('frames-');
    mkdirSync(path.join(dir, 'a_files'));
    writeFileSync(path.join(dir, 'a_files', '正文.html'), pageBytes);
    const page = path.join(dir, 'a.html');
    writeFileSync(page, chrome('<iframe src="a_files/%E6%AD%A3%E6%96%87.html?v=2"></iframe>'));
    assert.equal((await importBytes(page, readFileSync(page), besideFile(page))).text, expected);
    // Without a way to read beside it (the editor's page not on disk), or a frame outside its folder: the navigation
    // alone, which is no report — refused, not 「imported」.
    await assert.rejects(importBytes(page, readFileSync(page)), (e: { refused?: string }) => e.refused === 'empty');
    const up = path.join(dir, 'a_files', 'b.html');
    writeFileSync(up, chrome('<iframe src="../a_files/正文.html"></iframe><iframe src="../../etc/passwd"></iframe>'));
    assert.equal(besideFile(up)('../../etc/passwd'), undefined);
    assert.equal(besideFile(up)('../a.html'), undefined, 'only inside the page\'s own folder');
    assert.ok(besideFile(up)('../a_files/正文.html'), 'a way out and back in is inside');
  });

  it('a message with no page in it is refused, with the reason', async () => {
    const none = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nAAAA\r\n--x--\r\n', 'latin1');
    await assert.rejects(importBytes('a.mht', none), (e: { refused?: string }) => e.refused === 'mhtml');
  });
});

/** A character's GBK bytes (found by decoding every two-byte pair once). */
let table: Map<string, number[]> | undefined;
function gbkOf(ch: string): number[] {
  if (!table) {
    table = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0xa1; a <= 0xf7; a++) for (let b = 0xa1; b <= 0xfe; b++) table.set(dec.decode(new Uint8Array([a, b])), [a, b]);
  }
  return table.get(ch)!;
}
