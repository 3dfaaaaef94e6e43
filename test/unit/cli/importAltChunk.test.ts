/**
 * A Word file whose content is a page brought in whole (w:altChunk — what HTML-to-Word exporters of office
 * systems write; Word shows the page, mammoth passed over it): it imports as the page does. Before, the
 * import was empty and said it had succeeded (found by a review).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { docxToReport } from '../../../server/src/import/word/docx';
import { htmlToReport } from '../../../server/src/import/page/html';
import { FIXTURES } from '../../helpers';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

async function withChunk(body: string, chunk: { name: string; type: string; bytes: Buffer }): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="${chunk.name.split('.').pop()}" ContentType="${chunk.type}"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="chunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${chunk.name}"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file('word/' + chunk.name, chunk.bytes);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('import: a Word file that holds a page (altChunk)', () => {
  const page = readFileSync(path.join(FIXTURES, 'html', 'gwh_2022.html'));
  const expected = htmlToReport(page.toString('utf8')).text;

  it('the whole report a page in the Word file: imported as the page', async () => {
    const docx = await withChunk('<w:altChunk r:id="chunk1"/><w:sectPr/>', { name: 'afchunk.htm', type: 'text/html', bytes: page });
    assert.equal((await docxToReport(docx)).text, expected);
  });

  it('an exporter\'s note of the document\'s own before it is outside the report, as a page\'s chrome is', async () => {
    const docx = await withChunk('<w:p><w:r><w:t>（本文件由系统导出）</w:t></w:r></w:p><w:altChunk r:id="chunk1"/>', { name: 'afchunk.htm', type: 'text/html', bytes: page });
    assert.equal((await docxToReport(docx)).text, expected);
  });

  it('a page of one section only (a report cut short) keeps its paragraphs, not just its heading', async () => {
    const docx = await withChunk('<w:altChunk r:id="chunk1"/>', { name: 'afchunk.htm', type: 'text/html', bytes: Buffer.from('<html><body><p>某县2023年度政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年收到申请19件。</p></body></html>') });
    assert.equal((await docxToReport(docx)).text, '某县2023年度政府信息公开工作年度报告\n一、总体情况\n本年收到申请19件。\n');
  });
});
