/**
 * Words wrapped in a narrow cell. A table converted from a PDF or a Word file keeps each line of a
 * cell's text as a line of its own, so a label or a header word can arrive cut in two
 * (「5.属于三类内部」 / 「事务信息」, 「第二十条」 / 「第（一）项」, 「行政」 / 「复议」). The readers try the two
 * pieces as one where neither reads alone.
 */
import type { Token } from '../../tokens/token';

/** The longest text that carries on a label: short, no figures. */
const MAX_CONTINUATION = 30;

/** Text that may carry on a label: short, no figures (looked at raw: most tokens are never normalised). */
export function isContinuation(t: Token): boolean {
  return t.kind === 'text' && t.raw.length <= MAX_CONTINUATION + 10 && !/[0-9０-９]/.test(t.raw) && t.norm.length <= MAX_CONTINUATION && !/\d/.test(t.norm);
}

/** Two cells known to be different ones (-1: a line whose columns are not known). */
export const differ = (a: number, b: number): boolean => a >= 0 && b >= 0 && a !== b;

/** Whether `b` may be the rest of `a` wrapped onto the next line. */
export function wrapsInto(a: Token, b: Token | undefined): b is Token {
  return !!b && a.kind === 'text' && b.line > a.line && isContinuation(b);
}

/** Two text tokens read as one, for matching words cut between them (offsets still the source's). */
export function joinedFold(a: Token, b: Token): Pick<Token, 'fold'> {
  return joinedFolds([a, b]);
}

/** Several text tokens read as one (a label wrapped over several lines), offsets still the source's. */
export function joinedFolds(parts: readonly Token[]): Pick<Token, 'fold'> {
  const folds = parts.map((p) => p.fold());
  const s = folds.map((f) => f.s).join('');
  return {
    fold: () => ({
      s,
      at: (k: number) => {
        for (const f of folds) {
          if (k < f.s.length) return f.at(k);
          k -= f.s.length;
        }
        return folds[folds.length - 1].at(folds[folds.length - 1].s.length);
      },
    }),
  };
}
