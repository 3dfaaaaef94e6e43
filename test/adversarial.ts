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

/** `n` at `scale` (at least 1): the property test builds the same shapes small enough to parse after every edit. */
const of = (n: number, scale: number) => Math.max(1, Math.round(n * scale));

export const ADVERSARIAL: Record<string, (scale?: number) => string> = {
  '10 MB single line of digits': (k = 1) => '1'.repeat(of(10_000_000, k)),
  '1 M table rows': (k = 1) => Array.from({ length: of(1_000_000, k) }, (_, i) => `${i} | 0 | 0 |`).join('\n'),
  '3 MB of random bytes': (k = 1) => {
    const r = random(3);
    return Buffer.from(Array.from({ length: of(3_000_000, k) }, () => Math.floor(r() * 256))).toString('utf8');
  },
  '200 k 「|」 on one line': (k = 1) => '|'.repeat(of(200_000, k)),
  '100 k 「（」': (k = 1) => '（'.repeat(of(100_000, k)),
  'table 三 repeated 10 k times': (k = 1) => fixture(SEEDS.pipe).slice(0, 2000) + table3().repeat(of(10_000, k)),
  // Found by a review (2026-12-02): each took seconds before (a check's and a reader's quadratic walks).
  '53 k 「三是」 list slips': (k = 1) => '三是主动公开情况\n'.repeat(of(53_000, k)),
  'one row of 60 k figures': (k = 1) => '（七）总计 ' + '0 '.repeat(of(60_000, k)),
  '13 k glued rows of one item': (k = 1) => fixture(SEEDS.pipe).slice(0, 2000) + '三、收到和处理政府信息公开申请情况\n' + '（三）不予公开1.属于国家秘密0000000\n'.repeat(of(13_000, k)),
  // Found in the session's own change (2026-12-05): the other-report scan looked for each word again on every line.
  '300 k lines naming a report': (k = 1) => '某某县财政局2023年政府信息公开工作年度报告\n一、总体情况\n' + '这是报告\n'.repeat(of(300_000, k)),
  '20 k heading lines': (k = 1) => Array.from({ length: of(20_000, k) }, (_, i) => ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'][i % 3]).join('\n'),
  // Found in the session's own change (2026-12-07): a heading's indent read back over at every space (13 s), a block's
  // rows named alike gathered again for each (1 s).
  '300 k spaces between two block titles, 10 k rows of one name': (k = 1) =>
    '某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项' + ' '.repeat(of(300_000, k)) + '第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 9\n' +
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n' + '规章 | 1 | 0 | 0\n'.repeat(of(10_000, k)),
};
