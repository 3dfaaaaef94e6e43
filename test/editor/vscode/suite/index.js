// Entry point of the in-extension-host tests, loaded by code-server's extension host through the
// workbench URL's payload (`extensionTestsPath`), like @vscode/test-electron's `run()` module.
// Runs every `*.test.js` beside it, in name order, each test on its own with a deadline; reports
// each result on the page console (`@@vscode-test {...}`) and in `<workspace>/../inhost-results.json`;
// throws when any test failed, so the workbench exits with code 1.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const TEST_TIMEOUT_MS = 45000;

exports.run = async function run() {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  const tests = files.flatMap((f) => require(path.join(__dirname, f)).map((t) => ({ ...t, file: f })));
  const resultsFile = path.join(path.dirname(vscode.workspace.workspaceFolders[0].uri.fsPath), 'inhost-results.json');
  const results = [];
  const save = () => fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  for (const t of tests) {
    const t0 = Date.now();
    let error;
    let timer;
    try {
      await Promise.race([
        Promise.resolve().then(t.run),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`test timed out after ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS))),
      ]);
    } catch (e) {
      error = (e && e.stack) || String(e);
    } finally {
      clearTimeout(timer);
    }
    const r = { name: t.name, file: t.file, ok: !error, ms: Date.now() - t0, error, note: t.note?.() };
    results.push(r);
    save();
    console.log('@@vscode-test ' + JSON.stringify(r));
  }
  save();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`in-host: ${results.length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} in-host test(s) failed`);
};
