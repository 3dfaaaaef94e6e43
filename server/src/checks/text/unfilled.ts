/**
 * unfilled: the placeholder of a new report's template (「（请在此填写。）」, 「（請在此填寫。）」) still in the text —
 * or another template's (「20XX年」「××局」「【请填写】」).
 * A report made with 「新建年度报告」 checks clean from the start — its tables are the form's, all zeros, and
 * balance — so the status said 「✓ 0 个错误」 of a report none of whose sections was written (found by a
 * writer's review). Each placeholder left is a warning, until the section is written.
 */
import type { Finding } from '../../analysis/types';
import { msg } from '../shared/cells';
import { tableCover } from '../../analysis/reader/segments/tableCover';
import type { SegmentCheck } from '../types';

/** The template's placeholder in each script (newReport.ts writes the first; its traditional copy the second). */
const PLACEHOLDERS = ['（请在此填写。）', '（請在此填寫。）'];

/**
 * What other templates leave (a province's, a department's): a year not filled in (「20XX年」「20××年」), a body's
 * name of crosses (「××局」「XX县」), a telephone number of crosses (「电话：××××-×××××××」), an instruction in brackets
 * (「（此处填写…）」「【请填写】」) — a report published with them was said clean (found by a review). Not a person or a
 * company masked in a case's account (「申请人王××」「XX公司」), nor a form's instruction to an applicant (「（填写电子
 * 申请表）」), nor letters inside a word (「XXL」, a link's 「xx」), nor one cross (3×4).
 */
const OTHER_TEMPLATES = /(?:19|20)[XxＸｘ×]{2}\s*年|(?<![A-Za-z])(?:XX|ＸＸ|×{2,})(?=[省市县縣区區镇鎮乡鄉街局委办辦厅廳处處科室])|(?<=(?:电话|電話|传真|傳真)[：:]\s*)[×X]{3,}(?:[-－][×X]+)?|[（(【\[]\s*(?:(?:请|請)(?:在)?(?:此处|此處|此)?|此处|此處)(?:填写|填寫|填入)[^）)】\]\n]{0,20}[）)】\]]/g;

export const unfilled: SegmentCheck = {
  code: 'unfilled',
  severity: 'warning',
  scope: 'segment',
  description: { cn: '新建报告模板的占位文字还没有替换', tw: '新建報告範本的佔位文字還沒有替換', en: 'The new-report template’s placeholder is still in the text' },
  messages: {
    unfilled: { cn: '这里还是模板的占位文字「{text}」：请填写这一部分', tw: '這裡還是範本的佔位文字「{text}」：請填寫這一部分', en: 'The template’s placeholder “{text}” is still here: write this part' },
    'unfilled.other': { cn: '这里是模板留下的占位「{text}」：请填写实际内容', tw: '這裡是範本留下的佔位「{text}」：請填寫實際內容', en: 'A template’s placeholder “{text}” is still here: write what it stands for' },
  },
  run(seg, text) {
    const out: Finding[] = [];
    for (const p of PLACEHOLDERS) {
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length)) {
        out.push({ code: 'unfilled', severity: 'warning', span: { start: at, end: at + p.length }, message: msg('unfilled', { text: p }) });
      }
    }
    // (Looked for only where one of their characters is: most segments have none. Not in a table: a cell's crosses mask it.)
    if (/[Xx×Ｘｘ填]/.test(text)) {
      const inTable = tableCover(seg.tables);
      OTHER_TEMPLATES.lastIndex = 0;
      for (let m = OTHER_TEMPLATES.exec(text); m; m = OTHER_TEMPLATES.exec(text)) {
        if (inTable(m.index) || out.some((f) => f.span.start <= m!.index && m!.index < f.span.end)) continue;
        out.push({ code: 'unfilled', severity: 'warning', span: { start: m.index, end: m.index + m[0].length }, message: msg('unfilled.other', { text: m[0] }) });
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};
