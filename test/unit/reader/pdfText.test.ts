/**
 * Reports as a PDF's text gives them. The two saved pages of test/fixtures/html were printed to PDF
 * as an office writes a report: made a Word file (pandoc 2.17) and printed by LibreOffice 7.4
 * (`soffice --convert-to pdf`), and printed as a page by LibreOffice Writer/Web; their text taken by
 * pdftotext 22.02 as page layout (`-layout`) and in the order the PDF draws it (`-raw`). The Word
 * table's label column is a few characters wide: every label is wrapped over two to seventeen lines
 * (「2.其他」「法律」「行政」「法规」「禁止」「公开」), its figures on its first line, or after its last (`-raw`),
 * the group's cell beside it on the same lines (「（三） 1.属于 0 …」「不予公 国家」「开   秘密」); on the
 * printed page the figures stand in the middle of their label's lines and the group's words beside
 * them (「3.要求提供公开出」「（五）   0 0 …」「版物」). Each reads figure for figure as the page's HTML cells.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToReport } from '../../../server/src/import/html';
import { allTables, analyse, appFigures, firstTable, fixture, FIXTURES, tableFigures } from '../../helpers';

describe('reports as a PDF\'s text gives them', () => {
  for (const page of ['czj_2023', 'gwh_2022']) {
    const imported = analyse(htmlToReport(readFileSync(path.join(FIXTURES, 'html', `${page}.html`), 'utf8')).text);
    for (const kind of ['word.layout', 'word.raw', 'page.layout']) {
      it(`${page}, ${kind}: the page's tables figure for figure, and its findings`, () => {
        const pdf = analyse(fixture(`pdf/${page}.${kind}.txt`));
        assert.deepEqual(allTables(pdf.model).map(tableFigures), allTables(imported.model).map(tableFigures));
        assert.equal(allTables(pdf.model).length, 3);
        assert.deepEqual(pdf.findings.map((f) => f.code), imported.findings.map((f) => f.code));
      });
    }
  }
});

describe('a label a narrow column wrapped over many lines', () => {
  const header = '三、收到和处理政府信息公开申请情况\n申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n';
  const rows = (text: string) => firstTable(analyse(header + text).model, 'applications').rows.map((r) => r.id);
  it('「2.其他」 and the lines under it are 2.其他法律行政法规禁止公开, not 3.其他', () => {
    const t = appFigures(firstTable(analyse(`${header}2.其他 1 0 0 0 0 0 1\n法律\n行政\n法规\n禁止\n公开\n3.危及“三安全一稳定” 0 0 0 0 0 0 0\n`).model, 'applications'));
    assert.deepEqual(t.w2, [1, 0, 0, 0, 0, 0, 1]);
    assert.equal(t.o3, undefined);
  });
  it('the group\'s words beside the label, on its lines and on its figures\' line, are passed over', () => {
    assert.deepEqual(rows('（三） 1.属于 0  0  0  0  0  0  0\n不予公 国家\n开    秘密\n       2.其他法律行\n（三）    0  0  0  0  0  0  0\n       政法规禁止公开\n'), ['new', 'carried', 'w1', 'w2']);
  });
  it('punctuation a PDF moved (「“」 on a line of its own) is no part of the words; the figures after the last line', () => {
    const t = appFigures(firstTable(analyse(`${header}3.危\n“\n及 三\n安全\n一稳\n”\n定\n0 2 0 0 0 0 2\n4.保护\n第三\n方合\n法权\n益\n1 0 0 0 0 0 1\n`).model, 'applications'));
    assert.deepEqual([t.w3, t.w4], [[0, 2, 0, 0, 0, 0, 2], [1, 0, 0, 0, 0, 0, 1]]);
  });
  it('lines that spell no whole label of the form are not read on (the first line is read as before)', () => {
    assert.deepEqual(rows('2.其他 1 0 0 0 0 0 1\n法律\n行政\n'), ['new', 'carried', 'o3']);
  });
});
