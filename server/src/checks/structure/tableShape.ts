/**
 * table-shape: a table lacks rows or cells, has extra ones, or cannot be read. Reported on the
 * row's label (or the table's header when whole rows or blocks are missing).
 */
import { governmentForm } from '../../analysis/model/format';
import { activeBlocks, APP_COLUMNS, appRowDef, appRowIds, APP_WIDTH, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_WIDTH, TABLE_NAMES, totalItems, type ActiveBlockDef } from '../../analysis/form/schema';
import type { Finding, Span, Table, TableRow, Text3 } from '../../analysis/types';
import { msg } from '../shared/cells';
import { undeterminedRows } from './tableAmbiguous';
import { activeBlockLabel } from '../../analysis/views/labels';
import type { TableCheck } from '../types';

const list = (names: Text3[]): Text3 => ({ cn: names.map((n) => n.cn).join('、'), tw: names.map((n) => n.tw).join('、'), en: names.map((n) => n.en).join(', ') });
/** Rows named one after another: apart by 「；」, since their own numbering holds 「、」 (「（五）3.要求提供公开出版物；四、结转下年度继续办理」). */
const rowList = (names: Text3[]): Text3 => ({ cn: names.map((n) => n.cn).join('；'), tw: names.map((n) => n.tw).join('；'), en: names.map((n) => n.en).join('; ') });

export const tableShape: TableCheck = {
  code: 'table-shape',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '表格缺行、缺单元格、多出单元格或无法读取',
    tw: '表格缺列、缺儲存格、多出儲存格或無法讀取',
    en: 'A table lacks rows or cells, has extra ones, or cannot be read',
  },
  messages: {
    'shape.rows': { cn: '{table}缺少 {count} 行：{rows}', tw: '{table}缺少 {count} 列：{rows}', en: '{table} lacks {count} row(s): {rows}' },
    'shape.rowsUnchecked': {
      cn: '{table}缺少 {count} 行：{rows}；（七）总计各栏因此无法按各项核对',
      tw: '{table}缺少 {count} 列：{rows}；（七）總計各欄因此無法按各項核對',
      en: '{table} lacks {count} row(s): {rows}; (7) Total cannot be checked against its items',
    },
    'shape.rowsFound': { cn: '{table}只读到 {found} 行（{rows}），缺少其余 {count} 行', tw: '{table}只讀到 {found} 列（{rows}），缺少其餘 {count} 列', en: '{table} has only {found} row(s) ({rows}); the other {count} are missing' },
    'shape.blocks': { cn: '{table}缺少：{blocks}', tw: '{table}缺少：{blocks}', en: '{table} lacks: {blocks}' },
    'shape.oneColumn': {
      cn: '{table}每行只有一个数（只列了合计一栏，没有按申请人分列）：应有 {width} 栏，各栏数字无法核对',
      tw: '{table}每列只有一個數（只列了合計一欄，沒有按申請人分列）：應有 {width} 欄，各欄數字無法核對',
      en: '{table} has one figure a row (its total column alone, not split by applicant): it should have {width} columns, and they cannot be checked',
    },
    'shape.few': { cn: '「{row}」行应有 {width} 个数，只读到 {found} 个', tw: '「{row}」列應有 {width} 個數，只讀到 {found} 個', en: 'Row {row} should have {width} figures; only {found} found' },
    'shape.stacked': {
      cn: '「{row}」行没有读到数字，它的名称紧接在「{next}」行的名称之上，其后的数字属于哪一行无法确定（PDF 转出的文字常见），未按这些数字核对。请按原表核对',
      tw: '「{row}」列沒有讀到數字，它的名稱緊接在「{next}」列的名稱之上，其後的數字屬於哪一列無法確定（PDF 轉出的文字常見），未按這些數字核對。請按原表核對',
      en: 'Row {row} has no figures, and its name stands right above the name of row {next}: which of the two the figures after them belong to cannot be told (as text taken from a PDF often has), and they were not checked. Check against the original table',
    },
    'shape.activeUnsure': {
      cn: '「{row}」行读到的数字不能确定是它的：表中的数字不在各自的行里（PDF 按行的高低转出的文字常见，一格的数字可能在别的行名之前或之后），未按这些数字核对。请按原表核对',
      tw: '「{row}」列讀到的數字不能確定是它的：表中的數字不在各自的列裡（PDF 按列的高低轉出的文字常見，一格的數字可能在別的列名之前或之後），未按這些數字核對。請按原表核對',
      en: "The figures read for row {row} are not certainly its own: the table's figures are not in their rows (a PDF's text taken in the order of the page's lines puts a cell above or below another row's name), and they were not checked. Check against the original table",
    },
    'shape.merged': {
      cn: '「{row}」行名前有两个序号（「{numbers}」），是两行的名称连在了一起（PDF 转出的文字常见），其后的数字属于哪一行无法确定，未按这些数字核对。请按原表核对',
      tw: '「{row}」列名前有兩個序號（「{numbers}」），是兩列的名稱連在了一起（PDF 轉出的文字常見），其後的數字屬於哪一列無法確定，未按這些數字核對。請按原表核對',
      en: 'Row {row} has two numbers before its name (“{numbers}”): two rows’ names run together (as text taken from a PDF often has), and which of them the figures after it belong to cannot be told; they were not checked. Check against the original table',
    },
    'shape.none': { cn: '「{row}」行应有 {width} 个数，一个也没有读到', tw: '「{row}」列應有 {width} 個數，一個也沒有讀到', en: 'Row {row} should have {width} figures; none found' },
    'shape.tableFew': { cn: '{table}应有 {width} 个数，只读到 {found} 个', tw: '{table}應有 {width} 個數，只讀到 {found} 個', en: '{table} should have {width} figures; only {found} found' },
    'shape.tableMany': { cn: '{table}应有 {width} 个数，读到 {found} 个', tw: '{table}應有 {width} 個數，讀到 {found} 個', en: '{table} should have {width} figures; {found} found' },
    'shape.many': { cn: '「{row}」行应有 {width} 个数，读到 {found} 个', tw: '「{row}」列應有 {width} 個數，讀到 {found} 個', en: 'Row {row} should have {width} figures; {found} found' },
    // (A row of one cell — table 二's 行政事业性收费 — said in English without 「1 figures」: found by a review.)
    'shape.manyOne': { cn: '「{row}」行应有 1 个数，读到 {found} 个', tw: '「{row}」列應有 1 個數，讀到 {found} 個', en: 'Row {row} should have one figure; {found} found' },
    'shape.noneOne': { cn: '「{row}」行应有 1 个数，一个也没有读到', tw: '「{row}」列應有 1 個數，一個也沒有讀到', en: 'Row {row} should have one figure; none found' },
    'shape.noFigures': { cn: '{table}读不出数字：各行名称后都没有数字', tw: '{table}讀不出數字：各列名稱後都沒有數字', en: '{table} cannot be read: no figures after any of its row labels' },
    'shape.sideBySide': {
      cn: '{table}的两组栏并排，表头在文字中重复出现（不加 -layout 的 pdftotext 常见），数字可能两组交替排列，无法确定各属哪一组，未按这些数字核对。请按原表核对，或用 pdftotext -layout 重新转出',
      tw: '{table}的兩組欄並排，表頭在文字中重複出現（不加 -layout 的 pdftotext 常見），數字可能兩組交替排列，無法確定各屬哪一組，未按這些數字核對。請按原表核對，或用 pdftotext -layout 重新轉出',
      en: "{table} has two groups' columns side by side, its header repeated in the text (pdftotext without -layout): its figures may alternate between the groups and cannot be told apart, so they are not checked. Check against the original, or extract again with pdftotext -layout",
    },
    'shape.linesOrder': {
      cn: '{table}的数字一行一个，有的行却有两个以上（不加 -layout 的 pdftotext 常见：高低不齐的格先后颠倒），各组合计不符，无法确定各数属于哪一格，未按这些数字核对。请按原表核对，或用 pdftotext -layout 重新转出',
      tw: '{table}的數字大多一個一行，卻有幾行各有兩個以上（不加 -layout 的 pdftotext 常見：高低不齊的格先後顛倒），各組合計不符，無法確定各數屬於哪一格，未按這些數字核對。請按原表核對，或用 pdftotext -layout 重新轉出',
      en: "{table} has its figures a line each, some lines holding two or more (pdftotext without -layout: cells at other heights come out of order), and its groups' totals do not hold: which figure is whose cannot be told, and they were not checked. Check against the original table, or extract again with pdftotext -layout",
    },
    'shape.oneMoved': {
      cn: '{table}的数字一行一个，各组合计不符，而把其中一个数挪到别处就都相符（不加 -layout 的 pdftotext 常见：高低不齐的格先后颠倒），无法确定各数属于哪一格，未按这些数字核对。请按原表核对，或用 pdftotext -layout 重新转出',
      tw: '{table}的數字一個一行，各組合計不符，而把其中一個數挪到別處就都相符（不加 -layout 的 pdftotext 常見：高低不齊的格先後顛倒），無法確定各數屬於哪一格，未按這些數字核對。請按原表核對，或用 pdftotext -layout 重新轉出',
      en: "{table} has its figures a line each and its groups' totals do not hold, while moving one figure elsewhere makes them all hold (pdftotext without -layout: cells at other heights come out of order): which figure is whose cannot be told, and they were not checked. Check against the original table, or extract again with pdftotext -layout",
    },
    'shape.unreadable': { cn: '{table}读不出数字：表头后没有数字', tw: '{table}讀不出數字：表頭後沒有數字', en: '{table} cannot be read: no figures after its header' },
    'shape.glued': { cn: '「{row}」的数字「{digits}」无法拆成 {width} 个数', tw: '「{row}」的數字「{digits}」無法拆成 {width} 個數', en: 'The figures {digits} of {row} cannot be split into {width} figures' },
    'shape.blanksLost': {
      cn: '「{row}」的数字「{digits}」拆成 {width} 个数不符合合计，而本表有的行丢了空白格，无法确定各数在哪一格，请按原表核对',
      tw: '「{row}」的數字「{digits}」拆成 {width} 個數不符合合計，而本表有的列丟了空白格，無法確定各數在哪一格，請按原表核對',
      en: 'The figures {digits} of {row} split into {width} figures do not add up, and other rows of this table lost their blank cells: which cell holds which figure cannot be told; check against the original table',
    },
    'shape.strayFigures': {
      cn: '{table}有 {count} 行各数之和与总计不符，而行的上下另有单独成行的数字（窄格中的数字折成了几行：PDF 转出的文字常见），这些行的数字无法确定，未按这些数字核对：{rows}。请按原表核对',
      tw: '{table}有 {count} 列各數之和與總計不符，而列的上下另有單獨成行的數字（窄格中的數字折成了幾行：PDF 轉出的文字常見），這些列的數字無法確定，未按這些數字核對：{rows}。請按原表核對',
      en: "{table} has {count} rows whose figures do not add up with lines of figures alone above or below them (a narrow cell's figures wrapped over lines, as text taken from a PDF often has): their figures cannot be told, and were not checked: {rows}. Check against the original table",
    },
    'shape.acrossPages': {
      cn: '{table}有 {count} 行各数之和与总计不符，而行的数字被分页处的页码、页眉或页脚隔开（不加 -layout 的 pdftotext 常见），各数的先后无法确定，未按这些数字核对：{rows}。请按原表核对，或用 pdftotext -layout 重新转出',
      tw: '{table}有 {count} 列各數之和與總計不符，而列的數字被分頁處的頁碼、頁首或頁尾隔開（不加 -layout 的 pdftotext 常見），各數的先後無法確定，未按這些數字核對：{rows}。請按原表核對，或用 pdftotext -layout 重新轉出',
      en: "{table} has {count} rows whose figures do not add up with a page's number, header or footer between them (pdftotext without -layout): their figures' order cannot be told, and they were not checked: {rows}. Check against the original table, or extract again with pdftotext -layout",
    },
    'shape.blanksLostTable': {
      cn: '{table}复制时丢了空白格，{count} 行的数字无法确定各在哪一格：{rows}。请按原表核对',
      tw: '{table}複製時丟了空白格，{count} 列的數字無法確定各在哪一格：{rows}。請按原表核對',
      en: '{table} lost its blank cells when copied: in {count} rows it cannot be told which cell holds which figure: {rows}; check against the original table',
    },
    'shape.columnOrder': {
      cn: '{table}的列序与规定格式不同（{order}）：已按表头的列序读取，请按规定格式排列',
      tw: '{table}的欄序與規定格式不同（{order}）：已按表頭的欄序讀取，請按規定格式排列',
      en: '{table} has its columns in another order than the form’s ({order}): read in its header’s order; arrange them as the form does',
    },
    'shape.figuresFirst': {
      cn: '{table}的数字在各行名称之前（PDF 转出的文字常见），无法确定哪些数字属于哪一行，未按这些数字核对。请按原表核对，或用 pdftotext -layout 重新转出',
      tw: '{table}的數字在各列名稱之前（PDF 轉出的文字常見），無法確定哪些數字屬於哪一列，未按這些數字核對。請按原表核對，或用 pdftotext -layout 重新轉出',
      en: '{table} has its figures before its rows’ names (as text taken from a PDF often has): which figures belong to which row cannot be told, and they were not checked. Check against the original table, or extract it again with pdftotext -layout',
    },
    'shape.scattered': {
      cn: '{table}共 {total} 行，{count} 行的数字个数不对，各数似已不在原来的行里（PDF 不按版面转出的文字常见：一栏的数字各占一行），无法确定各数在哪一格，未按这些数字核对。请按原表核对，或用 pdftotext -layout 重新转出',
      tw: '{table}共 {total} 列，{count} 列的數字個數不對，各數似已不在原來的列裡（PDF 不按版面轉出的文字常見：一欄的數字各佔一行），無法確定各數在哪一格，未按這些數字核對。請按原表核對，或用 pdftotext -layout 重新轉出',
      en: '{table} has {count} of its {total} rows with the wrong number of figures: its figures seem to have left their rows (as text taken from a PDF not by its layout has: a column’s figures a line each), so which cell holds which figure cannot be told, and they were not checked. Check against the original table, or extract it again with pdftotext -layout',
    },
    'shape.rowTwice': {
      cn: '{table}有 {count} 行都是「{row}」（{labels}）：无法确定哪一行是规定格式的这一行，其数字未计入',
      tw: '{table}有 {count} 列都是「{row}」（{labels}）：無法確定哪一列是規定格式的這一列，其數字未計入',
      en: '{table} has {count} rows that read as {row} ({labels}): which one is the form’s cannot be told; their figures are not counted',
    },
    'shape.extraRow': { cn: '「{label}」不是规定格式中的行名，这一行的数字未读取', tw: '「{label}」不是規定格式中的列名，這一列的數字未讀取', en: '{label} is none of the form’s row names; the figures of that row are not read' },
    'shape.notFormRow': { cn: '「{label}」不是规定格式的行，其数字未计入「{row}」', tw: '「{label}」不是規定格式的列，其數字未計入「{row}」', en: '{label} is no row of the form; its figures are not counted as {row}' },
    'shape.duplicate': { cn: '「{row}」行重复出现：只计第一行的数字', tw: '「{row}」列重複出現：只計第一列的數字', en: 'Row {row} is written twice: only the first one’s figures count' },
    'shape.gluedRule': { cn: '「{row}」的数字「{digits}」无论怎样拆成 {width} 个数都不符合合计，无法读出', tw: '「{row}」的數字「{digits}」無論怎樣拆成 {width} 個數都不符合合計，無法讀出', en: 'The figures {digits} of {row} cannot be split into {width} figures that add up; they cannot be read' },
  },
  run(table: Table, ctx) {
    const out: Finding[] = [];
    // Rows of a table 三 whose text dropped its blank cells that cannot be read: said together, once.
    const lost: { name: Text3; finding: Finding }[] = [];
    const blanksLost = table.kind === 'applications' && (!!table.glue?.blanksLost || !!table.blanksDropped);
    // Glued figures no split can read.
    for (const r of undeterminedRows(table)) {
      if (r.glue.status !== 'unreadable') continue;
      const key = r.glue.blanksLost ? 'shape.blanksLost' : r.glue.rule ? 'shape.gluedRule' : 'shape.glued';
      const f = finding(r.glue.run, msg(key, { row: r.name, digits: r.glue.raw, width: r.width }));
      if (blanksLost) lost.push({ name: r.name, finding: f });
      else out.push(f);
    }
    const row = (r: TableRow, width: number, name: Text3) => {
      if (r.found > width) out.push(finding(r.label, msg(width === 1 ? 'shape.manyOne' : 'shape.many', { row: name, width, found: r.found })));
      else if (r.cells.some((c) => c.kind === 'missing')) {
        const f = finding(r.label, msg(r.found === 0 ? (width === 1 ? 'shape.noneOne' : 'shape.none') : 'shape.few', { row: name, width, found: r.found }));
        if (blanksLost) lost.push({ name, finding: f });
        else out.push(f);
      }
    };
    if (table.kind === 'applications') {
      // Columns in the header's own order: read so (header/applicationColumns.ts), and said — a warning, the figures being certain.
      if (table.columns) {
        const order = list(table.columns.map((c) => APP_COLUMNS[c].short));
        out.push({ ...finding(table.header ?? table.rows[0].label, msg('shape.columnOrder', { table: TABLE_NAMES.applications, order })), severity: 'warning' });
      }
      const have = new Set(table.rows.map((r) => r.id));
      // (A table cut before （六） does not say which form it is: the report does — its table 二, its year.)
      const decided = have.has('other') || have.has('o1') || have.has('o2') || have.has('o3');
      const variant = decided || !governmentForm(ctx.format) ? table.variant : ctx.format;
      const missing = appRowIds(variant).filter((id) => !have.has(id));
      // (A table cut down to its first rows is told by the rows it has, not by a list of twenty it lacks.)
      const at = table.header ?? table.rows[0].label;
      if (table.rows.length <= 3 && missing.length > table.rows.length) out.push(finding(at, msg('shape.rowsFound', { table: TABLE_NAMES.applications, found: table.rows.length, count: missing.length, rows: rowList(table.rows.map((r) => appRowDef(r.id)!.short)) })));
      else if (missing.length) {
        // An item of （七）总计 missing: its columns are not checked (column-total needs every item), said here — a row deleted
        // left the table's sums silent (found by a writer's trial). One row missing is said where it belongs: at the row after
        // it (at the header, three lines above, it was not seen).
        const ids = appRowIds(variant);
        const unchecked = have.has('total') && missing.some((id) => totalItems(variant).includes(id));
        const after = missing.length === 1 ? table.rows.find((r) => ids.indexOf(r.id) > ids.indexOf(missing[0])) ?? table.rows[table.rows.length - 1] : undefined;
        out.push(finding(after ? after.label : at, msg(unchecked ? 'shape.rowsUnchecked' : 'shape.rows', { table: TABLE_NAMES.applications, count: missing.length, rows: rowList(missing.map((id) => appRowDef(id)!.short)) })));
      }
      // A table of one figure a row (its total column alone, 「| 项目 | 总计 |」): said once, not row by row (eight findings of
      // 「行应有 7 个数，只读到 1 个」 for one table of an agency's own: found by a review).
      const counted = table.rows.filter((r) => !r.stacked && r.found > 0);
      // (Not a glued page's rows, whose count is of the runs of digits read.)
      const oneColumn = !table.figuresFirst && !table.glue && counted.length >= 3 && counted.every((r) => r.found === 1 && !r.glue) && table.rows.every((r) => r.found <= 1);
      if (oneColumn) {
        const f = finding(at, msg('shape.oneColumn', { table: TABLE_NAMES.applications, width: APP_WIDTH }));
        f.related = counted.map((r) => ({ span: r.label, message: msg('shape.few', { row: appRowDef(r.id)!.short, width: APP_WIDTH, found: 1 }) }));
        out.push(f);
      }
      // (Figures before the rows' names: said once; each row's count is of the next row's figures.)
      if (table.figuresFirst) out.push(finding(at, msg('shape.figuresFirst', { table: TABLE_NAMES.applications })));
      else if (!oneColumn) {
        const before = out.length;
        for (const r of table.rows) {
          if (r.stacked) out.push(finding(r.label, msg('shape.stacked', { row: appRowDef(r.id)!.short, next: appRowDef(r.stacked)!.short })));
          else {
            const said = out.length;
            row(r, APP_WIDTH, appRowDef(r.id)!.short);
            // (Two rows' names run together before a row read in its shape: rows/mergedNames.ts.)
            if (r.merged && out.length === said) out.push(finding(r.label, msg('shape.merged', { row: appRowDef(r.id)!.short, numbers: r.merged })));
          }
        }
        scattered(table, out, before, at);
      }
      if (table.strayFigures) out.push(finding(at, msg('shape.strayFigures', { table: TABLE_NAMES.applications, count: table.strayFigures.length, rows: rowList(table.strayFigures.map((id) => appRowDef(id)!.short)) })));
      if (table.acrossPages) out.push(finding(at, msg('shape.acrossPages', { table: TABLE_NAMES.applications, count: table.acrossPages.length, rows: rowList(table.acrossPages.map((id) => appRowDef(id)!.short)) })));
      for (const d of table.duplicates ?? []) out.push(finding(d.label, msg('shape.duplicate', { row: appRowDef(d.id)!.short })));
      for (const x of table.extraRows ?? []) out.push({ ...finding(x.label, msg('shape.extraRow', { label: x.labelText })), severity: 'warning' });
      // A page that lost its blank cells leaves most of its rows so: one finding at the table, each row in it.
      if (lost.length === 1) out.push(lost[0].finding);
      else if (lost.length > 1) {
        lost.sort((a, b) => a.finding.span.start - b.finding.span.start);
        const f = finding(at, msg('shape.blanksLostTable', { table: TABLE_NAMES.applications, count: lost.length, rows: rowList(lost.map((x) => x.name)) }));
        f.related = lost.map((x) => ({ span: x.finding.span, message: x.finding.message }));
        out.push(f);
      }
    } else if (table.kind === 'review') {
      if (table.columns) out.push({ ...finding(table.header, msg('shape.columnOrder', { table: TABLE_NAMES.review, order: reviewOrderWords(table.columns) })), severity: 'warning' });
      // (Fifteen cells read, every one blank, is a table left blank — cell-blank's to say, as of table 三's blank rows — not
      // one 「表头后没有数字」: a review saw both said of a tab-separated row of empty cells.)
      const leftBlank = table.cells.length === REVIEW_WIDTH && table.cells.every((c) => c.kind === 'blank');
      if (table.found === 0 && !leftBlank) out.push(finding(table.header, msg('shape.unreadable', { table: TABLE_NAMES.review })));
      else if (table.unsure) out.push(finding(table.header, msg(table.linesOrder === 'single' ? 'shape.oneMoved' : table.linesOrder ? 'shape.linesOrder' : 'shape.sideBySide', { table: TABLE_NAMES.review })));
      else if (table.found > REVIEW_WIDTH || table.cells.some((c) => c.kind === 'missing')) {
        out.push(finding(table.header, msg(table.found > REVIEW_WIDTH ? 'shape.tableMany' : 'shape.tableFew', { table: TABLE_NAMES.review, width: REVIEW_WIDTH, found: table.found })));
      }
    } else if (table.kind === 'active') {
      const defs = activeBlocks(table.variant);
      // Its labels and no figure after any (a page that published the form empty, its figures an image; a PDF's
      // text with the figures in a block of their own): said once, not row by row — and not that there are none.
      // (Rows it has, two at least: a table cut off after its first header has none, and lacks its blocks, said below.)
      const rows = table.blocks.reduce((n, b) => n + b.rows.length, 0);
      if (rows >= 2 && table.blocks.every((b) => b.rows.every((r) => r.cells.every((c) => c.kind === 'missing')))) {
        out.push(finding(table.blocks[0].header, msg('shape.noFigures', { table: TABLE_NAMES.active })));
        return out;
      }
      for (const b of table.blocks) {
        const d = defs.find((x) => x.id === b.id);
        if (b.columns && d) out.push({ ...finding(b.header, msg('shape.columnOrder', { table: TABLE_NAMES.active, order: list(b.columns.map((c) => d.columns[c].short)) })), severity: 'warning' });
        duplicateRows(b, d, out);
      }
      const missingBlocks = defs.filter((d) => !table.blocks.some((b) => b.id === d.id));
      const missingRows: Text3[] = [];
      for (const d of defs) {
        const b = table.blocks.find((x) => x.id === d.id);
        if (!b) continue;
        for (const rd of d.rows) {
          const r = b.rows.find((x) => x.id === rd.id);
          if (!r) missingRows.push(rd.short);
          else {
            const said = out.length;
            row(r, d.columns.length, rd.short);
            // (A row read in its shape whose figures the table's order puts in doubt, readActive.ts scatteredRows; not a
            // duplicate's, which duplicateRows says.)
            if (out.length === said && r.unsure && !b.duplicates?.some((x) => x.id === r.id)) out.push(finding(r.label, msg('shape.activeUnsure', { row: rd.short })));
          }
        }
      }
      // (Named as everywhere else: the hover's, the export's.)
      const missing = [...missingBlocks.map((d) => activeBlockLabel(d.id, table.variant)!), ...missingRows];
      if (missing.length) out.push(finding(table.blocks[0].header, msg('shape.blocks', { table: TABLE_NAMES.active, blocks: rowList(missing) })));
    }
    return out;
  },
};

/**
 * A block's rows that read as one of its rows (readActive.ts onePerRow): where the kept one's label is the form's, the
 * others are no rows of the form (a warning at each); where it could not be told, one error at the kept row, its figures
 * not counted, naming them all.
 */
function duplicateRows(b: Extract<Table, { kind: 'active' }>['blocks'][number], d: ActiveBlockDef | undefined, out: Finding[]): void {
  const said = new Set<string>();
  for (const x of b.duplicates ?? []) {
    const kept = b.rows.find((r) => r.id === x.id);
    const rd = d?.rows.find((r) => r.id === x.id);
    if (!kept || !rd) continue;
    if (!kept.unsure) {
      out.push({ ...finding(x.label, msg('shape.notFormRow', { label: x.labelText, row: rd.short })), severity: 'warning' });
      continue;
    }
    if (said.has(x.id)) continue;
    said.add(x.id);
    const labels = [kept.labelText, ...b.duplicates!.filter((y) => y.id === x.id).map((y) => y.labelText)];
    out.push(finding(kept.label, msg('shape.rowTwice', { table: TABLE_NAMES.active, count: labels.length, row: rd.short, labels: labels.map((l) => `「${l}」`).join('') })));
  }
}

/**
 * Table 四's order as its header gives it, in few words: its groups in their order (where it is not the
 * form's), then its outcomes in theirs (where it is not the form's) — each group's, where they differ.
 */
function reviewOrderWords(order: readonly number[]): Text3 {
  const W = REVIEW_COLUMNS.length;
  const groups = [...new Set(order.map((c) => Math.floor(c / W)))];
  const outcomes = groups.map((g) => order.filter((c) => Math.floor(c / W) === g).map((c) => c % W));
  const formOrder = (xs: readonly number[]) => xs.every((x, i) => x === i);
  const same = outcomes.every((o) => o.join() === outcomes[0].join());
  const named = (xs: readonly number[]) => list(xs.map((o) => REVIEW_COLUMNS[o].short));
  const parts: Text3[] = [];
  if (!formOrder(groups)) parts.push(list(groups.map((g) => REVIEW_GROUPS[g].short)));
  if (same && !formOrder(outcomes[0])) parts.push(named(outcomes[0]));
  if (!same) groups.forEach((g, k) => formOrder(outcomes[k]) || parts.push(join([REVIEW_GROUPS[g].short, named(outcomes[k])], '：', ': ')));
  return join(parts, '；', '; ');
}
const join = (xs: readonly Text3[], zh: string, en: string): Text3 => ({ cn: xs.map((x) => x.cn).join(zh), tw: xs.map((x) => x.tw).join(zh), en: xs.map((x) => x.en).join(en) });

/**
 * A table 三 whose figures left their rows — a PDF's text taken column by column (pdftotext with no option):
 * a row's figures on lines of their own, rows' names stacked, most rows out of shape. Said once at the table,
 * each row in it (twenty-three errors, one a row, for one table the extraction scrambled: found by a review).
 * Told by its signs — rows' names stacked, or a row given seven figures by chance — beside most rows out of
 * shape, so that a table written by hand with some rows not yet filled keeps a finding at each.
 */
function scattered(table: Extract<Table, { kind: 'applications' }>, out: Finding[], from: number, at: Span): void {
  const rows = out.length - from;
  if (rows < SCATTERED_ROWS || rows * 2 < table.rows.length) return;
  // (Or a row that gathered figures of others: a column's, twice a row's width and more — pdftotext's text of a table whose
  // columns come one after another, cut by a page's margins: 22 rows of one figure and one of 85, said row by row.)
  if (!table.rows.some((r) => r.stacked || r.unsure || r.found >= 2 * APP_WIDTH)) return;
  const each = out.splice(from, rows);
  const f = finding(at, msg('shape.scattered', { table: TABLE_NAMES.applications, count: rows, total: table.rows.length }));
  f.related = each.map((x) => ({ span: x.span, message: x.message }));
  out.push(f);
}
/** Rows out of shape from which a table with signs of a scrambled text is said once. */
const SCATTERED_ROWS = 5;

function finding(span: Span, message: Finding['message']): Finding {
  return { code: 'table-shape', severity: 'error', span: { ...span }, message };
}
