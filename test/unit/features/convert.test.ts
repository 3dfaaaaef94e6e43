/** Script conversion on real reports: correctness, byte-level safety, protected terms, the mixed-script fix, the CLI. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { APP_ROWS } from '../../../server/src/analysis/form/schema';
import { norm } from '../../../server/src/analysis/reader/text/normalize';
import type { Table } from '../../../server/src/analysis/types';
import { main } from '../../../server/src/cli';
import { conversionEdits, protectedSpans } from '../../../server/src/convert/convert';
import { loadEngine } from '../../../server/src/convert/load';
import { phraseEdits } from '../../../server/src/convert/phrases';
import { convertEdits } from '../../../server/src/convert/run';
import { random } from '../../adversarial';
import { applyEdits } from '../../../server/src/fixes/edits';
import { DEFAULT_CONVERSION, type TraditionalVariant } from '../../../server/src/settings';
import { activeFigures, allTables, analyse, appFigures, beyondScript, firstTable, fixture, FIXTURES, plain, reviewFigures, SEEDS } from '../../helpers';
import { tempDir } from '../../tempDir';

const conv = (traditional: TraditionalVariant = 't') => ({ ...DEFAULT_CONVERSION, traditional });
const HAN = /\p{Script=Han}/u;
const nonHan = (s: string) => [...s].filter((c) => !HAN.test(c)).join('');
const figures = (t: Table) => (t.kind === 'applications' ? appFigures(t) : t.kind === 'review' ? reviewFigures(t) : t.kind === 'active' ? activeFigures(t) : t.rows.map((r) => r.cells.map(plain)));

describe('conversion', () => {
  it('the engine is not loaded by analysing a report (only on first conversion)', () => {
    const key = Object.keys(require.cache).find((k) => /convert[\\/]engine\.js$/.test(k));
    // Other tests may have converted already; what matters is that analysis alone does not need it.
    if (key) delete require.cache[key];
    analyse(fixture(SEEDS.traditional)).doc.findings();
    assert.equal(Object.keys(require.cache).some((k) => /convert[\\/]engine\.js$/.test(k)), false);
  });

  it('seed 001 to simplified: labels match the simplified form, every figure identical, mixed script gone', () => {
    const text = fixture(SEEDS.traditional);
    const out = applyEdits(text, convertEdits(text, 'simplified', conv()));
    const before = analyse(text).model;
    const after = analyse(out);
    assert.equal(after.model.script, 'simplified');
    assert.deepEqual(allTables(after.model).map(figures), allTables(before).map(figures));
    const app = firstTable(after.model, 'applications');
    for (const r of app.rows) {
      const official = APP_ROWS.find((d) => d.id === r.id)!.label;
      // 国家机密 is the report's own wording (label drift), not a conversion error.
      if (r.id === 'w1') assert.equal(norm(r.labelText), '1.属于国家机密');
      else assert.equal(norm(r.labelText).replace(/\(.*\)$/, ''), norm(official).replace(/\(.*\)$/, ''), r.id);
    }
    assert.match(out, /^宿迁市人力资源和社会保障局2021年政府信息公开年度工作报告/);
    assert.deepEqual(after.findings.filter((f) => f.code === 'mixed-script'), []);
    assert.equal(nonHan(out), nonHan(text));
  });

  it('seed 000 to traditional and back: figures and structure identical, the same model', () => {
    const text = fixture(SEEDS.pipe);
    const trad = applyEdits(text, convertEdits(text, 'traditional', conv()));
    assert.notEqual(trad, text);
    const back = applyEdits(trad, convertEdits(trad, 'simplified', conv()));
    const m0 = analyse(text).model;
    for (const m of [analyse(trad).model, analyse(back).model]) {
      assert.deepEqual(allTables(m).map(figures), allTables(m0).map(figures));
      assert.deepEqual(m.sections.map((s) => [s.section, s.span.start]), m0.sections.map((s) => [s.section, s.span.start]));
    }
    assert.equal(analyse(trad).model.script, 'traditional');
    assert.deepEqual(beyondScript(analyse(trad).findings).map((f) => f.code), analyse(text).findings.map((f) => f.code));
    // The round trip gives back the same analysis (its text may differ: 於/于, 後/后 are not a bijection).
    assert.deepEqual(allTables(analyse(back).model).map((t) => JSON.stringify(t)), allTables(m0).map((t) => JSON.stringify(t)));
  });

  it('every seed, both directions, every variant: only Han characters change, edit by edit', () => {
    for (const name of Object.values(SEEDS)) {
      const text = fixture(name);
      for (const [to, variant] of [['simplified', 't'], ['traditional', 't'], ['traditional', 'tw'], ['traditional', 'twp'], ['traditional', 'hk']] as const) {
        const edits = convertEdits(text, to, conv(variant));
        for (const e of edits) {
          assert.ok([...text.slice(e.span.start, e.span.end)].every((c) => HAN.test(c)), `${name} ${to}/${variant}: edit over non-Han text`);
          assert.ok([...e.newText].every((c) => HAN.test(c)), `${name} ${to}/${variant}: non-Han text written`);
        }
        const out = applyEdits(text, edits);
        // Byte by byte outside the changed characters: the non-Han characters, in order, are the same.
        assert.equal(nonHan(out), nonHan(text), `${name} ${to}/${variant}`);
        assert.equal(out.split(/\r\n|\r|\n/).length, text.split(/\r\n|\r|\n/).length);
        // Edits touch only what changes: no edit replaces a character by itself.
        for (const e of edits) assert.notEqual(text.slice(e.span.start, e.span.end), e.newText);
      }
    }
  });

  it('the same-pass phrase walk gives exactly the general path\'s edits: real reports, both directions, and random text with surrogates, compatibility ideographs and description sequences', () => {
    const engine = loadEngine();
    const reports = [...Object.values(SEEDS).map(fixture), ...readdirSync(path.join(FIXTURES, 'glued')).map((f) => readFileSync(path.join(FIXTURES, 'glued', f), 'utf8'))];
    const texts = [...reports];
    // Random text from pieces OpenCC treats specially: phrases, characters of both scripts, a phrase
    // with a middle dot, astral Han (𠮷 𤋮), lone surrogates, compatibility ideographs (豈 U+F900),
    // an ideographic description sequence (⿰), digits and line ends.
    const pieces = ['乾隆', '乾燥', '後來', '著作', '於', '于', '发', '髮', '發', '國務院', '辦公廳', '丹尼·博伊尔', '𠮷', '𤋮', '\ud840', '\udc00', '\uf900', '⿰氵每', '12', '０', '\n', '\r\n', '|', '、', '年度報告', '网络', '資訊', '臺', '台'];
    const r = random(5);
    for (let i = 0; i < 300; i++) {
      let t = '';
      const n = 1 + Math.floor(r() * 40);
      for (let k = 0; k < n; k++) t += pieces[Math.floor(r() * pieces.length)];
      texts.push(t);
    }
    let fast = 0;
    for (const [from, into] of [['t', 'cn'], ['cn', 't']] as const) {
      const table = engine.phraseTable(from, into);
      assert.ok(table, `${from}→${into} has a phrase table`);
      const convert = engine.converter(from, into);
      for (const text of texts) {
        const general = conversionEdits(text, convert);
        const same = conversionEdits(text, convert, { phrases: table });
        assert.deepEqual(same, general, JSON.stringify(text.slice(0, 80)));
        if (reports.includes(text) && phraseEdits(text, 0, text.length, table!, [])) fast++;
      }
    }
    // Every real report goes through the same pass (random text often falls back, and still agrees).
    assert.equal(fast, 2 * reports.length);
    // Conversions in several steps have no single table and take the general path.
    assert.equal(engine.phraseTable('cn', 'twp'), undefined);
  });

  it('Taiwan phrases (twp) there and back: the form\'s own words are converted character by character, every seed reads as before', () => {
    // (Found by a review: twp made 「行政查询事项」 「行政查找事项」 there and back, and the row was lost.)
    const twp = { ...conv(), traditional: 'twp' as TraditionalVariant };
    for (const name of Object.values(SEEDS)) {
      const text = fixture(name);
      if (analyse(text).model.script !== 'simplified') continue;
      const trad = applyEdits(text, convertEdits(text, 'traditional', twp));
      const back = applyEdits(trad, convertEdits(trad, 'simplified', twp));
      const m0 = analyse(text).model;
      for (const m of [analyse(trad).model, analyse(back).model]) assert.deepEqual(allTables(m).map(figures), allTables(m0).map(figures), name);
      assert.deepEqual(analyse(back).findings.map((f) => f.code), analyse(text).findings.map((f) => f.code), name);
      if (text.includes('行政查询事项')) assert.ok(back.includes('行政查询事项'), name);
      // The phrases the conversion wrote are read back (found by a review: read by characters, 信息 came back 资讯 67 times).
      assert.ok(!back.includes('资讯'), name);
      // The regulation's term is the form's, in the title, the 条例's name and the statements of figures alike — not
      // 「政府資訊公開」 beside the headings' 「政府信息公開」, and the statements read as before (found by a review).
      assert.ok(!trad.includes('政府資訊') && !trad.includes('資訊內容'), name);
      const read = (t: string) => analyse(t).findings.map((f) => f.code).filter((c) => c !== 'mixed-script' && c !== 'injected-text');
      assert.deepEqual(read(trad), read(text), name);
    }
    // Prose is still converted with the phrases.
    const prose = '本局通过网络信息平台公开。';
    assert.equal(applyEdits(prose, convertEdits(prose, 'traditional', twp)), applyEdits(prose, conversionEdits(prose, loadEngine().converter('cn', 'twp'))));
  });

  it('Taiwan phrases (twp): a title in 《》 is a name, converted character by character — not 《預演算法》 (found by a hunt over traditional variants)', () => {
    const twp = { ...conv(), traditional: 'twp' as TraditionalVariant };
    const text = '依照《预算法》规定，优化营商环境，全局共有1件。\n《优化营商环境条例》';
    const out = applyEdits(text, convertEdits(text, 'traditional', twp));
    assert.equal(out, '依照《預算法》規定，最佳化營商環境，全域性共有1件。\n《優化營商環境條例》');
    // (And back: the titles as they were.)
    const back = applyEdits(out, convertEdits(out, 'simplified', twp));
    assert.ok(back.includes('《预算法》') && back.endsWith('《优化营商环境条例》'), back);
  });

  it('Taiwan phrases (twp) on a PDF\'s text: a label wrapped in a narrow column, its last line 資訊, is still its row (found by a review)', () => {
    // 「5.屬於 / 三類 / 內部 / 事務 / 資訊」: the wrapped line alone is no form's words to the conversion, so it took
    // Taiwan's word; the row read 「5.屬於」, and (三)5 and (四)2 were said repeated — two errors on a sound report.
    const twp = { ...conv(), traditional: 'twp' as TraditionalVariant };
    for (const name of ['pdf/czj_2023.word.layout.txt', 'pdf/gwh_2022.word.layout.txt']) {
      const text = fixture(name);
      const trad = applyEdits(text, convertEdits(text, 'traditional', twp));
      assert.match(trad, /^\s*資訊\s*$/m, name);
      assert.deepEqual(allTables(analyse(trad).model).map(figures), allTables(analyse(text).model).map(figures), name);
      const read = (t: string) => analyse(t).findings.map((f) => f.code).filter((c) => c !== 'mixed-script' && c !== 'injected-text');
      assert.deepEqual(read(trad), read(text), name);
    }
  });

  it('with Taiwan phrases (twp) set, a traditional report is read back to simplified by its characters — not Taiwan\'s meanings turned back — and a label in mixed script is still the form\'s (found by a review)', () => {
    const twp = { ...conv(), traditional: 'twp' as TraditionalVariant };
    const text = '行政規范性文件 | 2 | 1 | 8 |\n8.屬于行政查詢事項 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n本局嚴格執行議事規則程序，向宿遷市檔案館移送公文，豐富政民互動載體。';
    assert.equal(
      applyEdits(text, convertEdits(text, 'simplified', twp)),
      '行政规范性文件 | 2 | 1 | 8 |\n8.属于行政查询事项 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n本局严格执行议事规则程序，向宿迁市档案馆移送公文，丰富政民互动载体。',
    );
    // To traditional: a label with a traditional character in it (a site's half-done conversion) keeps the form's words.
    const mixed = '8.屬于行政查询事项 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
    assert.match(applyEdits(mixed, convertEdits(mixed, 'traditional', twp)), /^8\.屬於行政查詢事項 \|/);
    // Seed 001, traditional with characters left simplified, read back with twp set: every figure and finding as with t.
    const seed = fixture(SEEDS.traditional);
    const withTwp = analyse(applyEdits(seed, convertEdits(seed, 'simplified', twp)));
    const withT = analyse(applyEdits(seed, convertEdits(seed, 'simplified', conv())));
    assert.deepEqual(allTables(withTwp.model).map(figures), allTables(withT.model).map(figures));
    assert.deepEqual(withTwp.findings.map((f) => f.code), withT.findings.map((f) => f.code));
  });

  it('phrase-level conversion, as OpenCC does it', () => {
    const engine = loadEngine();
    const toCn = engine.converter('t', 'cn');
    assert.equal(applyEdits('乾燥的乾隆年間，後來著作', conversionEdits('乾燥的乾隆年間，後來著作', toCn)), '干燥的乾隆年间，后来著作');
    const toTw = engine.converter('cn', 'twp');
    assert.equal(applyEdits('网络信息', conversionEdits('网络信息', toTw)), '網路資訊');
  });

  it('protected terms: none by default (the whole text, titles too); configured ones stay as written and are counted', () => {
    const text = '根據《中華人民共和國政府信息公開條例》和國務院辦公廳的規定，宿遷市人社局。';
    assert.equal(applyEdits(text, convertEdits(text, 'simplified', conv())), '根据《中华人民共和国政府信息公开条例》和国务院办公厅的规定，宿迁市人社局。');
    const stats = { kept: 0 };
    const out = applyEdits(text, convertEdits(text, 'simplified', { ...conv(), protect: ['《*》', '宿遷'] }, undefined, stats));
    assert.equal(out, '根据《中華人民共和國政府信息公開條例》和国务院办公厅的规定，宿遷市人社局。');
    assert.equal(stats.kept, 2);
    assert.deepEqual(protectedSpans('《甲》乙《丙', ['《*》']), [{ start: 0, end: 3 }], 'an unclosed 《 protects nothing');
    assert.equal(applyEdits(text, convertEdits(text, 'simplified', { ...conv(), protect: [] })), '根据《中华人民共和国政府信息公开条例》和国务院办公厅的规定，宿迁市人社局。');
  });

  it('a web address is kept as written (a Han path converted breaks the link); words glued after it are converted', () => {
    const text = '详见http://www.example.gov.cn/信息公开/国务院/index.html 网站。登录www.xx.gov.cn网站查询，或https://b.cn/国务院';
    assert.equal(
      applyEdits(text, convertEdits(text, 'traditional', conv())),
      '詳見http://www.example.gov.cn/信息公开/国务院/index.html 網站。登錄www.xx.gov.cn網站查詢，或https://b.cn/國務院',
    );
    // Range by range (a selection, a mixed-script fix) as a whole text.
    const start = text.indexOf('信息公开');
    assert.deepEqual(conversionEdits(text, loadEngine().converter('cn', 't'), { ranges: [{ start, end: start + 4 }] }), []);
  });

  it('a protected pattern is found in one pass (thousands of unclosed 《 cost no more than one) ≡ a search from each opening', () => {
    // The reference: from each opening, the first close after it, if no line break lies between.
    const reference = (text: string, open: string, close: string) => {
      const out: { start: number; end: number }[] = [];
      let i = text.indexOf(open);
      while (i >= 0) {
        const j = text.indexOf(close, i + open.length);
        if (j < 0 || /[\r\n]/.test(text.slice(i, j))) {
          i = text.indexOf(open, i + open.length);
          continue;
        }
        out.push({ start: i, end: j + close.length });
        i = text.indexOf(open, j + close.length);
      }
      return out;
    };
    const r = random(41);
    const alphabet = ['《', '》', '\n', '\r\n', '甲', '後', '<<', '>>'];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(r() * 40) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
      assert.deepEqual(protectedSpans(text, ['《*》']), reference(text, '《', '》'), JSON.stringify(text));
      assert.deepEqual(protectedSpans(text, ['<<*>>']), reference(text, '<<', '>>'), JSON.stringify(text));
    }
  });

  it('many edits are applied unit by unit into one array (a conversion\'s, in place where each is as long as what it replaces): the same text as applied one by one, lone surrogates kept', () => {
    const r = random(5);
    const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
    const PARTS = ['发', '發', '后', '後', '0', '|', '\n', '\r\n', '😀', '\ud800', '\udc00', '𠀀', 'a', '　'];
    for (let run = 0; run < 40; run++) {
      let text = '';
      for (let i = 0; i < 3000; i++) text += pick(PARTS);
      const sameLength = run % 2 === 0;
      const edits: { span: { start: number; end: number }; newText: string }[] = [];
      for (let at = Math.floor(r() * 5); at < text.length; at += 1 + Math.floor(r() * 12)) {
        const two = r() < 0.3;
        const end = sameLength ? Math.min(text.length, at + (two ? 2 : 1)) : Math.min(text.length, at + Math.floor(r() * 3));
        const same = end - at === 2 ? pick(['😀', '發后', 'x\ud800']) : pick(PARTS).slice(0, end - at);
        edits.push({ span: { start: at, end }, newText: sameLength ? same : pick(['', '啊', '𠀀', '\udc00', 'xy']) });
        at = end;
      }
      assert.ok(edits.length >= 256, `${edits.length}`);
      // One by one from the last, as the editor applies them.
      let expected = text;
      for (let i = edits.length - 1; i >= 0; i--) expected = expected.slice(0, edits[i].span.start) + edits[i].newText + expected.slice(edits[i].span.end);
      assert.equal(applyEdits(text, edits), expected, `run ${run}`);
    }
  });

  it('only the selected ranges are converted', () => {
    const text = '國務院辦公廳\n國務院辦公廳';
    const out = applyEdits(text, convertEdits(text, 'simplified', conv(), [{ start: 7, end: 13 }]));
    assert.equal(out, '國務院辦公廳\n国务院办公厅');
  });

  it('mixed-script: its fix converts the run to the report\u2019s script with the engine, in context', () => {
    const text = fixture(SEEDS.traditional);
    const f = analyse(text).findings.find((x) => x.code === 'mixed-script' && text.slice(x.span.start, x.span.end) === '于')!;
    const fix = f.fixes![0];
    assert.deepEqual(fix.convert, { to: 'traditional', span: f.span });
    const out = applyEdits(text, convertEdits(text, 'traditional', conv(), [fix.convert!.span!]));
    assert.equal(out.slice(f.span.start - 1, f.span.end), text.slice(f.span.start - 1, f.span.start) + '於');
    assert.equal(out.length, text.length);
  });

  it('a part of a word is converted as the word is, and only that part edited: 「复」 of 「重复」 is 「複」, 「发」 of 「理发店」 「髮」 (found by a review)', () => {
    // A traditional report with simplified characters left in words of both scripts' characters.
    const text = '申請人重复申請的，已告知。本局附近理发店。重复';
    for (const [word, want] of [['复', '複'], ['发', '髮']] as const) {
      const at = text.indexOf(word);
      const edits = convertEdits(text, 'traditional', conv(), [{ start: at, end: at + 1 }]);
      assert.deepEqual(edits.map((e) => [e.span.start, e.span.end, e.newText]), [[at, at + 1, want]], word);
    }
    // At the text's end, and a range of several words: the same.
    const last = text.lastIndexOf('复');
    assert.equal(applyEdits(text, convertEdits(text, 'traditional', conv(), [{ start: last, end: last + 1 }])), text.slice(0, last) + '複');
    const from = text.indexOf('本局');
    assert.equal(applyEdits(text, convertEdits(text, 'traditional', conv(), [{ start: from, end: text.length - 3 }])), '申請人重复申請的，已告知。本局附近理髮店。重复');
    // A range inside a word next to a character beyond the BMP: nothing cut in two.
    const rare = '𠀀复杂𠀀';
    const edits = convertEdits(rare, 'traditional', conv(), [{ start: 2, end: 3 }]);
    assert.deepEqual(edits.map((e) => [e.span.start, e.newText]), [[2, '複']]);
  });

  it('CLI: convert to stdout, or in place keeping a .bak', () => {
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push('ERR ' + s), raw: (s: string) => out.push(s) };
    assert.equal(main(['convert', '--to', 'simplified', path.join(FIXTURES, SEEDS.traditional)], io), 0);
    assert.match(out.join(''), /^宿迁市人力资源和社会保障局/);
    const dir = tempDir('dr-conv-');
    const file = path.join(dir, 'r.txt');
    const original = readFileSync(path.join(FIXTURES, SEEDS.tabs), 'utf8');
    writeFileSync(file, original);
    assert.equal(main(['convert', '--to', 'traditional', '--variant', 'tw', '--write', file], io), 0);
    assert.equal(readFileSync(file + '.bak', 'utf8'), original);
    const converted = readFileSync(file, 'utf8');
    assert.equal(analyse(converted).model.script, 'traditional');
    assert.equal(nonHan(converted), nonHan(original));
    assert.equal(main(['convert', '--to', 'klingon', file], io), 2);
    assert.equal(main(['convert', '--to', 'simplified', path.join(dir, 'missing.txt')], io), 2);
    assert.ok(!existsSync(path.join(dir, 'missing.txt.bak')));
  });

  it('a converted report reads the same cells at the same places (plain values)', () => {
    const text = fixture(SEEDS.tabs);
    const out = applyEdits(text, convertEdits(text, 'traditional', conv('hk')));
    const a = firstTable(analyse(text).model, 'review').cells;
    const b = firstTable(analyse(out).model, 'review').cells;
    assert.deepEqual(b.map((c) => [c.span.start, plain(c)]), a.map((c) => [c.span.start, plain(c)]));
  });
});
