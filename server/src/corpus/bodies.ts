/**
 * One body's spellings among a set of reports seen whole (a run's files, a list to sort): each name's key joined with the
 * other spellings of its folder the year-against-year check matches it with (agencyPlace.ts: 「上海市松江区…」「松江区…」,
 * 「福州市财政局」「市财政局」, 「长乐区潭头镇人民政府」「潭头镇人民政府」). A long name and a short one meet only where the folder's
 * long names of that spelling are one place's (onePlace), as the index matches them: 「鼓楼区…」 beside 南京's and 福州's is
 * neither's, and does not join their two bodies into one.
 */
import { localKeys, onePlace } from './agencyPlace';

export class Bodies {
  private parent = new Map<string, string>();
  /** By a spelling's long key: the long names found under it (their places) and the short names that seek it. */
  private meets = new Map<string, { longs: Map<string, string>; shorts: Set<string> }>();
  private joined = false;

  /** A report's name (placedKey's key) in its folder (`uri`). */
  add(key: string, uri: string): void {
    this.parent.set(key, this.parent.get(key) ?? key);
    this.joined = false;
    for (const s of localKeys(key, uri)) {
      let m = this.meets.get(s.longKey);
      if (!m) this.meets.set(s.longKey, (m = { longs: new Map(), shorts: new Set() }));
      if (s.long) m.longs.set(key, s.from);
      else m.shorts.add(key);
    }
  }

  /** The key of the body a name added is one spelling of (its own where it has no other). */
  of(key: string): string {
    if (!this.joined) this.join();
    return this.find(key);
  }

  private join(): void {
    this.joined = true;
    for (const { longs, shorts } of this.meets.values()) {
      if (!shorts.size || !longs.size || !onePlace(longs.values())) continue;
      const [first, ...rest] = [...longs.keys(), ...shorts];
      for (const k of rest) this.union(k, first);
    }
  }

  private find(k: string): string {
    let r = k;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    if (this.parent.has(k)) this.parent.set(k, r);
    return r;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}
