/**
 * Pinyin glosses that spam mirror sites put after Han characters when they re-serve a report
 * (「政(zheng)府信息公(gong)開(kai)」, 「政(zheng)(zheng)府」). Matching folds them away (normalize.ts), so
 * labels, headings and statements read through them; injected-text says where they are.
 */
import type { Span } from '../../types';

/**
 * One pinyin syllable without tone marks: an initial, a final. (Not a file type or a word in brackets a
 * report writes itself — 「(app)」「(pdf)」「(doc)」「(jpg)」 are no syllables.)
 */
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve)$/;

/** Vowels with a tone mark (「區(qū)」「報(bào)」: mirror sites write them so too), and ü: the vowel each stands for. */
export const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
/** A gloss's letters, as a regular expression's character class: for patterns that pass over glosses. */
export const PINYIN_LETTER = `[a-z${TONED}]`;
const TONED_BASE = 'aaaaeeeeiiiioooouuuuvvvvv';

/** Where text[i] opens a gloss — 「(」, a pinyin syllable in lower-case letters, 「)」 — the index after it; else -1. */
export function glossEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x28) return -1;
  let j = i + 1;
  let toned = false;
  while (j < text.length && j - i <= 7) {
    const c = text.charCodeAt(j);
    if (c < 0x61 || c > 0x7a) {
      if (c < 0xe0 || TONED.indexOf(text[j]) < 0) break;
      toned = true;
    }
    j++;
  }
  if (j === i + 1 || text.charCodeAt(j) !== 0x29) return -1;
  let syllable = text.slice(i + 1, j);
  if (toned) syllable = [...syllable].map((ch) => (TONED.includes(ch) ? TONED_BASE[TONED.indexOf(ch)] : ch)).join('');
  return SYLLABLE.test(syllable) ? j + 1 : -1;
}

/** A Han character a gloss may follow. */
export const isHanCode = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * Where the gloss at text[i] ends, if one stands there: after a Han character, or right after another
 * gloss, which ended at `after` (「政(zheng)(zheng)」); else -1. The one test of the fold, `norm` and the finding.
 */
export function glossAt(text: string, i: number, after: number): number {
  if (text.charCodeAt(i) !== 0x28 || i === 0 || (after !== i && !isHanCode(text.charCodeAt(i - 1)))) return -1;
  return glossEnd(text, i);
}

/** The glosses in text, each after a Han character or after another gloss, as the fold drops them. */
export function pinyinGlosses(text: string): Span[] {
  const out: Span[] = [];
  let after = -1;
  for (let i = text.indexOf('(', 1); i >= 0; i = text.indexOf('(', i + 1)) {
    const e = glossAt(text, i, after);
    if (e < 0) continue;
    out.push({ start: i, end: e });
    after = e;
    i = e - 1;
  }
  return out;
}
