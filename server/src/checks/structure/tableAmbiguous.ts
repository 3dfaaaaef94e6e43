/**
 * table-ambiguous: figures that arrived glued together and split in more than one valid way
 * (spec §4 item 6). The row's readings are named; its figures are left undetermined, so no sum is
 * checked on them — reporting a wrong figure as an error would be worse than saying we cannot tell.
 * Each reading, when there are a few, is offered as a fix that writes it out with its spaces, for the
 * user who has the original table. Table 二's rows have no sums to choose by, but the report's own
 * words may (「我局制定规范性文件5件」「现行有效的规范性文件16件」): when they fit exactly one reading,
 * the finding says so and that fix comes first. The choice stays the user's — the report's words and
 * its table may disagree — so the row is not read by it (statedReading.ts says which words count). A
 * document check for that reason: the words are usually in another section.
 */
import { governmentForm } from '../../analysis/model/format';
import { activeBlocks, APP_WIDTH, appRowDef, REVIEW_WIDTH, TABLE_NAMES } from '../../analysis/form/schema';
import type { Statement, StatementKind } from '../../analysis/reader/segments/prose';
import { splitEdits } from '../../analysis/write/splitGlued';
import type { Finding, Fix, Related, RowGlue, Table, TableRow, Text3 } from '../../analysis/types';
import { lineage } from '../../analysis/shift';
import { moveInPlace } from '../shiftFinding';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';
import { DOCUMENT_ROWS, floorWords, keepsFloor } from '../../analysis/form/documentFloor';
import { documentStatements, ownStatements, places, reportAround, STATED, statedReading, type Stated } from './statedReading';

const SHOWN = 3;

/** Each glued table's findings, by its lineage (shift.ts), with where it stood and the statements they read. */
const kept = new WeakMap<object, { at: number; year: number | undefined; needs: boolean; statements: number[]; said: Statement[]; around: string[]; findings: Finding[] }>();
/**
 * The words around a statement its finding quotes (statedReading.ts phrase: 30 characters before it, 8 after): a finding is kept
 * only while they are the same — a statement kept across an edit of its verb (「制定」 → 「出台」) kept the old words quoted, found by
 * a hunt of edits. (Read from the segments: the document's text is not joined for it.)
 */
const aroundOf = (f: { slice(a: number, b: number): string }, x: Statement) => f.slice(Math.max(0, x.span.start - 30), x.span.end + 8);
/** Readings offered as fixes, one each, when there are no more than this (the one the report's words fit, always). */
const OFFERED = 6;
/** Statements pointed at from one finding (a document of many reports repeats them). */
const RELATED = 4;

/** 「14|2|0|0|0|0|16、1|42|…」: the first few readings (listed with 、 in Chinese, commas in English). */
function readings(g: RowGlue): Text3 {
  return listed(g.readings ?? [], !!g.more);
}
function listed(rs: readonly number[][], more = false): Text3 {
  const list = rs.slice(0, SHOWN).map((r) => r.join('|'));
  const rest = rs.length > SHOWN || more ? ' …' : '';
  return { cn: list.join('、') + rest, tw: list.join('、') + rest, en: list.join(', ') + rest };
}

/** The fix that writes reading `i` out with spaces, if its lengths are a reading of the run. */
function splitFix(g: RowGlue, offset: number, i: number): Fix | undefined {
  const lengths = g.lengths?.[i];
  const edits = lengths && splitEdits({ start: g.run.start + offset, end: g.run.end + offset }, g.raw, lengths);
  return edits && edits.length ? { title: msg('fix.split', { reading: g.readings![i].join(' | ') }), edits } : undefined;
}

/** One fix a reading, when there are a few (of `only`, where given); the one the report's words fit first (and offered however many there are). */
function splitFixes(g: RowGlue, offset: number, stated: number | undefined, only?: readonly number[]): Fix[] {
  const rs = g.readings ?? [];
  const fixes: Fix[] = [];
  if (stated !== undefined) {
    const fix = splitFix(g, offset, stated);
    if (fix) fixes.push({ ...fix, preferred: true });
  }
  if (g.more || rs.length < 2 || rs.length > OFFERED) return fixes;
  for (let i = 0; i < rs.length; i++) {
    const fix = i === stated || (only && !only.includes(i)) ? undefined : splitFix(g, offset, i);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/**
 * The readings of a document row of table 二 that keep its bound (documentFloor.ts: 现行有效 ≥ 制发 − 废止), by index;
 * undefined where the row has no bound or its readings are not all known.
 */
function floorKeeping(g: RowGlue, variant: '2021' | '2019' | undefined): number[] | undefined {
  const rs = g.readings;
  if (!variant || g.more || !rs || rs.length < 2) return undefined;
  return rs.flatMap((r, i) => (r.length === 3 && keepsFloor(variant, r) ? [i] : []));
}

function finding(name: Text3, g: RowGlue, offset: number, stated: Stated | undefined, floor?: '2021' | '2019'): Finding {
  // (The report's words first; else the row's bound, where it leaves one reading: 「6040」 is 6|0|40, as 60|4|0 would have
  // sixty issued and none in force. Said, and its fix offered first — not read so: no sum of the form settles a row of
  // table 二, and the report's figures may break the bound (document-count says so where they are known).)
  // (Nor the words where the reading they fit breaks the bound that another keeps: 「县政府全年共制发行政规范性文件60件」 is
  // another body's, 60|3|4 sixty issued and four in force — the two say different things, and neither is named. Found by a
  // review of the first version.)
  const rs = g.readings ?? [];
  const keeping = floorKeeping(g, floor);
  if (stated && keeping?.length && !keeping.includes(stated.index)) return finding(name, g, offset, undefined, undefined);
  const bound = !stated && keeping?.length === 1 ? keeping[0] : undefined;
  // (Where the bound leaves two readings or more of several, those are the ones named and offered: 「5615」's 56|1|5 would
  // have fifty-six issued and five in force — found by a review of real pages, whose message listed it.)
  const kept = !stated && keeping && keeping.length >= 2 && keeping.length < rs.length ? keeping : undefined;
  const fixes = splitFixes(g, offset, stated?.index ?? bound, kept);
  // (The report's words are named only where their reading can be written out: the message says a fix does it.)
  const named = stated && fixes[0]?.preferred ? stated : undefined;
  const bounded = bound !== undefined && fixes[0]?.preferred ? bound : undefined;
  const key = named ? 'ambiguous.text' : bounded !== undefined ? 'ambiguous.floor' : kept ? 'ambiguous.floorSome' : g.rule ? 'ambiguous.rule' : 'ambiguous.free';
  const out: Finding = {
    code: 'table-ambiguous',
    severity: 'warning',
    span: { start: g.run.start + offset, end: g.run.end + offset },
    // (A search cut short before any reading that adds up was found says so — not 「至少 0 种」: found by the review's
    // generated texts, a 28-digit run.)
    message: msg(g.more ? key + (rs.length === 0 && key === 'ambiguous.rule' ? '.none' : '.many') : key, {
      row: name,
      digits: g.raw,
      count: g.readings?.length ?? 0,
      readings: readings(g),
      ...(named && { said: named.words, reading: g.readings![named.index].join('|') }),
      ...(bounded !== undefined && floor && { rule: floorWords(floor), reading: g.readings![bounded].join('|') }),
      ...(kept && floor && { rule: floorWords(floor), kept: kept.length, keptReadings: listed(kept.map((i) => rs[i])) }),
    }),
  };
  if (named) out.related = named.said.slice(0, RELATED).map((s): Related => ({ span: { ...s.span }, message: msg('ambiguous.statement') }));
  if (fixes.length) out.fixes = fixes;
  return out;
}

/**
 * A total of table 三 left undetermined because its leading digit may be an OCR's reading of the rule before it
 * (ruleAsDigit.ts): both readings named, and the fix that reads it as the row's sum (the digit dropped).
 */
function ruleDigitFinding(r: TableRow, offset: number, out: Finding[]): void {
  const c = r.cells[APP_WIDTH - 1];
  if (c?.withoutRule === undefined) return;
  const span = { start: c.span.start + offset, end: c.span.end + offset };
  const reading = String(c.withoutRule);
  out.push({
    code: 'table-ambiguous',
    severity: 'warning',
    span,
    message: msg('ambiguous.ruleDigit', { row: appRowDef(r.id)?.short ?? { cn: r.labelText, tw: r.labelText, en: r.labelText }, digits: c.raw, lead: c.raw[0], reading }),
    fixes: [{ title: msg('fix.ruleDigit', { reading, lead: c.raw[0] }), edits: [{ span: { ...span }, newText: reading }], preferred: true }],
  });
}

interface Undetermined {
  name: Text3;
  glue: RowGlue;
  width: number;
  /** Table 二: the column each statement of the report's words gives in this row. */
  stated?: Partial<Record<StatementKind, number>>;
  /** Table 二's document rows: the form whose bound their figures keep (documentFloor.ts). */
  floor?: '2021' | '2019';
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
        for (const r of b.rows) if (r.glue) out.push({ name: def?.rows.find((x) => x.id === r.id)?.short ?? { cn: r.labelText, tw: r.labelText, en: r.labelText }, glue: r.glue, width: def?.columns.length ?? r.cells.length, stated: STATED[table.variant][r.id], ...(DOCUMENT_ROWS.has(r.id) && { floor: table.variant }) });
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
      cn: '「{row}」的数字「{digits}」有 {count} 种拆法都符合合计：{readings}；列合计与勾稽关系也无法确定，各种拆法不一致的格未作核对',
      tw: '「{row}」的數字「{digits}」有 {count} 種拆法都符合合計：{readings}；欄合計與勾稽關係也無法確定，各種拆法不一致的格未作核對',
      en: 'The figures {digits} of {row} split {count} ways that all add up: {readings}; the column rules cannot decide either, so the cells the ways disagree on are not checked',
    },
    'ambiguous.rule.many': {
      cn: '「{row}」的数字「{digits}」拆法太多（符合合计的至少 {count} 种：{readings}），无法确定，这一行未作核对',
      tw: '「{row}」的數字「{digits}」拆法太多（符合合計的至少 {count} 種：{readings}），無法確定，這一列未作核對',
      en: 'The figures {digits} of {row} split too many ways (at least {count} add up: {readings}); this row is not checked',
    },
    'ambiguous.rule.none': {
      cn: '「{row}」的数字「{digits}」位数太多，拆法太多，在限定的尝试次数内没有找到符合合计的拆法，无法确定，这一行未作核对，请按原表核对',
      tw: '「{row}」的數字「{digits}」位數太多，拆法太多，在限定的嘗試次數內沒有找到符合合計的拆法，無法確定，這一列未作核對，請按原表核對',
      en: 'The figures {digits} of {row} split too many ways: none that adds up was found within the search’s limit; this row is not checked — check the original table',
    },
    'ambiguous.free': {
      cn: '「{row}」的数字「{digits}」有 {count} 种拆法：{readings}；此处各数之间没有合计关系，无法确定，请按原表核对',
      tw: '「{row}」的數字「{digits}」有 {count} 種拆法：{readings}；此處各數之間沒有合計關係，無法確定，請按原表核對',
      en: 'The figures {digits} of {row} split {count} ways: {readings}; no sum links them, so they cannot be determined — check the original table',
    },
    'ambiguous.text': {
      cn: '「{row}」的数字「{digits}」有 {count} 种拆法：{readings}；正文「{said}」只与 {reading} 相符，可按此拆开，请按原表核对',
      tw: '「{row}」的數字「{digits}」有 {count} 種拆法：{readings}；正文「{said}」只與 {reading} 相符，可按此拆開，請按原表核對',
      en: 'The figures {digits} of {row} split {count} ways: {readings}; the text’s “{said}” agrees with {reading} only, which a fix writes out — check the original table',
    },
    'ambiguous.floor': {
      cn: '「{row}」的数字「{digits}」有 {count} 种拆法：{readings}；只有 {reading} 符合{rule}，可按此拆开，请按原表核对',
      tw: '「{row}」的數字「{digits}」有 {count} 種拆法：{readings}；只有 {reading} 符合{rule}，可按此拆開，請按原表核對',
      en: 'The figures {digits} of {row} split {count} ways: {readings}; only {reading} keeps the bound that {rule}, which a fix writes out — check the original table',
    },
    'ambiguous.floorSome': {
      cn: '「{row}」的数字「{digits}」有 {count} 种拆法，其中符合{rule}的有 {kept} 种：{keptReadings}；无法确定，请按原表核对',
      tw: '「{row}」的數字「{digits}」有 {count} 種拆法，其中符合{rule}的有 {kept} 種：{keptReadings}；無法確定，請按原表核對',
      en: 'The figures {digits} of {row} split {count} ways, {kept} of which keep the bound that {rule}: {keptReadings} — they cannot be determined; check the original table',
    },
    'ambiguous.ruleDigit': {
      cn: '「{row}」的总计「{digits}」无法确定：扫描识别（OCR）常把表格竖线读成数字，去掉开头的「{lead}」读作 {reading}，则与本行各数之和相符；这一格未作核对，请对照原件',
      tw: '「{row}」的總計「{digits}」無法確定：掃描辨識（OCR）常把表格豎線讀成數字，去掉開頭的「{lead}」讀作 {reading}，則與本列各數之和相符；這一格未作核對，請對照原件',
      en: 'The total {digits} of {row} cannot be determined: an OCR often reads a table’s rule as a digit, and read as {reading}, without its leading “{lead}”, it adds up with the row; the cell is not checked — check the original',
    },
    'fix.ruleDigit': { cn: '读作 {reading}（去掉竖线读成的「{lead}」）', tw: '讀作 {reading}（去掉豎線讀成的「{lead}」）', en: 'Read as {reading} (drop the rule read as “{lead}”)' },
    'ambiguous.statement': { cn: '正文所述的数字', tw: '正文所述的數字', en: 'The figure the text states' },
    'fix.split': { cn: '按 {reading} 拆开', tw: '按 {reading} 拆開', en: 'Split as {reading}' },
    'ambiguous.free.many': {
      cn: '「{row}」的数字「{digits}」拆法太多（至少 {count} 种：{readings}），无法确定，请按原表核对',
      tw: '「{row}」的數字「{digits}」拆法太多（至少 {count} 種：{readings}），無法確定，請按原表核對',
      en: 'The figures {digits} of {row} split too many ways (at least {count}: {readings}); check the original table',
    },
  },
  // Its findings are made again on every run (their spans are the tables' runs, not shared with the facts);
  // when they come out the same, the last list is kept, and so is the document's sorted list (registry).
  stable: true,
  run(f) {
    if (!governmentForm(f.format)) return [];
    const out: Finding[] = [];
    // (What the statements need is made when a row may be settled; the document's text only for a statement not met before.)
    let text: string | undefined;
    const textOf = () => (text ??= f.text);
    let stated: { all: Statement[]; at: ReturnType<typeof places> } | undefined;
    const statementsFor = (t: (typeof f.tables)[number]): Statement[] => {
      stated ??= { all: documentStatements(f), at: places(f) };
      return stated.all.length ? ownStatements(stated.all, stated.at, f.year, textOf, reportAround(stated.at, f.length, t.span.start)) : [];
    };
    // (An index, not for-of — this runs once an edit over every table of the document, too seldom to be optimised, and an
    // unoptimised for-of makes an object a step —, and the facts' flag, not the table's `glue`: read where it is absent,
    // across tables of many shapes, it cost V8 an object a table — 32 KB an edit on a document of five hundred tables.)
    const tables = f.tables;
    for (let i = 0; i < tables.length; i++) {
      const t = tables[i];
      // Only a table read from glued text with figures left undetermined has an ambiguous row.
      if (!t.undetermined) continue;
      // A table an edit did not reach, with the same statements: the same findings (the same objects, where it
      // stands where it stood: the registry then finds the list unchanged at once).
      const root = lineage(t.table).root;
      const at = t.offset + t.table.span.start;
      const k = kept.get(root);
      let statements: Statement[] | undefined;
      if (k && k.year === f.year) {
        // Moved by an edit before it (typing in the prose above): its findings moved with it, when the statements
        // they name moved as far.
        const d = at - k.at;
        if (k.needs) statements = statementsFor(t);
        if (!statements || (statements.length === k.said.length && k.said.every((x, i) => x === statements![i] && x.span.start === k.statements[i] + d && aroundOf(f, x) === k.around[i]))) {
          // (Moved in place — its findings own their positions —: the same objects, so the registry finds the list
          // unchanged and the document's order is kept; copies made each edit were a seventh of what an edit on a
          // document of a hundred reports allocated, and had the document's findings merged again.)
          if (d !== 0) {
            for (const x of k.findings) moveInPlace(x, d);
            for (let i = 0; i < k.statements.length; i++) k.statements[i] += d;
            k.at = at;
          }
          for (const x of k.findings) out.push(x);
          continue;
        }
      }
      const rows = undeterminedRows(t.table).filter((r) => r.glue.status === 'ambiguous');
      const needs = rows.some((r) => r.stated);
      statements ??= needs ? statementsFor(t) : [];
      const said = statements;
      const made = rows.map((r) => finding(r.name, r.glue, t.offset, said.length ? statedReading(textOf, stated!.at, r.glue, r.stated, said) : undefined, r.floor));
      if (t.table.kind === 'applications' && t.table.ruleDigits) for (const r of t.table.rows) ruleDigitFinding(r, t.offset, made);
      kept.set(root, { at, year: f.year, needs, statements: said.map((x) => x.span.start), said, around: said.map((x) => aroundOf(f, x)), findings: made });
      for (const x of made) out.push(x);
    }
    return out;
  },
};
