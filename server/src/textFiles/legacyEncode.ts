/**
 * Text written back in the GB18030 (GBK) or Big5 a file was read in (--fix, convert --write), where that changes no byte
 * but those of the text that changed. A review office's folder holds files saved by old editors in GBK: --fix refused them
 * (found by a review office's trial). Node decodes these encodings but does not encode them: each two-byte sequence is
 * decoded once, and a character written back as the first sequence that decodes to it. Only where the file as it was comes
 * back byte for byte so — no four-byte GB18030 sequence, no byte-order mark, no Big5 pair that two characters share — is
 * the new text written; else nothing is (the run says why, as before).
 */
type Legacy = 'gb18030' | 'big5';

const TABLES = new Map<Legacy, Map<string, number>>();

/** The characters Big5 writes by their last pair (the WHATWG encoding standard's index Big5 pointer). */
const BIG5_LAST = new Set(['\u2550', '\u255e', '\u2561', '\u256a', '\u5341', '\u5345']);

/** Each character's first two-byte sequence (lead << 8 | trail), from the decoder's own tables. */
function table(encoding: Legacy): Map<string, number> {
  let t = TABLES.get(encoding);
  if (t) return t;
  // Every lead and trail byte, each pair followed by a line feed: a pair the decoder refuses gives U+FFFD (and its trail
  // byte, if ASCII) before the line feed, so the decoded lines stay one a pair.
  // (Big5 as the WHATWG encoder writes it: not from Hong Kong's extension below lead 0xA1, which repeats characters Big5
  // has — 十 is 0xA2CC there and 0xA451 in Big5 proper —, and six characters by their last pair, 十 and 卅 among them. By the
  // first pair, every report's 「第二十条」 came back otherwise, and no Big5 report was written back: found by a review.)
  const big5 = encoding === 'big5';
  const pairs: number[] = [];
  for (let a = big5 ? 0xa1 : 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) pairs.push(a, b, 0x0a);
  const lines = new TextDecoder(encoding).decode(Uint8Array.from(pairs)).split('\n');
  t = new Map();
  for (let i = 0, k = 0; i < pairs.length; i += 3, k++) {
    const ch = lines[k];
    // (One code point a pair: not U+FFFD, not Big5's pairs that decode to a letter and its accent.)
    if (!ch || ch === '\ufffd' || [...ch].length !== 1 || ch.charCodeAt(0) < 0x80 || (t.has(ch) && !(big5 && BIG5_LAST.has(ch)))) continue;
    t.set(ch, (pairs[i] << 8) | pairs[i + 1]);
  }
  TABLES.set(encoding, t);
  return t;
}

/** `text` in `encoding`, or undefined where a character has no two-byte sequence there. */
function encode(text: string, encoding: Legacy): Buffer | undefined {
  const t = table(encoding);
  const out = Buffer.alloc(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    const pair = t.get(ch);
    if (pair === undefined) return undefined;
    out[n++] = pair >> 8;
    out[n++] = pair & 0xff;
  }
  return out.subarray(0, n);
}

/**
 * The bytes of `text` in `encoding`, where the file's bytes as they were (`original`) come back byte for byte from their
 * own text so: undefined otherwise, or where `text` has a character the encoding has no pair for.
 */
export function encodeLegacy(text: string, encoding: Legacy, original: Uint8Array): Buffer | undefined {
  const again = encode(new TextDecoder(encoding).decode(original), encoding);
  if (!again || !again.equals(original)) return undefined;
  return encode(text, encoding);
}
