/** cell-invalid: a count that is negative, fractional or not a figure at all. */
import { countWithUnit, isApproximate, isZeroWord, MAX_COUNT, readCell } from '../../analysis/reader/tokens/numbers';
import type { Finding, Table, Text3 } from '../../analysis/types';
import { inUnit } from '../../analysis/views/exportRecord';
import { cellRange, msg } from '../shared/cells';
import { looksMisread } from '../../analysis/reader/tokens/scan/ocrWords';
import { tableCells } from '../shared/tableCells';
import type { TableCheck } from '../types';

/** Characters that show as nothing (or as a space) inside a figure. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

export const cellInvalid: TableCheck = {
  code: 'cell-invalid',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '单元格不是有效数字（负数、小数或文字）',
    tw: '儲存格不是有效數字（負數、小數或文字）',
    en: 'A cell is not a valid count (negative, fractional or not a number)',
  },
  messages: {
    'cell-invalid.text': { cn: '{cell} 的内容「{raw}」不是数字', tw: '{cell} 的內容「{raw}」不是數字', en: '{cell}: “{raw}” is not a number' },
    'cell-invalid.misread': {
      cn: '{cell} 的内容「{raw}」不是数字，像是扫描识别（OCR）或录入时把数字写成了形近的字母：请对照原件核对',
      tw: '{cell} 的內容「{raw}」不是數字，像是掃描辨識（OCR）或輸入時把數字寫成了形近的字母：請對照原件核對',
      en: '{cell}: “{raw}” is not a number — letters that look like digits, as an OCR or a slip of the keys writes them: check it against the original',
    },
    'cell-invalid.approximate': { cn: '{cell} 写作「{raw}」，是约数：表中应填写确切的数字', tw: '{cell} 寫作「{raw}」，是約數：表中應填寫確切的數字', en: '{cell} is written “{raw}”, an approximate figure: a table needs the exact count' },
    'cell-invalid.negative': { cn: '{cell} 为负数（{raw}），件数不能为负', tw: '{cell} 為負數（{raw}），件數不能為負', en: '{cell} is negative ({raw}); a count cannot be negative' },
    'cell-invalid.invisible': { cn: '{cell} 的「{raw}」中夹有看不见的字符（{chars}），因此不是数字', tw: '{cell} 的「{raw}」中夾有看不見的字元（{chars}），因此不是數字', en: '{cell}: “{raw}” holds invisible characters ({chars}), so it is not a number' },
    'fix.dropInvisible': { cn: '删去看不见的字符', tw: '刪去看不見的字元', en: 'Remove the invisible characters' },
    'cell-invalid.unit': {
      cn: '{cell} 写的是 {raw} 元，规定格式的单位为万元：即 {value} 万元',
      tw: '{cell} 寫的是 {raw} 元，規定格式的單位為萬元：即 {value} 萬元',
      en: '{cell} is written as {raw} yuan, but the form’s unit is 10k yuan: that is {value} (10k yuan)',
    },
    'cell-invalid.zeroWord': {
      cn: '{cell} 写作「{raw}」，读作 0：表中的数字应写作阿拉伯数字',
      tw: '{cell} 寫作「{raw}」，讀作 0：表中的數字應寫作阿拉伯數字',
      en: '{cell} is written “{raw}”, read as 0: figures in a table should be written in digits',
    },
    'cell-invalid.countUnit': {
      cn: '{cell} 写作「{raw}」，读作 {value}：表中只写数字，不带单位',
      tw: '{cell} 寫作「{raw}」，讀作 {value}：表中只寫數字，不帶單位',
      en: '{cell} is written “{raw}”, read as {value}: write the figure alone in a table, without its unit',
    },
    'cell-invalid.zeroWords': {
      cn: '本表 {count} 个数字写作{raws}，读作 0：表中的数字应写作阿拉伯数字',
      tw: '本表 {count} 個數字寫作{raws}，讀作 0：表中的數字應寫作阿拉伯數字',
      en: '{count} figures of this table are written {raws}, read as 0: figures in a table should be written in digits',
    },
    'cell-invalid.countUnits': {
      cn: '本表 {count} 个数字带单位（如「{raw}」，读作 {value}）：表中只写数字，不带单位',
      tw: '本表 {count} 個數字帶單位（如「{raw}」，讀作 {value}）：表中只寫數字，不帶單位',
      en: '{count} figures of this table are written with their unit (such as “{raw}”, read as {value}): write the figures alone in a table',
    },
    'cell-invalid.written': { cn: '{cell}：「{raw}」', tw: '{cell}：「{raw}」', en: '{cell}: “{raw}”' },
    'fix.zeroDigits': { cn: '全部改为 0（{count} 处）', tw: '全部改為 0（{count} 處）', en: 'Write 0 in all of them ({count})' },
    'fix.dropUnits': { cn: '全部去掉单位（{count} 处）', tw: '全部去掉單位（{count} 處）', en: 'Remove the unit from all of them ({count})' },
    'fix.dropUnit': { cn: '改为 {value}', tw: '改為 {value}', en: 'Write {value}' },
    'fix.zeroDigit': { cn: '改为 0', tw: '改為 0', en: 'Write 0' },
    'cell-invalid.tooLong': {
      cn: '{cell} 的「{raw}」位数过多，不是一个件数：多半是几格的数字连在了一起，请按原表核对',
      tw: '{cell} 的「{raw}」位數過多，不是一個件數：多半是幾格的數字連在了一起，請按原表核對',
      en: '{cell}: “{raw}” has too many digits for a count — most likely several cells’ figures run together: check it against the original',
    },
    'cell-invalid.leadingZero': {
      cn: '{cell} 写作「{raw}」，以 0 开头，读作 {value}：可能是相邻两格的数字连在了一起，或多写了 0，请按原表核对',
      tw: '{cell} 寫作「{raw}」，以 0 開頭，讀作 {value}：可能是相鄰兩格的數字連在了一起，或多寫了 0，請按原表核對',
      en: '{cell} is written “{raw}”, opening with a 0, read as {value}: two cells’ figures run together, or a 0 too many — check it against the original',
    },
    'cell-invalid.fraction': { cn: '{cell} 为小数（{raw}），件数应为整数', tw: '{cell} 為小數（{raw}），件數應為整數', en: '{cell} is fractional ({raw}); a count must be a whole number' },
  },
  run(table: Table) {
    const out: Finding[] = [];
    /** The figures read from how they were written, by kind: one finding a cell, or one for them all (below). */
    const written: { zero: Written[]; unit: Written[] } = { zero: [], unit: [] };
    // (A zero written as a word becomes the digit the table writes its figures in: 「０」 among full-width figures — an ASCII
    // 「0」 stood out in a table of 「１３８」s, found by a review.)
    let wide = 0;
    let narrow = 0;
    for (const n of tableCells(table)) {
      if (/^[０-９]+$/.test(n.cell.raw)) wide++;
      else if (/^[0-9]+$/.test(n.cell.raw)) narrow++;
    }
    const zero = wide > narrow ? '０' : '0';
    for (const n of tableCells(table)) {
      const c = n.cell;
      let key: string | undefined;
      // (Letters an OCR reads for digits — 「lo」「s21」 — said to be that, not the report's words: found by a review of tesseract's text.)
      if (c.kind === 'invalid') key = isApproximate(c.raw) ? 'cell-invalid.approximate' : looksMisread(c.raw) ? 'cell-invalid.misread' : 'cell-invalid.text';
      else if (c.kind === 'number' && c.value !== undefined) {
        if (c.value < 0 && !n.signed) key = 'cell-invalid.negative';
        else if (!Number.isInteger(c.value) && !n.decimal) key = 'cell-invalid.fraction';
        else if (c.value > MAX_COUNT && !n.decimal) key = 'cell-invalid.tooLong';
      }
      // A figure read from how it was written — a count with its unit (「5件」), zero as a word (「〇」「零」): certain,
      // and asked for as digits alone (safe to write only in a row read in its shape).
      const counted = !key && c.kind === 'number' ? countWithUnit(c.raw) : undefined;
      const digits = counted ? counted.digits : !key && c.kind === 'number' && c.value === 0 && isZeroWord(c.raw) ? zero : undefined;
      if (digits !== undefined) {
        const span = cellRange(c);
        const message = counted ? msg('cell-invalid.countUnit', { cell: n.name, raw: c.raw, value: digits }) : msg('cell-invalid.zeroWord', { cell: n.name, raw: c.raw });
        const title = counted ? msg('fix.dropUnit', { value: digits }) : msg('fix.zeroDigit');
        // (A figure a grid wrapped over lines has no one place to write it: said, with no fix.)
        if (c.split) {
          out.push({ code: 'cell-invalid', severity: 'warning', span, message });
          continue;
        }
        const finding: Finding = { code: 'cell-invalid', severity: 'warning', span, message, fixes: [{ title, edits: [{ span: { ...span }, newText: digits }], preferred: true, safe: !n.shapeless }] };
        (counted ? written.unit : written.zero).push({ finding, name: n.name, raw: c.raw, digits, safe: !n.shapeless });
        continue;
      }
      // An amount written in 元 under the form's 万元: read, and exported, in 万元 (exportRecord.ts); said here.
      if (!key && c.kind === 'number' && c.value && n.formUnit && c.unit && c.unit !== n.formUnit) {
        out.push({ code: 'cell-invalid', severity: 'warning', span: cellRange(c), message: msg('cell-invalid.unit', { cell: n.name, raw: String(c.value), value: inUnit(c.value, c.unit, n.formUnit)! }) });
        continue;
      }
      // A figure opening with a 0 (「016」「0012」) is no count as written: two cells' figures that lost what parted them (a PDF's
      // text, an OCR) or a 0 too many. Read as its value, and said (found by a hunt: read as 16 without a word).
      // (Not zeros alone, 「00」: 0 however it is read — a PDF that draws each glyph twice for bold writes every 0 so, and 197
      // warnings were said of a correct report: found by the adversarial review of the first version.)
      if (!key && c.kind === 'number' && c.value !== 0 && LEADING_ZERO.test(c.raw)) {
        out.push({ code: 'cell-invalid', severity: 'warning', span: cellRange(c), message: msg('cell-invalid.leadingZero', { cell: n.name, raw: c.raw, value: String(c.value) }) });
        continue;
      }
      if (!key) continue;
      // A figure a web page or a word processor put an invisible character into (a zero-width space, a
      // soft hyphen, a word joiner): it looks like a figure, so the message names what is in it, and the
      // fix takes it out.
      const visible = key === 'cell-invalid.text' ? c.raw.replace(INVISIBLE, '') : c.raw;
      if (visible !== c.raw && visible && readCell(visible).kind === 'number') {
        const chars = [...new Set(c.raw.match(INVISIBLE))].map((x) => 'U+' + x.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('、');
        const span = cellRange(c);
        out.push({ code: 'cell-invalid', severity: 'error', span, message: msg('cell-invalid.invisible', { cell: n.name, raw: visible, chars }), ...(c.split ? {} : { fixes: [{ title: msg('fix.dropInvisible'), edits: [{ span: { ...span }, newText: visible }], preferred: true, safe: true }] }) });
        continue;
      }
      const finding: Finding = { code: 'cell-invalid', severity: 'error', span: cellRange(c), message: msg(key, { cell: n.name, raw: c.raw }) };
      // A figure with a key slipped after it (「12.」「3、」「5。」): its digits offered, not made by fix-all — 「12.」 may be a
      // decimal half typed.
      const slipped = key === 'cell-invalid.text' ? SLIPPED.exec(c.raw) : null;
      if (slipped && !c.split) finding.fixes = [{ title: msg('fix.dropUnit', { value: slipped[1] }), edits: [{ span: { ...finding.span }, newText: slipped[1] }], preferred: true, safe: false }];
      out.push(finding);
    }
    for (const kind of ['zero', 'unit'] as const) {
      const list = written[kind];
      if (list.length <= GROUP_FROM) out.push(...list.map((w) => w.finding));
      else out.push(groupFinding(kind, list));
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

/** Two or more digits, the first a 0 (not a decimal's 「0.5」). */
const LEADING_ZERO = /^[0０][0-9０-９]+$/;

/** Digits and one stray mark after them: 「12.」「3、」「5。」「7，」. */
const SLIPPED = /^([0-9０-９]{1,9})[.、．。，,;；]$/;

interface Written {
  finding: Finding;
  name: Text3;
  raw: string;
  digits: string;
  safe: boolean;
}

/**
 * More figures than this written so in one table (a Word document that writes every zero 「〇」, a page
 * that writes every count 「5件」) are one habit: one finding for the table, whose fix writes them all,
 * rather than a warning a cell (135 of them drowned the report's real errors: found by a review).
 */
const GROUP_FROM = 3;

function groupFinding(kind: 'zero' | 'unit', list: Written[]): Finding {
  const first = list[0];
  const count = list.length;
  const raws = [...new Set(list.map((w) => w.raw))].map((r) => `「${r}」`).join('');
  const message = kind === 'zero' ? msg('cell-invalid.zeroWords', { count, raws }) : msg('cell-invalid.countUnits', { count, raw: first.raw, value: first.digits });
  const title = kind === 'zero' ? msg('fix.zeroDigits', { count }) : msg('fix.dropUnits', { count });
  return {
    code: 'cell-invalid',
    severity: 'warning',
    span: first.finding.span,
    message,
    related: list.map((w) => ({ span: w.finding.span, message: msg('cell-invalid.written', { cell: w.name, raw: w.raw }) })),
    fixes: [{ title, edits: list.map((w) => ({ span: { ...w.finding.span }, newText: w.digits })), preferred: true, safe: list.every((w) => w.safe) }],
  };
}
