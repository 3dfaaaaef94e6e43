/** Markdown in the cells (emphasis around block headers and labels) changes nothing the reader sees. */
import assert from 'node:assert/strict';
import { activeFigures, analyse, appFigures, firstTable } from '../../helpers';
import { buildReport } from '../../layouts';

describe('Markdown emphasis inside cells', () => {
  it('| **第二十条第（五）项** | | | and **bold** row labels read as plain ones', () => {
    const plain = buildReport('markdown');
    const bold = plain
      .replace(/\| (第二十条第（.）项) \|/g, '| **$1** | | |')
      .replace(/\| (（七）总计) \|/, '| **$1** |')
      .replace(/\| (四、结转下年度继续办理) \|/, '| __$1__ |'.replace(/__/g, '**'));
    assert.notEqual(bold, plain);
    const a = analyse(plain);
    const b = analyse(bold);
    assert.deepEqual(activeFigures(firstTable(b.model, 'active')), activeFigures(firstTable(a.model, 'active')));
    assert.deepEqual(appFigures(firstTable(b.model, 'applications')), appFigures(firstTable(a.model, 'applications')));
    assert.deepEqual(b.findings, []);
  });

  it('alignment rows of every form (「|:-:|」「| -: |」「|:---|」) are no row of figures, in every table', () => {
    const plain = buildReport('markdown');
    for (const cell of [':-:', '-:', ':-', ':---:']) {
      const aligned = plain.replace(/^\|---\|.*$/gm, (rule) => rule.replace(/---/g, cell));
      assert.notEqual(aligned, plain, cell);
      const { model, findings } = analyse(aligned);
      assert.deepEqual(appFigures(firstTable(model, 'applications')), appFigures(firstTable(analyse(plain).model, 'applications')), cell);
      assert.deepEqual(findings, [], cell);
    }
  });
});
