/**
 * label-drift: a table-三 row label worded differently from the form (seed 001: 國家機密 for
 * 国家秘密). Only wordings the schema knows to be different count (RowDef.drift): another script,
 * width, spacing, or a spelling such as 反覆 for 反复 is not a change of label. Also a row read by its
 * place (table 三) or by words one character off its block's row (table 二, OCR's 「行政处刑」): a warning.
 */
import { labelParts } from '../../analysis/reader/tables/labels';
import { norm } from '../../analysis/reader/text/normalize';
import { activeBlocks, APP_ROWS } from '../../analysis/form/schema';
import { formAppLabel } from '../../analysis/form/template';
import type { ActiveTable, Finding, Table, Text3 } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { TableCheck } from '../types';

/** The form's wording of a row, in the script of the message's language (in English, the form's own: the words compared are Chinese). */
function official(id: string, label: string): Text3 {
  const cn = formAppLabel(id, 'simplified') ?? label;
  return { cn, tw: formAppLabel(id, 'traditional') ?? label, en: cn };
}

export const labelDrift: TableCheck = {
  code: 'label-drift',
  severity: 'information',
  scope: 'table',
  description: { cn: '表二、表三的行名与规定格式的措辞不同（如「国家机密」与「国家秘密」）', tw: '表二、表三的列名與規定格式的措辭不同（如「國家機密」與「國家秘密」）', en: 'A table II or III row label is worded differently from the form (国家机密 for 国家秘密)' },
  messages: {
    'label-drift': { cn: '行名「{label}」与规定格式「{official}」措辞不同', tw: '列名「{label}」與規定格式「{official}」措辭不同', en: 'Row label “{label}” is worded differently from the form: “{official}”' },
    'label-drift.misread': {
      cn: '行名「{label}」与规定格式的「{official}」只差一个字，按「{official}」读取',
      tw: '列名「{label}」與規定格式的「{official}」只差一個字，按「{official}」讀取',
      en: 'Row label “{label}” is one character off the form’s “{official}”; read as “{official}”',
    },
    'label-drift.byPlace': {
      cn: '行名「{label}」不是规定格式的行名，按位置读作「{official}」',
      tw: '列名「{label}」不是規定格式的列名，按位置讀作「{official}」',
      en: 'Row label “{label}” is not one of the form’s; read by its place as “{official}”',
    },
  },
  run(table: Table) {
    if (table.kind === 'active') return misreadActive(table);
    if (table.kind !== 'applications') return [];
    const out: Finding[] = [];
    for (const r of table.rows) {
      const def = APP_ROWS.find((d) => d.id === r.id);
      if (def && r.byPlace) {
        out.push({ code: 'label-drift', severity: 'warning', span: { ...r.label }, message: msg('label-drift.byPlace', { label: r.labelText.trim(), official: official(r.id, def.label) }) });
        continue;
      }
      if (!def?.drift) continue;
      const words = labelParts(norm(r.labelText)).words;
      if (!def.drift.some((k) => words.includes(k)) || words.includes(def.keys[0])) continue;
      out.push({ code: 'label-drift', severity: 'information', span: { ...r.label }, message: msg('label-drift', { label: r.labelText.trim(), official: official(r.id, def.label) }) });
    }
    return out;
  },
};

/** Table 二's rows read by words one character off the form's (OCR's 「行政处刑」): said, with the row they were read as. */
function misreadActive(table: ActiveTable): Finding[] {
  const out: Finding[] = [];
  for (const b of table.blocks) {
    const def = activeBlocks(table.variant).find((d) => d.id === b.id);
    for (const r of b.rows) {
      const rd = r.byPlace && def?.rows.find((d) => d.id === r.id);
      if (!rd) continue;
      const official: Text3 = { cn: rd.short.cn, tw: rd.short.tw, en: rd.short.cn };
      out.push({ code: 'label-drift', severity: 'warning', span: { ...r.label }, message: msg('label-drift.misread', { label: r.labelText.trim(), official }) });
    }
  }
  return out;
}
