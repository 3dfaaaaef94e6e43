/**
 * Word files as agencies write them (found by a review that built .docx files the ways Word stores
 * them): two real reports (the text of two real saved pages) written as .docx, then stored as Word
 * stores what its writers do — headings numbered by a list or a heading style, paragraphs moved with
 * Track Changes on, totals as formula fields, hidden text, rows that start past the first column. Each
 * must import to what the plain .docx imports to: the same sections, figures and findings.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { docxToReport } from '../../../server/src/import/word/docx';
import { htmlToReport } from '../../../server/src/import/page/html';
import { formatNumber } from '../../../server/src/import/word/wordNumbering';
import { FIXTURES, readingOf } from '../../helpers';
import { main } from '../../../server/src/cli';
import { tempDir } from '../../tempDir';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;

/** How one line of the report is written: a paragraph, or (for a table's row) its cells. */
interface Style {
  paragraph?(line: string, index: number): string | undefined;
  cell?(text: string, row: number, col: number, cells: string[]): string | undefined;
  row?(cells: string[], row: number): string | undefined;
}

/** A .docx of a report's text: pipe rows as Word tables, every other line a paragraph. */
async function docx(text: string, style: Style = {}, parts: Record<string, string> = {}): Promise<Buffer> {
  const lines = text.trimEnd().split('\n');
  const body: string[] = [];
  let table: string[] = [];
  let r = 0;
  const flush = () => {
    if (table.length) body.push(`<w:tbl>${table.join('')}</w:tbl>`);
    table = [];
  };
  lines.forEach((line, i) => {
    if (!line.startsWith('| ')) {
      flush();
      body.push(style.paragraph?.(line, i) ?? para(run(line)));
      return;
    }
    const cells = line.slice(2, -2).split(' | ').map((c) => c.trim());
    const written = cells.map((c, k) => style.cell?.(c, r, k, cells) ?? `<w:tc>${para(c ? run(c) : '')}</w:tc>`);
    table.push(style.row?.(written, r) ?? `<w:tr>${written.join('')}</w:tr>`);
    r++;
  });
  flush();
  const zip = new JSZip();
  const overrides = Object.keys(parts).map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${p.includes('numbering') ? 'numbering' : 'styles'}+xml"/>`);
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides.join('')}</Types>`);
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const rels = Object.keys(parts).map((p, k) => `<Relationship Id="rIdP${k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${p.includes('numbering') ? 'numbering' : 'styles'}" Target="${p.slice(5)}"/>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body.join('')}</w:body></w:document>`);
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml.replace('<ROOT', `<?xml version="1.0" encoding="UTF-8"?><w:${name.includes('numbering') ? 'numbering' : 'styles'} ${ns}`).replace('</ROOT>', `</w:${name.includes('numbering') ? 'numbering' : 'styles'}>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const reading = async (bytes: Buffer) => readingOf((await docxToReport(bytes)).text);

/** A list: level 0 「一、」, level 1 「（一）」 (chineseCounting), as Word's 「一、二、三」 multilevel list. */
const NUMBERING = `<ROOT><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Heading1"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:pStyle w:val="Heading2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></ROOT>`;
const HEADING = /^[一二三四五六]、/;
const SUB = /^[（(][一二三四五六七八九十][）)]/;

const SOURCES = ['gwh_2022', 'shgov_2019'];

describe('import: real reports written as Word stores them', () => {
  for (const name of SOURCES) {
    const text = htmlToReport(readFileSync(path.join(FIXTURES, 'html', name + '.html'), 'utf8')).text;
    let expected: Awaited<ReturnType<typeof reading>>;
    before(async () => {
      expected = await reading(await docx(text));
      assert.deepEqual(expected.sections, [1, 2, 3, 4, 5, 6], 'the plain .docx has every section');
    });

    it(`${name}: headings and sub-headings numbered by a list (w:numPr), their numbers not typed`, async () => {
      const numbered = (line: string) => {
        if (HEADING.test(line)) return para(run(line.replace(HEADING, '')), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
        if (SUB.test(line)) return para(run(line.replace(SUB, '')), '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>');
        return undefined;
      };
      const bytes = await docx(text, { paragraph: numbered }, { 'word/numbering.xml': NUMBERING });
      assert.deepEqual(await reading(bytes), expected);
      const imported = (await docxToReport(bytes)).text;
      assert.match(imported, /^一、总体情况/m);
      assert.match(imported, /^六、其他需要报告的事项/m);
    });

    it(`${name}: WordprocessingML under another prefix than w: (「ns0:」, as Python's lxml writes it): numbered headings and hidden text read as under w: (found by a review)`, async () => {
      const numbered = (line: string) => {
        if (HEADING.test(line)) return para(run(line.replace(HEADING, '')), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
        return para(run(line)) + (line.startsWith('四、') ? para(run('五、存在的主要问题（草稿）', '<w:vanish/>')) : '');
      };
      const hidden = (c: string, r: number, k: number, cells: string[]) => (cells[0].startsWith('一、本年新收') && k === cells.length - 1 ? `<w:tc><w:p>${run(c)}${run('9', '<w:vanish/>')}</w:p></w:tc>` : undefined);
      const zip = await JSZip.loadAsync(await docx(text, { paragraph: numbered, cell: hidden }, { 'word/numbering.xml': NUMBERING }));
      for (const part of ['word/document.xml', 'word/numbering.xml']) {
        const xml = await zip.file(part)!.async('string');
        zip.file(part, xml.replace(/(<\/?|\s)w:/g, '$1ns0:').replace(/xmlns:w=/g, 'xmlns:ns0='));
      }
      const renamed = await zip.generateAsync({ type: 'nodebuffer' });
      assert.match(await zip.file('word/document.xml')!.async('string'), /<ns0:document xmlns:ns0=/);
      assert.deepEqual(await reading(renamed), expected);
    });

    it(`${name}: the title in a text box drawn as Word 2010 draws it (wps:txbx), with no older copy for other readers: read, once; with one (mc:Fallback), read once too (found by a review: the title and the agency dropped)`, async () => {
      const title = text.split('\n')[0];
      const box = (inner: string, fallback: boolean) => `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${para(run(inner))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>${fallback ? `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${para(run(inner))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` : ''}</mc:AlternateContent></w:r></w:p>`;
      const ns = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"';
      for (const fallback of [false, true]) {
        const zip = await JSZip.loadAsync(await docx(text, { paragraph: (line, i) => (i === 0 ? box(line, fallback) : undefined) }));
        const xml = await zip.file('word/document.xml')!.async('string');
        zip.file('word/document.xml', xml.replace('<w:document ', `<w:document ${ns} `));
        const imported = (await docxToReport(await zip.generateAsync({ type: 'nodebuffer' }))).text;
        assert.equal(imported.split('\n').filter((l) => l === title).length, 1, `fallback ${fallback}: ${imported.slice(0, 200)}`);
        assert.deepEqual(readingOf(imported), expected);
      }
    });

    it(`${name}: numbered headings with one deleted with Track Changes (not numbered) and a table of contents before them`, async () => {
      const lines = text.split('\n');
      const first = lines.findIndex((l) => HEADING.test(l));
      const deleted = para(`<w:del w:id="9" w:author="审核"><w:r><w:delText>二、旧的标题</w:delText></w:r></w:del>`, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="8" w:author="审核"/></w:rPr>');
      const entries = lines.filter((l) => HEADING.test(l)).map((l, k) => para(run(`${l}\t${k + 1}`)));
      const toc = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${para(run('目录'))}${entries.join('')}</w:sdtContent></w:sdt>`;
      const numbered = (line: string, i: number) => {
        const toNumber = HEADING.test(line) ? para(run(line.replace(HEADING, '')), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') : undefined;
        if (i === first) return toc + toNumber;
        if (line.startsWith('三、')) return deleted + toNumber;
        return toNumber;
      };
      assert.deepEqual(await reading(await docx(text, { paragraph: numbered }, { 'word/numbering.xml': NUMBERING })), expected);
    });

    it(`${name}: every row ending a column short of the grid (w:gridAfter): no column more`, async () => {
      const short = (cells: string[]) => `<w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr>${cells.join('')}</w:tr>`;
      assert.deepEqual(await reading(await docx(text, { row: short })), expected);
    });

    it(`${name}: headings in heading styles whose multilevel list numbers them`, async () => {
      const styles = `<ROOT><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></ROOT>`;
      const styled = (line: string) => {
        if (HEADING.test(line)) return para(run(line.replace(HEADING, '')), '<w:pStyle w:val="Heading1"/>');
        if (SUB.test(line)) return para(run(line.replace(SUB, '')), '<w:pStyle w:val="Heading2"/>');
        return undefined;
      };
      assert.deepEqual(await reading(await docx(text, { paragraph: styled }, { 'word/numbering.xml': NUMBERING, 'word/styles.xml': styles })), expected);
    });

    it(`${name}: table 三's item labels numbered by one list that runs on across the groups (1. … 19.)`, async () => {
      // Word numbers them 1 … 19 when the writer made them one list: 「9.本机关不掌握…」「17.申请人…」.
      const numbering = '<ROOT><w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num></ROOT>';
      const item = (c: string) => (/^\d\.[^\d]/.test(c) ? `<w:tc>${para(run(c.replace(/^\d\./, '')), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>')}</w:tc>` : undefined);
      const bytes = await docx(text, { cell: item }, { 'word/numbering.xml': numbering });
      assert.match((await docxToReport(bytes)).text, /\| 1[0-9]\.重复申请 \|/);
      assert.deepEqual(await reading(bytes), expected);
    });

    it(`${name}: a paragraph moved with Track Changes on is read once, where it was moved to`, async () => {
      // Section 五's heading moved up above section 四 and back: the old place a w:moveFrom, the new a w:moveTo.
      const lines = text.split('\n');
      const five = lines.findIndex((l) => l.startsWith('五、'));
      const four = lines.findIndex((l) => l.startsWith('四、'));
      const moved = (line: string, i: number) => {
        if (i === four) return para(`<w:moveFrom w:id="1" w:author="审核"><w:r><w:t>${esc(lines[five])}</w:t></w:r></w:moveFrom>`) + para(run(line));
        if (i === five) return para(`<w:moveTo w:id="2" w:author="审核"><w:r><w:t>${esc(line)}</w:t></w:r></w:moveTo>`);
        return undefined;
      };
      assert.deepEqual(await reading(await docx(text, { paragraph: moved })), expected);
    });

    it(`${name}: table 三's totals as formula fields (w:fldSimple)`, async () => {
      let appTable = false;
      const field = (c: string, _r: number, k: number, cells: string[]) => {
        if (cells[0].includes('勾稽') || cells[0].startsWith('一、本年新收')) appTable = true;
        if (cells[0].startsWith('行政复议')) appTable = false;
        if (!appTable || k !== cells.length - 1 || !/^\d+$/.test(c)) return undefined;
        return `<w:tc><w:p><w:fldSimple w:instr=" =SUM(LEFT) "><w:r><w:t>${c}</w:t></w:r></w:fldSimple></w:p></w:tc>`;
      };
      assert.deepEqual(await reading(await docx(text, { cell: field })), expected);
    });

    it(`${name}: figures in smart tags and cells in custom XML (older Word, an office system's template)`, async () => {
      const wrapped = (c: string, _r: number, k: number, cells: string[]) => {
        if (!/^\d+$/.test(c)) return undefined;
        const cell = `<w:tc><w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv"><w:r><w:t>${c}</w:t></w:r></w:smartTag></w:p></w:tc>`;
        return k === cells.length - 1 ? `<w:customXml w:element="total">${cell}</w:customXml>` : cell;
      };
      assert.deepEqual(await reading(await docx(text, { cell: wrapped })), expected);
    });

    it(`${name}: hidden text (w:vanish) in a figure's cell and a hidden draft heading are not read`, async () => {
      const hiddenNote = (c: string, r: number, k: number, cells: string[]) =>
        cells[0].startsWith('一、本年新收') && k === cells.length - 1 ? `<w:tc><w:p>${run(c)}${run('（原24）', '<w:vanish/>')}</w:p></w:tc>` : undefined;
      const draft = (line: string) => (line.startsWith('四、') ? para(run('五、存在的主要问题（草稿）', '<w:vanish/>')) + para(run(line)) : undefined);
      assert.deepEqual(await reading(await docx(text, { cell: hiddenNote, paragraph: draft })), expected);
    });

    it(`${name}: tables laid out with tabs in paragraphs (no Word table), blank cells as tabs side by side: read as the same text is (found by a review)`, async () => {
      // Every row a paragraph, its cells apart by tabs (w:tab): what a writer without Word's tables types.
      const tabbed = text.replace(/^\| (.*) \|$/gm, (_, inner: string) => inner.split(' | ').map((c) => c.trim()).join('\t'));
      assert.notEqual(tabbed, text);
      const tabs = (line: string) => (line.includes('\t') ? para(line.split('\t').map((c, k) => (k ? '<w:r><w:tab/></w:r>' : '') + (c ? run(c) : '')).join('')) : undefined);
      const imported = (await docxToReport(await docx(tabbed, { paragraph: tabs }))).text;
      assert.ok(imported.includes('\t\t'), 'blank cells kept as tabs side by side');
      assert.deepEqual(readingOf(imported), readingOf(tabbed));
      // A paragraph indented by tabs (the title, centred so) is its words: its agency read (found by a review).
      const indented = (line: string, i: number) => (i === 0 ? para('<w:r><w:tab/></w:r><w:r><w:tab/></w:r>' + run(line)) : tabs(line));
      const titled = (await docxToReport(await docx(tabbed, { paragraph: indented }))).text;
      assert.equal(titled.split('\n')[0], tabbed.split('\n')[0]);
      assert.deepEqual(readingOf(titled), readingOf(tabbed));
    });

    it(`${name}: rows that start past the first column (w:gridBefore) keep their figures in their columns`, async () => {
      // Table 三's rows under a merged label: the empty first cell left out, the row told to start a column later.
      const gridBefore = (cells: string[], r: number) => {
        void r;
        return cells[0] === '<w:tc><w:p></w:p></w:tc>' && cells.length > 7 ? `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cells.slice(1).join('')}</w:tr>` : undefined;
      };
      assert.deepEqual(await reading(await docx(text, { row: gridBefore })), expected);
    });
  }

  it('Word\'s number formats: 一 … 十一 … 二十一, ①, 壹拾, 甲, letters and roman numerals', () => {
    assert.deepEqual([1, 10, 11, 20, 21, 105].map((n) => formatNumber(n, 'chineseCounting')), ['一', '十', '十一', '二十', '二十一', '一百零五']);
    assert.deepEqual([1, 12].map((n) => formatNumber(n, 'chineseLegalSimplified')), ['壹', '壹拾贰']);
    assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
    assert.equal(formatNumber(2, 'ideographTraditional'), '乙');
    assert.equal(formatNumber(28, 'upperLetter'), 'AB');
    assert.equal(formatNumber(14, 'lowerRoman'), 'xiv');
    assert.equal(formatNumber(7, 'decimalFullWidth'), '７');
    assert.equal(formatNumber(4, 'none'), '', 'a level drawn without its number');
  });

  it('a footnote\'s mark after a figure in a cell is not part of the figure', () => {
    const html = '<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>一、本年新收政府信息公开申请数量</td><td>21</td><td>0</td><td>0</td><td>0</td><td>4</td><td>0</td><td>25<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></td></tr><tr><td>二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>';
    assert.match(htmlToReport(html).text, /\| 4 \| 0 \| 25 \|/);
  });
});

describe('import: a Word file with no report in it', () => {
  it('empty, or a title alone: refused with a Word file\u2019s reason, not a web page\u2019s advice to save it as .mhtml (found by a review)', async () => {
    const { importBytes } = await import('../../../server/src/import/engine');
    for (const text of ['', '某局2023年政府信息公开工作年度报告']) {
      await assert.rejects(importBytes('a.docx', await docx(text)), (e: { refused?: string }) => e.refused === 'emptyWord', JSON.stringify(text));
    }
    // A Word file with a report in it is imported.
    assert.match((await importBytes('a.docx', await docx('某局2023年政府信息公开工作年度报告\n一、总体情况\n略。'))).text, /一、总体情况/);
  });
});

describe('import: a damaged or hostile Word file', () => {
  it('a part nested thousands deep (unclosed 「<w:p>」 one after another) is refused as damaged before any XML parser reads it (100,000 deep never finished: found by a review)', async () => {
    const { importBytes } = await import('../../../server/src/import/engine');
    const { nestsDeeperThan } = await import('../../../server/src/import/word/xmlDepth');
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const deep = `<?xml version="1.0"?><w:document ${w}><w:body>` + '<w:p>'.repeat(100_000) + '</w:body>';
    assert.equal(nestsDeeperThan(deep, 1000), true);
    const zip = new JSZip();
    zip.file('word/document.xml', deep);
    await assert.rejects(importBytes('a.docx', await zip.generateAsync({ type: 'nodebuffer' })), (e: { refused?: string }) => e.refused === 'docx');
    // What a real package nests: shallow, whatever its size; comments, CDATA, self-closed elements and a 「>」 in an attribute's value
    // are no depth.
    const real = await JSZip.loadAsync(await docx('某局2023年政府信息公开工作年度报告\n一、总体情况\n略。'));
    assert.equal(nestsDeeperThan(await real.file('word/document.xml')!.async('string'), 50), false);
    const tricky = '<a>' + '<!-- <b><b><b> --><![CDATA[<c><c><c>]]><d/><e x="1>2" y=\'<f>\'></e>'.repeat(1000) + '</a>';
    assert.equal(nestsDeeperThan(tricky, 2), false);
    assert.equal(nestsDeeperThan('<a><b><c></c></b></a>', 2), true);
  });

  it('a package that unpacks to more than a report could be (a zip bomb of its text) is refused by the sizes its zip declares, with a Word file’s reason (it was inflated to 400 MB, 9 s and 1.7 GB, then called 「网页」)', async () => {
    const { importBytes } = await import('../../../server/src/import/engine');
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document ${w}><w:body><w:p><w:r><w:t>` + 'a'.repeat(41_000_000) + '</w:t></w:r></w:p></w:body></w:document>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    assert.ok(bytes.length < 1_000_000);
    await assert.rejects(importBytes('a.docx', bytes), (e: { refused?: string }) => e.refused === 'docxSize');
    const err: string[] = [];
    const dir = tempDir('bomb-');
    writeFileSync(path.join(dir, 'bomb.docx'), bytes);
    assert.equal(await main(['import', path.join(dir, 'bomb.docx')], { out: () => undefined, err: (s: string) => err.push(s), raw: () => undefined }), 2);
    assert.match(err[0], /bomb\.docx：导入失败（Word 文件解压后太大/);
  });
});

describe('import: a Word file\u2019s footnotes', () => {
  it('a footnote is its words, without the converter\u2019s back-link 「↑」 (found by a review)', async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>');
    const body = [para(run('某局2023年政府信息公开工作年度报告')), para(run('一、总体情况')), para(run('本年收到申请1250件') + '<w:r><w:footnoteReference w:id="1"/></w:r>' + run('。')), para(run('六、其他需要报告的事项')), para(run('无。'))].join('');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`);
    zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${w}><w:footnote w:id="1"><w:p><w:r><w:t>含网上申请1200件。</w:t></w:r></w:p></w:footnote></w:footnotes>`);
    const text = (await docxToReport(await zip.generateAsync({ type: 'nodebuffer' }))).text;
    assert.match(text, /含网上申请1200件。/);
    assert.doesNotMatch(text, /↑/);
  });
});
