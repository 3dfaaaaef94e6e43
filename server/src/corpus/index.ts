/**
 * The reports of a workspace (or of the files given to the CLI), by agency and year: what the checks
 * that look across reports (carry-over) and the views of many reports (summaries, trends) read. It
 * holds small entries only, never texts; `version` changes whenever an entry does.
 */
import type { IndexedReport } from './entry';
import { localKeys, onePlace, placedKey, type Spelling } from './agencyPlace';
import { byName } from '../analysis/views/nameOrder';

/** What a check may ask of the other reports. */
export interface CorpusLookup {
  readonly version: number;
  /**
   * The same agency's report for the year before, if one is known; of several (two sites' copies), the one
   * nearest `near` (a report's URI): in its folder, else the one whose folder shares the most with it; of
   * copies as near as each other, one `agrees` with where one does (two sites' copies of a report corrected
   * after it was first published: the report that carries over the corrected figure is not warned).
   */
  previousYear(agencyKey: string, year: number, near?: string, agrees?: (e: IndexedReport) => boolean): IndexedReport | undefined;
  /**
   * The same agency's other reports of a year (a corrected version, two sites' copies), by URI; none where the lookup
   * cannot tell (the CLI's index spilled to disk keeps one report an agency and year). `except`: the asking report's URI.
   */
  sameYear?(agencyKey: string, year: number, except?: string): IndexedReport[];
}

/** `lookup` as one report asks it: of several reports of the year before, the one nearest this one. */
export function lookupFrom(lookup: CorpusLookup, uri: string): CorpusLookup {
  return {
    get version() {
      return lookup.version;
    },
    // (A name that says no place is matched in the report's folder only: agencyPlace.ts.)
    previousYear: (agencyKey, year, _near, agrees) => lookup.previousYear(placedKey(agencyKey, uri), year, uri, agrees),
    sameYear: (agencyKey, year) => lookup.sameYear?.(placedKey(agencyKey, uri), year, uri) ?? [],
  };
}

/**
 * How near a report at `a` is to `near`: the folders they share, then the fewer folders of its own below
 * them (a copy beside the report before one in a subfolder of its folder).
 */
function nearness(a: string, near: string): number {
  const da = a.slice(0, a.lastIndexOf('/') + 1);
  const dn = near.slice(0, near.lastIndexOf('/') + 1);
  let k = 0;
  while (k < da.length && k < dn.length && da.charCodeAt(k) === dn.charCodeAt(k)) k++;
  const common = da.lastIndexOf('/', k - 1) + 1;
  const below = da.slice(common).split('/').length - 1;
  return common * 1000 - below;
}

export class ReportIndex implements CorpusLookup {
  private byUri = new Map<string, IndexedReport>();
  /** By agency, so that finding a report's previous year does not go through every report. */
  private byAgency = new Map<string, Map<string, IndexedReport>>();
  /** By a spelling's long key (agencyPlace.ts): the places its long names leave out, by URI — is a short name theirs. */
  private froms = new Map<string, Map<string, string>>();
  version = 0;

  get size(): number {
    return this.byUri.size;
  }

  get(uri: string): IndexedReport | undefined {
    return this.byUri.get(uri);
  }

  /** Whether any report is found under a key (an agency's, or a spelling's: agencyPlace.ts). */
  holds(key: string): boolean {
    return (this.byAgency.get(key)?.size ?? 0) > 0;
  }

  /** Sets (or with undefined removes) a file's entry; returns the entries it replaced and added, to see who depends on them. */
  set(uri: string, entry: IndexedReport | undefined): IndexedReport[] {
    const old = this.byUri.get(uri);
    if (!entry && !old) return [];
    if (entry && old && JSON.stringify(entry) === JSON.stringify(old)) return [];
    if (old) {
      const spelled = localKeys(old.agencyKey, old.uri);
      for (const k of keysOf(old, spelled)) this.byAgency.get(k)?.delete(uri);
      for (const s of spelled) if (s.long) this.froms.get(s.longKey)?.delete(uri);
    }
    if (entry) {
      this.byUri.set(uri, entry);
      const spelled = localKeys(entry.agencyKey, entry.uri);
      for (const k of keysOf(entry, spelled)) {
        let m = this.byAgency.get(k);
        if (!m) this.byAgency.set(k, (m = new Map()));
        m.set(uri, entry);
      }
      for (const s of spelled) {
        if (!s.long) continue;
        let m = this.froms.get(s.longKey);
        if (!m) this.froms.set(s.longKey, (m = new Map()));
        m.set(uri, s.from);
      }
    } else this.byUri.delete(uri);
    this.version++;
    return [old, entry].filter((x): x is IndexedReport => !!x);
  }

  previousYear(agencyKey: string, year: number, near?: string, agrees?: (e: IndexedReport) => boolean): IndexedReport | undefined {
    const own = this.nearest(agencyKey, year, near, agrees);
    if (own || near === undefined) return own;
    // (None under the name as written: one under its other spelling in the report's folder, where the long names of that
    // spelling are one place's — agencyPlace.ts. The asking report's own place counts, indexed or not.)
    for (const s of localKeys(agencyKey, near)) {
      const found = this.nearest(s.seek, year, near, agrees);
      const froms = [...(this.froms.get(s.longKey)?.values() ?? [])];
      if (found && onePlace(s.long ? [...froms, s.from] : froms)) return found;
    }
    return undefined;
  }

  private nearest(agencyKey: string, year: number, near?: string, agrees?: (e: IndexedReport) => boolean): IndexedReport | undefined {
    let best: IndexedReport | undefined;
    let bestNear = -Infinity;
    let bestAgrees = false;
    for (const e of this.byAgency.get(agencyKey)?.values() ?? []) {
      if (e.year !== year - 1) continue;
      const n = near === undefined ? 0 : nearness(e.uri, near);
      const ok = !!agrees?.(e);
      // The nearer; of two as near, one that agrees, then the first by URI.
      if (!best || n > bestNear || (n === bestNear && (ok !== bestAgrees ? ok : e.uri < best.uri))) {
        best = e;
        bestNear = n;
        bestAgrees = ok;
      }
    }
    return best;
  }

  sameYear(agencyKey: string, year: number, except?: string): IndexedReport[] {
    const out: IndexedReport[] = [];
    for (const e of this.byAgency.get(agencyKey)?.values() ?? []) if (e.year === year && e.uri !== except) out.push(e);
    return out.sort((a, b) => byName(a.uri, b.uri));
  }

  /** The agency's reports, by year (by its key as written: not those of its folder's other spellings). */
  ofAgency(agencyKey: string): IndexedReport[] {
    return [...(this.byAgency.get(agencyKey)?.values() ?? [])].filter((e) => e.agencyKey === agencyKey).sort((a, b) => a.year - b.year || byName(a.uri, b.uri));
  }

  all(): IndexedReport[] {
    return [...this.byUri.values()].sort((a, b) => byName(a.agency, b.agency) || a.year - b.year || byName(a.uri, b.uri));
  }
}

/** The keys an entry is found under: its own, and its spellings' in its folder (agencyPlace.ts). */
function keysOf(e: IndexedReport, spelled: Spelling[]): string[] {
  return [e.agencyKey, ...spelled.map((s) => s.own)];
}
