/**
 * 「新建年度报告」 names its file after the agency typed: a name, never a path (found by a review in a real
 * VS Code: 「../逃逸局」 wrote the report outside the workspace, 「市人社局/市医保局」 made a folder).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { hasPathCharacters, reportFileBase, typedYear } from '../../../server/src/create/fileName';

describe('the new report’s file name', () => {
  it('is the agency and the year, as typed', () => {
    assert.equal(reportFileBase(' 某某市财政局 ', 2025), '某某市财政局2025年政府信息公开工作年度报告');
  });
  it('holds no path: separators and the other characters file names refuse are replaced, leading dots dropped', () => {
    for (const agency of ['../逃逸局', '市人社局/市医保局', '..\\..\\局', '局:*?"<>|', '.hidden局', '..', '\u0000局']) {
      const base = reportFileBase(agency, 2025);
      assert.equal(path.basename(base), base, agency);
      assert.equal(path.win32.basename(base), base, agency);
      assert.doesNotMatch(base, /^\./, agency);
      assert.doesNotMatch(base, /[\\/:*?"<>|\u0000]/, agency);
    }
    assert.equal(reportFileBase('../逃逸局', 2025), '_逃逸局2025年政府信息公开工作年度报告');
    // A name too long for a file name (255 bytes) is cut, at a character.
    const long = reportFileBase('某'.repeat(200), 2025);
    assert.ok(Buffer.byteLength(long + '.report.txt') <= 255, String(Buffer.byteLength(long)));
  });
  it('the input box refuses such an agency and takes any real one (brackets, 「·」, traditional script)', () => {
    for (const bad of ['../逃逸局', '市人社局/市医保局', 'a\\b', '..', '局?']) assert.ok(hasPathCharacters(bad), bad);
    for (const good of ['某某市财政局', '中共某某市委办公室（市档案局）', '某某縣人民政府·辦公室', '市人社局、市医保局']) assert.ok(!hasPathCharacters(good), good);
  });
});

describe('the new report’s year, as typed', () => {
  it('four digits, ASCII or full-width (a Chinese input method\'s 「２０２４」), 「年」 after them allowed, from 2019 (「２０２４」 was refused: found by a review)', () => {
    assert.deepEqual(['2024', ' ２０２４ ', '2024年', '２０２５ 年', '2019'].map(typedYear), [2024, 2024, 2024, 2025, 2019]);
    assert.deepEqual(['2018', '24', '二〇二四', '2024-01', '', '20245'].map(typedYear), [undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
