/**
 * The OpenCC engine. Bundled on its own (dist/convert/engine.js) and loaded only when a conversion
 * is asked for (load.ts), so neither start-up nor the diagnostics path pays for it. Converters are
 * built on first use and cached: building one (its phrase tries) is the expensive part.
 */
import * as OpenCC from 'opencc-js';
import type { PhraseTable, TrieNode } from './phrases';

export type Variant = 'cn' | 't' | 'tw' | 'twp' | 'hk';
const cache = new Map<string, (s: string) => string>();
const tables = new Map<string, PhraseTable | null>();

export function converter(from: Variant, to: Variant): (s: string) => string {
  const key = from + '>' + to;
  let c = cache.get(key);
  if (!c) {
    c = OpenCC.Converter({ from, to });
    cache.set(key, c);
  }
  return c;
}

/** opencc-js's name for a conversion (its own rule, in Converter). */
function configName(from: Variant, to: Variant): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return `${from}2s`;
  return `${from}2${to}`;
}

type Dicts = Parameters<OpenCC.Trie['loadDictGroup']>[0];
interface Config {
  normalizationChain?: readonly Dicts[];
  segmentation?: unknown;
  conversionChain: readonly Dicts[];
}

/**
 * The conversion as one phrase table, when OpenCC does it in one step (after normalising CJK
 * compatibility ideographs): then the edits can be found in the same pass as the conversion
 * (phrases.ts). Conversions in several steps (the Taiwan and Hong Kong phrase variants) get none and
 * take the general path. Built from the same dictionaries, with the same longest-match rule.
 */
export function phraseTable(from: Variant, to: Variant): PhraseTable | undefined {
  const name = configName(from, to);
  let t = tables.get(name);
  if (t === undefined) {
    t = build((OpenCC.Locale.configs as Record<string, Config | undefined>)[name]);
    tables.set(name, t);
  }
  return t ?? undefined;
}

function build(config: Config | undefined): PhraseTable | null {
  if (!config || config.segmentation || config.conversionChain.length !== 1) return null;
  const trie = new OpenCC.Trie();
  trie.loadDictGroup(config.conversionChain[0]);
  const root = (trie as unknown as { map?: unknown }).map;
  // (The trie's layout is opencc-js's own; if a later version changes it, the general path is used.)
  if (!(root instanceof Map)) return null;
  // Text that normalisation would change, or an ideographic description sequence (which OpenCC
  // steps over whole), is left to the general path.
  const general = new Uint8Array(0x10000);
  for (let c = 0x2ff0; c <= 0x2fff; c++) general[c] = 1;
  for (const group of config.normalizationChain ?? []) {
    const n = new OpenCC.Trie();
    n.loadDictGroup(group);
    const m = (n as unknown as { map?: unknown }).map;
    if (!(m instanceof Map)) return null;
    for (const cp of m.keys() as IterableIterator<number>) general[cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp] = 1;
  }
  return { root: root as TrieNode, general };
}
