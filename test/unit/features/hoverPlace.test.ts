/**
 * What a hover names at the places a review found it wrong: a blank cell written as nothing (a tab row's empty cell,
 * whose finding is shown on the character there) names the cell, not the table; the first character of a row's label
 * on a glued page names no figure of the row before (found by a review of the editor's features).
 */
import assert from 'node:assert/strict';
import { hoverMarkdown } from '../../../server/src/features/hover';
import { analyse, fixture, SEEDS } from '../../helpers';

describe('hover: what stands at a place', () => {
  it('a blank cell of a tab row (seed 003\'s five 行政复议 cells) is the cell, where its cell-blank finding is shown', () => {
    const { model, findings } = analyse(fixture(SEEDS.tabs));
    const blanks = findings.filter((f) => f.code === 'cell-blank');
    assert.ok(blanks.length >= 5);
    for (const f of blanks) {
      const h = hoverMarkdown(model, findings, f.span.start, 'zh-cn')!.markdown;
      assert.match(h.split('\n')[0], /^\*\*行政复议·.+\*\*：空白（按 0 计算）$/, h.split('\n')[0]);
    }
  });

  it('a glued table 二 row left undetermined (hzs 2023\'s 规范性文件 「5416」): the table\'s hover shows 「?」 in its cells, not the run as each figure (found by a writer\'s trial)', () => {
    const text = fixture('glued/hzs_2023.txt');
    const { model, findings } = analyse(text);
    const at = text.indexOf('第二十条第（一）项') + 2;
    const h = hoverMarkdown(model, findings, at, 'zh-cn')!.markdown;
    const row = h.split('\n').find((l) => l.startsWith('- 规范性文件'))!;
    assert.equal(row, '- 规范性文件：本年制发件数 ?，本年废止件数 ?，现行有效件数 ?');
    assert.match(h, /3 个数字无法确定/);
  });

  it('on a glued page, the first character of a row\'s label is no figure of the row before it', () => {
    const text = fixture('archive/jsp_2025.txt');
    const { model, findings } = analyse(text);
    for (const label of ['二、上年结转', '四、结转下年度']) {
      const at = text.indexOf(label);
      assert.ok(at > 0 && /[0-9]/.test(text[at - 1]), label);
      const h = hoverMarkdown(model, findings, at, 'zh-cn')!.markdown;
      assert.doesNotMatch(h.split('\n')[0], /·总计\*\*/, `${label}: ${h.split('\n')[0]}`);
      // The figure itself, one character before, is still the figure's.
      assert.match(hoverMarkdown(model, findings, at - 1, 'zh-cn')!.markdown.split('\n')[0], /·总计\*\*：/);
    }
  });
});

describe('hover in English', () => {
  it('the statistics table\'s cell in English brackets, comma and colon; a table\'s name standing alone opens with a capital (found by a review)', () => {
    const { model, findings } = analyse(fixture('glued/czj_2018.txt'));
    const stats = model.sections.flatMap((s) => s.tables).find((t) => t.kind === 'statistics');
    assert.ok(stats && stats.kind === 'statistics');
    const cell = stats.rows[0].cells[0];
    const h = hoverMarkdown(model, findings, cell.span.start, 'en')!.markdown.split('\n')[0];
    assert.match(h, /^\*\*[^*]+\*\* \([^（）]+, [^（）]+\): \d+$/, h);
    const cn = hoverMarkdown(model, findings, cell.span.start, 'zh-cn')!.markdown.split('\n')[0];
    assert.match(cn, /^\*\*[^*]+\*\*（[^()]+，[^()]+）：\d+$/, cn);
    const table = hoverMarkdown(model, findings, stats.rows[0].label.start, 'en')!.markdown.split('\n')[0];
    assert.match(table, /^\*\*S/, table);
  });
});
