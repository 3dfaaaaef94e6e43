/**
 * The report's sections as written, for the outline and folding: with the headings the reader does not
 * take for a section's because their numeral or words are not the form's — those section-missing names
 * (「标题「一、年度工作成效」与规定格式不同」), and those numbered on from a section of the report's own that it names
 * together (「「二、政务公开工作主要任务落实情况」不是规定格式中的部分…」). A report that put a section of its own second
 * (a real published one) had every later heading so, and its outline
 * was one section holding the whole report, which Fold All hid (found by a review in code-server).
 */
import { SECTIONS } from '../analysis/form/schema';
import type { Finding, ReportModel, SectionModel, Span, Table } from '../analysis/types';

const AS_WRITTEN = new Set(['section-missing.numbered', 'section-missing.worded', 'section-missing.styled']);

export function withHeadingsAsWritten(model: ReportModel, findings: readonly Finding[], text: string): ReportModel {
  const extra: SectionModel[] = [];
  const add = (section: unknown, span: Span) => {
    const def = SECTIONS.find((d) => d.name === section);
    if (def) extra.push({ section: def.id, heading: { ...span }, headingText: text.slice(span.start, span.end), span: { ...span }, subheadings: [], tables: [] });
  };
  for (const f of findings) {
    if (f.code !== 'section-missing') continue;
    if (AS_WRITTEN.has(f.message.key)) add(f.message.args?.section, f.span);
    // (The headings numbered on from a section the report put in: said together, at that section — inserted.ts.)
    else if (f.message.key === 'section-missing.inserted') for (const r of f.related ?? []) add(r.message.args?.section, r.span);
  }
  if (!extra.length) return model;
  const heads = [...model.sections.map((s) => ({ ...s })), ...extra].sort((a, b) => a.heading.start - b.heading.start);
  const subheadings = model.sections.flatMap((s) => s.subheadings);
  const tables: Table[] = [...model.preambleTables, ...model.sections.flatMap((s) => s.tables)];
  const inside = (x: Span, from: number, to: number) => x.start >= from && x.start < to;
  const sections = heads.map((h, i) => {
    const end = i + 1 < heads.length ? heads[i + 1].heading.start : model.length;
    const span = { start: h.heading.start, end };
    // (A sub-heading or table goes with the heading it follows, as written.)
    return { ...h, span, subheadings: subheadings.filter((x) => inside(x.span, h.heading.end, end)), tables: tables.filter((t) => inside(t.span, h.heading.start, end)) };
  });
  const first = heads[0].heading.start;
  const preamble = { start: model.preamble.start, end: Math.min(model.preamble.end, first) };
  return { ...model, preamble, preambleTables: model.preambleTables.filter((t) => t.span.start < first), sections };
}
