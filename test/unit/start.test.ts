/** npm start's workspace: the examples beside the user's own files, nothing of theirs lost. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../tempDir';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { refreshExamples, describeWorkspace, START_SETTINGS } = require(path.join(__dirname, '..', '..', '..', 'scripts', 'editors', 'startWorkspace.cjs')) as {
  refreshExamples(ws: string, examples: string): { copied: string[]; unchanged: string[]; edited: string[]; own: string[] };
  describeWorkspace(ws: string, r: object): string[];
  START_SETTINGS: Record<string, unknown>;
};
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

describe('npm start: the workspace', () => {
  it('copies the examples once; keeps the user’s files and changed examples across starts; restores a deleted example', () => {
    const ws = path.join(tempDir('start-'), 'workspace');
    try {
      const names = readdirSync(EXAMPLES);
      const first = refreshExamples(ws, EXAMPLES);
      assert.deepEqual(first.copied.sort(), names.sort());
      // The user writes a report of their own, imports one into a folder, and edits an example.
      writeFileSync(path.join(ws, '我的报告.txt'), '某局2025年政府信息公开工作年度报告\n');
      writeFileSync(path.join(ws, names[0]), readFileSync(path.join(EXAMPLES, names[0]), 'utf8') + '\n（我加的一行）\n');
      rmSync(path.join(ws, names[1]));
      const second = refreshExamples(ws, EXAMPLES);
      assert.deepEqual(second.copied, [names[1]], 'a deleted example comes back');
      assert.deepEqual(second.edited, [names[0]]);
      assert.deepEqual(second.own, ['我的报告.txt']);
      assert.equal(readFileSync(path.join(ws, '我的报告.txt'), 'utf8'), '某局2025年政府信息公开工作年度报告\n');
      assert.match(readFileSync(path.join(ws, names[0]), 'utf8'), /（我加的一行）/, 'the changed example is not overwritten');
      const said = describeWorkspace(ws, second).join('\n');
      assert.match(said, /会保留/);
      assert.match(said, /自动保存已关闭/);
      assert.match(said, new RegExp(`保留你修改过的示例 / your changed examples, kept: ${names[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    } finally {
      rmSync(path.dirname(ws), { recursive: true, force: true });
    }
  });

  it('npm start turns auto-save off by default (code-server saves after a delay otherwise)', () => {
    assert.equal(START_SETTINGS['files.autoSave'], 'off');
  });
});
