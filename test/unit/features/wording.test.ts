/** Wording: English messages use English punctuation and plurals; every template has all three scripts. */
import assert from 'node:assert/strict';
import '../../../server/src/features/codeActions';
import '../../../server/src/features/codeLens';
import '../../../server/src/features/commands';
import { hoverMarkdown, W } from '../../../server/src/features/hover';
import { analyse, fixture, SEEDS } from '../../helpers';
import { T } from '../../../server/src/cli/messages';
import { englishPlurals, render, templates } from '../../../server/src/i18n/render';
import type { Text3 } from '../../../server/src/analysis/types';

/** CJK punctuation that has no place in an English sentence (brackets quoting a Chinese name excepted). */
const CJK_PUNCT = /[，。：；、！？（）「」『』]/;
/** Chinese names quoted in English text keep their own brackets: strip the names before looking. */
const withoutChinese = (s: string) => s.replace(/[\u3400-\u9fff][^A-Za-z{}]*/g, '');

function all(): [string, Text3][] {
  return [...templates().entries(), ...Object.entries(W).map(([k, v]) => [`hover.${k}`, v] as [string, Text3]), ...Object.entries(T).map(([k, v]) => [`cli.${k}`, v] as [string, Text3])];
}

describe('wording', () => {
  it('every message exists in simplified, traditional and English', () => {
    const list = all();
    assert.ok(list.length > 150, `${list.length} templates`);
    for (const [k, t] of list) for (const l of ['cn', 'tw', 'en'] as const) assert.ok(t[l]?.trim(), `${k}.${l}`);
  });
  it('English templates use English punctuation', () => {
    const bad = all().filter(([, t]) => CJK_PUNCT.test(withoutChinese(t.en))).map(([k, t]) => `${k}: ${t.en}`);
    assert.deepEqual(bad, []);
  });
  it('English as rendered: the report hover and text-mismatch of the seeds use English brackets, commas and articles (found by a review)', () => {
    for (const name of Object.values(SEEDS)) {
      const { model, findings } = analyse(fixture(name));
      if (!model.title) continue;
      const hover = hoverMarkdown(model, findings, model.title.span.start, 'en')!.markdown;
      // (Outside the title and quoted Chinese names.)
      const own = withoutChinese(hover.split('\n').slice(1).join('\n'));
      assert.doesNotMatch(own, CJK_PUNCT, `${name}: ${hover}`);
    }
    const mismatch = analyse(fixture(SEEDS.traditional)).findings.filter((f) => f.code === 'text-mismatch').map((f) => render(f.message, 'en'));
    assert.ok(mismatch.length > 0);
    for (const m of mismatch) assert.match(m, /; table (III|IV) says \d+$/, m);
  });
  it('English plurals: 1 error, 3 errors, 2 boxes; Chinese untouched', () => {
    assert.equal(englishPlurals('1 error(s), 3 warning(s), 2 box(s), 0 protected term(s)'), '1 error, 3 warnings, 2 boxes, 0 protected terms');
    // A hyphenated word keeps its hyphen whole (the hover said 「3 sub- headings」, found by a review).
    assert.equal(englishPlurals('3 sub-heading(s), 1 sub-heading(s), 12 row-total finding(s)'), '3 sub-headings, 1 sub-heading, 12 row-total findings');
    assert.equal(render({ key: 'fix.fillZero', args: { cell: '（一）予以公开·自然人' } }, 'zh-cn'), '将「（一）予以公开·自然人」填 0');
    assert.equal(render({ key: 'fix.fillZero', args: { cell: '(1) Disclosed / natural persons' } }, 'en'), 'Fill (1) Disclosed / natural persons with 0');
  });

  it('English messages as rendered open with a capital, also where they open with a name (「table II …」, found by a review of the wording)', () => {
    for (const name of [...Object.values(SEEDS), 'glued/gwh_2022.txt', 'archive/czj_2020.txt']) {
      for (const f of analyse(fixture(name)).findings) assert.doesNotMatch(render(f.message, 'en'), /^[a-z]/, `${name} ${f.code}`);
    }
  });

  it('traditional Chinese as Taiwan writes a table: a row 列, a column 欄 (the messages had both ways, 「列合計」 a column\'s total in one and a row\'s in another)', () => {
    const mainland = /行合計|每一行|各行|本行|整行|所在行|行名|行應有|行重複|行標籤|有的行|每一列|各列(?!名稱)|列合計與|的列也|由列合計和/;
    const bad = all().filter(([, t]) => mainland.test(t.tw)).map(([k, t]) => `${k}: ${t.tw}`);
    assert.deepEqual(bad, []);
    assert.equal(render({ key: 'shape.rows', args: { table: { cn: '表三', tw: '表三', en: 'table III' }, count: 1, rows: { cn: 'x', tw: 'x', en: 'x' } } }, 'zh-tw'), '表三缺少 1 列：x');
  });

  it('a section heading fix names what it writes: the heading in the report\'s words and script, in English too with the section\'s English name', () => {
    const pipe = fixture(SEEDS.pipe);
    const text = pipe.split('六、其他需要报告的事项').join('');
    const f = analyse(text).findings.find((x) => x.code === 'section-missing')!;
    assert.equal(render(f.fixes![0].title, 'en'), 'Insert the heading “六、其他需要报告的事项” (VI. Other matters)');
    assert.equal(render(f.fixes![0].title, 'zh-cn'), '插入标题「六、其他需要报告的事项」');
    const inserted = f.fixes![0].edits.map((e) => e.newText).join('');
    assert.ok(inserted.includes('六、其他需要报告的事项'));
  });

  it('label-drift quotes the form\'s wording in the script of the message\'s language (it was simplified in traditional Chinese)', () => {
    const [f] = analyse(fixture(SEEDS.traditional)).findings.filter((x) => x.code === 'label-drift');
    assert.equal(render(f.message, 'zh-tw'), '列名「1.屬于國家機密」與規定格式「1.屬於國家秘密」措辭不同');
    assert.equal(render(f.message, 'zh-cn'), '行名「1.屬于國家機密」与规定格式「1.属于国家秘密」措辞不同');
  });
});
