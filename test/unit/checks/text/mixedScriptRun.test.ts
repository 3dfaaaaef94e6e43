/**
 * mixed-script names the characters of the other script, not the characters common to both between them:
 * 「開工作堅」 (公开工作坚持 with 開 and 堅 traditional) is 「開」「堅」 — 「夹有繁体字「開工作堅」」 quoted 工作 as
 * traditional (found by a review). Its span and its fix are the run's, as before.
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { analyse, fixture, SEEDS } from '../../../helpers';

describe('mixed-script: the characters of the other script in a run', () => {
  it('seed 000 with 公開工作堅持: 「開」「堅」, the run 開工作堅 its span', () => {
    const seed = fixture(SEEDS.pipe);
    const text = seed.replace('政府信息公开工作坚持', '政府信息公開工作堅持');
    assert.notEqual(text, seed);
    const found = analyse(text).findings.filter((f) => f.code === 'mixed-script');
    assert.equal(found.length, 1);
    assert.equal(render(found[0].message), '简体报告中夹有繁体字「開」「堅」（信息公開工作堅持以公）');
    assert.equal(text.slice(found[0].span.start, found[0].span.end), '開工作堅');
    // A run of the other script's characters alone is named whole, as before.
    const alone = analyse(seed.replace('政府信息公开工作坚持', '政府信息公開工作坚持')).findings.filter((f) => f.code === 'mixed-script');
    assert.deepEqual(alone.map((f) => render(f.message)), ['简体报告中夹有繁体字「開」（信息公開工作坚）']);
  });

  it('a web address is cited as named: a traditional character in its path is no mixed script; one in the words glued after it is', () => {
    const seed = fixture(SEEDS.pipe);
    const at = seed.indexOf('政府信息公开工作坚持');
    const inSite = seed.slice(0, at) + '详见http://www.example.gov.cn/信息公开/國務院/index.html 网站。' + seed.slice(at);
    assert.deepEqual(analyse(inSite).findings.filter((f) => f.code === 'mixed-script'), []);
    const glued = seed.slice(0, at) + '登录www.example.gov.cn網站查询。' + seed.slice(at);
    assert.deepEqual(analyse(glued).findings.filter((f) => f.code === 'mixed-script').map((f) => render(f.message)), ['简体报告中夹有繁体字「網」（.cn網站查询）']);
  });
});
