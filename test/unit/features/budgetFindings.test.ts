/**
 * A report read up to the size budget says nothing of what lies past the cut: no section or table is
 * said to be missing, and no table the cut runs through is judged — in the editor, the CLI and
 * 「检查全部报告」 alike (found by a review: five sections and three tables that were all there reported
 * missing, with fixes inserting them again, while 「检查全部报告」 said the same file had no error).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentStore } from '../../../server/src/documentStore';
import { ReportDocument } from '../../../server/src/checks/document';
import { checkAll } from '../../../server/src/features/workspace';
import { ReportIndex } from '../../../server/src/corpus/index';
import { main } from '../../../server/src/cli';
import { fixture, SEEDS } from '../../helpers';
import { tempDir } from '../../tempDir';

/** Seed 003 with ~60 k characters of prose in section 一: its tables and sections 二–六 lie past a 20 k budget. */
function longFront(): string {
  const seed = fixture(SEEDS.tabs);
  const at = seed.indexOf('二、主动公开');
  const para = '本局认真贯彻落实条例，进一步加强政务公开工作，提高政府工作透明度。'.repeat(10) + '\n';
  return seed.slice(0, at) + para.repeat(200) + seed.slice(at);
}
const ABSENT = /^(section-missing|table-missing)$/;

describe('findings of a report read up to its size budget', () => {
  const text = longFront();

  it('the editor: no section or table said missing; read whole, none either', () => {
    const store = new DocumentStore(() => 20_000);
    const d = store.open('file:///long.txt', 'disclosure-report', 1, text);
    assert.ok(d.budget && d.budget.analysed < text.length);
    assert.deepEqual(d.report.findings(true).filter((f) => ABSENT.test(f.code)).map((f) => f.code), []);
    assert.deepEqual(new ReportDocument(text).findings(true).filter((f) => ABSENT.test(f.code)), []);
    // (What the cut part alone would say, were it the whole report: five sections and three tables missing.)
    assert.ok(new ReportDocument(text.slice(0, d.budget.analysed)).findings(true).filter((f) => ABSENT.test(f.code)).length >= 5);
  });

  it('the CLI with --max-size: no error, the cut said', () => {
    const dir = tempDir('budget-');
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, text);
    const out: string[] = [];
    const err: string[] = [];
    const code = main(['check', '--max-size', '20000', file], { out: (s) => out.push(s), err: (s) => err.push(s), raw: (s) => out.push(s) });
    assert.equal(code, 0, out.join('\n'));
    assert.deepEqual(out, []);
    assert.match(err.join('\n'), /只检查了前/);
  });

  it('「检查全部报告」 reads each file to the same budget, and says the same as the editor', async () => {
    const uri = 'file:///long.txt';
    // A wrong total past the cut: read whole it is an error; to the budget, as the editor reads it, not seen.
    const wrong = text.replace('(七) 总计\t\t5\t0\t0\t0\t0\t0\t5', '(七) 总计\t\t5\t0\t0\t0\t0\t0\t6');
    assert.notEqual(wrong, text);
    assert.ok(new ReportDocument(wrong).findings(true).some((f) => f.code === 'row-total'));
    const rows = await checkAll(
      { files: async () => [uri], text: async () => wrong, isOpen: () => false, index: new ReportIndex(), locale: 'zh-cn', checks: {}, budget: 20_000 },
      (_u, diagnostics) => assert.deepEqual(diagnostics.filter((d) => ABSENT.test(String(d.code))), []),
      () => undefined,
      () => false,
    );
    assert.equal(rows!.length, 1);
    assert.equal(rows![0].errors, 0);
  });
});
