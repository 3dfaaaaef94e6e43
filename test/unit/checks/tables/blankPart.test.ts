/**
 * A total the report wrote whose parts have a blank among them: the blank may be the figure missing — the total the only
 * figure left that says what it held — so the fix setting the total to the sum is offered, but neither preferred nor
 * safe. `--fix` and fix-all turned a written 9 into 1 when 结果维持's 8 was left blank (found by a review of blank cells
 * in every layout). A blank total is still filled, as before.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToReport } from '../../../../server/src/import/page/html';
import { analyse, fixture, FIXTURES, SEEDS } from '../../../helpers';
import { fixAll } from '../../../../server/src/fixes/fixAll';
import { applyEdits } from '../../../../server/src/fixes/edits';

const seed = fixture(SEEDS.pipe);
const zeros = '0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';

describe('a written total with a blank part', () => {
  const written = seed.replace(zeros, '0 | 0 | 0 | 0 | 0 | 8 | 0 | 0 | 1 | 9 | 0 | 0 | 0 | 0 | 0 |');
  const blanked = seed.replace(zeros, '0 | 0 | 0 | 0 | 0 |   | 0 | 0 | 1 | 9 | 0 | 0 | 0 | 0 | 0 |');

  it('table 四 as written adds up; with 结果维持 left blank, review-total is said and its fix is neither preferred nor safe', () => {
    assert.notEqual(written, seed);
    assert.ok(!analyse(written).findings.some((f) => f.code === 'review-total'));
    const f = analyse(blanked).findings.find((x) => x.code === 'review-total');
    assert.ok(f, 'review-total');
    assert.equal(f.fixes!.length, 1);
    assert.ok(!f.fixes![0].safe && !f.fixes![0].preferred);
    // The blank cell's own finding offers the figure the total implies.
    assert.ok(analyse(blanked).findings.some((x) => x.code === 'cell-blank'));
  });

  it('fix-all leaves the written total (it wrote 1 over 9)', () => {
    const fixed = applyEdits(blanked, fixAll(blanked));
    assert.ok(fixed.includes('|   | 0 | 0 | 1 | 9 |'), fixed.split('\n').find((l) => l.includes('| 1 |')));
  });

  it('a blank total is filled as before', () => {
    const noTotal = seed.replace(zeros, '0 | 0 | 0 | 0 | 0 | 8 | 0 | 0 | 1 |   | 0 | 0 | 0 | 0 | 0 |');
    const fixed = applyEdits(noTotal, fixAll(noTotal));
    assert.ok(fixed.includes('| 8 | 0 | 0 | 1 | 9 |'), fixed.split('\n').find((l) => l.includes('| 8 |')));
  });
});

describe('（七）总计 when a row of the balance cannot be read', () => {
  it('its column-total fixes are offered, not made by fix-all: the balance that held them back cannot be checked (a row 一 that lost a cell let --fix write 10 → 8 and 2 → 4 — found by a review)', () => {
    const table = fixture('converted/word-tabs-merged-labels.txt');
    const row = '一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13';
    assert.ok(table.includes(row));
    // As published, fix-all holds （七）总计 back (the balance vouches for it).
    assert.ok(!applyEdits(table, fixAll(table)).split('\n').find((l) => l.startsWith('\t（七）总计'))!.includes('\t8\t4\t'));
    const lost = table.replace(row, '一、本年新收政府信息公开申请数量\t2\t0\t1\t0\t0\t13');
    const totals = analyse(lost).findings.filter((f) => f.code === 'column-total');
    assert.ok(totals.length > 0);
    for (const f of totals) assert.ok(f.fixes!.every((x) => !x.safe && !x.preferred));
    const fixed = applyEdits(lost, fixAll(lost));
    assert.equal(fixed.split('\n').find((l) => l.startsWith('\t（七）总计')), lost.split('\n').find((l) => l.startsWith('\t（七）总计')));
  });
});

describe('what the review of the first version saw fix-all stop doing', () => {
  const page = (name: string) => htmlToReport(readFileSync(path.join(FIXTURES, 'html', name), 'utf8')).text;
  const lineOf = (text: string, label: string) => text.split('\n').find((l) => l.includes(label))!;

  it('a report that leaves its zeros blank: a mistyped written total is set back — each blank part is 0 by its column or the balance (869 was left for 859)', () => {
    const text = page('shgov_2019.html');
    const row = '| 一、本年新收政府信息公开申请数量 |  |  | 821 | 35 |  |  | 2 | 1 | 859 |';
    assert.ok(text.includes(row));
    const typo = text.replace(row, row.replace('| 859 |', '| 869 |'));
    assert.equal(lineOf(applyEdits(typo, fixAll(typo)), '一、本年新收'), row);
  });

  it('a blank part that its column says is 0 (a page that writes its zeros, （七）总计 0 there): the written total mistyped is set back (3 was left for 2)', () => {
    const text = page('gwh_2022.html');
    const row = '|  |  | 6.属于四类过程性信息 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |';
    assert.ok(text.includes(row));
    const typo = text.replace(row, '|  |  | 6.属于四类过程性信息 | 2 | 0 |  | 0 | 0 | 0 | 3 |');
    assert.match(lineOf(applyEdits(typo, fixAll(typo)), '6.属于四类过程性信息'), /\| 2 \|$/);
  });

  it('a blank （七）总计 is filled when a row of the balance cannot be read: that writes over nothing the report said (35 was left blank)', () => {
    const text = page('shgov_2019.html');
    const carried = lineOf(text, '二、上年结转');
    const total = '|  | （七）总计 |  | 767 | 35 |  |  | 2 | 1 | 805 |';
    assert.ok(text.includes(total));
    const damaged = text.replace(carried, '| 二、上年结转政府信息公开申请数量 |').replace(total, '|  | （七）总计 |  | 767 |  |  |  | 2 | 1 | 805 |');
    assert.equal(lineOf(applyEdits(damaged, fixAll(damaged)), '（七）总计'), total);
  });
});
