/**
 * Variant forms neither script's standard writes (異體字: 「縂」「吿」「擧」; the Japanese forms an input method or a
 * converter leaves: 「収」「転」「処」「対」), in a report's labels and headings: read as the characters they stand for, as a
 * traditional character is (found by a hunt over traditional variants: rows and sections were lost).
 */
import assert from 'node:assert/strict';
import { agencyKey } from '../../../../server/src/analysis/views/agency';
import { norm } from '../../../../server/src/analysis/reader/text/normalize';
import { T2S_PAIRS, SIMPLIFIED_ONLY } from '../../../../server/src/analysis/reader/text/tables/scriptTable.generated';
import { VARIANT_PAIRS } from '../../../../server/src/analysis/reader/text/tables/variants.generated';
import { convertEdits } from '../../../../server/src/convert/run';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { DEFAULT_CONVERSION } from '../../../../server/src/settings';
import { allTables, analyse, beyondScript, fixture, SEEDS, tableFigures } from '../../../helpers';

/** Standard traditional → a variant writers and converters leave. */
const WRITTEN_SO: Record<string, string> = { 總: '縂', 告: '吿', 舉: '擧', 收: '収', 轉: '転', 處: '処', 對: '対', 衛: '衞' };
const withVariants = (text: string) => text.replace(/[總告舉收轉處對衛]/g, (c) => WRITTEN_SO[c]);
const toTraditional = (text: string) => applyEdits(text, convertEdits(text, 'traditional', DEFAULT_CONVERSION));
const reading = (text: string) => {
  const { model, findings } = analyse(text);
  return { sections: model.sections.map((s) => s.section), tables: allTables(model).map(tableFigures), codes: beyondScript(findings).map((f) => f.code).sort() };
};

describe('variant forms neither standard writes', () => {
  for (const [name, file] of [['seed 000 (pipe rows)', SEEDS.pipe], ['seed 003 (tabs)', SEEDS.tabs], ['czj 2023 (one line, glued digits)', 'glued/czj_2023.txt'], ['czj 2019 (one line, the 2019 form)', 'glued/czj_2019.txt']]) {
    it(`${name} in traditional, its labels and headings in variants: the same sections, figures and findings`, () => {
      const standard = toTraditional(fixture(file));
      const varied = withVariants(standard);
      assert.notEqual(varied, standard);
      for (const c of ['縂', '収', '処']) assert.ok(varied.includes(c), c);
      assert.deepEqual(reading(varied), reading(standard));
    });
  }

  it('converted to simplified, a variant is written as the simplified character it stands for; digits and the rest as before', () => {
    const standard = toTraditional(fixture(SEEDS.pipe));
    const varied = withVariants(standard);
    const simplified = (t: string) => applyEdits(t, convertEdits(t, 'simplified', DEFAULT_CONVERSION));
    assert.equal(simplified(varied), simplified(standard));
    // (The same with Taiwan's phrases set: the form's words are converted character by character, variants too.)
    const twp = { ...DEFAULT_CONVERSION, traditional: 'twp' as const };
    assert.equal(applyEdits(varied, convertEdits(varied, 'simplified', twp)), applyEdits(standard, convertEdits(standard, 'simplified', twp)));
    // A protected term keeps its variant.
    const kept = applyEdits('「縂計」縂計', convertEdits('「縂計」縂計', 'simplified', { ...DEFAULT_CONVERSION, protect: ['「*」'] }));
    assert.equal(kept, '「縂計」总计');
  });

  it('one body in Hong Kong\'s 衞 and in 卫 is one agency (its years compared)', () => {
    assert.equal(agencyKey('某市衞生健康委員會'), agencyKey('某市卫生健康委员会'));
    assert.equal(norm('（七）縂計'), norm('（七）总计'));
  });

  it('the table folds no character either standard writes, each to another single character', () => {
    const converted = new Set<string>();
    for (let i = 0; i < T2S_PAIRS.length; i++) converted.add(T2S_PAIRS[i]);
    for (const c of SIMPLIFIED_ONLY) converted.add(c);
    assert.ok(VARIANT_PAIRS.length > 1000 && VARIANT_PAIRS.length % 2 === 0);
    for (let i = 0; i + 1 < VARIANT_PAIRS.length; i += 2) {
      const [v, s] = [VARIANT_PAIRS[i], VARIANT_PAIRS[i + 1]];
      assert.ok(!converted.has(v), v);
      assert.notEqual(v, s);
    }
    // Words of their own in Chinese, characters of both standards, and those of names and places the 通用规范汉字表 has (an
    // adversarial review: 张喆 was converted 张哲, 新邨 新村), are not in it; nor one whose fold is folded itself (潀 潨 漎).
    const keys = new Set<string>();
    for (let i = 0; i + 1 < VARIANT_PAIRS.length; i += 2) keys.add(VARIANT_PAIRS[i]);
    for (const c of '欠万芸弁体区台着著才核喆堃犇邨杧疍簕亁') assert.ok(!keys.has(c), c);
    for (let i = 1; i < VARIANT_PAIRS.length; i += 2) assert.ok(!keys.has(VARIANT_PAIRS[i]), VARIANT_PAIRS[i]);
    const names = '张喆、王堃、李犇，曹杨新邨，簕竹镇，疍家，杧果';
    assert.equal(applyEdits(names, convertEdits(names, 'simplified', DEFAULT_CONVERSION)), names);
    assert.notEqual(agencyKey('上海市普陀区新邨街道办事处'), agencyKey('上海市普陀区新村街道办事处'));
  });
});
