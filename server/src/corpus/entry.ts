/**
 * What the workspace remembers of a report: who issued it, for which year, in which form, its key
 * figures, and where its 二、上年结转 and 四、结转下年度 figures stand — enough to compare it with the
 * same agency's other years without keeping its text.
 */
import type { ReportAnalysis } from '../analysis/model/document';
import { agencyKey, agencyOf } from '../analysis/views/agency';
import { keyFigures, type KeyFigures } from '../analysis/views/keyFigures';
import type { ApplicationsTable, FormatVersion, ReviewTable } from '../analysis/types';
import { LineIndex, type PlainRange, type Positions } from './positions';

export interface FigureAt {
  value?: number;
  range: PlainRange;
}

export interface IndexedReport {
  uri: string;
  /** The file's name, for messages. */
  name: string;
  agency: string;
  agencyKey: string;
  year: number;
  form: FormatVersion;
  figures: KeyFigures;
  /** Table 三's 四、结转下年度继续办理, column by column (7), where it has it: next year's 上年结转 must equal it. */
  carryNext?: FigureAt[];
}

export const fileName = (uri: string) => decodeURIComponent(uri.replace(/[?#].*$/, '').split('/').pop() ?? uri);

/**
 * The entry of a report, or undefined when it names no agency or no year (nothing to match it by).
 * Positions come from `lines` when the caller has them (an open document's TextDocument keeps its
 * lines; finding them again in 1 MB would cost more than the edit that led here), else from `text`.
 */
export function indexEntry(uri: string, lines: string | Positions, analysis: ReportAnalysis): IndexedReport | undefined {
  // From the document facts, not the model: the model moves every table to document offsets, and
  // the index needs two tables' figures and one row's places.
  const facts = analysis.facts();
  if (!facts.isReport || facts.year === undefined) return undefined;
  const agency = agencyOf(facts.title?.text);
  if (!agency) return undefined;
  const appAt = facts.tables.find((t) => t.kind === 'applications');
  const app = appAt?.table as ApplicationsTable | undefined;
  const review = facts.tables.find((t) => t.kind === 'review')?.table as ReviewTable | undefined;
  // The agency is cut from the report's text, and a cut string keeps the whole text it was cut from
  // alive (V8's sliced strings): the index would hold every report's text. A copy holds only itself.
  const own = copyString(agency);
  const entry: IndexedReport = { uri, name: fileName(uri), agency: own, agencyKey: copyString(agencyKey(own)), year: facts.year, form: facts.format, figures: keyFigures(app, review) };
  if (app && appAt) {
    const at = typeof lines === 'string' ? new LineIndex(lines) : lines;
    const d = appAt.offset;
    const row = app.rows.find((r) => r.id === 'carryNext');
    const carryNext = row?.cells.map((c) => {
      const f: FigureAt = { range: { start: at.positionAt(c.span.start + d), end: at.positionAt(Math.max(c.span.end, c.span.start) + d) } };
      if (c.kind === 'number') f.value = c.value;
      else if (c.kind === 'blank' || c.kind === 'none') f.value = 0;
      return f;
    });
    if (carryNext) entry.carryNext = carryNext;
  }
  return entry;
}

function copyString(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}
