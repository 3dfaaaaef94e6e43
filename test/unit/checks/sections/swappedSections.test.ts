/**
 * Two neighbouring sections in each other's place, each numbered where it stands (「三、政府信息公开行政复议、行政诉讼
 * 情况」 then 「四、收到和处理政府信息公开申请情况」): both read as missing, and each was offered the other's numeral —
 * two errors on sections that are there, whose fixes left them out of order (found by a review). One section-order
 * warning says it, and its fix puts them back, each under its numeral.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';
import { analyse } from '../../../helpers';
import { buildReport } from '../../../layouts';

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** The report with sections `a` and `a + 1` (1-based) in each other's place, numbered where they stand. */
function swap(text: string, a: number): string {
  const at = (k: number) => text.indexOf(`\n${HEADINGS[k - 1]}`) + 1;
  const start = at(a);
  const mid = at(a + 1);
  const end = a + 1 < 6 ? at(a + 2) : text.length;
  const first = text.slice(start, mid);
  const second = text.slice(mid, end);
  const n = '一二三四五六';
  return text.slice(0, start) + n[a - 1] + second.slice(1) + n[a] + first.slice(1) + text.slice(end);
}

describe('section-order: two sections in each other\'s place, numbered where they stand', () => {
  for (const layout of ['pipe', 'tabs'] as const) {
    for (const a of [3, 2, 4, 5, 1]) {
      it(`${layout}: sections ${a} and ${a + 1} swapped — one warning, no section said missing, the fix gives the report back`, () => {
        const base = buildReport(layout);
        const text = swap(base, a);
        assert.notEqual(text, base);
        const found = analyse(text).findings.filter((f) => f.severity !== 'information');
        assert.deepEqual(found.map((f) => f.code), ['section-order'], found.map((f) => render(f.message)).join('\n'));
        assert.match(render(found[0].message), /两部分次序颠倒（编号也随之颠倒）：应为「.+」在前、「.+」在后$/);
        assert.equal(applyEdits(text, found[0].fixes![0].edits), base);
      });
    }
  }

  it('not two sections each numbered as the other standing in their own order: then each is misnumbered (section-missing, as before)', () => {
    const base = buildReport('pipe');
    const renumbered = base.replace('\n三、收到和处理', '\n四、收到和处理').replace('\n四、政府信息公开行政复议', '\n三、政府信息公开行政复议');
    assert.notEqual(renumbered, base);
    assert.deepEqual(analyse(renumbered).findings.filter((f) => f.code.startsWith('section')).map((f) => f.code), ['section-missing', 'section-missing']);
  });
});
