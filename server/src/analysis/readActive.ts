/**
 * Reads table 二 (主动公开): blocks headed 「第二十条第（N）项」, a column header row, then rows
 * 规章, 行政规范性文件, 行政许可, … each followed by its figures. The form version (2021 or 2019)
 * is read off the table's own column headers, which decides how many figures each row has.
 */
import { fitRow } from './fitRow';
import { labelParts } from './labels';
import { ACTIVE_2019_HEADERS, ACTIVE_2021_HEADERS, activeBlocks, type ActiveBlockDef, type RowDef } from './schema';
import { chineseNumeral } from './normalize';
import type { Token } from './tokens';
import type { ActiveBlock, ActiveTable, Span } from './types';

const BLOCK = /^第二十条第\(?([一二三四五六七八九十]{1,2})\)?项/;

interface RawBlock {
  item: string;
  header: Span;
  end: number;
  rows: { label: Token; labelEnd: number; cells: Token[] }[];
}

export function readActive(tokens: Token[]): ActiveTable[] {
  const tables: ActiveTable[] = [];
  let blocks: RawBlock[] = [];
  let headers: string[] = [];
  const flush = () => {
    if (blocks.length) tables.push(build(blocks, headers));
    blocks = [];
    headers = [];
  };
  let current: RawBlock | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'text') continue;
    const b = BLOCK.exec(t.norm);
    if (b && chineseNumeral(b[1]) !== undefined) {
      if (blocks.some((x) => x.item === b[1])) flush();
      current = { item: b[1], header: { ...t.span }, end: t.span.end, rows: [] };
      blocks.push(current);
      continue;
    }
    if (!current) continue;
    if (isActiveHeader(t.norm)) {
      headers.push(t.norm);
      current.end = Math.max(current.end, t.span.end);
      continue;
    }
    if (!isActiveRowLabel(t.norm)) {
      // Prose or another table: the block ends here.
      if (t.norm.length > 30 || /\d/.test(t.norm)) current = undefined;
      continue;
    }
    const cells: Token[] = [];
    let j = i + 1;
    for (; j < tokens.length && tokens[j].kind !== 'text'; j++) cells.push(tokens[j]);
    current.rows.push({ label: t, labelEnd: t.span.end, cells });
    const lastNonBlank = cells.filter((c) => c.kind !== 'blank').pop();
    current.end = Math.max(current.end, lastNonBlank ? lastNonBlank.span.end : t.span.end);
    i = j - 1;
  }
  flush();
  return tables;
}

function isActiveHeader(n: string): boolean {
  if (n.length > 30) return false;
  return n.includes('信息内容') || [...ACTIVE_2021_HEADERS, ...ACTIVE_2019_HEADERS].some((h) => n.includes(h)) || n.includes('本年增') || n.includes('处理决定数量');
}

const ALL_ROWS: RowDef[] = [...activeBlocks('2021'), ...activeBlocks('2019')].flatMap((b) => b.rows);
function rowMatches(def: RowDef, n: string): boolean {
  const { words } = labelParts(n);
  if (words.length > 20 || /\d/.test(words)) return false;
  return def.exact ? def.keys.includes(words) : def.keys.some((k) => words.includes(k));
}
function isActiveRowLabel(n: string): boolean {
  return ALL_ROWS.some((d) => rowMatches(d, n));
}

function build(raw: RawBlock[], headers: string[]): ActiveTable {
  const is2019 = headers.some((h) => ACTIVE_2019_HEADERS.some((k) => h.includes(k))) || raw.some((b) => b.item === '九');
  const variant = is2019 ? '2019' : '2021';
  const defs = activeBlocks(variant);
  const blocks: ActiveBlock[] = raw.map((b) => {
    const def: ActiveBlockDef | undefined = defs.find((d) => d.item === b.item);
    const rows = def
      ? b.rows.flatMap((r) => {
          const rd = def.rows.find((d) => rowMatches(d, r.label.norm));
          if (!rd) return [];
          const fitted = fitRow(r.cells, def.columns.length, r.label.span);
          return [{ id: rd.id, label: { ...r.label.span }, labelText: r.label.raw, cells: fitted.cells, found: fitted.found }];
        })
      : [];
    return { id: def ? def.id : 'b' + (chineseNumeral(b.item) ?? 0), span: { start: b.header.start, end: b.end }, header: b.header, rows };
  });
  return {
    kind: 'active',
    span: { start: raw[0].header.start, end: Math.max(...raw.map((b) => b.end)) },
    variant,
    blocks,
  };
}
