// A report with one wrong total: seed 001 (traditional script) with （一）予以公开's total 16 → 17,
// written as a copy into the workspace. The preferred quick fix sets it back to 16.
const assert = require('node:assert/strict');
const { vscode, fileUri, docOf, openReport, diagnostics, codeOf, ours, waitFor, setLine } = require('./helpers');

const SEED_001 = '001_72945e47686616df.txt';
const WRONG = '001-wrong-total.txt';
/** Seed 001 lists the cells one per line: （一）予以公開 |, six figures, then the total 16 |. */
const total = (n) => new RegExp(`((?:\\(一\\)|（一）)予以公[開开] \\|\\r?\\n(?:\\d+ \\|\\r?\\n){6})${n}( \\|)`);
const TOTAL = total(16);

async function writeWrongCopy(name) {
  const text = Buffer.from(await vscode.workspace.fs.readFile(fileUri(SEED_001))).toString('utf8');
  if (!TOTAL.test(text)) throw new Error('seed 001 no longer has （一）予以公开 total 16');
  await vscode.workspace.fs.writeFile(fileUri(name), Buffer.from(text.replace(TOTAL, '$117$2'), 'utf8'));
}

let uri;
let rowTotal;

module.exports = [
  {
    name: 'seed 001 with 予以公开 total 16 → 17 gets row-total on that cell, with the numbers',
    async run() {
      await writeWrongCopy(WRONG);
      uri = await openReport(WRONG);
      const d = await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'row-total'), 'row-total');
      rowTotal = d.find((x) => codeOf(x) === 'row-total');
      assert.equal(rowTotal.message, '（一）予以公开·总计 应为 16（15+0+0+0+1+0），实为 17');
      assert.equal(rowTotal.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(docOf(uri).getText(rowTotal.range), '17');
      assert.ok(rowTotal.relatedInformation?.length >= 6, 'the parts of the sum are related information');
    },
  },
  {
    name: 'a quick fix computed for an older version of the document is refused, and the text is left alone',
    async run() {
      assert.ok(rowTotal, 'needs the previous test');
      // Asked for until it comes: the switch to the report language re-opens the document, and a request
      // that meets the re-opening is cancelled or answered for the closed one (seen once in ten runs).
      const fix = await waitFor(async () => {
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, rowTotal.range, vscode.CodeActionKind.QuickFix.value, 20);
        const preferred = actions?.find((a) => a.isPreferred);
        return preferred?.command ? preferred : false;
      }, 'the preferred fix, applied through a command that checks the version');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), ' ');
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      const typed = docOf(uri).getText();
      assert.equal(await vscode.commands.executeCommand(fix.command.command, ...fix.command.arguments), false, 'refused');
      assert.equal(docOf(uri).getText(), typed, 'nothing applied to the newer text');
      await vscode.commands.executeCommand('undo');
      await waitFor(() => !docOf(uri).getText().startsWith(' '), 'the inserted space to be undone');
      await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'row-total'), 'row-total again after undo');
    },
  },
  {
    name: 'the preferred quick fix 「将「（一）予以公开·总计」改为 16」 repairs it; the diagnostic goes away',
    async run() {
      assert.ok(rowTotal, 'needs the previous test');
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, rowTotal.range, vscode.CodeActionKind.QuickFix.value, 20);
      const fixes = actions.filter((a) => a instanceof vscode.CodeAction || a.kind);
      const preferred = fixes.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1, `preferred actions: ${JSON.stringify(fixes.map((a) => [a.title, a.isPreferred]))}`);
      const fix = preferred[0];
      assert.ok(fix.title.startsWith('将「（一）予以公开·总计」改为 16'), fix.title);
      assert.ok(vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
      assert.ok(fix.command, 'the quick fix applies its edit through the version-checking command');
      const before = docOf(uri).getText();
      assert.equal(await vscode.commands.executeCommand(fix.command.command, ...fix.command.arguments), true, 'applied');
      const after = docOf(uri).getText();
      const want = before.replace(total(17), '$116$2');
      if (after !== want) {
        let i = 0;
        while (after[i] === want[i]) i++;
        throw new Error(`the fix changed more than the total: at offset ${i} (line ${docOf(uri).positionAt(i).line + 1}) expected ${JSON.stringify(want.slice(i - 20, i + 30))}, got ${JSON.stringify(after.slice(i - 20, i + 30))}`);
      }
      // 17 → 16 repairs the row (the 总计 column, whose items add up by their own figures, was not reported).
      await diagnostics(uri, (d) => !d.some((x) => ['row-total', 'column-total', 'balance'].includes(codeOf(x))) && d.length > 0, 'row-total and column-total to go away');
      assert.ok(ours(uri).some((x) => codeOf(x) === 'mixed-script'), 'the other findings stay');
    },
  },
  {
    name: '「请核对这四个数」 puts one cursor on each of the four figures of the unbalanced column, nothing else selected',
    async run() {
      const name = '000-unbalanced.txt';
      await vscode.workspace.fs.writeFile(fileUri(name), await vscode.workspace.fs.readFile(fileUri('000_47da689f533ce874.txt')));
      const u = await openReport(name);
      const line = docOf(u).getText().split(/\r?\n/).findIndex((l) => l.startsWith('二、上年结转'));
      assert.ok(line > 0, 'seed 000 has 二、上年结转');
      // 上年结转 0 → 2 in the first column (and its row total), so 一+二 = 11 against （七）+四 = 9.
      await setLine(u, line, '二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||');
      const d = await diagnostics(u, (d) => d.filter((x) => codeOf(x) === 'balance').length >= 2, 'balance in the first and total columns');
      const first = d.filter((x) => codeOf(x) === 'balance').sort((a, b) => a.range.start.character - b.range.start.character)[0];
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', u, first.range, vscode.CodeActionKind.QuickFix.value, 20);
      const show = actions.find((a) => a.title.includes('请核对这四个数'));
      assert.ok(show?.command, `actions: ${actions.map((a) => a.title).join(' / ')}`);
      assert.match(show.title, /^一\+二 = 11，（七）总计\+四 = 9：请核对这四个数$/);
      // The four cells highlighted, the first selected: one cursor (a cursor in each took a figure typed into all four,
      // some out of sight — found by a writer's review).
      const shown = await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
      const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === u.toString() && vscode.window.activeTextEditor, 'the report shown');
      const picked = shown.map((r) => [r.start.line, editor.document.getText(r)]);
      assert.deepEqual(picked.map(([, t]) => t), ['9', '2', '8', '1'], JSON.stringify(picked));
      assert.ok(picked.every(([l], i) => i === 0 || l > picked[i - 1][0]), 'one per row, top to bottom');
      assert.equal(editor.selections.length, 1);
      assert.equal(editor.document.getText(editor.selection), '9');
      assert.equal(editor.selection.start.line, picked[0][0]);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      // A second report of seed 000's agency and year would confuse the year-against-year tests.
      await vscode.workspace.fs.delete(fileUri(name));
    },
  },
];
