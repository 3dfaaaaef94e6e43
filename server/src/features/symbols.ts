/** Outline and breadcrumbs: the title, the sections, their sub-headings and tables, the tables' blocks. */
import type { DocumentSymbol, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { appDepth } from '../analysis/form/template';
import { REVIEW_GROUPS, TABLE_NAMES } from '../analysis/form/schema';
import type { Locale, ReportModel, Span, Table } from '../analysis/types';
import { activeBlockLabel, appLabel, tidyLabel } from '../analysis/views/labels';
import { text3, title3, wellFormed } from '../i18n/render';
import { codeAt, isSpaceCode, textLength, toRange } from './ranges';

const K = { file: 1 as SymbolKind, namespace: 3 as SymbolKind, field: 8 as SymbolKind, string: 15 as SymbolKind, struct: 23 as SymbolKind };

function sym(doc: TextDocument, name: string, kind: SymbolKind, range: Span, selection: Span, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  // Names as a person would write them: a scraped page's breaks inside labels and headings removed.
  const s: DocumentSymbol = { name: wellFormed(tidyLabel(name)) || '—', kind, range: toRange(doc, range), selectionRange: toRange(doc, selection), children };
  if (detail) s.detail = detail;
  return s;
}

function tableSymbol(doc: TextDocument, t: Table, locale: Locale): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  if (t.kind === 'active') {
    for (const b of t.blocks) {
      const name = activeBlockLabel(b.id, t.variant);
      children.push(sym(doc, name ? text3(name, locale) : tidyLabel(doc.getText(toRange(doc, b.header))), K.field, b.span, b.header));
    }
  } else if (t.kind === 'applications') {
    // Top-level row groups: 一、 二、 三、本年度办理结果 四、, named as the form names them.
    const named = (id: string, scraped: string) => {
      const l = appLabel(id);
      return l ? text3(l, locale) : tidyLabel(scraped);
    };
    const tops = [...t.rows.filter((r) => appDepth(r.id) === 0).map((r) => ({ span: r.label, text: named(r.id, r.labelText) })), ...t.groups.filter((g) => g.id === 'g-results').map((g) => ({ span: g.span, text: named(g.id, g.text) }))].sort((a, b) => a.span.start - b.span.start);
    tops.forEach((g, i) => {
      const end = i + 1 < tops.length ? tops[i + 1].span.start : t.span.end;
      children.push(sym(doc, g.text, K.field, { start: g.span.start, end: Math.max(g.span.end, end) }, g.span));
    });
  } else if (t.kind === 'statistics') {
    for (const r of t.rows) children.push(sym(doc, tidyLabel(r.labelText), K.field, r.label, r.label));
  } else {
    REVIEW_GROUPS.forEach((g, i) => {
      const cells = t.cells.slice(i * 5, i * 5 + 5).filter((c) => c.span.end > c.span.start || c.kind !== 'missing');
      if (!cells.length) return;
      const span = { start: cells[0].span.start, end: cells[cells.length - 1].span.end };
      children.push(sym(doc, text3(g.short, locale), K.field, span, span));
    });
  }
  // (Selected: the table's first line, its header's words — not its first character, which an outline's reveal showed as 「第」.)
  const text = doc.getText();
  let lineEnd = t.span.start;
  while (lineEnd < t.span.end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  return sym(doc, title3(TABLE_NAMES[t.kind], locale), K.struct, t.span, { start: t.span.start, end: Math.max(t.span.start + 1, Math.min(lineEnd, t.span.end)) }, children);
}

export function documentSymbols(doc: TextDocument, model: ReportModel, locale: Locale): DocumentSymbol[] {
  const sections = model.sections.map((s) => {
    const items: { start: number; sym: DocumentSymbol }[] = s.tables.map((t) => ({ start: t.span.start, sym: tableSymbol(doc, t, locale) }));
    s.subheadings.forEach((h, i) => {
      const next = subheadingEnd(s, i);
      items.push({ start: h.span.start, sym: sym(doc, h.text, K.string, { start: h.span.start, end: Math.max(h.span.end, trimEnd(doc, next)) }, h.span) });
    });
    items.sort((a, b) => a.start - b.start);
    // Children must lie inside their parent: a sub-heading's range stops where a table begins.
    const kids = items.map((x) => x.sym);
    // (A table's range may run on over the blank cells of empty lines after it: the section's holds it.)
    const end = Math.max(trimEnd(doc, s.span.end), ...s.tables.map((t) => Math.min(t.span.end, s.span.end)));
    return sym(doc, s.headingText, K.namespace, { start: s.span.start, end }, s.heading, kids);
  });
  const pre = model.preambleTables.map((t) => tableSymbol(doc, t, locale));
  if (!model.title) return [...pre, ...sections];
  const end = textLength(doc);
  return [sym(doc, model.title.text, K.file, { start: model.title.span.start, end }, model.title.span, [...pre, ...sections], model.year ? String(model.year) : undefined)];
}

/**
 * Where a sub-heading's part ends: at the next sub-heading, or at a table that follows it — a sibling in the outline,
 * which a range holding it would hide (breadcrumbs never reached the table, and folding the sub-heading folded the table:
 * found by a review of the editor's features).
 */
export function subheadingEnd(s: ReportModel['sections'][number], i: number): number {
  const next = s.subheadings[i + 1]?.span.start ?? s.span.end;
  const from = s.subheadings[i].span.end;
  let end = next;
  for (const t of s.tables) if (t.span.start >= from && t.span.start < end) end = t.span.start;
  return end;
}

/** Pulls a range end back over trailing line breaks, so folded sections do not swallow the blank line before the next one. */
function trimEnd(doc: TextDocument, end: number): number {
  let e = end;
  while (e > 0 && isSpaceCode(codeAt(doc, e - 1))) e--;
  return e;
}

/**
 * The outline for a client without hierarchical symbols (LSP's SymbolInformation): every symbol, its
 * parent's name as its container.
 */
export function flatSymbols(uri: string, symbols: readonly DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => {
    const info: SymbolInformation = { name: s.name, kind: s.kind, location: { uri, range: s.range } };
    if (container) info.containerName = container;
    return [info, ...flatSymbols(uri, s.children ?? [], s.name)];
  });
}
