/**
 * A client that is not VS Code (found by a review driving the server as Neovim, Sublime's LSP or a test
 * harness would): answers in the forms the client declared it takes, messages every strict JSON parser
 * reads, no fix-all that does nothing, the session's order kept, command messages in the project's language.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, SymbolInformation, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fixture, SEEDS } from '../helpers';
import { TestClient } from './lspClient';
import { tempDir } from '../tempDir';

/** Applies `edits` (ranges in one line-oriented text) from last to first. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const at = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => at(b.range.start) - at(a.range.start)).reduce((t, e) => t.slice(0, at(e.range.start)) + e.newText + t.slice(at(e.range.end)), text);
}
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('a client that declares little', function () {
  this.timeout(60_000);
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize('zh-cn', undefined, undefined, { textDocument: { hover: { contentFormat: ['plaintext'] }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } } });
  });
  after(() => client.stop());

  const text = fixture(SEEDS.pipe).replace(/^(一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| )9/m, '$17');

  it('hover in plain text: no Markdown marks', async () => {
    const uri = 'file:///fit/hover.txt';
    await client.open(uri, text);
    const h = (await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })) as Hover;
    const c = h.contents as { kind: string; value: string };
    assert.equal(c.kind, 'plaintext');
    assert.ok(c.value.length > 20, c.value);
    assert.doesNotMatch(c.value, /\*\*|^\s*\|?\s*-{3,}|`/m);
  });

  it('a fix as a map of changes, which applied repairs the total', async () => {
    const uri = 'file:///fit/fix.txt';
    const ds = await client.open(uri, text);
    const total = ds.find((d) => d.code === 'row-total')!;
    assert.ok(total, JSON.stringify(ds.map((d) => d.code)));
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: total.range, context: { diagnostics: [total] } })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit)!;
    const edit = fix.edit as WorkspaceEdit;
    assert.equal(edit.documentChanges, undefined);
    const fixed = apply(text, edit.changes![uri]);
    assert.match(fixed, /^一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| 9/m);
    // Fix-all too, made at once for a client that cannot resolve it.
    const all = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: total.range, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.equal(all.length, 1);
    assert.match(apply(text, all[0].edit!.changes![uri]), /^一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| 9/m);
  });

  it('the outline as a flat list, each section the container of its tables', async () => {
    const uri = 'file:///fit/symbols.txt';
    await client.open(uri, fixture(SEEDS.tabs));
    const symbols = (await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as SymbolInformation[];
    assert.ok(symbols.length > 8);
    assert.ok(symbols.every((s) => s.location?.uri === uri && !('children' in s)));
    assert.ok(symbols.some((s) => s.containerName === '三、收到和处理政府信息公开申请情况' && /表三/.test(s.name)), JSON.stringify(symbols.map((s) => [s.name, s.containerName])));
  });

  it('no fix-all offered whose edits would be none (a mistyped part: the guard keeps no edit)', async () => {
    // 一、本年新收's 自然人 9 → 8: its total, the balance and the columns now disagree; no safe edit repairs them all.
    const mistyped = fixture(SEEDS.pipe).replace(/^(一、本年新收政府信息公开申请数量 \| )9/m, '$18');
    const uri = 'file:///fit/mistyped.txt';
    await client.open(uri, mistyped);
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.deepEqual(actions, []);
  });
});

describe('a client that takes code actions as commands only (no CodeAction literals: LSP before 3.8)', function () {
  this.timeout(60_000);
  it('each action a Command; running the fix\'s applies its edit through workspace/applyEdit, for the version it was made for', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn', undefined, undefined, { workspace: { applyEdit: true } });
      const uri = 'file:///fit/commands.txt';
      const text = fixture(SEEDS.pipe).replace(/^(一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| )9/m, '$17');
      const ds = await client.open(uri, text);
      const total = ds.find((d) => d.code === 'row-total')!;
      const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: total.range, context: { diagnostics: [total] } })) as { title: string; command: string; arguments?: unknown[]; edit?: unknown; kind?: string }[];
      assert.ok(actions.length >= 2);
      assert.ok(actions.every((a) => typeof a.command === 'string' && a.edit === undefined && a.kind === undefined), JSON.stringify(actions).slice(0, 400));
      const fix = actions.find((a) => /改为 9/.test(a.title))!;
      assert.ok(fix, actions.map((a) => a.title).join(' / '));
      await client.conn.sendRequest('workspace/executeCommand', { command: fix.command, arguments: fix.arguments });
      assert.equal(client.applied.length, 1);
      const edits = Object.values(client.applied[0].edit.changes ?? {})[0] as TextEdit[];
      assert.match(apply(text, edits), /^一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| 9/m);
      // A stale one (the document moved on) is refused, not applied.
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await client.conn.sendRequest('workspace/executeCommand', { command: fix.command, arguments: fix.arguments });
      assert.equal(client.applied.length, 1);
    } finally {
      await client.stop();
    }
  });
});

describe('any client', function () {
  this.timeout(60_000);

  it('a message quoting text around a character beyond the BMP holds it whole (Neovim dropped every diagnostic)', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const text = fixture(SEEDS.traditional).replace('準化規范化建設', '😀😀😀規范😀😀😀');
      const ds: Diagnostic[] = await client.open('file:///fit/emoji.txt', text);
      const near = ds.filter((d) => d.message.includes('😀'));
      assert.ok(near.length, 'the excerpt quotes the emoji');
      for (const d of ds) assert.doesNotMatch(d.message, LONE, d.message);
    } finally {
      await client.stop();
    }
  });

  it('the fix-all a resolving client chose that turns out to edit nothing runs the command that says so', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///fit/resolve.txt';
      await client.open(uri, fixture(SEEDS.pipe).replace(/^(一、本年新收政府信息公开申请数量 \| )9/m, '$18'));
      const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
      const a = actions.find((x) => x.kind?.startsWith('source.fixAll'));
      assert.ok(a, 'offered: a resolving client gets its edit when it chooses it');
      const resolved = (await client.conn.sendRequest('codeAction/resolve', a)) as CodeAction;
      assert.ok(!resolved.edit || (resolved.edit.documentChanges ?? []).every((d) => 'edits' in d && d.edits.length), JSON.stringify(resolved));
      if (!resolved.edit) {
        assert.ok(resolved.command);
        await client.conn.sendRequest('workspace/executeCommand', { command: resolved.command!.command, arguments: resolved.command!.arguments });
        // (Why not: setting the totals would break sums that hold — a part mistyped.)
        assert.ok(client.messages.some((m) => /^没有自动修正合计：照各项改写合计，会使已经对上的合计或勾稽关系出错/.test(m.message)), JSON.stringify(client.messages));
        // Known now to edit nothing at this version: not offered again at the cursor's next stop.
        const again = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
        assert.deepEqual(again.filter((x) => x.kind?.startsWith('source.fixAll')), []);
      }
    } finally {
      await client.stop();
    }
  });

  it('fix-all that sets nothing because two safe fixes of one cell disagree says there is nothing to fix, not that a sum would break', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///fit/conflict.txt';
      // 一、本年新收's 总计 written 「8件」: its unit's fix writes 8, row-total's writes 9 — into one cell.
      await client.open(uri, fixture(SEEDS.pipe).replace(/^(一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| )9/m, '$18件'));
      await client.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.fixAll', arguments: [{ uri, version: 1 }] });
      assert.deepEqual(client.messages.map((m) => m.message), ['没有可以自动修正的合计']);
    } finally {
      await client.stop();
    }
  });

  it('a status lens (「表格完整 ✓」) runs a command the server has, which says its words — our VS Code client\'s is the empty command VS Code draws as words only (Neovim warned 「does not support command ``」)', async () => {
    for (const vscodeClient of [false, true]) {
      const client = new TestClient();
      try {
        await client.initialize('zh-cn', undefined, undefined, undefined, vscodeClient ? { client: 'vscode' } : undefined);
        const uri = 'file:///fit/lens.txt';
        await client.open(uri, fixture(SEEDS.tabs));
        const lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { command: { title: string; command: string; arguments?: unknown[] } }[];
        const ok = lenses.find((l) => l.command.title === '表格完整 ✓')!;
        assert.ok(ok, JSON.stringify(lenses.map((l) => l.command.title)));
        if (vscodeClient) {
          assert.equal(ok.command.command, '');
          continue;
        }
        const caps = (await client.conn.sendRequest('workspace/executeCommand', { command: ok.command.command, arguments: ok.command.arguments })) as unknown;
        assert.equal(caps ?? null, null);
        assert.deepEqual(client.messages.map((m) => m.message), ['表格完整 ✓']);
      } finally {
        await client.stop();
      }
    }
  });

  it('a section\'s outline range holds its table\'s, blank cells of empty lines after it too', async () => {
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = 'file:///fit/writer.txt';
      await client.open(uri, fixture('converted/shgov_2019.writer.txt'));
      const symbols = (await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
      const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      const check = (s: DocumentSymbol) => {
        for (const c of s.children ?? []) {
          assert.ok(before(s.range.start, c.range.start) && before(c.range.end, s.range.end), `${c.name} outside ${s.name}`);
          check(c);
        }
      };
      symbols.forEach(check);
    } finally {
      await client.stop();
    }
  });

  it('before initialize and after shutdown: resolve and shutdown are refused as every request is', async () => {
    const client = new TestClient();
    try {
      await assert.rejects(client.conn.sendRequest('codeAction/resolve', { title: 'x', data: { uri: 'file:///x', version: 1 } }), (e: { code: number }) => e.code === -32002);
      await assert.rejects(client.conn.sendRequest('shutdown'), (e: { code: number }) => e.code === -32002);
      await client.initialize('zh-cn');
      await client.conn.sendRequest('shutdown');
      await assert.rejects(client.conn.sendRequest('codeAction/resolve', { title: 'x', data: { uri: 'file:///x', version: 1 } }), (e: { code: number }) => e.code === -32600);
      await assert.rejects(client.conn.sendRequest('shutdown'), (e: { code: number }) => e.code === -32600);
    } finally {
      await client.stop();
    }
  });

  it('a command\'s message in the language of the project\'s .disclosure-report.json', async () => {
    const dir = tempDir('fit-locale-');
    writeFileSync(path.join(dir, '.disclosure-report.json'), JSON.stringify({ locale: 'en' }));
    const file = path.join(dir, 'report.txt');
    const text = fixture(SEEDS.tabs);
    writeFileSync(file, text);
    const client = new TestClient();
    try {
      await client.initialize('zh-cn');
      const uri = pathToFileURL(file).href;
      await client.open(uri, text);
      await client.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.fixAll', arguments: [{ uri, version: 1 }] });
      assert.ok(client.messages.length, 'a message');
      for (const m of client.messages) assert.doesNotMatch(m.message, /[\u4e00-\u9fff]/, m.message);
    } finally {
      await client.stop();
    }
  });
});

describe('messages and the checks as set, for any client', function () {
  this.timeout(60_000);
  const sample = () => fixture(SEEDS.pipe).replace(/^(一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| )9/m, '$17');

  it('a message is a notification, never a request with nothing to choose (Neovim waited on a keypress for each)', async () => {
    const c = new TestClient();
    try {
      await c.initialize('zh-cn');
      await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.note', arguments: [{ note: '表格完整' }] });
      const uri = 'file:///fit/msg.txt';
      await c.open(uri, fixture(SEEDS.tabs));
      // A fix-all with nothing to fix says so.
      await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.fixAll', arguments: [{ uri, version: 1 }] });
      // A stale version says so.
      await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.fixAll', arguments: [{ uri, version: 0 }] });
      await c.until(() => c.messages.length >= 3);
      assert.deepEqual(c.messageRequests, []);
      assert.equal(c.messages[0].message, '表格完整');
    } finally {
      await c.stop();
    }
  });

  it('a check turned off has no lens, no count in the hover, no quick fix, and no fix-all rewrites what it would fix', async () => {
    const c = new TestClient();
    try {
      await c.initialize('zh-cn', { checks: { 'row-total': 'off', balance: 'off', 'column-total': 'off' } });
      const uri = 'file:///fit/off.txt';
      const text = sample();
      const ds = await c.open(uri, text);
      assert.ok(!ds.some((d) => ['row-total', 'balance', 'column-total'].includes(String(d.code))), JSON.stringify(ds.map((d) => d.code)));
      const lenses = (await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { command?: { title: string } }[];
      assert.ok(!lenses.some((l) => /不平|修正合计/.test(l.command?.title ?? '')), JSON.stringify(lenses.map((l) => l.command?.title)));
      // Nor a verdict that the table balances: its sums are not checked.
      assert.ok(!lenses.some((l) => /✓/.test(l.command?.title ?? '')), JSON.stringify(lenses.map((l) => l.command?.title)));
      const line = text.split('\n').findIndex((l) => l.startsWith('一、本年新收'));
      const hover = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })) as Hover;
      assert.match((hover.contents as { value: string }).value, /问题：0 个错误/);
      const here = { start: { line, character: 0 }, end: { line, character: 80 } };
      const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: here, context: { diagnostics: [] } })) as CodeAction[];
      assert.ok(!actions.some((a) => /改为/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
      const all = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: here, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
      for (const a of all) {
        const r = (a.edit ? a : await c.conn.sendRequest('codeAction/resolve', a)) as CodeAction;
        const edits = Object.values(r.edit?.changes ?? {}).flat().concat(((r.edit?.documentChanges ?? []) as { edits: TextEdit[] }[]).flatMap((d) => d.edits ?? []));
        assert.deepEqual(edits, [], a.title);
      }
      // Without the settings, the same text has them all (the test can fail).
      const d = new TestClient();
      try {
        await d.initialize('zh-cn');
        assert.ok((await d.open(uri, text)).some((x) => x.code === 'row-total'));
        const l2 = (await d.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { command?: { title: string } }[];
        assert.ok(l2.some((l) => /不平|修正合计/.test(l.command?.title ?? '')));
        const h2 = (await d.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })) as Hover;
        assert.match((h2.contents as { value: string }).value, /问题：[1-9]\d* 个错误/);
      } finally {
        await d.stop();
      }
    } finally {
      await c.stop();
    }
  });
});

describe('a client without the server-driven features (Neovim 0.7, a bare client)', function () {
  this.timeout(60_000);
  const sample = () => fixture(SEEDS.pipe).replace(/^(一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| )9/m, '$17');

  it('without workspace/applyEdit: no action or lens that would need it, and a command that would is said to be impossible', async () => {
    const c = new TestClient();
    try {
      await c.initialize('zh-cn', undefined, undefined, {});
      const uri = 'file:///fit/noapply.txt';
      const text = sample();
      await c.open(uri, text);
      const line = text.split('\n').findIndex((l) => l.startsWith('一、本年新收'));
      const got = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 80 } }, context: { diagnostics: [] } })) as { command?: string | { command: string } }[];
      const commands = got.map((a) => (typeof a.command === 'string' ? a.command : a.command?.command));
      assert.ok(!commands.some((x) => /server\.(apply|fixAll|convert|formatTable)$/.test(x ?? '')), JSON.stringify(commands));
      const lenses = (await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { command?: { command: string } }[];
      assert.ok(lenses.length > 0);
      assert.ok(!lenses.some((l) => /server\.(apply|fixAll|convert|formatTable)$/.test(l.command?.command ?? '')), JSON.stringify(lenses.map((l) => l.command?.command)));
      await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.fixAll', arguments: [{ uri, version: 1 }] });
      await c.until(() => c.messages.some((m) => /不支持由语言服务器修改文档/.test(m.message)));
      assert.deepEqual(c.applied, []);
      // Nothing to fix is said as such, not that it cannot be applied.
      const sound = 'file:///fit/sound.txt';
      await c.open(sound, fixture(SEEDS.tabs));
      const before = c.messages.length;
      await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.fixAll', arguments: [{ uri: sound, version: 1 }] });
      await c.until(() => c.messages.length > before);
      assert.match(c.messages[before].message, /没有可以自动修正/);
    } finally {
      await c.stop();
    }
  });

  it('without window/showDocument: revealing the cells says where they are', async () => {
    const c = new TestClient();
    try {
      await c.initialize('zh-cn', undefined, undefined, { workspace: { applyEdit: true } });
      const uri = 'file:///fit/noshow.txt';
      await c.open(uri, sample());
      await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.reveal', arguments: [{ uri, ranges: [{ start: { line: 52, character: 38 }, end: { line: 52, character: 39 } }] }] });
      await c.until(() => c.messages.some((m) => m.message.includes('53:39')));
      assert.deepEqual(c.shown, []);
    } finally {
      await c.stop();
    }
  });

  it('with window/showDocument: revealing four cells selects the first of them alone, and says where all four are (found by a writer\'s trial: one selection from the first to the last, thirty lines a typed figure replaced)', async () => {
    const c = new TestClient();
    try {
      await c.initialize('zh-cn', undefined, undefined, { workspace: { applyEdit: true }, window: { showDocument: { support: true } } });
      const uri = 'file:///fit/show.txt';
      await c.open(uri, sample());
      const cell = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });
      const ranges = [cell(64, 40), cell(36, 96), cell(52, 38), cell(40, 12)];
      await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.reveal', arguments: [{ uri, ranges }] });
      await c.until(() => c.shown.length > 0 && c.messages.length > 0);
      assert.deepEqual((c.shown[0] as { selection: unknown }).selection, cell(36, 96));
      assert.equal(c.messages[c.messages.length - 1].message, '请看第 65:41，37:97，53:39，41:13 处（行:列）');
    } finally {
      await c.stop();
    }
  });

  it('without file creation in edits: the import writes its file itself, once, under a free name', async () => {
    const dir = tempDir('fit-import-');
    const page = path.join(dir, '页面 源码.txt');
    writeFileSync(page, fixture('html/czj_2023.html'));
    const c = new TestClient();
    try {
      await c.initialize('zh-cn', undefined, undefined, { workspace: { applyEdit: true } });
      const uri = pathToFileURL(page).href;
      await c.open(uri, fixture('html/czj_2023.html'), 'plaintext');
      for (let k = 0; k < 2; k++) await c.conn.sendRequest('workspace/executeCommand', { command: 'disclosureReport.server.importText', arguments: [{ uri }] });
      assert.deepEqual(c.applied, []);
      const first = readFileSync(path.join(dir, '页面 源码.report.txt'), 'utf8');
      const second = readFileSync(path.join(dir, '页面 源码.report (2).txt'), 'utf8');
      assert.equal(first, second);
      assert.match(first, /^三、收到和处理政府信息公开申请情况$/m);
      await c.until(() => c.messages.filter((m) => m.message.includes('已导入为')).length === 2);
    } finally {
      await c.stop();
    }
  });

  it('settings pulled from a client that announces a change without them, and given under the section\'s name at start', async () => {
    const c = new TestClient();
    try {
      await c.initialize('zh-cn', undefined, undefined, { workspace: { configuration: true } });
      const uri = 'file:///fit/pull.txt';
      const text = sample();
      assert.ok((await c.open(uri, text)).some((d) => /应为/.test(d.message)));
      c.configuration = { locale: 'en' };
      const republished = c.waitFor((p) => p.uri === uri && p.diagnostics.some((d) => /should be/.test(d.message)));
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await republished;
    } finally {
      await c.stop();
    }
    const d = new TestClient();
    try {
      await d.initialize('zh-cn', { disclosureReport: { locale: 'en' } });
      assert.ok((await d.open('file:///fit/named.txt', sample())).some((x) => /should be/.test(x.message)));
    } finally {
      await d.stop();
    }
    // The settings as the start-up options themselves, with or without the section's name (「{"locale": "en"}」, as a Neovim
    // user writes them: they were ignored — a writer's trial).
    // Beside the settings, empty or holding others (「{"settings": {}, "locale": "en"}」 was in Chinese: a writer's trial).
    for (const options of [{ locale: 'en' }, { disclosureReport: { locale: 'en' } }, { settings: {}, locale: 'en' }, { settings: { maxProblems: 50 }, locale: 'en' }, { settings: { locale: 'en' }, locale: 'zh-tw' }]) {
      const o = new TestClient();
      try {
        await o.initialize('zh-cn', undefined, undefined, { workspace: {} }, options);
        assert.ok((await o.open('file:///fit/options.txt', sample())).some((x) => /should be/.test(x.message)), JSON.stringify(options));
      } finally {
        await o.stop();
      }
    }
    // A client that can refresh its lenses is asked to after the language changed (their titles are in it).
    const f = new TestClient();
    try {
      let refreshed = 0;
      f.conn.onRequest('workspace/codeLens/refresh', () => (refreshed++, null));
      await f.initialize('zh-cn', undefined, undefined, { workspace: { codeLens: { refreshSupport: true } } });
      await f.open('file:///fit/lens.txt', sample());
      await f.conn.sendNotification('workspace/didChangeConfiguration', { settings: { disclosureReport: { locale: 'en' } } });
      await f.until(() => refreshed === 1);
      // The same settings again: nothing to refresh.
      await f.conn.sendNotification('workspace/didChangeConfiguration', { settings: { disclosureReport: { locale: 'en' } } });
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(refreshed, 1);
    } finally {
      await f.stop();
    }
    // A client that answers with an empty section (none of ours set) keeps the settings given at start.
    const e = new TestClient();
    try {
      e.configuration = {};
      await e.initialize('zh-cn', { locale: 'en' }, undefined, { workspace: { configuration: true } });
      await new Promise((r) => setTimeout(r, 200));
      assert.ok((await e.open('file:///fit/empty.txt', sample())).some((x) => /should be/.test(x.message)));
    } finally {
      await e.stop();
    }
  });
});
