/**
 * Every occurrence of a set of words in one pass over a text (Aho–Corasick, made a DFA): one table
 * load per character, whatever the number of words and however they overlap (「其他」 in 「其他处理」,
 * 「三安全」 in 「三安全一稳定」). Characters are first mapped to the few the words are made of; any other
 * character takes the automaton back to its start, as no word holds it.
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
  // The trie of the words.
  const next: number[][] = [new Array<number>(width).fill(-1)];
  const out: number[][] = [[]];
  words.forEach((w, k) => {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const x = id[w.charCodeAt(i)];
      if (next[s][x] < 0) {
        next[s][x] = next.length;
        next.push(new Array<number>(width).fill(-1));
        out.push([]);
      }
      s = next[s][x];
    }
    out[s].push(k);
  });
  // Failure links, breadth first, folded into the transitions (a DFA: no link is followed while scanning);
  // a state's words are its own and those of the longest suffix that is a state (longer words first).
  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [];
  for (let x = 0; x < width; x++) {
    if (x === 0 || next[0][x] < 0) next[0][x] = 0;
    else queue.push(next[0][x]);
  }
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q];
    for (let x = 0; x < width; x++) {
      const u = next[r][x];
      if (x === 0) next[r][x] = 0;
      else if (u < 0) next[r][x] = next[fail[r]][x];
      else {
        fail[u] = next[fail[r]][x];
        out[u] = [...out[u], ...out[fail[u]]];
        queue.push(u);
      }
    }
  }
  // Flat tables: transitions by state and letter, each state's words as a run of OUT.
  const delta = new Int32Array(next.length * width);
  next.forEach((row, s) => row.forEach((t, x) => (delta[s * width + x] = t * width)));
  const outAt = new Int32Array(next.length * width + 1);
  const flatOut: number[] = [];
  // (Indexed by state × width, as the scan holds states premultiplied.)
  out.forEach((ws, s) => {
    outAt[s * width] = flatOut.length;
    flatOut.push(...ws);
    outAt[s * width + 1] = flatOut.length;
  });
  const outs = Int32Array.from(flatOut);
  const lengths = Int32Array.from(words, (w) => w.length);
  return {
    words,
    longest: words.reduce((n, w) => Math.max(n, w.length), 0),
    scan(s, from, to, found, state = 0) {
      for (let i = from; i < to; i++) {
        state = delta[state + id[s.charCodeAt(i)]];
        const a = outAt[state];
        const b = outAt[state + 1];
        for (let o = a; o < b; o++) found(outs[o], i + 1 - lengths[outs[o]]);
      }
      return state;
    },
  };
}
