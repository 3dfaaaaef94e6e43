/** The stdio connection's decoding of message bodies: the same text as the library's, only sooner. */
import assert from 'node:assert/strict';
import { mostlyWide, utf8Body } from '../../server/src/connection';
import { random } from '../adversarial';

describe('connection: message bodies over stdio', () => {
  it('a large body decoded through ICU ≡ decoded by V8, for valid UTF-8 of every width and mix; broken bytes and small bodies the library\'s way', () => {
    const r = random(61);
    const wide = ['收到和处理政府信息公开申请', '１２３', '😀', '𠀀', '\ufeff', 'é', '\u3000', '︙'];
    const narrow = ['abc 1,432', '\r\n', '\\"', '\u0000', ' | 0 | 12 | 3'];
    let large = 0;
    let icu = 0;
    for (let n = 0; n < 60; n++) {
      let s = '';
      const target = n % 3 === 0 ? 100 : 20000 + Math.floor(r() * 60000);
      // Mostly Chinese, mostly ASCII, or half and half: ICU's way and V8's.
      const narrowShare = [0.2, 0.5, 0.9][Math.floor(n / 3) % 3];
      while (s.length < target) {
        const from = r() < narrowShare ? narrow : wide;
        s += from[Math.floor(r() * from.length)];
      }
      const bytes = Buffer.from(JSON.stringify({ text: s }), 'utf8');
      if (bytes.length >= 1 << 16) large++;
      if (bytes.length >= 1 << 16 && mostlyWide(bytes)) icu++;
      assert.equal(utf8Body(bytes, 'utf-8'), bytes.toString('utf8'));
      assert.deepEqual(JSON.parse(utf8Body(bytes, 'utf-8')), { text: s });
      // A stray byte: V8's replacement characters, as the library gives them.
      const broken = Buffer.concat([bytes.subarray(0, bytes.length >> 1), Buffer.from([0xff, 0xe4, 0xb8]), bytes.subarray(bytes.length >> 1)]);
      assert.equal(utf8Body(broken, 'utf-8'), broken.toString('utf8'));
    }
    assert.ok(large > 20 && icu > 5 && large - icu > 5, `${large} large bodies, ${icu} through ICU: both ways were not reached`);
    // Which way: by the share of ASCII bytes.
    assert.equal(mostlyWide(Buffer.from('收到申请1'.repeat(20000))), true);
    assert.equal(mostlyWide(Buffer.from('| 12 | 0 | 3 | 收到 '.repeat(20000))), false);
    assert.equal(mostlyWide(Buffer.from('1'.repeat(1 << 17))), false);
    // Another charset is the library's too.
    const latin = Buffer.from('caf\xe9', 'latin1');
    assert.equal(utf8Body(latin, 'latin1'), 'café');
  });
});
