/**
 * The reader's fast paths (plain-digit cells read in place, label keys normalised through one table,
 * folding into reused scratch) must give exactly what the general code gives: checked on every
 * token-sized piece of every real report and on random text built to hit the edges (compatibility
 * ideographs, circled digits, combining marks, surrogates, odd spaces, quotes, full-width forms).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { foldChars, foldSegment, KeptFold, norm, normSlow } from '../../../../server/src/analysis/reader/text/normalize';
import { scanScript, scanScriptEdit, scriptRuns } from '../../../../server/src/analysis/reader/text/script';
import { tableCover } from '../../../../server/src/analysis/reader/segments/tableCover';
import { parseSegment } from '../../../../server/src/analysis/reader/segment';
import { tokenize } from '../../../../server/src/analysis/reader/tokens/tokenize';
import { mayHoldActive, readActive } from '../../../../server/src/analysis/reader/tables/readActive';
import { MAY_NAME_REVIEW, MAY_OPEN_OUTCOMES, mayHoldReview, readReview } from '../../../../server/src/analysis/reader/tables/readReview';
import { MAY_HEAD, mayHoldStatistics, readStatistics } from '../../../../server/src/analysis/reader/tables/readStatistics';
import { ReportAnalysis } from '../../../../server/src/analysis/model/document';
import { KEPT_IN_SIMPLIFIED, KEPT_IN_TRADITIONAL, SIMPLIFIED_ONLY, T2S_PAIRS, TRADITIONAL_ONLY } from '../../../../server/src/analysis/reader/text/tables/scriptTable.generated';
import { EQUIVALENT_PAIRS } from '../../../../server/src/analysis/reader/text/tables/lookalikes.generated';
import { VARIANT_PAIRS } from '../../../../server/src/analysis/reader/text/tables/variants.generated';
import { looksLikeBadFigure, readCell, readCellGeneral } from '../../../../server/src/analysis/reader/tokens/numbers';
import { random } from '../../../adversarial';
import { findPeriod, MONTH, THIRTY_ONE } from '../../../../server/src/analysis/reader/segments/title';
import { wordAutomaton } from '../../../../server/src/analysis/reader/text/automaton';
import { APP_GROUPS, APP_ROWS } from '../../../../server/src/analysis/form/schema';
import { matchAppLabel, mayJoinToLabel } from '../../../../server/src/analysis/reader/tables/labels';
import { joinedFold } from '../../../../server/src/analysis/reader/tables/wrapped/wrapped';
import type { Token } from '../../../../server/src/analysis/reader/tokens/token';
import { widthCounts } from '../../../../server/src/analysis/write/grid';
import { fixture, FIXTURES } from '../../../helpers';

function realTexts(): string[] {
  const out: string[] = [];
  for (const dir of ['', 'glued', 'html']) {
    for (const n of readdirSync(path.join(FIXTURES, dir))) if (/\.(txt|md|html?)$/.test(n)) out.push(fixture(path.join(dir, n)));
  }
  return out;
}

/** Pieces the size of cells and labels: every line, and windows of every size up to 40 across each. */
function* pieces(text: string): Generator<string> {
  for (const line of text.split(/\r?\n/)) {
    yield line;
    for (const w of [1, 2, 3, 5, 8, 13, 21, 40]) for (let i = 0; i + w <= line.length; i += Math.max(1, w >> 1)) yield line.slice(i, i + w);
  }
}

const T2S = new Map<number, number>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS.charCodeAt(i + 1));
// (A variant form neither standard writes, 「縂」, as the simplified character it stands for: variants.generated.ts.)
for (let i = 0; i + 1 < VARIANT_PAIRS.length; i += 2) if (!T2S.has(VARIANT_PAIRS.charCodeAt(i))) T2S.set(VARIANT_PAIRS.charCodeAt(i), VARIANT_PAIRS.charCodeAt(i + 1));

/** The fold as first written: one character at a time into growing arrays. */
function foldReference(text: string): { s: string; back: number[] } {
  const codes: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x09 && c <= 0x0d)) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c === 0x2a) continue;
    // (A Kangxi radical or compatibility ideograph as the ideograph its compatibility decomposition gives, when one unit.)
    if ((c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff)) {
      const k = String.fromCharCode(c).normalize('NFKC');
      if (k.length === 1 && k.charCodeAt(0) >= 0x3400) c = k.charCodeAt(0);
      // (Or, without one, the ideograph Unicode says it is (EquivalentUnifiedIdeograph.txt): ⺠ 民, as a font draws it.)
      else {
        const at = EQUIVALENT_PAIRS.indexOf(String.fromCharCode(c));
        if (at >= 0 && at % 2 === 0) c = EQUIVALENT_PAIRS.charCodeAt(at + 1);
      }
    }
    if (T2S.get(c)) c = T2S.get(c) as number;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    codes.push(c);
    back.push(i);
  }
  back.push(text.length);
  return { s: codes.map((c) => String.fromCharCode(c)).join(''), back };
}

const EDGE = [
  ...'予以公开總計其他處理第二十条（一）(七)、。《》「」『』“”‘’"\'*＊＂＇１２３ＡＢａｂ．，：；｜|\t \u3000\u00a0\u200b\ufeff\r\n',
  '\uf900', '\ufa0a', '①', '⑳', '㈠', '…', '\u0301', '\u2028', '\u2002', '\u1680', 'Å', 'ﬁ', '²', '\ud83d\ude00', '\ud800', '\udc00', '\u0085', '\u001f',
];

function randomText(rnd: () => number, real: string): string {
  const n = 1 + Math.floor(rnd() * 30);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.4) s += EDGE[Math.floor(rnd() * EDGE.length)];
    else if (r < 0.8) s += real[Math.floor(rnd() * real.length)];
    else s += String.fromCharCode(Math.floor(rnd() * 0x10000));
  }
  return s;
}

/** looksLikeBadFigure as first written: normalise, then look. */
function badFigureReference(raw: string): boolean {
  const t = raw.normalize('NFKC').replace(/\s+/g, '');
  if (t.length === 0 || t.length > 8) return false;
  if (/^[a-z]{1,2}$/i.test(t)) return true;
  if (!/\d/.test(t)) return false;
  return !/[\u3400-\u9fff]/.test(t.replace(/[件个個项項条條人次万萬元户戶份]/g, ''));
}

describe('reader fast paths agree with the general code', () => {
  const texts = realTexts();

  it('norm ≡ full NFKC normalisation, on every piece of every real report and on random edge text', () => {
    let n = 0;
    for (const t of texts) for (const p of pieces(t)) (assert.equal(norm(p), normSlow(p), JSON.stringify(p)), n++);
    const rnd = random(7);
    const all = texts.join('');
    for (let i = 0; i < 20000; i++) {
      const p = randomText(rnd, all);
      assert.equal(norm(p), normSlow(p), JSON.stringify(p));
    }
    assert.ok(n > 10000, `${n} pieces`);
  });

  it('foldChars ≡ the character-by-character fold, offsets included, whatever the length', () => {
    const rnd = random(11);
    const all = texts.join('');
    const cases = [...texts, ...texts.flatMap((t) => [...pieces(t)].filter((_, i) => i % 7 === 0))];
    for (let i = 0; i < 5000; i++) cases.push(randomText(rnd, all));
    cases.push(all.repeat(2)); // longer than the scratch: arrays of its own
    cases.push('行政许可1432'.repeat(20000)); // as long, and folding to itself
    // Look-alikes of ideographs (a PDF's text): Kangxi radicals, the radicals supplement's two, compatibility ideographs — one
    // that decomposes to a pair of units (U+FA6C) stays as it is.
    cases.push('\u2f00、总体情况\u2f8f政许可\u2fa8\uf900\u2e9f\u2ef3\ufa6c \u2f17\u2f06 件');
    for (const c of cases) {
      const got = foldChars(c);
      const want = foldReference(c);
      assert.equal(got.s, want.s);
      assert.equal(got.folded, want.s);
      // (A text that folds to itself may share a longer table of offsets: only its own are read.)
      const back = want.back.map((_, i) => got.back[i]);
      assert.deepEqual(back, want.back);
    }
  });

  it('a token cut from its segment\'s fold folds exactly as folding it alone, offsets included', () => {
    const rnd = random(13);
    const all = texts.join('');
    const cases = [...texts];
    for (let i = 0; i < 300; i++) cases.push(Array.from({ length: 40 }, () => randomText(rnd, all)).join(''));
    let n = 0;
    for (const text of cases) {
      const alone = tokenize(text);
      const cut = tokenize(text, 0, text.length, foldSegment(text));
      assert.equal(cut.length, alone.length);
      for (let k = 0; k < cut.length; k++) {
        const a = alone[k].fold();
        const b = cut[k].fold();
        assert.equal(b.s, a.s);
        for (let i = 0; i <= a.s.length; i++) assert.equal(b.at(i), a.at(i), `${JSON.stringify(a.s)} at ${i}`);
        n++;
      }
    }
    assert.ok(n > 5000, `${n} tokens`);
  });

  it('a fold is not overwritten by the next one (its offsets are its own)', () => {
    const a = foldChars('總計 １２');
    const b = foldChars('其他處理');
    assert.equal(a.s, '总计12');
    assert.deepEqual(Array.from(a.back), [0, 1, 3, 4, 5]);
    assert.equal(b.s, '其他处理');
  });

  it('a huge piece of text (a 10 MB page as one token) is normalised whole, without running out of stack', () => {
    const huge = '總計…其他處理 １２'.repeat(300000);
    const n = norm(huge);
    assert.equal(n.length, 11 * 300000);
    assert.ok(n.startsWith('总计...其他处理12'));
    assert.equal(foldChars(huge).s.length, 9 * 300000);
  });

  it('readCell: plain digits read in place ≡ the general reading, and everything else goes the general way', () => {
    const rnd = random(5);
    const digits = '0123456789０１２３４５６７８９';
    const other = [',', '.', '-', '+', ' ', '/', '*', '无', '件', 'O', '²', '①', '٣', '\u3000'];
    for (let i = 0; i < 30000; i++) {
      const len = 1 + Math.floor(rnd() * 18);
      let s = '';
      for (let k = 0; k < len; k++) s += rnd() < 0.9 ? digits[Math.floor(rnd() * digits.length)] : other[Math.floor(rnd() * other.length)];
      assert.deepEqual(readCell(s), readCellGeneral(s), JSON.stringify(s));
    }
    // Words, marks and figures mixed, starting with ideographs or not.
    const pool = ['行', '政', '许', '可', '无', '無', '空', '件', '1', '２', '/', '*', ' ', '\u3000', '-', '—'];
    for (let i = 0; i < 30000; i++) {
      const len = 1 + Math.floor(rnd() * 5);
      let s = '';
      for (let k = 0; k < len; k++) s += pool[Math.floor(rnd() * pool.length)];
      assert.deepEqual(readCell(s), readCellGeneral(s), JSON.stringify(s));
    }
    for (let i = 0; i < 30000; i++) {
      const len = 1 + Math.floor(rnd() * 14);
      let s = '';
      for (let k = 0; k < len; k++) s += pool[Math.floor(rnd() * pool.length)];
      assert.equal(looksLikeBadFigure(s), badFigureReference(s), JSON.stringify(s));
    }
    assert.deepEqual(readCell('０１２3'), { kind: 'number', value: 123 });
    assert.deepEqual(readCell('1234567890123456'), readCellGeneral('1234567890123456'));
    assert.deepEqual(readCell(''), { kind: 'blank' });
  });
  it('the script scan read through one table ≡ the scan by the lists and the Han ranges, on real reports and random text', () => {
    // The reference: a run holds characters of one script and ends at anything not Han or of the other script.
    const simp = new Set(SIMPLIFIED_ONLY);
    const trad = new Set(TRADITIONAL_ONLY);
    const pairs = (s: string) => new Set(Array.from({ length: s.length / 2 }, (_, i) => s.slice(2 * i, 2 * i + 2)));
    const kept = [new Set<string>(), pairs(KEPT_IN_TRADITIONAL), pairs(KEPT_IN_SIMPLIFIED)];
    const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
    const reference = (text: string) => {
      const out = { simplified: 0, traditional: 0, simplifiedRuns: [] as number[], traditionalRuns: [] as number[] };
      let open = 0;
      let start = 0;
      let end = 0;
      const close = () => (open === 1 ? out.simplifiedRuns.push(start, end) : open === 2 ? out.traditionalRuns.push(start, end) : 0, (open = 0));
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (!isHan(c)) {
          close();
          continue;
        }
        const ch = text[i];
        let k = simp.has(ch) ? 1 : trad.has(ch) ? 2 : 0;
        if (k && (kept[k].has(text.slice(i - 1, i + 1)) || kept[k].has(text.slice(i, i + 2)))) k = 0;
        if (!k) continue;
        if (k === 1) out.simplified++;
        else out.traditional++;
        if (open !== k) (close(), (open = k), (start = i));
        end = i + 1;
      }
      close();
      return out;
    };
    const r = random(17);
    const alphabet = SIMPLIFIED_ONLY.slice(0, 200) + TRADITIONAL_ONLY.slice(0, 200) + KEPT_IN_TRADITIONAL.slice(0, 100) + KEPT_IN_SIMPLIFIED.slice(0, 60) + '的一是在 \n|12，。（）\uf900\ufa2d\u3400\u9fff\ua000\ud800';
    const texts = [...realTexts()];
    for (let n = 0; n < 300; n++) texts.push(Array.from({ length: 1 + Math.floor(r() * 80) }, () => alphabet[Math.floor(r() * alphabet.length)]).join(''));
    const counts = (r: { simplified: number; traditional: number }) => ({ simplified: r.simplified, traditional: r.traditional });
    for (const t of texts) {
      const want = reference(t);
      assert.deepEqual(scanScript(t), counts(want));
      assert.deepEqual(scriptRuns(t, 'simplified'), want.simplifiedRuns);
      assert.deepEqual(scriptRuns(t, 'traditional'), want.traditionalRuns);
    }
    // After an edit, the stretch it touched counted again ≡ the new text counted whole.
    for (let n = 0; n < 3000; n++) {
      const before = texts[Math.floor(r() * texts.length)];
      const start = Math.floor(r() * (before.length + 1));
      const end = Math.min(before.length, start + (r() < 0.5 ? 0 : Math.floor(r() * 12)));
      const ins = Array.from({ length: Math.floor(r() * 5) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
      const text = before.slice(0, start) + ins + before.slice(end);
      assert.deepEqual(scanScriptEdit(text, before, scanScript(before), start, end, ins.length), counts(reference(text)), JSON.stringify({ before: before.slice(0, 100), start, end, ins }));
    }
  });

  it('a segment\'s fold spliced after edits (KeptFold) ≡ the new text folded whole, through runs of edits and growth', () => {
    const r = random(29);
    const alphabet = '的一是國體總計 \u3000\u00a0\t\n\r|１２３ABC*\u200b\ufeff12，。（）\ud800\ud83d\ude00(gon)';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
    const same = (a: { s: string; back: ArrayLike<number>; fwd: ArrayLike<number> }, b: typeof a, label: string) => {
      assert.equal(a.s, b.s, label);
      assert.deepEqual(Array.from(a.back), Array.from(b.back), label);
      assert.deepEqual(Array.from(a.fwd), Array.from(b.fwd), label);
    };
    for (const start of [...realTexts()].slice(0, 3).concat(['', 'abc', word(300)])) {
      const kept = new KeptFold();
      let text = start;
      kept.keep(text, foldSegment(text));
      for (let n = 0; n < 200; n++) {
        const a = Math.floor(r() * (text.length + 1));
        const b = Math.min(text.length, a + (r() < 0.4 ? 0 : Math.floor(r() * (r() < 0.1 ? 400 : 6))));
        const ins = word(r() < 0.1 ? 500 : Math.floor(r() * 6));
        const after = text.slice(0, a) + ins + text.slice(b);
        // (Near a round bracket the text is folded afresh: an edit there may make or break a pinyin gloss.)
        const spliced = kept.splice(after, text, a, b, ins.length);
        const near = /[()]/.test(text.slice(Math.max(0, a - 8), b + 8)) || /[()]/.test(after.slice(Math.max(0, a - 8), a + ins.length + 8));
        assert.equal(!spliced, near, `edit ${n}`);
        if (spliced) same(spliced, foldSegment(after), `edit ${n} of a text of ${text.length}`);
        kept.keep(after, spliced ?? foldSegment(after));
        text = after;
      }
      // Kept for another text: not spliced (folded afresh by the caller).
      assert.equal(kept.splice('x' + text, 'y' + text, 0, 1, 1), undefined);
    }
  });

  it('an offset is in a table by the sorted search ≡ by looking at every table, on real reports and nested spans', () => {
    const naive = (spans: { span: { start: number; end: number } }[]) => (at: number) => spans.some((t) => at >= t.span.start && at < t.span.end);
    for (const text of realTexts()) {
      const tables = parseSegment(text, null).tables;
      const a = tableCover(tables);
      const b = naive(tables);
      for (let at = -1; at <= text.length; at++) assert.equal(a(at), b(at), `${at}`);
    }
    const r = random(23);
    for (let n = 0; n < 500; n++) {
      const spans = Array.from({ length: Math.floor(r() * 6) }, () => {
        const start = Math.floor(r() * 50);
        return { span: { start, end: start + Math.floor(r() * 30) } };
      });
      const a = tableCover(spans);
      const b = naive(spans);
      for (let at = -2; at < 85; at++) assert.equal(a(at), b(at), JSON.stringify({ spans, at }));
    }
  });
  it('a text without the triples of 「第二十条第」 has no table 二 to read, however its block headers are cut', () => {
    // Real reports' sections (what the gate is asked of), and real reports with every block header cut
    // in two at every place (a PDF's line break in a narrow cell; the two parts in one cell, in two
    // cells, or with a page number between them).
    const texts: string[] = [];
    for (const text of realTexts()) {
      for (const segment of new ReportAnalysis(text).segments) texts.push(segment.text);
      if (!/第二十[条條]第/.test(text)) continue;
      // (Every header of the text cut at the same place: one left whole would hold the gate open.)
      for (let k = 1; k < 5; k++) for (const cut of ['\n', '\n\n', ' |\n| ', '\n— 3 —\n']) texts.push(text.replace(/第二十[条條]第/g, (h) => h.slice(0, k) + cut + h.slice(k)));
    }
    let read = 0;
    let skipped = 0;
    for (const text of texts) {
      const fold = foldSegment(text);
      const tables = readActive(tokenize(text, 0, text.length, fold), text).tables;
      if (!mayHoldActive(fold.s)) {
        skipped++;
        assert.equal(tables.length, 0, text.slice(0, 80));
      } else if (tables.length) read++;
    }
    // Every cut kept the table readable, and the real reports without one were skipped.
    assert.ok(read > 100 && skipped > 50, `read ${read}, skipped ${skipped}`);
    // Spaces and line breaks are not in a fold; a text whose words are kept apart by anything else is
    // skipped (the gate is not always true).
    assert.equal(mayHoldActive(foldSegment('第二｜十｜条第（一）项').s), false);
    assert.equal(mayHoldActive(foldSegment('第二\n十\n条第（一）项').s), true);
    assert.equal(mayHoldActive(foldSegment('第二十\n條第（一）項').s), true);
  });
  it('a text without 复 and 议 has no table 四, one without 指标名称 no statistics table, however their headers are cut', () => {
    const texts: string[] = [];
    for (const text of realTexts()) {
      for (const segment of new ReportAnalysis(text).segments) texts.push(segment.text);
      // Table 四's header words cut in their cells (read across the break by the reader): 行政 | 复议, and
      // every 复议 of the text cut in two (one left whole would hold the gate open).
      if (!/复议|復議/.test(text)) continue;
      texts.push(text.replace(/复议|復議/g, '覆議'));
      for (const cut of ['\n', ' |\n| ', '|\n']) {
        texts.push(text.replace(/行政(?=复议|復議)/g, (h) => h + cut));
        texts.push(text.replace(/([复復])([议議])/g, (_, a: string, b: string) => a + cut + b));
      }
    }
    let review = 0;
    let statistics = 0;
    let skipped = 0;
    for (const text of texts) {
      const fold = foldSegment(text);
      const tokens = tokenize(text, 0, text.length, fold);
      const r = readReview(tokens, text).tables;
      const st = readStatistics(tokens, text).tables;
      if (!mayHoldReview(fold.s)) (skipped++, assert.equal(r.length, 0, text.slice(0, 80)));
      else if (r.length) review++;
      if (!mayHoldStatistics(fold.s)) assert.equal(st.length, 0, text.slice(0, 80));
      else if (st.length) statistics++;
    }
    assert.ok(review > 20 && statistics > 0 && skipped > 50, `review ${review}, statistics ${statistics}, skipped ${skipped}`);
    // The statistics header is recognised normalised (quotes dropped, compatibility forms read as what
    // they stand for): written 「指标“名称”」 it is still read, and placed at its token.
    const quoted = fixture('glued/czj_2018.txt').replace(/指标名称/g, '指标“名称”');
    const qf = foldSegment(quoted);
    assert.ok(!qf.s.includes('指标名称') && mayHoldStatistics(qf.s));
    const [table] = readStatistics(tokenize(quoted, 0, quoted.length, qf), quoted).tables;
    assert.ok(table && table.rows.length >= 5, JSON.stringify(table?.rows.length));
    assert.equal(quoted.slice(table.span.start, table.span.start + 4), '指标“名');
  });

  it('no character but 标, 称 and 统 themselves normalises to them: the statistics gate can look for them in the fold', () => {
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      const n = norm(ch);
      if (!n.includes('标') && !n.includes('称') && !n.includes('统')) continue;
      const f = foldChars(ch).s;
      for (const w of ['标', '称', '统']) if (n.includes(w)) assert.ok(f.includes(w), `U+${cp.toString(16)} normalises to ${w} but folds to ${f}`);
    }
  });
  it('the statistics period is looked for only where a 年, a 月 and a 31 are: every character whose NFKC holds them is one the gates know, and the gated search ≡ the search without them', () => {
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      const n = ch.normalize('NFKC');
      const at = `U+${cp.toString(16)} (NFKC ${JSON.stringify(n)})`;
      // (The gates' reasoning: no character normalises to nothing, so what two characters make stays side by side.)
      assert.notEqual(n, '', `${at} normalises to nothing`);
      if (n.includes('年')) assert.ok(ch === '年' || ch === '\uf98e', `${at} holds 年 and the gate misses it`);
      if (n.includes('月')) assert.ok(MONTH.test(ch), `${at} holds 月 and the gate misses it`);
      if (n.includes('31')) assert.ok(THIRTY_ONE.test(ch), `${at} holds 31 and the gate misses it`);
      if (n.endsWith('3')) assert.ok(THIRTY_ONE.test(ch + '1'), `${at} ends in 3 and the gate misses it`);
      if (n.startsWith('1')) assert.ok(THIRTY_ONE.test('3' + ch), `${at} starts with 1 and the gate misses it`);
    }
    // The search as it was before the gate: NFKC when it keeps the length, then the pattern.
    const PERIOD = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日[^0-9]{0,8}?(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/;
    const reference = (t: string) => {
      const folded = t.normalize('NFKC');
      const m = PERIOD.exec(folded.length === t.length ? folded : t);
      return m ? { span: { start: m.index, end: m.index + m[0].length }, from: Number(m[1]), to: Number(m[2] ?? m[1]) } : undefined;
    };
    const r = random(41);
    const bits = ['2023', '２０２３', '年', '\uf98e', '1', '01', '１', '月', '\u2f49', '\u328a', '日', '\u2f47', '12', '31', '１２', '３１', '³¹', '③①', '₃1', '起至', ' ', '\u3000', '，', '政府', '\u32c0'];
    const texts = realTexts();
    const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
    const years = ['2023', '２０２３', '2022', '1999'];
    const nian = ['年', '年', '\uf98e'];
    const yue = ['月', '月', '\u2f49', '\u328a'];
    const ri = ['日', '日', '\u2f47'];
    for (let n = 0; n < 20000; n++) {
      if (r() < 0.5) {
        texts.push(Array.from({ length: 1 + Math.floor(r() * 24) }, () => pick(bits)).join(''));
        continue;
      }
      // A period, each part in one of its forms, now and then a part replaced by a random piece.
      const parts = [pick(years), pick(nian), pick(['1', '01', '１']), pick(yue), pick(['1', '01', '１']), pick(ri), pick(['起至', '至', '—', '']), pick([...years, '']), pick([...nian, '']), pick(['12', '１２']), pick(yue), pick(['31', '３１', '³1', '3①', '₃₁']), pick(ri)];
      texts.push(pick(['', '本报告统计期限自', '政府']) + parts.map((x) => (r() < 0.06 ? pick(bits) : x)).join(pick(['', '', ' '])));
    }
    texts.push('2023年\u2f491日起至2023年12\u2f4931日', '２０２３年１\u328a１日至２０２３年１２月３１日');
    // Characters NFKC makes two of, evened out by two it makes one (e and a combining acute), and one outside the BMP (found by a review).
    texts.push('2023年1月1日至2023年12月\u325b日e\u0301', '2023年\u32c01日至2023年\u32cb31日' + 'e\u0301'.repeat(3), '2023年\u32c01日至2023年12\u{1f237}31日', '2022年1月1日至2022年12月31日\u33fe\ud835\udfd1\ud835\udfcfe\u0301');
    let found = 0;
    for (const t of texts) {
      const want = reference(t);
      if (want) found++;
      assert.deepEqual(findPeriod(t, 0, t.length), want, JSON.stringify(t.slice(0, 80)));
    }
    assert.ok(found > 2000, `only ${found} texts state a period: the random texts do not reach the pattern`);
  });
  it('the label keys\' automaton finds every occurrence a search at every place finds, overlapping ones included, in the order they end', () => {
    const keys = [...new Set([...APP_ROWS, ...APP_GROUPS].flatMap((d) => d.keys))];
    const sets = [keys, ['他', '其他', '其他处理', '他处'], ['aa', 'a', 'aaa'], ['x'], []];
    const r = random(43);
    for (const words of sets) {
      const automaton = wordAutomaton(words);
      const letters = [...new Set(words.join(''))].join('') + '的，1 \n';
      const texts = words === keys ? realTexts().map((t) => foldChars(t).s) : [];
      for (let n = 0; n < 2000; n++) {
        const pool = r() < 0.5 ? letters : words.join('') + '的';
        texts.push(Array.from({ length: Math.floor(r() * 40) }, () => pool[Math.floor(r() * pool.length)] ?? '的').join(''));
      }
      for (const t of texts) {
        const from = Math.floor(r() * Math.min(5, t.length + 1));
        const to = t.length - Math.floor(r() * Math.min(5, t.length - from + 1));
        const naive: [number, number][] = [];
        for (let end = from + 1; end <= to; end++)
          words
            .map((w, k) => [k, w] as const)
            .filter(([, w]) => w.length > 0 && end - w.length >= from && t.startsWith(w, end - w.length))
            .sort((a, b) => b[1].length - a[1].length)
            .forEach(([k, w]) => naive.push([k, end - w.length]));
        const got: [number, number][] = [];
        automaton.scan(t, from, to, (k, start) => got.push([k, start]));
        assert.deepEqual(got, naive, JSON.stringify({ t: t.slice(0, 80), from, to }));
      }
    }
  });
  it('table 四\'s reader normalises only tokens that hold a character `norm` makes 议 or 维, the statistics table\'s only those with one it makes 标: the gates know every such character', () => {
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCharCode(cp);
      const n = norm(ch);
      if (n.includes('议')) assert.ok(MAY_NAME_REVIEW.test(ch), `U+${cp.toString(16)} normalises to 议 and the gate misses it`);
      if (n.includes('维')) assert.ok(MAY_OPEN_OUTCOMES.test(ch), `U+${cp.toString(16)} normalises to 维 and the gate misses it`);
      if (n.includes('标')) assert.ok(MAY_HEAD.test(ch), `U+${cp.toString(16)} normalises to 标 and the statistics header's gate misses it`);
    }
  });
  it('two text tokens whose join is not tried as a label (no key in either, none across them) never make one', () => {
    const r = random(47);
    // Every label cut at every place, one cell a line, after words and numbering of all kinds; and the real reports' lines.
    const labels = [...APP_ROWS, ...APP_GROUPS].flatMap((d) => [d.label, ...d.keys]);
    const texts: string[] = realTexts();
    for (const l of labels) for (let k = 1; k < l.length; k++) texts.push(`${l.slice(0, k)}\n${l.slice(k)}`, `（七${l.slice(0, k)}\n${l.slice(k)}）总计`, `${l.slice(0, k)}\n${l.slice(k)}\n3.其他`);
    const pieces = ['（七', '）总计', '3.', '其', '他', '处理', '予以', '公开', '不予', '处理', '的', '属于', '国家', '秘密', '三安全', '一稳定', '上年', '结转', '1.', '（二）'];
    for (let n = 0; n < 3000; n++) texts.push(Array.from({ length: 2 + Math.floor(r() * 6) }, () => pieces[Math.floor(r() * pieces.length)]).join(r() < 0.7 ? '\n' : ''));
    let skipped = 0;
    let tried = 0;
    for (const text of texts) {
      const fold = foldSegment(text);
      const tokens = tokenize(text, 0, text.length, { s: fold.s, back: fold.back.slice(), fwd: fold.fwd.slice() });
      for (let i = 0; i + 1 < tokens.length; i++) {
        const [a, b] = [tokens[i], tokens[i + 1]];
        if (a.kind !== 'text' || b.kind !== 'text') continue;
        if (mayJoinToLabel(a, b)) {
          tried++;
          continue;
        }
        skipped++;
        const joined = joinedFold(a as Token, b as Token);
        for (const started of [false, true]) for (const previous of [undefined, 'o2', 'total']) assert.equal(matchAppLabel(joined, started, previous), undefined, JSON.stringify([a.raw, b.raw, started, previous]));
      }
    }
    assert.ok(skipped > 1000 && tried > 1000, `skipped ${skipped}, tried ${tried}: the texts do not reach both sides`);
  });
  it('a cell\'s wide and narrow characters counted by code unit ≡ counted by code point, surrogate pairs and lone surrogates included', () => {
    const isWide = (c: number) => (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
    const reference = (t: string) => {
      let wide = 0;
      let narrow = 0;
      for (const ch of t) isWide(ch.codePointAt(0) as number) ? wide++ : narrow++;
      return { wide, narrow };
    };
    const r = random(53);
    const pool = ['申', '１', '1', ' ', '\u3000', '\ud840\udc00', '\ud83d\ude00', '\ud800', '\udc00', 'ᄀ', '가', '｡', '￦', 'a'];
    const texts = realTexts().flatMap((t) => t.split('\n'));
    for (let n = 0; n < 5000; n++) texts.push(Array.from({ length: Math.floor(r() * 12) }, () => pool[Math.floor(r() * pool.length)]).join(''));
    for (const t of texts) assert.deepEqual(widthCounts(t), reference(t), JSON.stringify(t));
  });
});
