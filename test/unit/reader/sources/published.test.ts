/**
 * Reports as Word and PDF leave them, in every layout of spec §4: a sentence of prose that wraps
 * just before its figure (「本年度办理结果中，予以公开」 / 「13件。」), prose that runs on past a row's words
 * (「均100%予以公开。本局 2023 年…」), and the wordings agencies use for a row (「3.其它」
 * 「二、上年度结转」「（六）其它处理」). The figures are read as the form's, and nothing is reported:
 * prose is not a table, and a wording is not a missing row. (Found by reading variants of real
 * reports as they are published.)
 */
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { activeFigures, analyse, appFigures, APP_IDS_2021, firstTable, fixture, reviewFigures } from '../../../helpers';
import { APP_LABELS, buildReport, LAYOUTS, sampleFigures } from '../../../layouts';
import { agencyOf } from '../../../../server/src/analysis/views/agency';

describe('reader: reports as published', () => {
  const f = sampleFigures();
  const expectedApp = Object.fromEntries(APP_IDS_2021.map((id, i) => [id, f.app[i]]));
  const variants: [string, (text: string) => string][] = [
    ['a sentence wrapped before its figure, above table 三', (t) => t.replace('本年共收到申请13件。', '本年度办理结果中，予以公开\n5件。其中，属于行政查询\n0件，本机关不掌握\n3件。')],
    ['prose running on past a row\'s words, above table 三', (t) => t.replace('本年共收到申请13件。', '凡属应当公开的，均 100%予以公开。本局 2023 年收到申请13件。')],
    ['headings in bold (「**三、…**」), as Markdown from a Word file writes them', (t) => t.replace(/^([一二三四五六]、[^|\t\d]*(?:情况|事项))$/gm, '**$1**')],
    ['headings marked 「## 」 and 「> 」', (t) => t.replace(/^([一二三四五六]、[^|\t\d]*(?:情况|事项))$/gm, (h) => (h.startsWith('三') ? '> ' : '## ') + h)],
    ['headings numbered as parts (「第一部分 总体情况」「第三部分：收到和处理…」)', (t) => t.replace(/^([一二三四五六])、([^|\t\d]*(?:情况|事项))$/gm, (_, n: string, w: string) => `第${n}部分${n === '三' ? '：' : ' '}${w}`)],
    ['「第二部分」 named in prose, mid-line, is no heading', (t) => t.replace('本年主动公开信息1200条。', '本年主动公开信息1200条，详见第二部分主动公开政府信息情况。')],
    ['the wordings 3.其它, 上年度结转 and 其它处理', (t) => t.replace('3.其他', '3.其它').replace('二、上年结转', '二、上年度结转').replace('（六）其他处理', '（六）其它处理')],
  ];
  for (const layout of LAYOUTS) {
    for (const [what, change] of variants) {
      it(`${layout}: ${what}`, () => {
        const source = buildReport(layout, f);
        const text = change(source);
        assert.notEqual(text, source, 'the variant changed the report');
        const { model, findings } = analyse(text);
        assert.deepEqual(model.sections.map((x) => x.section), [1, 2, 3, 4, 5, 6]);
        const tables = model.sections.flatMap((s) => s.tables).filter((t) => t.kind === 'applications');
        assert.equal(tables.length, 1, 'one table 三');
        assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp);
        assert.deepEqual(findings, []);
      });
    }
  }

  describe('row labels a PDF wrapped under their figures (「5.属于三类内部 0 0 …」 / 「事务信息」)', () => {
    const splits: [string, string][] = [
      ['5.属于三类内部事务信息', '5.属于三类内部'],
      ['6.属于四类过程性信息', '6.属于四类过程'],
      ['8.属于行政查询事项', '8.属于行政'],
      ['5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新'],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求'],
    ];
    /** Each label's first words stay on its line with the figures; the rest goes on the next line. */
    const wrap = (text: string, tail: string) =>
      splits.reduce((t, [label, head]) => {
        const at = t.indexOf(label);
        const eol = t.indexOf('\n', at);
        return t.slice(0, at) + head + t.slice(at + label.length, eol) + '\n' + label.slice(head.length) + tail + t.slice(eol);
      }, text);
    for (const [layout, tail] of [['spaces', ''], ['tabs', ''], ['pipe', ' |']] as const) {
      it(`${layout}: every label of table 三 cut anywhere after its numbering (the rest a narrow cell's line, ≤ 24 characters) reads the same`, () => {
        const source = buildReport(layout, f);
        let cuts = 0;
        for (const [, label] of APP_LABELS) {
          const at = source.indexOf(label);
          const eol = source.indexOf('\n', at);
          const numbering = /^(?:（[一二三四五六七]）|[一二三四]、|\d\.)/.exec(label)?.[0].length ?? 0;
          for (let k = Math.max(numbering + 1, label.length - 24); k < label.length; k++) {
            const text = source.slice(0, at) + label.slice(0, k) + source.slice(at + label.length, eol) + '\n' + label.slice(k) + tail + source.slice(eol);
            const { model, findings } = analyse(text);
            const where = `${label.slice(0, k)} / ${label.slice(k)}`;
            assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp, where);
            assert.deepEqual(findings, [], where);
            cuts++;
          }
        }
        assert.ok(cuts > 200, `${cuts} cuts`);
      });
      it(`${layout}: the figures are the row's, the words no row of their own`, () => {
        const text = wrap(buildReport(layout, f), tail);
        const { model, findings } = analyse(text);
        assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp);
        assert.deepEqual(findings, []);
        const w5 = firstTable(model, 'applications').rows.find((r) => r.id === 'w5')!;
        assert.equal(w5.labelText.replace(/\s/g, ''), '5.属于三类内部事务信息');
      });
      it(`${layout}: a wrong figure in a wrapped report gives the findings it gives unwrapped`, () => {
        const source = buildReport(layout, f);
        const bad = (t: string) => t.replace(/(1\.本机关不掌握相关政府信息[ |\t]+)3/, '$14');
        assert.notEqual(bad(source), source);
        const codes = (t: string) => analyse(t).findings.map((x) => `${x.code} ${x.message.args ? JSON.stringify(x.message.args) : ''}`);
        const expected = codes(bad(source));
        assert.ok(expected.some((c) => c.startsWith('row-total')) && expected.some((c) => c.startsWith('column-total')), expected.join('\n'));
        assert.deepEqual(codes(wrap(bad(source), tail)), expected);
      });
    }
  });

  describe('row labels a PDF wrapped over three lines, the figures on any of them (pdftotext -layout)', () => {
    for (const [layout, gap] of [['spaces', '  '], ['tabs', '\t']] as const) {
      it(`${layout}: every label, cut in three, its figures on the middle line, split, or one put up beside the first`, () => {
        const source = buildReport(layout, f);
        let variants = 0;
        for (const [, label] of APP_LABELS) {
          const at = source.indexOf(label);
          const eol = source.indexOf('\n', at);
          const figs = source.slice(at + label.length, eol).trim().split(/\s+/);
          const numbering = /^(?:（[一二三四五六七]）|[一二三四]、|\d\.)/.exec(label)?.[0].length ?? 0;
          const body = label.length - numbering;
          if (body < 3) continue;
          for (const [ta, tb] of [[1 / 3, 2 / 3], [1 / 2, 1]]) {
            for (const up of [0, 1, 4, 6]) {
              const a = numbering + Math.max(1, Math.round(body * ta));
              const b = numbering + Math.round(body * tb);
              const lines = [label.slice(0, a) + (up ? gap + figs.slice(0, up).join(gap) : ''), label.slice(a, b) + gap + figs.slice(up).join(gap), label.slice(b)].filter((l) => l);
              const text = source.slice(0, at) + lines.join('\n') + source.slice(eol);
              const { model, findings } = analyse(text);
              assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp, lines.join(' / '));
              assert.deepEqual(findings, [], lines.join(' / '));
              variants++;
            }
          }
        }
        assert.ok(variants > 150, `${variants}`);
      });
    }
  });

  describe('table 二\'s labels a PDF wrapped beside their figures (「行政事业性收  4816.34」 / 「费」)', () => {
    const ACTIVE = { 'b1.rules': [0, 0, 0], 'b1.normative': [2, 1, 35], 'b5.permit': [1432], 'b6.penalty': [20], 'b6.coercion': [0], 'b8.fee': [4816.34] };
    for (const [layout, gap] of [['spaces', ' '], ['tabs', '\t']] as const) {
      it(`${layout}: every label cut anywhere, its figures on the first line or on both`, () => {
        const source = buildReport(layout, f);
        let cuts = 0;
        for (const label of ['行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费']) {
          const at = source.indexOf(label);
          const eol = source.indexOf('\n', at);
          const figs = source.slice(at + label.length, eol).trim().split(/\s+/);
          for (let k = 2; k < label.length; k++) {
            for (const up of new Set([figs.length, 1])) {
              const text = source.slice(0, at) + label.slice(0, k) + gap + figs.slice(0, up).join(gap) + '\n' + label.slice(k) + (up < figs.length ? gap + figs.slice(up).join(gap) : '') + source.slice(eol);
              const { model, findings } = analyse(text);
              const where = `${label.slice(0, k)} / ${label.slice(k)}, ${up} up`;
              assert.deepEqual(activeFigures(firstTable(model, 'active')), ACTIVE, where);
              assert.deepEqual(findings, [], where);
              cuts++;
            }
          }
        }
        assert.ok(cuts > 20, `${cuts}`);
      });
    }
  });

  describe('a row\'s list number on the line below its words, before its figures (「危及“三安全一稳定”」 / 「3.  0  1 …」)', () => {
    for (const layout of ['spaces', 'tabs'] as const) {
      it(`${layout}: every numbered row`, () => {
        const source = buildReport(layout, f);
        let rows = 0;
        for (const [, label] of APP_LABELS) {
          const n = /^\d\./.exec(label)?.[0];
          if (!n) continue;
          const at = source.indexOf(label);
          if (source[at - 1] !== '\n') continue; // (a group's first row: the group's words stand before it)
          const text = source.slice(0, at) + label.slice(n.length) + '\n' + n + (layout === 'tabs' ? '' : '   ') + source.slice(at + label.length);
          const { model, findings } = analyse(text);
          assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp, label);
          assert.deepEqual(findings, [], label);
          rows++;
        }
        assert.ok(rows >= 12, `${rows}`);
      });
    }
  });

  describe('a bare page number a PDF left under a row (「3」 on a line of its own)', () => {
    for (const layout of ['pipe', 'tabs', 'spaces', 'markdown'] as const) {
      it(`${layout}: is no figure of the row above it, in tables 二, 三 and 四`, () => {
        const lines = buildReport(layout, f).split('\n');
        const after = (word: string) => lines.findIndex((l) => l.includes(word) && /\d/.test(l));
        // Under a row of table 三, the last row of table 二, and the figures of table 四.
        const rows = [after('4.保护第三方合法权益'), after('行政事业性收费'), after('四、结转下年度继续办理'), lines.findIndex((l, i) => i > after('四、结转下年度继续办理') + 2 && /^[|\s]*\d/.test(l))];
        assert.ok(rows.every((r) => r > 0), JSON.stringify(rows));
        for (const [k, r] of [...rows].sort((a, b) => b - a).entries()) lines.splice(r + 1, 0, String(k + 3));
        const { model, findings } = analyse(lines.join('\n'));
        assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp);
        assert.deepEqual(findings, []);
      });
    }
  });

  it('table 二: a row whose blank cell a PDF\'s text dropped (「行政规范性文件 12 3」) is said short, not split as glued digits into 1|2|3 (found by a review)', () => {
    const text = buildReport('spaces', f).replace(/^(行政规范性文件) \S+ (\S+) (\S+)$/m, '$1 12 3');
    assert.match(text, /^行政规范性文件 12 3$/m);
    const { model, findings } = analyse(text);
    // The figures as written, the third cell missing (export leaves the row's cells empty: table-shape says why).
    assert.deepEqual(activeFigures(firstTable(model, 'active'))['b1.normative'], [12, 3, '<missing>']);
    assert.ok(findings.some((x) => x.code === 'table-shape' && x.severity === 'error'), JSON.stringify(findings.map((x) => x.code)));
    // One run of digits where the row's cells ran together (a glued page's 「行政规范性文件008」) is still split.
    const glued = analyse(buildReport('spaces', f).replace(/^(行政规范性文件) \S+ \S+ \S+$/m, '$1 008'));
    assert.ok(glued.findings.some((x) => x.code === 'table-glued'), JSON.stringify(glued.findings.map((x) => x.code)));
  });

  describe('table 四 with only its column header row, as a flattened Word table gives it', () => {
    const outcomes = '结果维持 结果纠正 其他结果 尚未审结 总计';
    const flat = ['行政复议', '未经复议直接起诉', '复议后起诉'].flatMap((g) => outcomes.split(' ').map((o) => g + o)).join(' ');
    for (const [layout, sep] of [['pipe', ' | '], ['markdown', ' | '], ['tabs', '\t'], ['spaces', ' ']] as const) {
      for (const [what, header] of [['the outcomes three times', Array(3).fill(outcomes).join(' ')], ['each column named whole (「行政复议结果维持」…)', flat]]) {
        it(`${layout}: ${what}`, () => {
          const cells = header.split(' ').join(sep);
          const text = buildReport(layout, f).replace(/\n(?:\| )?行政复议[ |\t]+行政诉讼[^\n]*\n/, layout === 'markdown' ? `\n| ${cells} |\n` : layout === 'pipe' ? `\n${cells} |\n` : `\n${cells}\n`);
          assert.ok(text.includes(cells));
          const { model, findings } = analyse(text);
          assert.deepEqual(reviewFigures(firstTable(model, 'review')), f.review);
          assert.deepEqual(findings, []);
        });
      }
    }
  });

  describe('table 四\'s header words cut by a PDF\'s narrow columns (「总」 / 「计」)', () => {
    for (const layout of ['spaces', 'tabs', 'pipe'] as const) {
      for (const [word, head, rest] of [['总计', '总', '计'], ['结果维持', '结果维', '持'], ['尚未审结', '尚未', '审结']]) {
        it(`${layout}: 「${head}」 / 「${rest}」`, () => {
          const lines = buildReport(layout, f).split('\n');
          const h = lines.findIndex((l) => /^(?:\| )?行政复议/.test(l));
          assert.ok(h > 0 && lines[h].includes(word));
          lines[h] = lines[h].replace(word, head);
          lines.splice(h + 1, 0, ' '.repeat(12) + rest);
          const { model, findings } = analyse(lines.join('\n'));
          assert.deepEqual(reviewFigures(firstTable(model, 'review')), f.review);
          assert.deepEqual(findings, []);
        });
      }
    }
  });

  describe('traditional script as Hong Kong and Taiwan write it', () => {
    const variants: [string, (t: string) => string][] = [
      ['Taiwan phrases (「行政規範性檔案」「過程性資訊」: opencc twp, as `convert --variant twp` writes)', (t) => OpenCC.Converter({ from: 'cn', to: 'twp' })(t)],
      ['覆議 for 複議 everywhere', (t) => OpenCC.Converter({ from: 'cn', to: 'hk' })(t).replace(/[复複復]議/g, '覆議')],
      ['重覆申請 for 重複申請', (t) => OpenCC.Converter({ from: 'cn', to: 'tw' })(t).replace(/重[复複復]申請/g, '重覆申請')],
      ['counts in 個 and 宗 in the prose above table 三', (t) => OpenCC.Converter({ from: 'cn', to: 'hk' })(t.replace('本年共收到申请13件。', '本年新收政府信息公开申请13個，上年结转1宗。'))],
    ];
    for (const layout of ['pipe', 'tabs'] as const) {
      for (const [what, change] of variants) {
        it(`${layout}: ${what}`, () => {
          const source = buildReport(layout, f);
          const text = change(source);
          if (!what.startsWith('counts')) assert.equal(text.replace(/\D/g, ''), source.replace(/\D/g, ''), 'every figure kept');
          const { model, findings } = analyse(text);
          assert.deepEqual(appFigures(firstTable(model, 'applications')), expectedApp);
          assert.deepEqual(reviewFigures(firstTable(model, 'review')), f.review);
          assert.deepEqual(findings.filter((x) => x.code !== 'mixed-script'), []);
        });
      }
    }
    it('a count in 個 or 宗 is a statement the table is held to (text-mismatch), and 个工作日 is not', () => {
      const source = buildReport('pipe', f);
      for (const unit of ['個', '宗', '件']) {
        const text = OpenCC.Converter({ from: 'cn', to: 'hk' })(source.replace('本年共收到申请13件。', `本年新收政府信息公开申请30${unit}，行政覆议9${unit}。`));
        const mismatches = analyse(text).findings.filter((x) => x.code === 'text-mismatch');
        assert.equal(mismatches.length, 2, unit);
      }
      const days = analyse(source.replace('本年共收到申请13件。', '本年共收到申请13件，平均办结时间为5个工作日。')).findings;
      assert.deepEqual(days.filter((x) => x.code === 'text-mismatch'), []);
    });
  });

  describe('a title Word or a PDF put on two lines', () => {
    const body = buildReport('pipe', f).split('\n').slice(1).join('\n');
    const cases: [string, string][] = [
      ['the agency on a line above the title', '上海市长宁区人力资源和社会保障局\n2023 年政府信息公开工作年度报告\n'],
      ['the title wrapped before its last word', '松江区人力资源和社会保障局2023年政府信息公开工作年度\n报告\n'],
      ['wrapped, CRLF, and a notice quoted in the first paragraph', '松江区人力资源和社会保障局2023年政府信息公开工作年度\r\n报告\r\n本报告根据区府办《关于做好2023年政府信息公开工作年报编制和公开工作的\r\n通知》编制。\r\n'],
      // A narrow PDF page's title: the second line reads as a title too, without the year (before: the agency
      // was taken from the first paragraph's 「关于做好 2023 年政府信息公开工作年度报告…」, 「做好」).
      ['wrapped where its second line reads as a title without the year (a narrow PDF page)', '松江区人力资源和社会保障局 2023 年度政府\n信息公开工作年度报告\n   根据区府办《关于做好 2023 年政府信息公开工作年度报告编制和公开工作的通知》编制。\n'],
      // pdfplumber's layout mode (a real page's PDF): the title's words spaced out to their place, a blank line between its two lines.
      ['wrapped with a blank line between, its words spaced out (pdfplumber\'s layout mode)', '\n       松江区人力资源和社会保障局                            2023      年度政府信                    \n                                                                                  \n       息公开工作年度报告                                                                  \n   根据区府办《关于做好 2023 年政府信息公开工作年度报告编制和公开工作的通知》编制。\n'],
    ];
    for (const [what, head] of cases) {
      it(`${what}: the title names the agency and the year`, () => {
        const { model, findings } = analyse(head + body);
        assert.equal(model.year, 2023);
        assert.equal(agencyOf(model.title?.text), head.startsWith('上海') ? '上海市长宁区人力资源和社会保障局' : '松江区人力资源和社会保障局');
        assert.equal(model.title?.span.start, head.indexOf(model.title!.text.slice(0, 4)));
        assert.deepEqual(findings, []);
      });
    }
    it('a date or a breadcrumb above a title without a year is no part of it; a printed page\'s header is not the title', () => {
      // (Found by a review: joined, 「2024年1月20日」 gave the title the year 2024, the agency 「1月20日上海市…」.)
      for (const above of ['2024年1月20日', '首页 > 政务公开 > 2024年', '（2024年1月）', '2022年度报告']) {
        const { model } = analyse(`${above}\n上海市长宁区人力资源和社会保障局政府信息公开工作年度报告\n${body}`);
        assert.equal(model.title?.text, '上海市长宁区人力资源和社会保障局政府信息公开工作年度报告', above);
        assert.equal(model.year, 2023, above);
      }
      // A PDF printed from a browser: the page's <title> and its site's name over two lines, above the report's own title.
      const { model } = analyse(fixture('pdf/czj_2023.word.layout.txt'));
      assert.equal(model.title?.text, '平潭综合实验区财政金融局 2023 年度政府信息公开工作年度报告');
    });
    it('a sentence above a title is not its agency, nor a sentence cut in two a title', () => {
      const { model } = analyse('根据《条例》要求，现公布如下\n2023年政府信息公开工作年度报告\n' + body);
      assert.equal(model.title?.text, '2023年政府信息公开工作年度报告');
      assert.equal(agencyOf(model.title?.text), undefined);
    });
  });
});
