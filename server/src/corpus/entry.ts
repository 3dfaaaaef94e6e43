/**
 * What the workspace remembers of a report: who issued it, for which year, in which form, its key
 * figures, and where its 二、上年结转 and 四、结转下年度 figures stand — enough to compare it with the
 * same agency's other years without keeping its text.
 */
import type { ReportAnalysis } from '../analysis/model/document';
import { agencyKey, agencyOf } from '../analysis/views/agency';
import { keyFigures, type KeyFigures } from '../analysis/views/keyFigures';
import { tablesOf } from '../analysis/views/locate';
import type { ApplicationsTable, FormatVersion, ReviewTable } from '../analysis/types';
import { LineIndex, type PlainRange } from './positions';

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

/** The entry of a report, or undefined when it names no agency or no year (nothing to match it by). */
export function indexEntry(uri: string, text: string, analysis: ReportAnalysis): IndexedReport | undefined {
  const model = analysis.model();
  if (!model.isReport || model.year === undefined) return undefined;
  const agency = agencyOf(model.title?.text);
  if (!agency) return undefined;
  const tables = tablesOf(model);
  const app = tables.find((t): t is ApplicationsTable => t.kind === 'applications');
  const review = tables.find((t): t is ReviewTable => t.kind === 'review');
  // The agency is cut from the report's text, and a cut string keeps the whole text it was cut from
  // alive (V8's sliced strings): the index would hold every report's text. A copy holds only itself.
  const own = copyString(agency);
  const entry: IndexedReport = { uri, name: fileName(uri), agency: own, agencyKey: copyString(agencyKey(own)), year: model.year, form: model.format, figures: keyFigures(app, review) };
  if (app) {
    const lines = new LineIndex(text);
    const row = (id: string) => app.rows.find((r) => r.id === id);
    const at = (id: string): FigureAt[] | undefined => {
      const r = row(id);
      return r?.cells.map((c) => {
        const f: FigureAt = { range: lines.range(c.span.start, Math.max(c.span.end, c.span.start)) };
        if (c.kind === 'number') f.value = c.value;
        else if (c.kind === 'blank' || c.kind === 'none') f.value = 0;
        return f;
      });
    };
    const carryNext = at('carryNext');
    if (carryNext) entry.carryNext = carryNext;
  }
  return entry;
}

/** A string that shares no memory with the one it was cut from. */
function copyString(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}
