/**
 * Reads table 三 (收到和处理政府信息公开申请情况) from a token stream: every known row label,
 * then the cells that follow it up to the next text. Works the same on every layout because it
 * never relies on line structure. A second occurrence of a row already read starts a new table
 * (scraped pages repeat tables).
 */
import { fitRow } from './fitRow';
import { isAppHeader, matchAppLabel } from './labels';
import { APP_WIDTH } from './schema';
import type { Token } from './tokens';
import type { ApplicationsTable, GroupLabel, Span, TableRow } from './types';

/** Fewer rows than this and the labels were prose, not a table. */
const MIN_ROWS = 3;
const MAX_CONTINUATION = 30;

interface Draft {
  start: number;
  header?: Span;
  end: number;
  rows: TableRow[];
  groups: GroupLabel[];
  seen: Set<string>;
}

export function readApplications(tokens: Token[]): ApplicationsTable[] {
  const tables: ApplicationsTable[] = [];
  let draft: Draft | undefined;
  const close = () => {
    if (draft && draft.rows.length >= MIN_ROWS) tables.push(finish(draft));
    draft = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind !== 'text') continue;
    const previous = draft?.rows[draft.rows.length - 1]?.id;
    const m = matchAppLabel(tok.norm, !!draft && draft.rows.length > 0, previous);
    if (!m) continue;
    if (m.isGroup) {
      if (draft) {
        draft.groups.push({ id: m.def.id, span: { ...tok.span }, text: tok.raw });
        draft.end = Math.max(draft.end, tok.span.end);
      }
      continue;
    }
    // The label may continue in the next text cells (a label broken across cells or lines).
    let labelEnd = tok.span.end;
    let j = i + 1;
    const cells: Token[] = [];
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind === 'text') {
        const nonBlankSeen = cells.some((c) => c.kind !== 'blank');
        if (!nonBlankSeen && t.norm.length <= MAX_CONTINUATION && !/\d/.test(t.norm) && !matchAppLabel(t.norm, true, m.def.id) && !isAppHeader(t.norm)) {
          labelEnd = t.span.end;
          cells.length = 0;
          continue;
        }
        break;
      }
      cells.push(t);
    }
    // （六）其他处理 is a group in the 2021 form and a row of figures in the 2019 form.
    if (m.def.id === 'other' && !cells.some((c) => c.kind !== 'blank')) {
      if (draft) draft.groups.push({ id: 'g-other', span: { ...tok.span }, text: tok.raw });
      continue;
    }
    if (draft && draft.seen.has(m.def.id)) close();
    if (!draft) draft = open(tokens, i);
    const labelSpan = { start: tok.span.start, end: labelEnd };
    const fitted = fitRow(cells, APP_WIDTH, labelSpan);
    draft.rows.push({ id: m.def.id, label: labelSpan, labelText: tokens.slice(i, j).filter((t) => t.kind === 'text' && t.span.end <= labelEnd).map((t) => t.raw).join(''), cells: fitted.cells, found: fitted.found });
    draft.seen.add(m.def.id);
    const lastCell = fitted.cells.filter((c) => c.kind !== 'missing').pop();
    draft.end = Math.max(draft.end, lastCell ? lastCell.span.end : labelEnd);
    i = j - 1;
  }
  close();
  return tables;
}

/** Opens a table at the first row label, taking in the header cells just before it. */
function open(tokens: Token[], first: number): Draft {
  let h = first;
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'blank') continue;
    if (t.kind === 'text' && isAppHeader(t.norm)) {
      h = k;
      continue;
    }
    break;
  }
  const start = tokens[h].span.start;
  const draft: Draft = { start, end: tokens[first].span.end, rows: [], groups: [], seen: new Set() };
  if (h < first) {
    let end = start;
    for (let k = h; k < first; k++) if (tokens[k].kind === 'text') end = tokens[k].span.end;
    draft.header = { start, end };
  }
  return draft;
}

function finish(d: Draft): ApplicationsTable {
  const hasOtherRow = d.rows.some((r) => r.id === 'other');
  const hasOtherItems = d.rows.some((r) => r.id === 'o1' || r.id === 'o2' || r.id === 'o3');
  const table: ApplicationsTable = {
    kind: 'applications',
    span: { start: d.start, end: d.end },
    variant: hasOtherRow && !hasOtherItems ? '2019' : '2021',
    rows: d.rows,
    groups: d.groups,
  };
  if (d.header) table.header = d.header;
  return table;
}
