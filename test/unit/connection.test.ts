/** The stdio connection's decoding of message bodies: the same text as the library's, only sooner. */
import assert from 'node:assert/strict';
import { utf8Body } from '../../server/src/connection';
import { random } from '../adversarial';

describe('connection: message bodies over stdio', () => {
  it('a large body decoded through ICU ≡ decoded by V8, for valid UTF-8 of every width; broken bytes and small bodies the library\'s way', () => {
    const r = random(61);
    const pieces = ['收到和处理政府信息公开申请', '１２３', 'abc 1,432', '\r\n', '\\"', '😀', '𠀀', '\ufeff', '\u0000', 'é', '\u3000', '︙'];
    let large = 0;
    for (let n = 0; n < 60; n++) {
      let s = '';
      const target = n % 3 === 0 ? 100 : 20000 + Math.floor(r() * 60000);
      while (s.length < target) s += pieces[Math.floor(r() * pieces.length)];
      const bytes = Buffer.from(JSON.stringify({ text: s }), 'utf8');
      if (bytes.length >= 1 << 16) large++;
      assert.equal(utf8Body(bytes, 'utf-8'), bytes.toString('utf8'));
      assert.deepEqual(JSON.parse(utf8Body(bytes, 'utf-8')), { text: s });
      // A stray byte: V8's replacement characters, as the library gives them.
      const broken = Buffer.concat([bytes.subarray(0, bytes.length >> 1), Buffer.from([0xff, 0xe4, 0xb8]), bytes.subarray(bytes.length >> 1)]);
      assert.equal(utf8Body(broken, 'utf-8'), broken.toString('utf8'));
    }
    assert.ok(large > 20, `${large} large bodies: the fast path was not reached`);
    // Another charset is the library's too.
    const latin = Buffer.from('caf\xe9', 'latin1');
    assert.equal(utf8Body(latin, 'latin1'), 'café');
  });
});
