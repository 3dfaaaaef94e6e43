/** What the server takes a client to take, from its declared capabilities (clientFit.ts). */
import assert from 'node:assert/strict';
import { clientFit } from '../../../server/src/clientFit';

describe('clientFit', () => {
  it('hover: Markdown only where the client lists it before plain text (its order is its preference)', () => {
    assert.equal(clientFit({ textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } }).markdownHover, true);
    assert.equal(clientFit({ textDocument: { hover: { contentFormat: ['plaintext', 'markdown'] } } }).markdownHover, false);
    assert.equal(clientFit({ textDocument: { hover: { contentFormat: ['plaintext'] } } }).markdownHover, false);
    assert.equal(clientFit({}).markdownHover, false);
  });

  it('server-driven features only as declared: applying edits, showing documents, creating files', () => {
    const none = clientFit({});
    assert.deepEqual([none.applyEdit, none.showDocument, none.createFiles], [false, false, false]);
    // Neovim 0.7: applies edits, shows no document, creates no file.
    const nvim = clientFit({ workspace: { applyEdit: true, workspaceEdit: { documentChanges: false } }, window: { showDocument: { support: false } } });
    assert.deepEqual([nvim.applyEdit, nvim.showDocument, nvim.createFiles], [true, false, false]);
    const code = clientFit({ workspace: { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } }, window: { showDocument: { support: true } } });
    assert.deepEqual([code.applyEdit, code.showDocument, code.createFiles], [true, true, true]);
  });
});
