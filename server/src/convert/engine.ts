/**
 * The OpenCC engine. Bundled on its own (dist/convert/engine.js) and loaded only when a conversion
 * is asked for (load.ts), so neither start-up nor the diagnostics path pays for it. Converters are
 * built on first use and cached: building one (its phrase tries) is the expensive part.
 */
import * as OpenCC from 'opencc-js';

export type Variant = 'cn' | 't' | 'tw' | 'twp' | 'hk';
const cache = new Map<string, (s: string) => string>();

export function converter(from: Variant, to: Variant): (s: string) => string {
  const key = from + '>' + to;
  let c = cache.get(key);
  if (!c) {
    c = OpenCC.Converter({ from, to });
    cache.set(key, c);
  }
  return c;
}
