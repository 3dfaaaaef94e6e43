/** Hovers on the seeds' figures, the table formatter, outline symbols and folding ranges. */
import { render } from '../../../server/src/i18n/render';
import { tidyLabel } from '../../../server/src/analysis/views/labels';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { displayWidth, widthCounts } from '../../../server/src/analysis/write/grid';
import type { ReportModel, Table } from '../../../server/src/analysis/types';
import { foldingRanges } from '../../../server/src/features/folding';
import { codeLenses } from '../../../server/src/features/codeLens';
import { formatTableEdit } from '../../../server/src/features/format';
import { hoverMarkdown } from '../../../server/src/features/hover';
import { summariseApplications, totalFigure } from '../../../server/src/analysis/views/summary';
import { documentSymbols } from '../../../server/src/features/symbols';
import { applyEdits } from '../../../server/src/fixes/edits';
import { allTables, analyse, firstTable, fixture, plain, reviewFigures, SEEDS, setCell } from '../../helpers';
import { buildReport, LAYOUTS } from '../../layouts';

/** Everything the reader got out of a table, without positions. */
function signature(t: Table): unknown {
  if (t.kind === 'applications') return { kind: t.kind, variant: t.variant, rows: t.rows.map((r) => [r.id, r.labelText, ...r.cells.map((c) => [c.kind, c.raw.trim()])]), groups: t.groups.map((g) => [g.id, g.text]) };
  if (t.kind === 'review') return { kind: t.kind, cells: t.cells.map((c) => [c.kind, c.raw.trim()]) };
  if (t.kind === 'statistics') return { kind: t.kind, rows: t.rows.map((r) => [r.labelText, r.unit, ...r.cells.map(plain)]) };
  return { kind: t.kind, variant: t.variant, blocks: t.blocks.map((b) => [b.id, b.rows.map((r) => [r.id, r.labelText, ...r.cells.map(plain)])]) };
}
const signatures = (m: ReportModel) => allTables(m).map(signature);

describe('hover', () => {
  const trad = fixture(SEEDS.traditional);
  const { model, findings } = analyse(trad);
  const app = firstTable(model, 'applications');
  const at = (id: string, col: number) => app.rows.find((r) => r.id === id)!.cells[col].span.start;

  it('a figure: its row and column', () => {
    assert.equal(hoverMarkdown(model, findings, at('open', 0), 'zh-cn')!.markdown, '**（一）予以公开·自然人**：15');
    assert.equal(hoverMarkdown(model, findings, at('open', 0), 'en')!.markdown, '**(1) Disclosed / natural persons**: 15');
  });

  it('a total: the formula with its numbers and ✓, or ✗ and what it should be', () => {
    assert.equal(hoverMarkdown(model, findings, at('open', 6), 'zh-cn')!.markdown, '**（一）予以公开·总计**：16\n\n总计 = 15 + 0 + 0 + 0 + 1 + 0 = 16 ✓');
    const broken = setCell(trad, app.rows.find((r) => r.id === 'open')!.cells[6], '17');
    const b = analyse(broken);
    // (The 总计 column adds up by the items' own figures: only the row is wrong, and only it is said to be.)
    assert.match(hoverMarkdown(b.model, b.findings, at('open', 6), 'zh-cn')!.markdown, /= 16 ≠ 17 ✗$/);
    // A wrong figure in a column of its own breaks its row and its column: the hover says both.
    const part = analyse(setCell(trad, app.rows.find((r) => r.id === 'open')!.cells[0], '16'));
    assert.equal(hoverMarkdown(part.model, part.findings, at('open', 0), 'zh-cn')!.markdown, '**（一）予以公开·自然人**：16\n\n这个数所在的列也不平：（七）总计');
    const total = hoverMarkdown(model, findings, at('total', 0), 'zh-tw')!.markdown;
    assert.match(total, /（七）總計 = 15 \+ 3 \+ 1 \+ 2（其餘各項為 0） = 21 ✓/);
    assert.match(total, /一\+二 = 21\+0 = 21，（七）\+四 = 21\+0 = 21 ✓/);
    // In English, the balance in the form's English numbering, as the table's hover gives it (it stayed Chinese: found by a review).
    const en = hoverMarkdown(model, findings, at('total', 0), 'en')!.markdown;
    assert.match(en, /I\+II = 21\+0 = 21, \(7\)\+IV = 21\+0 = 21 ✓/);
    assert.doesNotMatch(en, /[一二四七，（）]/);
  });

  it('a total whose parts are not all known (a blank part, an invalid one): no formula line, not 「总计 = 」 with nothing after it (found by a review)', () => {
    const openRow = app.rows.find((r) => r.id === 'open')!;
    for (const [text, what] of [[setCell(trad, openRow.cells[1], ' '), 'blank'], [setCell(trad, openRow.cells[1], 'x'), 'invalid'], [setCell(trad, app.rows.find((r) => r.id === 'u1')!.cells[0], 'x'), 'item']] as const) {
      const b = analyse(text);
      const col = what === 'item' ? 0 : 6;
      const markdown = hoverMarkdown(b.model, b.findings, at(what === 'item' ? 'total' : 'open', col), 'zh-cn')!.markdown;
      assert.doesNotMatch(markdown, /= *$|= *\n/m, `${what}: ${markdown}`);
      assert.match(markdown, /^\*\*/, what);
    }
  });

  it('table 三: received, handled, shares, applicants, balance', () => {
    const md = hoverMarkdown(model, findings, app.rows[0].label.start, 'zh-cn')!.markdown;
    assert.match(md, /\| 收到申请（新收 25 \+ 上年结转 0） \| 25 \|/);
    assert.match(md, /\| 予以公开 \| 16 \| 64\.0% \|/);
    assert.match(md, /\| 部分公开 \| 4 \| 16\.0% \|/);
    assert.match(md, /申请人（新收）：自然人 21，法人或其他组织 4/);
    assert.match(md, /^\*\*[^\n]+\*\*\n\n勾稽关系 ✓ 成立/, 'the verdict comes first');
    assert.match(md, /\|---\|---:\|---:\|/, 'figures right-aligned');
  });

  it('table 四: counts, outcomes and correction rate; table 二: each block', () => {
    const rv = firstTable(model, 'review');
    const md = hoverMarkdown(model, findings, rv.header.start, 'zh-cn')!.markdown;
    assert.match(md, /\| 行政诉讼（未经复议直接起诉） \| 1 \| 1 \| 0 \| 0 \| 0 \| 0\.0% \|/);
    const act = firstTable(model, 'active');
    assert.match(hoverMarkdown(model, findings, act.blocks[0].header.start, 'zh-cn')!.markdown, /- 规范性文件：本年制发件数 2，本年废止件数 1，现行有效件数 35/);
  });

  it('a section heading: its figures and its findings; the title: the whole report', () => {
    const s4 = model.sections.find((s) => s.section === 4)!;
    const md = hoverMarkdown(model, findings, s4.heading.start, 'zh-cn')!.markdown;
    assert.match(md, /^\*\*四、政府信息公开行政复议、行政诉讼情况\*\*/);
    assert.match(md, /问题：0 个错误，0 个警告，\d+ 条提示$/);
    const title = hoverMarkdown(model, findings, model.title!.span.start, 'zh-cn')!.markdown;
    for (const re of [/年度：2021/, /2021 版/, /部分：6\/6/, /收到申请 25/, /公开率（予以公开 \+ 部分公开）÷ 办结：80\.0%/, /行政复议 0 件，行政诉讼 1 件/]) assert.match(title, re);
    const two = analyse(fixture(SEEDS.oneLine));
    assert.match(hoverMarkdown(two.model, two.findings, two.model.title!.span.start, 'zh-cn')!.markdown, /问题：3 个错误/);
  });

  it('a section heading counts its own findings, not those at the next heading (found by a review: each section showed the next one\'s table-missing)', () => {
    const text = '某某局2023年政府信息公开工作年度报告\n一、总体情况\n本年度工作有序开展。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。';
    const r = analyse(text);
    const at = (n: number) => r.model.sections.find((s) => s.section === n)!.heading.start;
    const said = (n: number) => /问题：(\d+) 个错误/.exec(hoverMarkdown(r.model, r.findings, at(n), 'zh-cn')!.markdown)![1];
    const own = (n: number) => r.findings.filter((f) => f.severity === 'error' && f.span.start >= at(n) && f.span.start < (n < 6 ? at(n + 1) : text.length + 1)).length;
    assert.equal(own(1), 0);
    assert.ok(own(2) === 1 && own(3) === 1 && own(4) === 1, r.findings.map((f) => f.code).join());
    for (const n of [1, 2, 3, 4, 5, 6]) assert.equal(said(n), String(own(n)), `section ${n}`);
  });
});

describe('format table', () => {
  const cases: [string, string][] = [...Object.entries(SEEDS).map(([k, n]) => [k, fixture(n)] as [string, string]), ...LAYOUTS.map((l) => [`generated ${l}`, buildReport(l)] as [string, string]), ['CRLF', buildReport('tabs', undefined, '\r\n')]];
  // Pages as a text browser dumps them and as a PDF's text gives them: labels and group labels cut up.
  const cut: [string, string][] = ['dumps/gwh_2022.w3m.txt', 'dumps/czj_2023.elinks.txt', 'pdf/czj_2023.word.layout.txt', 'pdf/gwh_2022.word.raw.txt', 'pdf/czj_2023.page.layout.txt'].map((n) => [n, fixture(n)]);
  for (const style of ['pipe', 'markdown'] as const) {
    it(`${style}: every table of every report and layout keeps its model exactly; a second format changes nothing`, () => {
      let formatted = 0;
      for (const [name, text] of [...cases, ...cut]) {
        const before = analyse(text);
        let out = text;
        // Back to front, so the spans of earlier tables stay valid.
        for (const t of allTables(before.model).reverse()) {
          const e = formatTableEdit(out, t, style);
          if (e) out = applyEdits(out, [e]);
          formatted++;
        }
        const after = analyse(out);
        // A cut page's group labels, read from their pieces, are written whole (below): the rest is the same.
        const same = (m: ReportModel) => (cut.some(([n]) => n === name) ? signatures(m).map((x) => ({ ...(x as object), groups: undefined })) : signatures(m));
        assert.deepEqual(same(after.model), same(before.model), name);
        assert.deepEqual(after.findings.map((f) => f.code), before.findings.map((f) => f.code), name);
        for (const t of allTables(after.model)) assert.equal(formatTableEdit(out, t, style), undefined, `${name}: idempotent`);
      }
      assert.ok(formatted > 20);
    });
  }

  it('table 四\u2019s header a text browser wrapped in its narrow cells (「结果维」 / 「持」) is written as the form\u2019s header, not its pieces in the order of the lines (found by a review)', () => {
    const header = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'];
    for (const name of ['dumps/gwh_2022.w3m.txt', 'dumps/gwh_2022.links.txt', 'dumps/gwh_2022.lynx.txt', 'dumps/czj_2023.elinks.txt', 'dumps/czj_2023.links.txt']) {
      const text = fixture(name);
      const before = analyse(text);
      const t = firstTable(before.model, 'review');
      const e = formatTableEdit(text, t, 'pipe')!;
      assert.ok(e, name);
      const lines = e.newText.split('\n').filter((l) => l.trim());
      const words = (l: string) => l.split('|').map((c) => c.replace(/[\s\u3000]+/g, '')).filter((c) => c);
      // Every word of the three header rows is one of the form's, whole; the figures' row as read.
      for (const l of lines.slice(0, 3)) for (const w of words(l)) assert.ok(header.includes(w), `${name}: 「${w}」 in 「${l}」`);
      assert.deepEqual(words(lines[1]).slice(0, 5), ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], name);
      const out = applyEdits(text, [e]);
      assert.deepEqual(reviewFigures(firstTable(analyse(out).model, 'review')), reviewFigures(t), name);
    }
  });

  /** At each separator of a line: how many wide (CJK) and narrow characters come before it. */
  const stops = (line: string) => {
    const out: string[] = [];
    for (let i = 0; i < line.length; i++) if (line[i] === '|') {
      const c = widthCounts(line.slice(0, i));
      out.push(`${c.wide}+${c.narrow}`);
    }
    return out.join(' ');
  };
  /**
   * Whether the rows line up: the rows with every separator have them after the same characters, and
   * a row with cells over several columns (a header word, a group label) has each of its separators
   * on one of those places and its last one at the table's edge. (Markdown delimiter rows aside.)
   */
  const aligned = (table: string) => {
    const rows = table.split(/\r?\n/).filter((l) => l.startsWith('|') && !/^\|[-|]+\|$/.test(l)).map((l) => stops(l).split(' '));
    const most = Math.max(...rows.map((r) => r.length));
    const full = rows.filter((r) => r.length === most);
    if (new Set(full.map((r) => r.join(' '))).size !== 1) return false;
    const places = new Set(full[0]);
    return rows.every((r) => r.every((x) => places.has(x)) && r[r.length - 1] === full[0][most - 1]);
  };

  it('aligned in any monospace font: every separator of every row comes after as many CJK and as many Latin characters', () => {
    let n = 0;
    for (const style of ['pipe', 'markdown'] as const) {
      for (const [name, text] of cases) {
        for (const t of allTables(analyse(text).model)) {
          const e = formatTableEdit(text, t, style);
          if (!e) continue;
          const rows = e.newText.split(/\r?\n/).filter((l) => l.startsWith('|'));
          // Rows kept as written (a glued row no split determined) are not part of the grid.
          assert.ok(aligned(rows.join('\n')), `${name} ${t.kind} ${style}:\n${rows.slice(0, 6).join('\n')}`);
          n++;
        }
      }
    }
    assert.ok(n > 40, `${n} tables`);
    // And in a CJK monospace font (two columns each), the same display width.
    const text = fixture(SEEDS.traditional);
    const e = formatTableEdit(text, firstTable(analyse(text).model, 'applications'), 'pipe')!;
    assert.equal(new Set(e.newText.split('\n').map(displayWidth)).size, 1);
  });

  it('table 三 in one label column: group labels on their own lines, levels indented, figures within 90 display columns of the margin', () => {
    const text = fixture(SEEDS.pipe);
    const e = formatTableEdit(text, firstTable(analyse(text).model, 'applications'), 'pipe')!;
    const lines = e.newText.split('\n');
    assert.ok(lines.some((l) => /^\| 三、本年度办理结果[\u3000 ]+\|$/.test(l)), 'the group on its own line, over the whole row');
    assert.ok(lines.some((l) => /^\| \u3000\(一\)予以公开[\u3000 ]+\| 1[\u3000 ]+\|/.test(l)), '（一） one level in');
    assert.ok(lines.some((l) => /^\| \u3000\u30001\.属于国家秘密[\u3000 ]+\| 0[\u3000 ]+\|/.test(l)), 'sub-items two levels in');
    const first = lines.find((l) => l.includes('一、本年新收'))!;
    assert.ok(displayWidth(first.slice(0, first.indexOf('| 9'))) < 90, first);
  });

  it('the table-missing template comes out formatted the same way', () => {
    const text = fixture(SEEDS.oneLine);
    for (const f of analyse(text).findings.filter((x) => x.code === 'table-missing')) assert.ok(aligned(f.fixes![0].edits[0].newText.trim()), render(f.message));
  });

  /** The word characters (ideographs, letters, digits) of a text, counted: what no rewrite may lose. */
  const words = (s: string) => {
    const m = new Map<string, number>();
    for (const c of s) if (/[\p{Script=Han}A-Za-z0-9０-９]/u.test(c)) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  };
  const lost = (before: string, after: string) => {
    const a = words(after);
    return [...words(before)].filter(([c, n]) => (a.get(c) ?? 0) < n).map(([c]) => c).join('');
  };
  it('keeps every word of the text it replaces: group labels a narrow column cut into pieces (「三、本」「年度办」「理结果」) are written whole', () => {
    for (const [name, text] of cut) {
      const t = firstTable(analyse(text).model, 'applications');
      const e = formatTableEdit(text, t, 'pipe');
      assert.ok(e, name);
      assert.equal(lost(text.slice(t.span.start, t.span.end), e.newText), '', name);
      const groups = firstTable(analyse(applyEdits(text, [e])).model, 'applications').groups.map((g) => [g.id, g.text]);
      assert.deepEqual(groups, [['g-results', '三、本年度办理结果'], ['g-withheld', '（三）不予公开'], ['g-unable', '（四）无法提供'], ['g-ignored', '（五）不予处理'], ['g-other', '（六）其他处理']], name);
    }
  });
  it('refuses a table whose writing would lose a word: a remark in a cell after a row\'s figures', () => {
    const text = buildReport('pipe').replace('| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 无此类情况 |');
    assert.ok(text.includes('无此类情况'));
    assert.equal(formatTableEdit(text, firstTable(analyse(text).model, 'applications'), 'pipe'), undefined);
  });
  it('refuses a table with missing cells rather than lose text', () => {
    const text = fixture(SEEDS.tabs);
    const i2 = firstTable(analyse(text).model, 'applications').rows.find((r) => r.id === 'i2')!;
    const short = text.slice(0, i2.cells[5].span.end) + text.slice(i2.cells[6].span.end);
    assert.equal(formatTableEdit(short, firstTable(analyse(short).model, 'applications'), 'pipe'), undefined);
  });
});

describe('outline and folding', () => {
  it('symbols: title ▸ sections ▸ sub-headings and tables ▸ blocks, each inside its parent', () => {
    const text = fixture(SEEDS.pipe);
    const doc = TextDocument.create('file:///r.txt', 'disclosure-report', 1, text);
    const [title] = documentSymbols(doc, analyse(text).model, 'zh-cn');
    assert.equal(title.name, '松江区人力资源和社会保障局2023年政府信息公开工作年度报告');
    assert.deepEqual(title.children!.slice(0, 6).map((s) => s.name), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    assert.deepEqual(title.children![0].children!.map((s) => s.name), ['(一)主动公开情况', '(二)依申请公开情况', '(三)政府信息管理情况', '(四)政府信息公开平台建设情况', '(五)监督保障情况']);
    assert.deepEqual(title.children![1].children!.map((s) => s.name), ['表二（主动公开）']);
    assert.deepEqual(title.children![1].children![0].children!.map((s) => s.name), ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    assert.deepEqual(title.children![2].children![0].children!.map((s) => s.name), ['一、本年新收', '二、上年结转', '三、本年度办理结果', '四、结转下年度继续办理']);
    const within = (inner: { range: { start: { line: number }; end: { line: number } } }, outer: typeof inner) => inner.range.start.line >= outer.range.start.line && inner.range.end.line <= outer.range.end.line;
    const walk = (s: typeof title): void => s.children?.forEach((c) => (assert.ok(within(c, s), `${c.name} in ${s.name}`), walk(c)));
    walk(title);
    // A table's selection is its first line, not its first character (found by a review: 「第」).
    const table = title.children![1].children![0];
    assert.equal(doc.getText(table.selectionRange), text.slice(doc.offsetAt(table.range.start)).split('\n')[0]);
    assert.ok(doc.getText(table.selectionRange).length > 5);
  });

  it('symbols name labels as the form does, not as a page scraped them, in the user’s language', () => {
    const text = fixture(SEEDS.pipe).split('三、本年度办理结果').join('三、 本年 度办 理结 果').split('一、本年新收政府信息公开申请数量').join('一、本年 新收政府信 息公开申请数量').replace('五、存在的主要问题及改进情况', '五、存在的 主要问题 及改进情况');
    const doc = TextDocument.create('file:///r.txt', 'disclosure-report', 1, text);
    const [title] = documentSymbols(doc, analyse(text).model, 'zh-cn');
    assert.deepEqual(title.children![2].children![0].children!.map((s) => s.name), ['一、本年新收', '二、上年结转', '三、本年度办理结果', '四、结转下年度继续办理']);
    assert.equal(title.children![4].name, '五、存在的主要问题及改进情况');
    const [en] = documentSymbols(doc, analyse(text).model, 'en');
    assert.deepEqual(en.children![1].children![0].children!.map((s) => s.name), ['Article 20, item (1)', 'Article 20, item (5)', 'Article 20, item (6)', 'Article 20, item (8)']);
    assert.equal(tidyLabel('三、 本年 度办 理结 果'), '三、本年度办理结果');
    assert.equal(tidyLabel('（一）予以公开 | Open data  2023'), '（一）予以公开 Open data 2023', 'Latin words keep one space');
  });

  it('folding: sections, sub-sections and tables', () => {
    const text = fixture(SEEDS.traditional);
    const doc = TextDocument.create('file:///r.txt', 'disclosure-report', 1, text);
    const m = analyse(text).model;
    const folds = foldingRanges(doc, m);
    const line = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
    const s3 = folds.find((f) => f.startLine === line('三、收到和處理政府信息公開申請情況'))!;
    assert.equal(s3.endLine, line('四、政府信息公開行政復議') - 1);
    assert.ok(folds.some((f) => f.kind === 'region' && f.startLine === line('(本列數據的勾稽關系為')));
    assert.ok(folds.some((f) => f.startLine === line('(一)立足建章立制')));
  });

  it('code lens 「N 个问题 · 查看」 selects every problem of the table, not the first (found by a review)', () => {
    // Seed 003 leaves table 四's five 行政复议 cells blank: five cell-blank warnings.
    const text = fixture(SEEDS.tabs);
    const doc = TextDocument.create('file:///r.txt', 'disclosure-report', 1, text);
    const { model, findings } = analyse(text);
    const lens = codeLenses(doc, model, findings, 'zh-cn').find((l) => l.command?.title === '5 个问题 · 查看');
    assert.ok(lens, codeLenses(doc, model, findings, 'zh-cn').map((l) => l.command?.title).join(' | '));
    assert.equal((lens.command!.arguments![0] as { ranges: unknown[] }).ranges.length, 5);
  });

  it('folding: a section ends on the line before the next heading, also when that heading carries Markdown marks (「## 二、」「**二、」: found by a review)', () => {
    const text = fixture(SEEDS.traditional);
    const names = ['二、主動公開政府信息情況', '三、收到和處理政府信息公開申請情況', '四、政府信息公開行政復議', '五、存在的主要問題', '六、其他需要報告的事項'];
    for (const mark of ['## ', '**', '> ']) {
      let marked = text;
      for (const n of names) marked = marked.replace(new RegExp(`^${n}`, 'm'), mark + n);
      const doc = TextDocument.create('file:///r.md', 'disclosure-report', 1, marked);
      const folds = foldingRanges(doc, analyse(marked).model);
      const lines = names.map((n) => marked.slice(0, marked.indexOf(mark + n)).split('\n').length - 1);
      for (let k = 0; k + 1 < lines.length; k++) {
        assert.ok(lines[k] > 0 && lines[k + 1] > lines[k], `${mark}${names[k]}`);
        assert.equal(folds.find((f) => f.startLine === lines[k])?.endLine, lines[k + 1] - 1, `${mark}${names[k]}`);
      }
    }
  });
});

describe('summaries and fixes of blank totals and unread figures (real pages as text browsers give them)', () => {
  it('a row of blank cells in what is left of a table the text lost is no 0: （七）总计 unknown, as the export\'s blanks say (found by an audit of the workbook)', () => {
    // pdfminer's text of shgov_2019 (-F -1): three rows of table 三 read, （七）总计 among them with its figures lost.
    const app = firstTable(analyse(fixture('pdf/shgov_2019.writer-a3l.pdfminer-F-1.txt')).model, 'applications');
    assert.ok(app.rows.length <= 3 && app.rows.find((r) => r.id === 'total')!.cells.every((c) => c.kind === 'blank'));
    assert.equal(summariseApplications(app).closed, undefined);
    // A table read whole keeps a blank row as its zeros: seed 000 with （七）总计's figures all left blank.
    const seed = fixture(SEEDS.pipe);
    const blanked = seed.replace('(七)总计 | 8 | 0 | 0 | 0 | 0 | 0 | 8 |', '(七)总计 |  |  |  |  |  |  |  |');
    assert.notEqual(blanked, seed);
    assert.equal(summariseApplications(firstTable(analyse(blanked).model, 'applications')).closed, 0);
  });

  // shgov_2019 as w3m writes it: the page leaves eleven of table 三's totals blank beside their figures.
  const w3m = analyse(fixture('dumps/shgov_2019.w3m.txt'));
  const app = firstTable(w3m.model, 'applications');
  const open = app.rows.find((r) => r.id === 'open')!;

  it('a blank total beside figures is no 0: the summary leaves it unknown, and the rate is not 0 %', () => {
    assert.equal(open.cells[6].kind, 'blank');
    assert.deepEqual(open.cells.slice(0, 6).map(plain), [258, 12, '', '', 1, 1]);
    const s = summariseApplications(app);
    assert.equal(s.open, undefined);
    const title = hoverMarkdown(w3m.model, w3m.findings, w3m.model.title!.span.start, 'zh-cn')!.markdown;
    assert.doesNotMatch(title, /公开率[^\n]*0\.0%/);
    // (A row all blank is 0: a page that leaves its zeros blank.)
    const allBlank = app.rows.find((r) => r.cells.every((c) => c.kind === 'blank'))!;
    assert.equal(totalFigure(allBlank.cells[6], allBlank.cells.slice(0, 6)), 0);
    assert.equal(totalFigure(open.cells[6], open.cells.slice(0, 6)), undefined);
  });

  it('cell-blank says nothing of such a total (row-total says it, with the sum: one finding, not three), and 「所有空白单元格填 0」 leaves it to row-total\'s sum', () => {
    assert.ok(!w3m.findings.some((f) => f.code === 'cell-blank' && f.span.start === open.cells[6].span.start));
    assert.ok(!w3m.findings.some((f) => f.code === 'balance' && f.span.start === app.rows.find((r) => r.id === 'carryNext')!.cells[6].span.start && /总计/.test(f.message.key + JSON.stringify(f.message.args))), 'no balance counting it 0');
    const all = w3m.findings.filter((f) => f.code === 'cell-blank').flatMap((f) => f.fixes ?? []).find((x) => x.edits.length > 1);
    assert.ok(all && !all.edits.some((e) => e.span.start === open.cells[6].span.start));
    const rowTotal = w3m.findings.find((f) => f.code === 'row-total' && f.span.start === open.cells[6].span.start)!;
    assert.equal(rowTotal.fixes?.[0].edits[0].newText, '272');
  });

  it('a table whose figures could not be read gets no 「勾稽关系 ✓」: it cannot be checked', () => {
    // (A PDF's text that dropped the blank cells: 「258 12 1 1」 — which column each figure stands in is lost.)
    const lost = analyse(fixture('pdf/shgov_2019.word.raw.txt'));
    const t = firstTable(lost.model, 'applications');
    assert.ok(lost.findings.filter((f) => f.code === 'table-shape').length > 0);
    const md = hoverMarkdown(lost.model, lost.findings, t.span.start, 'zh-cn')!.markdown;
    assert.doesNotMatch(md, /✓/);
    assert.match(md, /勾稽关系无法核对/);
    // A table read whole still gets its verdict.
    const seed = analyse(fixture(SEEDS.pipe));
    assert.match(hoverMarkdown(seed.model, seed.findings, firstTable(seed.model, 'applications').span.start, 'zh-cn')!.markdown, /勾稽关系 ✓ 成立/);
  });
});
