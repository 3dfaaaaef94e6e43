/**
 * document-count: in table 二's document rows (规章, 规范性文件), a count less than the others make it — 现行有效件数
 * below 本年制发件数 less 本年废止件数 (the documents issued this year and not repealed are in force), or, in the 2019
 * form, 对外公开总数量 below 本年新公开数量 (analysis/form/documentFloor.ts). A warning, not an error: no sum of the form
 * links the three, and which figure is wrong cannot be told — so no fix. Found by a review of real pages: 「规范性文件700」,
 * seven issued, none repealed, none in force.
 */
import { activeBlocks } from '../../analysis/form/schema';
import { DOCUMENT_ROWS, documentFloor } from '../../analysis/form/documentFloor';
import type { Finding } from '../../analysis/types';
import { figuresKnown } from '../../analysis/views/summary';
import { join3, msg } from '../shared/cells';
import type { TableCheck } from '../types';

export const documentCount: TableCheck = {
  code: 'document-count',
  severity: 'warning',
  scope: 'table',
  description: {
    cn: '表二规章、规范性文件的件数互相矛盾（现行有效件数少于本年制发件数减本年废止件数；2019 年版：对外公开总数量少于本年新公开数量）',
    tw: '表二規章、規範性文件的件數互相矛盾（現行有效件數少於本年制發件數減本年廢止件數；2019 年版：對外公開總數量少於本年新公開數量）',
    en: 'Table II’s counts of regulations or normative documents contradict each other (in force below issued less repealed; 2019 form: made public in total below made public this year)',
  },
  messages: {
    'document-count': {
      cn: '{cell} 为 {actual}，少于本年制发件数减本年废止件数（{terms}={floor}）：当年制发而未废止的文件应仍现行有效，请核对',
      tw: '{cell} 為 {actual}，少於本年制發件數減本年廢止件數（{terms}={floor}）：當年制發而未廢止的文件應仍現行有效，請核對',
      en: '{cell} is {actual}, less than issued less repealed this year ({terms}={floor}): documents issued this year and not repealed are still in force — please check',
    },
    'document-count.public': {
      cn: '{cell} 为 {actual}，少于本年新公开数量 {floor}：对外公开总数应包括本年新公开的，请核对',
      tw: '{cell} 為 {actual}，少於本年新公開數量 {floor}：對外公開總數應包括本年新公開的，請核對',
      en: '{cell} is {actual}, less than the {floor} made public this year: the total made public includes this year’s — please check',
    },
  },
  run(table) {
    if (table.kind !== 'active') return [];
    const out: Finding[] = [];
    const def = activeBlocks(table.variant)[0];
    for (const b of table.blocks) {
      if (b.id !== def.id) continue;
      for (const r of b.rows) {
        if (!DOCUMENT_ROWS.has(r.id) || !figuresKnown(r, def.columns.length)) continue;
        // (Figures as written only: a blank is cell-blank's, and a figure that is none, a mask or no count stops the bound.)
        const values = r.cells.slice(0, 3).map((c) => (c.kind === 'number' && Number.isInteger(c.value) && c.value! >= 0 ? c.value! : undefined));
        if (values.length !== 3 || values.some((v) => v === undefined)) continue;
        const v = values as number[];
        const floor = documentFloor(table.variant, v);
        if (v[2] >= floor) continue;
        const row = def.rows.find((x) => x.id === r.id)!;
        out.push({
          code: 'document-count',
          severity: 'warning',
          span: { ...r.cells[2].span },
          message: msg(table.variant === '2019' ? 'document-count.public' : 'document-count', { cell: join3(row.short, def.columns[2].short), actual: v[2], floor, terms: `${v[0]}−${v[1]}` }),
        });
      }
    }
    return out;
  },
};
