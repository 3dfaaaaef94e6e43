/**
 * table-ambiguous: figures that arrived glued together and split in more than one valid way
 * (spec §4 item 6). The row's readings are named; its figures are left undetermined, so no sum is
 * checked on them — reporting a wrong figure as an error would be worse than saying we cannot tell.
 */
import { activeBlocks, APP_WIDTH, appRowDef, REVIEW_WIDTH, TABLE_NAMES } from '../../analysis/form/schema';
import type { Finding, RowGlue, Table, Text3 } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { TableCheck } from '../types';

const SHOWN = 3;

/** 「14|2|0|0|0|0|16、1|42|…」: the first few readings. */
function readings(g: RowGlue): string {
  const list = (g.readings ?? []).slice(0, SHOWN).map((r) => r.join('|'));
  return list.join('、') + ((g.readings?.length ?? 0) > SHOWN || g.more ? ' …' : '');
}

function finding(name: Text3, g: RowGlue, key: string): Finding {
  const count = g.readings?.length ?? 0;
  return {
    code: 'table-ambiguous',
    severity: 'warning',
    span: { ...g.run },
    message: msg(g.more ? key + '.many' : key, { row: name, digits: g.raw, count, readings: readings(g) }),
  };
}

/** The glued rows of a table that could not be determined, with their names. */
export function undeterminedRows(table: Table): { name: Text3; glue: RowGlue; width: number }[] {
  const out: { name: Text3; glue: RowGlue; width: number }[] = [];
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
        for (const r of b.rows) if (r.glue) out.push({ name: def?.rows.find((x) => x.id === r.id)?.short ?? { cn: r.labelText, tw: r.labelText, en: r.labelText }, glue: r.glue, width: def?.columns.length ?? r.cells.length });
      }
      break;
    case 'statistics':
      for (const r of table.rows) if (r.glue) out.push({ name: { cn: r.labelText, tw: r.labelText, en: r.labelText }, glue: r.glue, width: table.columns.length });
      break;
  }
  return out;
}

export const tableAmbiguous: TableCheck = {
  code: 'table-ambiguous',
  severity: 'warning',
  scope: 'table',
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
    'ambiguous.free.many': {
      cn: '「{row}」的数字「{digits}」拆法太多（至少 {count} 种：{readings}），无法确定，请按原表核对',
      tw: '「{row}」的數字「{digits}」拆法太多（至少 {count} 種：{readings}），無法確定，請按原表核對',
      en: 'The figures {digits} of {row} split too many ways (at least {count}: {readings}); check the original table',
    },
  },
  run(table) {
    return undeterminedRows(table)
      .filter((r) => r.glue.status === 'ambiguous')
      .map((r) => finding(r.name, r.glue, r.glue.rule ? 'ambiguous.rule' : 'ambiguous.free'));
  },
};
