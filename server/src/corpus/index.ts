/**
 * The reports of a workspace (or of the files given to the CLI), by agency and year: what the checks
 * that look across reports (carry-over) and the views of many reports (summaries, trends) read. It
 * holds small entries only, never texts; `version` changes whenever an entry does.
 */
import type { IndexedReport } from './entry';

/** What a check may ask of the other reports. */
export interface CorpusLookup {
  readonly version: number;
  /** The same agency's report for the year before, if one is known. */
  previousYear(agencyKey: string, year: number): IndexedReport | undefined;
}

export class ReportIndex implements CorpusLookup {
  private byUri = new Map<string, IndexedReport>();
  /** By agency, so that finding a report's previous year does not go through every report. */
  private byAgency = new Map<string, Map<string, IndexedReport>>();
  version = 0;

  get size(): number {
    return this.byUri.size;
  }

  get(uri: string): IndexedReport | undefined {
    return this.byUri.get(uri);
  }

  /** Sets (or with undefined removes) a file's entry; returns the entries it replaced and added, to see who depends on them. */
  set(uri: string, entry: IndexedReport | undefined): IndexedReport[] {
    const old = this.byUri.get(uri);
    if (!entry && !old) return [];
    if (entry && old && JSON.stringify(entry) === JSON.stringify(old)) return [];
    if (old) this.byAgency.get(old.agencyKey)?.delete(uri);
    if (entry) {
      this.byUri.set(uri, entry);
      let m = this.byAgency.get(entry.agencyKey);
      if (!m) this.byAgency.set(entry.agencyKey, (m = new Map()));
      m.set(uri, entry);
    } else this.byUri.delete(uri);
    this.version++;
    return [old, entry].filter((x): x is IndexedReport => !!x);
  }

  previousYear(agencyKey: string, year: number): IndexedReport | undefined {
    let best: IndexedReport | undefined;
    for (const e of this.byAgency.get(agencyKey)?.values() ?? []) if (e.year === year - 1 && (!best || e.uri < best.uri)) best = e;
    return best;
  }

  /** The agency's reports, by year. */
  ofAgency(agencyKey: string): IndexedReport[] {
    return [...(this.byAgency.get(agencyKey)?.values() ?? [])].sort((a, b) => a.year - b.year || a.uri.localeCompare(b.uri));
  }

  all(): IndexedReport[] {
    return [...this.byUri.values()].sort((a, b) => a.agency.localeCompare(b.agency) || a.year - b.year || a.uri.localeCompare(b.uri));
  }
}
