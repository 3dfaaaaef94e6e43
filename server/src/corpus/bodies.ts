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
  /**
   * By a spelling's long key: the long names found under it with their places, and the short names that seek it. In
   * arrays, made when first needed (nearly every key has one name of one kind): a Map and a Set a key weighed ~0.7 KB a
   * report — a run over 100,000 bodies held 116 MB of them.
   */
  private meets = new Map<string, Meet>();
  private joined = false;

  /** A report's name (placedKey's key) in its folder (`uri`). */
  add(key: string, uri: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
    this.joined = false;
    for (const s of localKeys(key, uri)) {
      let m = this.meets.get(s.longKey);
      if (!m) this.meets.set(s.longKey, (m = {}));
      // (Arrays made with their first name: one made empty and pushed to takes room for seventeen.)
      if (s.long) {
        // (A name met again keeps its last place, as a map's entry would.)
        const at = m.longs ? m.longs.indexOf(key) : -1;
        if (!m.longs) (m.longs = [key]), (m.froms = [s.from]);
        else if (at < 0) m.longs.push(key), m.froms!.push(s.from);
        else m.froms![at] = s.from;
      } else if (!m.shorts) m.shorts = [key];
      else if (!m.shorts.includes(key)) m.shorts.push(key);
    }
  }

  /** The key of the body a name added is one spelling of (its own where it has no other). */
  of(key: string): string {
    if (!this.joined) this.join();
    return this.find(key);
  }

  private join(): void {
    this.joined = true;
    for (const { longs, froms, shorts } of this.meets.values()) {
      if (!shorts || !longs || !onePlace(froms!)) continue;
      const [first, ...rest] = [...longs, ...shorts];
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

/** One long key's names: the long ones (`longs`, each with its place in `froms`) and the short ones. */
interface Meet {
  longs?: string[];
  froms?: string[];
  shorts?: string[];
}
