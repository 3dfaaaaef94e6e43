/** A report given the report language, closed and opened again, is recognised again (found by a review in code-server). */
import assert from 'node:assert/strict';
import { AUTO_DETECT_MS, LANGUAGE_CHANGE_MS, reopened } from '../../../client/src/languageChoice';

describe('a report opened again in another language', () => {
  const t0 = 1_000_000;
  it('closed a while ago and opened now: a new opening, detected again (not the user declining the report language)', () => {
    assert.equal(reopened({ switchedAt: t0, times: 1, closedAt: t0 + 10_000, now: t0 + 60_000, untitled: false }), 'detect');
    assert.equal(reopened({ switchedAt: t0, times: 1, closedAt: t0 + 10_000, now: t0 + 10_000 + LANGUAGE_CHANGE_MS + 1, untitled: false }), 'detect');
  });
  it('closed and opened in the same moment (a change of language): the user’s choice, kept', () => {
    assert.equal(reopened({ switchedAt: t0, times: 1, closedAt: t0 + 60_000, now: t0 + 60_002, untitled: false }), 'declined');
  });
  it('an untitled editor right after our switch: VS Code’s own guess, set again a few times at most', () => {
    assert.equal(reopened({ switchedAt: t0, times: 1, closedAt: t0 + 100, now: t0 + 101, untitled: true }), 'guess');
    assert.equal(reopened({ switchedAt: t0, times: 3, closedAt: t0 + 100, now: t0 + 101, untitled: true }), 'declined');
    assert.equal(reopened({ switchedAt: t0, times: 1, closedAt: t0 + AUTO_DETECT_MS + 10, now: t0 + AUTO_DETECT_MS + 11, untitled: true }), 'declined');
  });
});
