/** The client's language detection for plain-text files (pure functions, no vscode API). */
import assert from 'node:assert/strict';
import { looksLikeReport, looksMisdecoded } from '../../../client/src/detect';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fixture, FIXTURES, gbk, SEEDS } from '../../helpers';

describe('client: report detection', () => {
  it('recognises every seed, in both scripts, including one opening with spam breadcrumbs', () => {
    for (const name of Object.values(SEEDS)) assert.ok(looksLikeReport(fixture(name)), name);
  });
  it('recognises a one-line page as pasted from a browser', () => {
    for (const name of readdirSync(path.join(FIXTURES, 'glued'))) assert.ok(looksLikeReport(fixture(path.join('glued', name))), name);
  });
  // (Not pandoc's text of a whole page, its title below the site's markup — 380 lines of it (or 260 of pandoc's Markdown, or a printed page's first line, its title 340 characters into the site's header), or 80 lines of its links
  // through a Word file: a .md keeps its language; nor BeautifulSoup's text of one, its title below 690 lines of links.)
  it('recognises every report among the fixtures: pages as archived, converted from Word and PDF, dumped by text browsers', () => {
    for (const dir of ['archive', 'converted', 'dumps', 'pdf'])
      for (const name of readdirSync(path.join(FIXTURES, dir)).filter((n) => /\.(txt|md)$/.test(n) && n !== 'SOURCES.md' && n !== 'czj_2023.pandoc-gfm.head.md' && n !== 'gwh_2022.docx-pandoc-gfm.md' && n !== 'czj_2023.docx-pandoc-rst-60.txt' && n !== 'gwh_2022.docx-pandoc-rst-italic.txt' && n !== 'czj_2023.bs4-get-text-lines.txt' && n !== 'czj_2023.pandoc-markdown-150.md' && n !== 'czj_2023.chromium-margins.pdfjs-page-lines.txt')) assert.ok(looksLikeReport(fixture(path.join(dir, name))), `${dir}/${name}`);
  });
  it('leaves notices and guides about the reports alone, and sentences that name one (found by a review: opened as reports, nine errors)', () => {
    assert.equal(looksLikeReport('关于做好2024年政府信息公开工作年度报告编制发布工作的通知\n各乡镇人民政府，县政府各部门：\n'), false);
    assert.equal(looksLikeReport('2024年政府信息公开工作年度报告编写要点\n一、总体情况\n'), false);
    assert.equal(looksLikeReport('各单位：\n请于1月31日前发布本单位2024年政府信息公开工作年度报告，并报送县政务公开办。\n'), false);
    assert.equal(looksLikeReport('关于報送2023年度政府信息公開工作年度報告的通知\n'), false);
    // A title of the agency's own, before its body or run on into it on a one-line page, is still one.
    assert.ok(looksLikeReport('某县教育局关于2023年度政府信息公开工作年度报告\n'));
    assert.ok(looksLikeReport('某县教育局2023年政府信息公开工作年度报告本报告根据《条例》编制。'));
    // An interpretation, a graphic page, a notice's attachment line, a news headline, a sentence citing the form (a second review).
    for (const other of ['《某某县财政局2023年政府信息公开工作年度报告》解读\n', '【图解】某某县财政局2023年政府信息公开工作年度报告\n', '图解：某某县财政局2023年政府信息公开工作年度报告\n', '附件：某某县财政局2023年政府信息公开工作年度报告\n', '县财政局发布2023年政府信息公开工作年度报告\n', '请按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制年度报告，报告内容包括六个部分\n'])
      assert.equal(looksLikeReport(other), false, other);
    // A reviewer's notes: its title then 「审核意见：」, 「…年度报告审核要点：」, 「…年度报告存在的问题」, a list of titles (found by a
    // review office's trial: opened as reports, nine errors each).
    for (const notes of ['松江区人力资源和社会保障局2023年政府信息公开工作年度报告\n审核意见：\n1. 表三结转下年度继续办理为1件，请核对。\n', '审核笔记\n2024年度政府信息公开工作年度报告审核要点：\n- 检查上年结转\n', '某县财政局2023年政府信息公开工作年度报告存在的问题\n', '审核清单：\n1. 某县财政局2023年政府信息公开工作年度报告\n2. 某县教育局2023年政府信息公开工作年度报告\n'])
      assert.equal(looksLikeReport(notes), false, notes);
    // A report's title in title marks, alone on its line, is still one.
    assert.ok(looksLikeReport('《某某县财政局2023年政府信息公开工作年度报告》\n'));
  });
  it('leaves other text alone', () => {
    assert.equal(looksLikeReport('Meeting notes\n\n- budget\n- 2023年工作计划\n'), false);
    assert.equal(looksLikeReport('\n'.repeat(100) + '某局2023年政府信息公开工作年度报告'), false, 'a title far below the opening lines');
  });
  it('a GBK report read as UTF-8 is misdecoded; the same report read right, or with a stray U+FFFD, is not', () => {
    const text = fixture(SEEDS.pipe);
    const asUtf8 = gbk(text).toString('utf8');
    assert.ok(looksMisdecoded(asUtf8));
    assert.equal(looksLikeReport(asUtf8), false, 'which is why detection alone cannot find it');
    assert.equal(looksMisdecoded(new TextDecoder('gb18030').decode(gbk(text))), false);
    assert.equal(looksMisdecoded(text.slice(0, 200) + '\ufffd' + text.slice(200)), false);
  });
});
