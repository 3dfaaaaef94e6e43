/**
 * label-drift: a table-三 row label worded differently from the form (seed 001: 國家機密 for
 * 国家秘密). Only wordings the schema knows to be different count (RowDef.drift): another script,
 * width, spacing, or a spelling such as 反覆 for 反复 is not a change of label.
 */
import { labelParts } from '../../analysis/reader/tables/labels';
import { norm } from '../../analysis/reader/text/normalize';
import { APP_ROWS } from '../../analysis/form/schema';
import { formAppLabel } from '../../analysis/form/template';
import type { Finding, Table, Text3 } from '../../analysis/types';
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
  description: { cn: '表三的行名与规定格式的措辞不同（如「国家机密」与「国家秘密」）', tw: '表三的列名與規定格式的措辭不同（如「國家機密」與「國家秘密」）', en: 'A table III row label is worded differently from the form (国家机密 for 国家秘密)' },
  messages: {
    'label-drift': { cn: '行名「{label}」与规定格式「{official}」措辞不同', tw: '列名「{label}」與規定格式「{official}」措辭不同', en: 'Row label “{label}” is worded differently from the form: “{official}”' },
    'label-drift.byPlace': {
      cn: '行名「{label}」不是规定格式的行名，按位置读作「{official}」',
      tw: '列名「{label}」不是規定格式的列名，按位置讀作「{official}」',
      en: 'Row label “{label}” is not one of the form’s; read by its place as “{official}”',
    },
  },
  run(table: Table) {
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
