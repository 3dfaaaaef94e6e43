/**
 * Every occurrence of a set of words in one pass over a text (Aho–Corasick, made a DFA): one table
 * load per character, whatever the number of words and however they overlap (「其他」 in 「其他处理」,
 * 「三安全」 in 「三安全一稳定」). Characters are first mapped to the few the words are made of; any other
 * character takes the automaton back to its start, as no word holds it.
 *
 * The DFA's transitions are filled in as the scans meet them, not all when it is built: the whole
 * table (states × letters, some 22,000 for table 三's keys) took a cold start 4–7 ms to fill, before
 * the code that fills it is optimised, and a text meets a small part of it.
 */
export interface WordAutomaton {
  /** The words, as given: a match reports its word's index in this list. */
  readonly words: readonly string[];
  /** The longest word's length. */
  readonly longest: number;
  /**
   * Calls `found(word, start)` for every occurrence of a word inside s[from, to), in the order in
   * which the occurrences end (several ending at one place: the longer first). Given the state
   * another scan ended in, it carries on from there — the text is read as if it followed that one's
   * (an occurrence that began there has a start before `from`) — and it returns the state it ends in.
   */
  scan(s: string, from: number, to: number, found: (word: number, start: number) => void, state?: number): number;
}

export function wordAutomaton(words: readonly string[]): WordAutomaton {
  // The alphabet: 1 … A for the characters the words are made of, 0 for every other.
  const id = new Uint16Array(0x10000);
  let letters = 0;
  for (const w of words) for (let i = 0; i < w.length; i++) if (!id[w.charCodeAt(i)]) id[w.charCodeAt(i)] = ++letters;
  const width = letters + 1;
  // The trie of the words. Transitions are held premultiplied by the width (a state is the start of
  // its row); UNSET: not an edge of the trie, its transition not yet computed.
  const UNSET = -1;
  const most = 1 + words.reduce((n, w) => n + w.length, 0);
  let delta = new Int32Array(most * width).fill(UNSET);
  const out: number[][] = [[]];
  /** Each state's edges in the trie, by letter. */
  const kids: number[][] = [[]];
  let states = 1;
  words.forEach((w, k) => {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const at = s + id[w.charCodeAt(i)];
      if (delta[at] === UNSET) {
        kids[s / width].push(at - s);
        delta[at] = states++ * width;
        out.push([]);
        kids.push([]);
      }
      s = delta[at];
    }
    out[s / width].push(k);
  });
  delta = delta.slice(0, states * width);
  // The start's row is complete: no edge, back to the start.
  for (let x = 0; x < width; x++) if (delta[x] === UNSET) delta[x] = 0;
  // Failure links, breadth first: a state's link is the longest proper suffix of its word that is a
  // state; its words are its own and those of its link (longer words first).
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (const x of kids[0]) queue.push(delta[x] / width);
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q];
    for (const x of kids[r]) {
      const v = delta[r * width + x] / width;
      fail[v] = step(fail[r] * width, x) / width;
      if (out[fail[v]].length) out[v] = out[v].concat(out[fail[v]]);
      queue.push(v);
    }
  }
  /** The transition from `state` (premultiplied) on letter x, computed through the links on first use. */
  function step(state: number, x: number): number {
    const t = delta[state + x];
    if (t !== UNSET) return t;
    // (Letter 0 is no word's: back to the start. Otherwise the link's transition: its depth is less,
    // and the start's row is complete, so this ends.)
    return (delta[state + x] = x === 0 ? 0 : step(fail[state / width] * width, x));
  }
  const outAt = new Int32Array(states * width + 1);
  const flatOut: number[] = [];
  // (Indexed by state × width, as the scan holds states premultiplied.)
  for (let s = 0; s < states; s++) {
    outAt[s * width] = flatOut.length;
    for (const w of out[s]) flatOut.push(w);
    outAt[s * width + 1] = flatOut.length;
  }
  const outs = Int32Array.from(flatOut);
  const lengths = Int32Array.from(words, (w) => w.length);
  return {
    words,
    longest: words.reduce((n, w) => Math.max(n, w.length), 0),
    scan(s, from, to, found, state: number = 0) {
      for (let i = from; i < to; i++) {
        const x = id[s.charCodeAt(i)];
        const t: number = delta[state + x];
        state = t === UNSET ? step(state, x) : t;
        const a = outAt[state];
        const b = outAt[state + 1];
        for (let o = a; o < b; o++) found(outs[o], i + 1 - lengths[outs[o]]);
      }
      return state;
    },
  };
}
