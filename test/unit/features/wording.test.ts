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
    assert.equal(render({ key: 'fix.fillZero', args: { cell: '（一）予以公开·自然人' } }, 'zh-cn'), '将「（一）予以公开·自然人」填 0');
    assert.equal(render({ key: 'fix.fillZero', args: { cell: '(1) Disclosed / natural persons' } }, 'en'), 'Fill (1) Disclosed / natural persons with 0');
  });
});
