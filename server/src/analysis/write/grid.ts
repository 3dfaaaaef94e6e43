/**
 * Tables as grids of cell texts, and writing a grid back as text in any layout. Shared by the
 * table-missing fix (the official empty table, in the layout the document already uses) and by
 * the table formatter (the document's own labels and figures, aligned).
 */
import type { Span } from '../types';

export type Layout = 'pipe' | 'cellPerLine' | 'tabs' | 'markdown' | 'spaces';
export type { Grid } from '../types';
import type { Grid } from '../types';

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

export interface RenderOptions {
  eol: string;
  /** Pad every column to its widest cell (display width). */
  align?: boolean;
  /** For pipe rows: also open each row with a pipe. */
  leadingPipe?: boolean;
  /** Rows written as given instead of as cells (index → text). */
  verbatim?: ReadonlyMap<number, string>;
}

export function renderGrid(grid: Grid, layout: Layout, o: RenderOptions): string {
  if (o.verbatim?.size) {
    // The verbatim rows take no part in the alignment: render the others, then put them back in place.
    const kept = grid.filter((_, i) => !o.verbatim!.has(i));
    const lines = kept.length ? renderGrid(kept, layout, { ...o, verbatim: undefined }).split(o.eol) : [];
    const rule = layout === 'markdown' && lines.length > 1 ? lines.splice(1, 1)[0] : undefined;
    const out: string[] = [];
    let k = 0;
    grid.forEach((_, i) => out.push(o.verbatim!.has(i) ? o.verbatim!.get(i)! : lines[k++]));
    if (rule !== undefined) out.splice(1, 0, rule);
    return out.join(o.eol);
  }
  const width = Math.max(...grid.map((r) => r.length));
  const rows = grid.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const widths = o.align ? Array.from({ length: width }, (_, i) => Math.max(1, ...rows.map((r) => displayWidth(r[i])))) : undefined;
  const cell = (s: string, i: number) => (widths ? pad(s, widths[i]) : s);
  switch (layout) {
    case 'markdown': {
      const line = (r: string[]) => '| ' + r.map(cell).join(' | ') + ' |';
      const rule = '|' + (widths ?? rows[0].map(() => 3)).map((w) => '-'.repeat(w + 2)).join('|') + '|';
      return [line(rows[0]), rule, ...rows.slice(1).map(line)].join(o.eol);
    }
    case 'pipe':
      // Unaligned rows drop the spaces of empty trailing cells; aligned rows keep every column's width.
      return rows.map((r) => (o.leadingPipe ? '| ' : '') + (widths ? r.map(cell).join(' | ') : r.join(' | ').replace(/\s+$/, '')) + ' |').join(o.eol);
    case 'tabs':
      return rows.map((r) => r.join('\t')).join(o.eol);
    case 'spaces':
      return rows.map((r) => r.filter((c) => c !== '').join(' ')).join(o.eol);
    case 'cellPerLine':
      return rows.flatMap((r) => r.filter((c) => c !== '').map((c) => c + ' |')).join(o.eol);
  }
}

const MD_RULE = /^\s*\|?\s*:?-{2,}:?\s*\|/m;

/** The layout of the table in text[span]. */
export function detectLayout(text: string, span: Span): Layout {
  const lines = text.slice(span.start, span.end).split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  if (!lines.length) return 'pipe';
  const tabs = lines.filter((l) => l.includes('\t')).length;
  const pipes = lines.filter((l) => /[|｜]/.test(l)).length;
  if (tabs > pipes) return 'tabs';
  if (pipes === 0) return 'spaces';
  if (MD_RULE.test(text.slice(span.start, Math.min(text.length, span.end + 200)))) return 'markdown';
  const single = lines.filter((l) => l.replace(/[|｜]\s*$/, '').split(/[|｜]/).filter((c) => c.trim() !== '').length <= 1).length;
  return single > lines.length * 0.8 ? 'cellPerLine' : 'pipe';
}
