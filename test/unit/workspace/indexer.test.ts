/**
 * The workspace index as files change on disk: many at once are read one after another, the event loop
 * served between them (a folder of 809 copied in was read in one go and held the server 3.8 s: found by a
 * review); the editor's and node's spellings of a file's URI are one entry.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndexer } from '../../../server/src/workspace/indexer';
import { fixture, SEEDS } from '../../helpers';
import { tempDir } from '../../tempDir';

describe('workspace index', () => {
  it('files changed on disk together are read one at a time, other work served between them, each in the index when its promise resolves', async () => {
    const dir = tempDir('index-');
    const text = fixture(SEEDS.pipe);
    const uris = Array.from({ length: 12 }, (_, i) => {
      const file = path.join(dir, `r${i}.txt`);
      writeFileSync(file, text.replace('松江区', `松江区${i}号`));
      return pathToFileURL(file).href;
    });
    const indexer = new WorkspaceIndexer({ isOpen: () => false, changed: () => undefined });
    // Work that arrives meanwhile (a keystroke, a hover): counted each time the event loop comes round.
    let served = 0;
    let stop = false;
    const tick = () => {
      served++;
      if (!stop) setImmediate(tick);
    };
    setImmediate(tick);
    const at: number[] = [];
    try {
      await Promise.all(uris.map((u, i) => indexer.fileChanged(u).then(() => at.push(served) && assert.ok(indexer.index.get(indexer.key(uris[i])), `r${i} indexed`))));
    } finally {
      stop = true; // (never left running: a failure would keep the test process busy for ever)
    }
    assert.equal(indexer.index.size, 12);
    // Between one file's reading and the next's, the loop came round.
    for (let i = 1; i < at.length; i++) assert.ok(at[i] > at[i - 1], `served between files ${i - 1} and ${i}: ${at.join(',')}`);
  });

  it('the editor\'s spelling of a file\'s URI (「%28」) and node\'s (「(」) are one entry', async () => {
    const dir = tempDir('index (2024) ');
    const file = path.join(dir, 'r.txt');
    writeFileSync(file, fixture(SEEDS.pipe));
    const indexer = new WorkspaceIndexer({ isOpen: () => false, changed: () => undefined });
    const node = pathToFileURL(file).href;
    const vscode = node.replace(/\(/g, '%28').replace(/\)/g, '%29');
    assert.notEqual(node, vscode);
    await indexer.fileChanged(node);
    await indexer.fileChanged(vscode);
    assert.equal(indexer.index.size, 1);
    assert.equal(indexer.key(vscode), indexer.key(node));
  });
});
