/**
 * Documents built to hurt: the sizes and shapes an independent fuzzer used against the server (issue
 * 12). Shared by the protocol test (each is answered, the server stays responsive) and the bench (how
 * long each takes).
 */
import { fixture, SEEDS } from './helpers';

/** A small seeded generator (mulberry32): the same inputs on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Table 三 of seed 000, as written there. */
function table3(): string {
  const seed = fixture(SEEDS.pipe);
  return seed.slice(seed.indexOf('(本列数据'), seed.indexOf('四、政府信息公开行政复议'));
}

export const ADVERSARIAL: Record<string, () => string> = {
  '10 MB single line of digits': () => '1'.repeat(10_000_000),
  '1 M table rows': () => Array.from({ length: 1_000_000 }, (_, i) => `${i} | 0 | 0 |`).join('\n'),
  '3 MB of random bytes': () => {
    const r = random(3);
    return Buffer.from(Array.from({ length: 3_000_000 }, () => Math.floor(r() * 256))).toString('utf8');
  },
  '200 k 「|」 on one line': () => '|'.repeat(200_000),
  '100 k 「（」': () => '（'.repeat(100_000),
  'table 三 repeated 10 k times': () => fixture(SEEDS.pipe).slice(0, 2000) + table3().repeat(10_000),
  '20 k heading lines': () => Array.from({ length: 20_000 }, (_, i) => ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'][i % 3]).join('\n'),
};
