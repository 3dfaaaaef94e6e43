/** table-missing: section 二, 三 or 四 has no table (seeds 002 and 004 publish none). */
import { governmentForm } from '../../analysis/model/format';
import { sectionWrittenOtherwise } from '../sections/writtenOtherwise';
import { detectLayout, renderGrid, type Layout } from '../../analysis/write/grid';
import { lineEndAt } from '../../analysis/reader/text/lines';
import { foldChars } from '../../analysis/reader/text/normalize';
import { madeOfReviewWords } from '../../analysis/reader/tables/labels';
import { APP_ROWS, sectionDef, TABLE_NAMES, TABLE_SECTION } from '../../analysis/form/schema';
import { inScript, officialGrid } from '../../analysis/form/template';
import type { Finding, Fix } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';
import { eolOf } from '../../analysis/write/eol';

/**
 * Row labels of each table that only its form holds (a template's words, in either script): three of them
 * in the section and no table read there is the form without figures after its labels — a page that
 * published it empty (its figures an image), or a PDF's text that put every figure in a block of its
 * own — which is said as it is: the figures cannot be read, not that the table is not there.
 */
const LABELS: Record<'active' | 'applications' | 'review', RegExp> = {
  active: /第二十[条條]第[（(][一五六八九][）)][项項]|行政事[业業]性收[费費]|本年[新制]{0,2}[制发發作]{2}[件数數]/g,
  applications: /本年新收政府信息公[开開]申[请請][数數]量|上年[结結][转轉]政府信息公[开開]申[请請][数數]量|[结結][转轉]下年度[继繼][续續][办辦]理|予以公[开開]|勾稽[关關]系/g,
  review: /[结結]果[维維]持|[结結]果[纠糾]正|尚未审[结結]|尚未審[结結]|未[经經][复復覆][议議]直接起[诉訴]/g,
};
/**
 * Table 三's items' labels as the form writes them (APP_ROWS), numbering aside, to their first clause, of eight characters or
 * more (folded: one script, no spaces): on a line that is no sentence (no 。，；) they count as the table's words — an OCR's
 * text of a scanned table keeps a few of them among its noise (「5.属于三类内部事务信息」「2.申请人逾期未按收费通知要求缴纳费用」),
 * where a blank table offered as the fix was wrong: the table is there, unreadable (found by a review of tesseract's text).
 * Prose that lists the results in the items' words (「不予公开中属于三类内部事务信息2件，…」) is no table's; nor are the short
 * ones (「属于国家秘密」「重复申请」), which prose writes.
 */
const ITEM_WORDS: readonly string[] = APP_ROWS.filter((r) => /^\d\./.test(r.label))
  .map((r) => foldChars(r.label.replace(/^\d\./, '').split(/[、，]/)[0]).s)
  .filter((w) => w.length >= 8);
/** Where, in `line`, the first of the items' labels it holds ends (a source offset in the line), or -1; lines that are sentences hold none. */
function itemWordEnd(line: string): number {
  if (SENTENCE.test(line)) return -1;
  const f = foldChars(line);
  for (const w of ITEM_WORDS) {
    const at = f.s.indexOf(w);
    if (at >= 0) return f.back[at + w.length - 1] + 1;
  }
  return -1;
}
/** A line that is a sentence's: its clause punctuation. */
const SENTENCE = /[。，；,;]/;

function labelsOnly(text: string, from: number, to: number, kind: 'active' | 'applications' | 'review'): boolean {
  const re = LABELS[kind];
  re.lastIndex = 0;
  const seen = new Set<string>();
  const part = text.slice(from, Math.min(to, from + 20_000));
  for (let m = re.exec(part); m && seen.size < 3; m = re.exec(part)) seen.add(m[0]);
  if (kind === 'applications' && seen.size < 3)
    for (const line of part.split('\n')) {
      if (SENTENCE.test(line)) continue;
      const f = foldChars(line).s;
      for (const w of ITEM_WORDS) if (f.includes(w)) seen.add(w);
    }
  return seen.size >= 3;
}

/**
 * Whether a line of text[from, to) holds one of the table's labels with two figures or more after it: the table's rows are
 * there, some with their figures, and still no table was read (an OCR's text of a scanned table, its lines noise but for a
 * few) — not 「no figures after its labels」.
 */
function figuresAfterLabels(text: string, from: number, to: number, kind: 'active' | 'applications' | 'review'): boolean {
  const re = new RegExp(LABELS[kind].source);
  for (const line of text.slice(from, Math.min(to, from + 20_000)).split('\n')) {
    if (SENTENCE.test(line)) continue;
    const m = re.exec(line);
    const end = m ? m.index + m[0].length : kind === 'applications' ? itemWordEnd(line) : -1;
    if (end >= 0 && (line.slice(end).match(/[0-9０-９]+/g)?.length ?? 0) >= 2) return true;
  }
  return false;
}

/** A line an OCR made of a table's rules and specks: Latin letters and marks only, two letters at least, short. */
const NOISE_LINE = /^(?=(?:[^A-Za-z]*[A-Za-z]){2})[\sA-Za-z|[\]{}()<>=_\-—~,;'"!?%^&*+\\]{2,40}$/;
/** A word of the table as an OCR leaves it: its labels (LABELS), a block title of table 二 garbled (「第二十条第 OU 项」), table 四's header cut short. */
const TABLE_WORD: Record<'active' | 'applications' | 'review', RegExp> = {
  active: new RegExp(LABELS.active.source + '|第二十[条條]第[^。，；\\n]{1,4}[项項]'),
  applications: new RegExp(LABELS.applications.source),
  review: new RegExp(LABELS.review.source + '|[结結]果[维維纠糾]|尚未[审審]'),
};
/** A block title of table 二 whose numeral an OCR read as Latin letters: the table's own page was read so. */
const LATIN_TITLE = /第二十[条條]第\s*[(（]?\s*[A-Za-z]{1,3}\s*[)）]?\s*[项項]/;

/**
 * Whether text[from, to) is an OCR's noise where the table stood: two lines or more of stray Latin letters and marks
 * (「rs ee ee」「pb bb be bf bP」, what tesseract makes of a table's rules and figures) and a word of the table among them,
 * or a block title of table 二 read in Latin letters. The table is there, unreadable, not missing (a blank one was
 * offered to insert: found by a review of tesseract's text). A report's own lines of Latin letters are words (an English
 * name; an address or a URL has its 「@」「.」「/」, which no such line has), never with the table's word.
 */
function ocrNoise(text: string, from: number, to: number, kind: 'active' | 'applications' | 'review'): boolean {
  const part = text.slice(from, Math.min(to, from + 20_000));
  // (A block title read in Latin letters is the OCR's reading of the table's own page, whatever else it made of it.)
  if (kind === 'active' && LATIN_TITLE.test(part)) return true;
  let lines = 0;
  for (const line of part.split('\n')) if (NOISE_LINE.test(line.trim())) lines++;
  return lines >= 2 && (TABLE_WORD[kind].test(part) || (kind === 'applications' && part.split('\n').some((l) => itemWordEnd(l) >= 0)));
}

/**
 * Table 四's header cut by its narrow cells into pieces on lines of their own (pdftotext's default text of a printed page:
 * 「结果维 结果纠 其他结 尚未审 总」 / 「持」 / 「正」 …, or 「结果 结果 其他 尚未 总 未经复议」 / 「维持 纠正 结果 审结 计 直接起诉」): lines
 * made of nothing but the header's characters, twenty of them or more, 维, 纠 and 审 among them, are the header, there —
 * the table was said to be missing, its fifteen figures below (found by a review of printed pages' text). Prose never is
 * made of those characters alone.
 */
function reviewHeaderInPieces(text: string, from: number, to: number): boolean {
  let chars = 0;
  let marks = 0;
  for (const line of text.slice(from, Math.min(to, from + 20_000)).split('\n')) {
    // (Folded: spaces dropped, traditional characters simplified — the header's characters as labels.ts has them.)
    const t = foldChars(line).folded;
    if (!t || t.length > 60 || !madeOfReviewWords(t)) continue;
    chars += t.length;
    if (t.includes('维')) marks |= 1;
    if (t.includes('纠')) marks |= 2;
    if (t.includes('审')) marks |= 4;
    if (chars >= 20 && marks === 7) return true;
  }
  return false;
}

/**
 * How many figures stand on lines of figures alone in text[from, to): a table's figures a PDF's text put apart from its
 * labels (all the labels, then all the figures) — there, not lacking, and said so (found by a review).
 */
function figuresApart(text: string, from: number, to: number): number {
  let n = 0;
  for (const line of text.slice(from, Math.min(to, from + 20_000)).split('\n')) {
    if (!/^[\s\u3000]*[0-9０-９][0-9０-９,，.．\s\u3000]*$/.test(line)) continue;
    n += line.trim().split(/[\s\u3000]+/).length;
  }
  return n;
}
/**
 * Words that say the table is published elsewhere — as an attachment or a picture (「详见附件」「见下图」「[图片]」): quoted
 * in the message, so a reviewer knows the table was not forgotten but cannot be checked here (found by a review: a
 * plain 「缺少表三」 for a section that said 「统计表见附件」).
 */
const ELSEWHERE = /(?:[详詳]|具体)?[见見](?:附件|附表|下表|下[图圖]|[图圖]表|附[图圖])[一二三四五六七八九十\d]*|(?:[统統][计計]表|附表|表格|[数數]据)[^。\n]{0,8}?(?:[详詳]?[见見]|如)(?:附件|附表|下[图圖]|[图圖]片?)|\[(?:[图圖]片|image)\]|[（(][图圖]片?[）)]|如下[图圖]所示/;
function elsewhere(text: string, from: number, to: number): string | undefined {
  return ELSEWHERE.exec(text.slice(from, Math.min(to, from + 3000)))?.[0];
}

/**
 * A converter's placeholder where it could not write the table: pandoc's plain text of a table with merged cells is a line
 * 「[TABLE]」. The table is in the page or the Word file it came from, not missing from the report (a plain 「缺少表三」
 * and a blank table offered in its place, found by a review that converted real reports with pandoc).
 */
const PLACEHOLDER = /^[ \t]*\[TABLE\][ \t]*$/m;
function placeholder(text: string, from: number, to: number): boolean {
  return PLACEHOLDER.test(text.slice(from, Math.min(to, from + 3000)));
}

/** Figures apart from the labels from which the table is there (two rows of table 三, table 四's one). */
const APART_FROM = 14;

/** The blank tables offered, by table, form, script, layout and line end: written once each. */
const BLANK_TABLES = new Map<string, string>();

export const tableMissing: DocumentCheck = {
  code: 'table-missing',
  severity: 'error',
  scope: 'document',
  description: { cn: '第二、三、四部分缺少统计表', tw: '第二、三、四部分缺少統計表', en: 'Section II, III or IV has no table' },
  messages: {
    'table-missing': { cn: '「{section}」部分缺少{table}', tw: '「{section}」部分缺少{table}', en: 'Section “{section}” has no {table}' },
    'table-missing.garbled': {
      cn: '「{section}」部分的{table}读不出：这里只有表格的零星文字和数字，各行无法辨认（扫描识别或转换出错时常见），请对照原件',
      tw: '「{section}」部分的{table}讀不出：這裡只有表格的零星文字和數字，無法逐列辨認（掃描辨識或轉換出錯時常見），請對照原件',
      en: 'The {table} of section “{section}” cannot be read: only scattered words and figures of the table stand here, its rows past recognising (as OCR or a failed conversion leaves a table) — check the original',
    },
    'table-missing.noFigures': { cn: '「{section}」部分的{table}读不出数字：表头和各行名称后没有数字', tw: '「{section}」部分的{table}讀不出數字：表頭和各列名稱後沒有數字', en: 'The {table} of section “{section}” cannot be read: no figures after its headers and row labels' },
    'table-missing.apart': {
      cn: '「{section}」部分的{table}读不出数字：各行名称后没有数字，{count} 个数字另列在别处（如从 PDF 复制时先列出全部名称、再列出全部数字），无法与各行对应',
      tw: '「{section}」部分的{table}讀不出數字：各列名稱後沒有數字，{count} 個數字另列在別處（如從 PDF 複製時先列出全部名稱、再列出全部數字），無法與各列名稱對應',
      en: 'The {table} of section “{section}” cannot be read: no figures after its row labels — {count} figures stand apart from them (as a PDF copy lists all the labels, then all the figures) and cannot be matched to the rows',
    },
    'table-missing.elsewhere': {
      cn: '「{section}」部分缺少{table}：文中写着「{said}」——统计表作为附件或图片发布，其中的数字无法检查',
      tw: '「{section}」部分缺少{table}：文中寫著「{said}」——統計表作為附件或圖片發布，其中的數字無法檢查',
      en: 'Section “{section}” has no {table}: the text says “{said}” — the table was published as an attachment or a picture, and its figures cannot be checked',
    },
    'table-missing.placeholder': {
      cn: '「{section}」部分缺少{table}：这里只有「[TABLE]」——转换工具（如 pandoc 的纯文本输出）没能写出这张有合并单元格的表格；请从原网页或 Word 文件导入（import），表格会保留单元格',
      tw: '「{section}」部分缺少{table}：這裡只有「[TABLE]」——轉換工具（如 pandoc 的純文字輸出）沒能寫出這張有合併儲存格的表格；請從原網頁或 Word 檔案匯入（import），表格會保留儲存格',
      en: 'Section “{section}” has no {table}: only “[TABLE]” stands here — the converter (such as pandoc’s plain text) could not write this table with merged cells; import the original page or Word file instead, which keeps its cells',
    },
    'table-missing.noSection': { cn: '缺少{table}（「{section}」部分也没有）', tw: '缺少{table}（「{section}」部分也沒有）', en: 'There is no {table} (nor its section “{section}”)' },
    'fix.insertTable': { cn: '插入空白的{table}（各项填 0，请按实际填写）', tw: '插入空白的{table}（各項填 0，請按實際填寫）', en: 'Insert an empty {table} (figures 0, to fill in)' },
  },
  run(f) {
    if (!governmentForm(f.format)) return [];
    const out: Finding[] = [];
    // Only when a table is missing: this runs after every edit, and the text is read only then.
    let style: { layout: Layout; eol: string } | undefined;
    const variant = f.format === '2019' ? '2019' : '2021';
    for (const kind of ['active', 'applications', 'review'] as const) {
      if (f.tables.some((t) => t.kind === kind)) continue;
      const section = TABLE_SECTION[kind];
      // (Its section's heading as the reader reads it, or as written otherwise — 「三、依申请公开政府信息…的情况」, the old
      // form's words: the section is there, and the table is missing from it, not 「连这一部分也没有」 at the top.)
      const read = f.headings.find((h) => h.section === section);
      const otherwise = read ? undefined : sectionWrittenOtherwise(f, section);
      const heading = read ?? (otherwise && { span: otherwise.span });
      const span = heading ? { ...heading.span } : f.title ? { ...f.title.span } : { start: 0, end: 0 };
      // (Its section missing too — section-missing says so, and offers the heading — the table is not said to be missing from it.)
      const end = f.headings.find((h) => h.section > section)?.span.start ?? f.length;
      const labelled = !!heading && (labelsOnly(f.text, heading.span.end, end, kind) || (kind === 'review' && reviewHeaderInPieces(f.text, heading.span.end, end)));
      const apart = labelled ? figuresApart(f.text, heading!.span.end, end) : 0;
      const held = !!heading && !labelled && placeholder(f.text, heading.span.end, end);
      const said = heading && !labelled && !held ? elsewhere(f.text, heading.span.end, end) : undefined;
      // (Or an OCR's noise where the table stands — lines of stray Latin letters — with a word of the table among it.)
      const noise = !!heading && !labelled && !held && ocrNoise(f.text, heading.span.end, end, kind);
      const garbled = noise || (labelled && apart < APART_FROM && figuresAfterLabels(f.text, heading!.span.end, end, kind));
      const key = !heading ? 'table-missing.noSection' : noise ? 'table-missing.garbled' : labelled ? (apart >= APART_FROM ? 'table-missing.apart' : garbled ? 'table-missing.garbled' : 'table-missing.noFigures') : held ? 'table-missing.placeholder' : said ? 'table-missing.elsewhere' : 'table-missing';
      const finding: Finding = { code: 'table-missing', severity: 'error', span, message: msg(key, { section: sectionDef(section).name, table: TABLE_NAMES[kind], count: apart, said: said ?? '' }) };
      // (Not where the table's labels are there and its figures cannot be read: a blank form inserted beside them, its
      // zeros offered as the preferred fix, would be a second table — the figures are to be read, not replaced.)
      // (Nor where a converter left its placeholder: the table is in the file it came from, to import.)
      if (heading && !labelled && !held && !noise) {
        // After the heading's line: a table never goes inside a line of prose.
        const at = lineEndAt(f.text, heading.span.end);
        // The new table takes the layout of the document's other tables (pipe rows if it has none).
        style ??= { layout: f.tables.length ? detectLayout(f.text, f.tables[0].span) : 'pipe', eol: eolOf(f.text) };
        const { layout, eol } = style;
        // Written as the table formatter writes tables: aligned columns that hold in any font.
        const aligned = layout === 'pipe' || layout === 'markdown';
        const blank = `${kind}|${variant}|${f.script}|${layout}|${eol}`;
        let table = BLANK_TABLES.get(blank);
        if (table === undefined) BLANK_TABLES.set(blank, (table = renderGrid(inScript(officialGrid(kind, variant), f.script), layout, { eol, align: aligned, leadingPipe: aligned })));
        const fix: Fix = { title: msg('fix.insertTable', { table: TABLE_NAMES[kind] }), edits: [{ span: { start: at, end: at }, newText: eol + table }], preferred: true };
        finding.fixes = [fix];
      }
      out.push(finding);
    }
    return out;
  },
};
