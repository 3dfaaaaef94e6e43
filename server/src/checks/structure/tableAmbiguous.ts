/**
 * table-ambiguous: figures that arrived glued together and split in more than one valid way
 * (spec §4 item 6). The row's readings are named; its figures are left undetermined, so no sum is
 * checked on them — reporting a wrong figure as an error would be worse than saying we cannot tell.
 * Each reading, when there are a few, is offered as a fix that writes it out with its spaces, for the
 * user who has the original table. Table 二's rows have no sums to choose by, but the report's own
 * words may (「我局制定规范性文件5件」「现行有效的规范性文件16件」): when they fit exactly one reading,
 * the finding says so and that fix comes first. The choice stays the user's — the report's words and
 * its table may disagree — so the row is not read by it. (A document check for that reason: the words
 * are usually in another section.)
 */
import { activeBlocks, APP_WIDTH, appRowDef, REVIEW_WIDTH, TABLE_NAMES } from '../../analysis/form/schema';
import type { Statement, StatementKind } from '../../analysis/reader/segments/prose';
import { splitEdits } from '../../analysis/write/splitGlued';
import { foldChars } from '../../analysis/reader/text/normalize';
import type { Finding, Fix, Related, RowGlue, Span, Table, Text3 } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';

const SHOWN = 3;
/** Readings offered as fixes, one each, when there are no more than this. */
const OFFERED = 6;

/** The column of table 二's document rows each statement gives, by form and row (2019: 本年新制作数量 only). */
const STATED: Record<'2021' | '2019', Record<string, Partial<Record<StatementKind, number>>>> = {
  '2021': { rules: { rulesIssued: 0, rulesRepealed: 1, rulesInForce: 2 }, normative: { normIssued: 0, normRepealed: 1, normInForce: 2 } },
  '2019': { rules: { rulesIssued: 0 }, normative: { normIssued: 0 } },
};

/** 「14|2|0|0|0|0|16、1|42|…」: the first few readings. */
function readings(g: RowGlue): string {
  const list = (g.readings ?? []).slice(0, SHOWN).map((r) => r.join('|'));
  return list.join('、') + ((g.readings?.length ?? 0) > SHOWN || g.more ? ' …' : '');
}

/** Where a statement's words start: its verb, 现行有效, or the documents' name (prose.ts), with no punctuation after. */
const STATED_WORDS = /(?:制发|制定|出台|印发|废止|宣布失效|现行有效|政府规章|行政规范性文件|规范性文件|规章)[^，。；：、,;:]*$/;

/** The words a statement's figure stands in (「我局制定规范性文件5件」 → 「制定规范性文件5件」), read through the fold for either script. */
function phrase(text: string, span: Span): string {
  const from = Math.max(0, span.start - 24);
  const f = foldChars(text.slice(from, span.start));
  const m = STATED_WORDS.exec(f.s);
  const a = m ? from + f.back[m.index] : span.start;
  let b = span.end;
  while (b < text.length && text[b] === ' ') b++;
  b = /[件份]/.test(text[b] ?? '') ? b + 1 : span.end;
  return text.slice(a, b).replace(/\s+/g, '');
}

/**
 * The one reading every statement of the report's words that fits any reading at all fits, with those
 * statements (one that fits none speaks of something else: the whole county, another year); undefined
 * when no statement fits, or they leave several readings or contradict each other.
 */
function statedReading(g: RowGlue, columns: Partial<Record<StatementKind, number>> | undefined, statements: readonly Statement[]): { index: number; said: Statement[] } | undefined {
  const rs = g.readings;
  if (!columns || g.more || !rs?.length) return undefined;
  let left = rs.map((_, i) => i);
  const said: Statement[] = [];
  for (const s of statements) {
    const col = columns[s.kind];
    if (col === undefined || !rs.some((r) => r[col] === s.value)) continue;
    left = left.filter((i) => rs[i][col] === s.value);
    said.push(s);
  }
  return said.length && left.length === 1 ? { index: left[0], said: said.sort((x, y) => x.span.start - y.span.start) } : undefined;
}

function finding(text: string, name: Text3, g: RowGlue, offset: number, stated: ReturnType<typeof statedReading>): Finding {
  const count = g.readings?.length ?? 0;
  const key = stated ? 'ambiguous.text' : g.rule ? 'ambiguous.rule' : 'ambiguous.free';
  const out: Finding = {
    code: 'table-ambiguous',
    severity: 'warning',
    span: { start: g.run.start + offset, end: g.run.end + offset },
    message: msg(g.more ? key + '.many' : key, { row: name, digits: g.raw, count, readings: readings(g), ...(stated && { said: stated.said.map((x) => phrase(text, x.span)).join('」「'), reading: g.readings![stated.index].join('|') }) }),
  };
  if (stated) out.related = stated.said.map((s): Related => ({ span: { ...s.span }, message: msg('ambiguous.statement') }));
  const fixes = splitFixes(g, offset, stated?.index);
  if (fixes.length) out.fixes = fixes;
  return out;
}

/** One fix a reading, writing it out with spaces (the one the report's words fit first). */
function splitFixes(g: RowGlue, offset: number, stated: number | undefined): Fix[] {
  const rs = g.readings ?? [];
  if (g.more || !g.lengths || rs.length < 2 || rs.length > OFFERED) return [];
  const run = { start: g.run.start + offset, end: g.run.end + offset };
  const fixes: Fix[] = [];
  rs.forEach((r, i) => {
    const edits = g.lengths![i] && splitEdits(run, g.raw, g.lengths![i]);
    if (!edits?.length) return;
    const fix: Fix = { title: msg('fix.split', { reading: r.join(' | ') }), edits };
    if (i === stated) fix.preferred = true;
    fixes.push(fix);
  });
  return stated === undefined ? fixes : [...fixes.filter((f) => f.preferred), ...fixes.filter((f) => !f.preferred)];
}

interface Undetermined {
  name: Text3;
  glue: RowGlue;
  width: number;
  /** Table 二: the column each statement of the report's words gives in this row. */
  stated?: Partial<Record<StatementKind, number>>;
}

/** The glued rows of a table that could not be determined, with their names. */
export function undeterminedRows(table: Table): Undetermined[] {
  const out: Undetermined[] = [];
  switch (table.kind) {
    case 'applications':
      for (const r of table.rows) if (r.glue) out.push({ name: appRowDef(r.id)?.short ?? { cn: r.labelText, tw: r.labelText, en: r.labelText }, glue: r.glue, width: APP_WIDTH });
      break;
    case 'review':
      if (table.rowGlue) out.push({ name: TABLE_NAMES.review, glue: table.rowGlue, width: REVIEW_WIDTH });
      break;
    case 'active':
      for (const b of table.blocks) {
        const def = activeBlocks(table.variant).find((d) => d.id === b.id);
        for (const r of b.rows) if (r.glue) out.push({ name: def?.rows.find((x) => x.id === r.id)?.short ?? { cn: r.labelText, tw: r.labelText, en: r.labelText }, glue: r.glue, width: def?.columns.length ?? r.cells.length, stated: STATED[table.variant][r.id] });
      }
      break;
    case 'statistics':
      for (const r of table.rows) if (r.glue) out.push({ name: { cn: r.labelText, tw: r.labelText, en: r.labelText }, glue: r.glue, width: table.columns.length });
      break;
  }
  return out;
}

export const tableAmbiguous: DocumentCheck = {
  code: 'table-ambiguous',
  severity: 'warning',
  scope: 'document',
  description: {
    cn: '连在一起的数字有多种合理的拆法，无法确定',
    tw: '連在一起的數字有多種合理的拆法，無法確定',
    en: 'Glued figures split in more than one valid way and cannot be determined',
  },
  messages: {
    'ambiguous.rule': {
      cn: '「{row}」的数字「{digits}」有 {count} 种拆法都符合合计：{readings}；列合计与勾稽关系也无法确定，这一行未作核对',
      tw: '「{row}」的數字「{digits}」有 {count} 種拆法都符合合計：{readings}；列合計與勾稽關係也無法確定，這一行未作核對',
      en: 'The figures {digits} of {row} split {count} ways that all add up: {readings}; the column rules cannot decide either, so this row is not checked',
    },
    'ambiguous.rule.many': {
      cn: '「{row}」的数字「{digits}」拆法太多（符合合计的至少 {count} 种：{readings}），无法确定，这一行未作核对',
      tw: '「{row}」的數字「{digits}」拆法太多（符合合計的至少 {count} 種：{readings}），無法確定，這一行未作核對',
      en: 'The figures {digits} of {row} split too many ways (at least {count} add up: {readings}); this row is not checked',
    },
    'ambiguous.free': {
      cn: '「{row}」的数字「{digits}」有 {count} 种拆法：{readings}；此处各数之间没有合计关系，无法确定，请按原表核对',
      tw: '「{row}」的數字「{digits}」有 {count} 種拆法：{readings}；此處各數之間沒有合計關係，無法確定，請按原表核對',
      en: 'The figures {digits} of {row} split {count} ways: {readings}; no sum links them, so they cannot be determined — check the original table',
    },
    'ambiguous.text': {
      cn: '「{row}」的数字「{digits}」有 {count} 种拆法：{readings}；正文「{said}」只与 {reading} 相符，可按此拆开，请按原表核对',
      tw: '「{row}」的數字「{digits}」有 {count} 種拆法：{readings}；正文「{said}」只與 {reading} 相符，可按此拆開，請按原表核對',
      en: 'The figures {digits} of {row} split {count} ways: {readings}; the text’s “{said}” fits {reading} only, which a fix writes out — check the original table',
    },
    'ambiguous.statement': { cn: '正文所述的数字', tw: '正文所述的數字', en: 'The figure the text states' },
    'fix.split': { cn: '按 {reading} 拆开', tw: '按 {reading} 拆開', en: 'Split as {reading}' },
    'ambiguous.free.many': {
      cn: '「{row}」的数字「{digits}」拆法太多（至少 {count} 种：{readings}），无法确定，请按原表核对',
      tw: '「{row}」的數字「{digits}」拆法太多（至少 {count} 種：{readings}），無法確定，請按原表核對',
      en: 'The figures {digits} of {row} split too many ways (at least {count}: {readings}); check the original table',
    },
  },
  run(f) {
    if (f.format === 'pre-2019') return [];
    const out: Finding[] = [];
    for (const t of f.tables) {
      if (!t.table.glue) continue;
      for (const r of undeterminedRows(t.table)) if (r.glue.status === 'ambiguous') out.push(finding(f.text, r.name, r.glue, t.offset, statedReading(r.glue, r.stated, f.statements)));
    }
    return out;
  },
};
