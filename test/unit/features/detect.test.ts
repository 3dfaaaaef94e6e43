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
