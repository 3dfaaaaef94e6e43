/**
 * document-count: table 二's document rows hold a count the others bound — 现行有效 ≥ 本年制发 − 本年废止 (2021 form),
 * 对外公开总数量 ≥ 本年新公开数量 (2019 form). A warning on the bounded cell where the figures written break it.
 */
import assert from 'node:assert/strict';
import { analyse, fixture, SEEDS } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';

const seed = fixture(SEEDS.pipe);
const counts = (text: string) => analyse(text).findings.filter((f) => f.code === 'document-count');

describe('document-count: a count below what the others make it', () => {
  it('2021 form: 现行有效 below 制发 − 废止 is said on the 现行有效 cell, in each language; at the bound or above, nothing', () => {
    assert.match(seed, /\n行政规范性文件 \| 1 \| 1 \| 8 \|/);
    assert.deepEqual(counts(seed), []);
    const text = seed.replace('\n行政规范性文件 | 1 | 1 | 8 |', '\n行政规范性文件 | 9 | 1 | 3 |');
    const fs = counts(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
    assert.equal(text.slice(fs[0].span.start, fs[0].span.end), '3');
    assert.equal(render(fs[0].message, 'zh-cn'), '规范性文件·现行有效件数 为 3，少于本年制发件数减本年废止件数（9−1=8）：当年制发而未废止的文件应仍现行有效，请核对');
    assert.equal(render(fs[0].message, 'zh-tw'), '規範性文件·現行有效件數 為 3，少於本年制發件數減本年廢止件數（9−1=8）：當年制發而未廢止的文件應仍現行有效，請核對');
    assert.equal(render(fs[0].message, 'en'), 'Normative documents / in force is 3, less than issued less repealed this year (9−1=8): documents issued this year and not repealed are still in force — please check');
    assert.deepEqual(counts(seed.replaceAll('\n行政规范性文件 | 1 | 1 | 8 |', '\n行政规范性文件 | 9 | 1 | 8 |')), []);
    // (A blank is cell-blank's, not a count below the bound.)
    assert.deepEqual(counts(seed.replaceAll('\n行政规范性文件 | 1 | 1 | 8 |', '\n行政规范性文件 | 9 | 1 |  |')), []);
    // (Only the document rows: 规章 too.)
    assert.equal(counts(seed.replace('\n规章 | 0 | 0 | 0 |', '\n规章 | 2 | 0 | 1 |')).length, 1);
  });

  it('2019 form: 对外公开总数量 below 本年新公开数量', () => {
    const text = fixture('converted/shgov_2019.table2-commas.txt');
    assert.match(text, /\n规范性文件,60,60,368\n/);
    assert.deepEqual(counts(text), []);
    const fs = counts(text.replace('\n规范性文件,60,60,368\n', '\n规范性文件,60,70,50\n'));
    assert.deepEqual(fs.map((f) => render(f.message, 'zh-cn')), ['规范性文件·对外公开总数量 为 50，少于本年新公开数量 70：对外公开总数应包括本年新公开的，请核对']);
  });
});
