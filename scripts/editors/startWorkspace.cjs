// npm start's workspace (.e2e/start/workspace): the example reports beside the user's own files.
// Nothing the user made is ever deleted or overwritten: an example is copied only when it is missing,
// and an example the user changed is kept as changed (delete it to get the original back at the next
// start). Plain CommonJS so scripts/start.mjs and the tests both load it.
const { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

/**
 * npm start's default settings (the user's own settings.json wins). code-server (VS Code for the web)
 * saves after a delay by default, which would write every quick fix and keystroke into the examples
 * without asking: auto-save is off.
 */
const START_SETTINGS = { 'workbench.editor.enablePreview': false, 'disclosureReport.locale': 'zh-cn', 'files.autoSave': 'off' };

/**
 * Brings `ws` up to date with `examples`. Returns what it did, file by file:
 * { copied: [...], unchanged: [...], edited: [...], own: [...] } (own: the user's files, left alone).
 */
function refreshExamples(ws, examples) {
  mkdirSync(ws, { recursive: true });
  const result = { copied: [], unchanged: [], edited: [], own: [] };
  const names = readdirSync(examples).filter((f) => !f.startsWith('.'));
  for (const name of names) {
    const from = path.join(examples, name);
    const to = path.join(ws, name);
    if (!existsSync(to)) {
      copyFileSync(from, to);
      result.copied.push(name);
    } else if (readFileSync(to).equals(readFileSync(from))) result.unchanged.push(name);
    else result.edited.push(name);
  }
  for (const name of readdirSync(ws)) if (!names.includes(name) && !name.startsWith('.')) result.own.push(name);
  return result;
}

/** What npm start says about the workspace, in both languages. */
function describeWorkspace(ws, r) {
  const lines = [
    `工作区 / workspace: ${ws}`,
    '  你在这里新建、导入或保存的文件都会保留；示例报告只在缺失时复制，改过的示例不会被覆盖（删除后下次启动恢复原样）。',
    '  Files you create, import or save here are kept; an example is copied only when missing, and an example you changed is never overwritten (delete it to get the original back at the next start).',
    '  自动保存已关闭：修改在按 Ctrl+S 之前不会写到磁盘。 / Auto-save is off: changes reach the disk only on Ctrl+S.',
  ];
  if (r.copied.length) lines.push(`  复制的示例 / examples copied: ${r.copied.join(', ')}`);
  if (r.edited.length) lines.push(`  保留你修改过的示例 / your changed examples, kept: ${r.edited.join(', ')}`);
  if (r.own.length) lines.push(`  你的文件 / your files: ${r.own.length}`);
  return lines;
}

module.exports = { refreshExamples, describeWorkspace, START_SETTINGS };
