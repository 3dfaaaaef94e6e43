/**
 * A government's report with its region's table and its own in one section — 「（一）全区汇总情况」 then 「（二）区政府本级
 * 情况」 —: which tables of a kind beside the first are another scope's, so that a figure of the prose or last year's
 * carried over may be theirs. Only a table a scope's words stand before (analysis/model/tableScope.ts): two tables 三 with
 * nothing between them are a table pasted twice, one copy stale, whose mismatches are said (found by the review of the
 * first version, which took every second table for another scope's).
 */
import type { DocFacts } from '../../analysis/model/facts';

type Placed = DocFacts['tables'][number];

export function otherScopes(f: Pick<DocFacts, 'tables'>, first: Placed | undefined): Placed[] {
  if (!first) return [];
  return f.tables.filter((t) => t !== first && t.kind === first.kind && t.offset === first.offset && t.scoped);
}
