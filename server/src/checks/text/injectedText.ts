/**
 * injected-text: spam put into the page by a hacked site (seed 004: 「bet36体育在线_bet36体育投注@:」) — gambling
 * and the like — and the pinyin a spam mirror site puts after characters when it re-serves a report.
 */
import type { Finding } from '../../analysis/types';
import { pinyinGlosses } from '../../analysis/reader/text/gloss';
import { chromeBlocks } from '../../analysis/reader/segments/chrome';
import { signingDate } from '../../analysis/reader/segments/signingDate';
import { msg } from '../shared/cells';

/** Fewer glosses than this in a section may be the report's own words in brackets. */
const MIN_GLOSSES = 3;
import type { SegmentCheck } from '../types';
import type { SegmentParse } from '../../analysis/reader/segment';

export const injectedText: SegmentCheck = {
  code: 'injected-text',
  severity: 'warning',
  scope: 'segment',
  description: { cn: '网页被植入的垃圾文字（赌博等）', tw: '網頁被植入的垃圾文字（賭博等）', en: 'Spam injected into the page by a hacked site (gambling and the like)' },
  messages: {
    'injected-text': { cn: '疑似被植入的垃圾文字「{text}」，请删除并核查原网页', tw: '疑似被植入的垃圾文字「{text}」，請刪除並核查原網頁', en: 'Text that looks injected by a hacked site: “{text}” — remove it and check the original page' },
    'fix.removeInjected': { cn: '删除这段文字', tw: '刪除這段文字', en: 'Remove this text' },
    'injected-text.pinyin': { cn: '汉字后被插入了拼音「{sample}」等 {count} 处（镜像网站转载的痕迹），请以原网页为准', tw: '漢字後被插入了拼音「{sample}」等 {count} 處（鏡像網站轉載的痕跡），請以原網頁為準', en: 'Pinyin inserted after characters (“{sample}”, {count} in this section): a mirror site’s copy — check the original page' },
    'fix.removeGlosses': { cn: '删除本部分插入的拼音', tw: '刪除本部分插入的拼音', en: 'Remove the inserted pinyin in this section' },
    'injected-text.chrome': { cn: '报告正文中夹有网页的页面文字「{text}」（抓取或复制网页时带入），不是报告内容', tw: '報告正文中夾有網頁的頁面文字「{text}」（抓取或複製網頁時帶入），不是報告內容', en: 'Web page furniture inside the report: “{text}” (taken along when the page was scraped or copied) — not part of the report' },
    'fix.removeChrome': { cn: '删除这些页面文字', tw: '刪除這些頁面文字', en: 'Remove this page furniture' },
  },
  run(seg, text) {
    const out = seg.prose.spam.map((span): Finding => ({
      code: 'injected-text',
      severity: 'warning',
      span: { ...span },
      message: msg('injected-text', { text: text.slice(span.start, span.end) }),
      fixes: [{ title: msg('fix.removeInjected'), edits: [{ span: { ...span }, newText: '' }], preferred: true }],
    }));
    // A mirror site's pinyin glosses: one finding a section, on the first, whose fix takes them all out
    // (a page re-served so holds hundreds; a gloss or two may be the report's own: 「附表(pdf)」).
    const glosses = pinyinGlosses(text);
    if (glosses.length >= MIN_GLOSSES) {
      const first = glosses[0];
      out.push({
        code: 'injected-text',
        severity: 'warning',
        span: { ...first },
        message: msg('injected-text.pinyin', { sample: text.slice(first.start, first.end), count: glosses.length }),
        fixes: [{ title: msg('fix.removeGlosses'), edits: glosses.map((g) => ({ span: { ...g }, newText: '' })), preferred: true }],
      });
    }
    out.push(...chrome(seg, text));
    return out;
  },
};

/** Longest quote of furniture in a message. */
const QUOTE = 40;

/**
 * A web page's furniture inside the report (lines of 「打印本页」「关闭窗口」「分享到」「上一篇：…」…) in sections 一 to 五:
 * a page cut in two by a scraper, each part with its buttons — not the page's header before the first section nor its
 * footer after the end.
 */
function chrome(seg: SegmentParse, text: string): Finding[] {
  // (Not the preamble's: a page's header is there — breadcrumbs, the date, 「字体：大 中 小」「分享到」 under the title
  // as every site lays out its article; nor a scraper's record of the page.)
  // (Nor section 六's: the report ends there, and the page's footer follows it with whatever links the site has —
  // 「附件下载」「扫一扫…」「关闭」「文字解读」「图片解读」, the real pages' dumps —, no signing date always between.)
  if (!seg.heading || seg.heading.section === 6) return [];
  const from = seg.heading.span.end;
  // (At the end of 五, what follows may be the page's footer of a report that has no 六: there, only followed by its text.)
  const last = seg.heading.section === 5;
  const out: Finding[] = [];
  const blocks = chromeBlocks(text, from);
  // (After the report's signing date is the page's footer, whatever follows it — 「附件下载」「扫一扫…」「关闭」「文字解读」.)
  const signed = blocks.length ? signingDate(text, seg.tables)?.span.end ?? Infinity : Infinity;
  for (const b of blocks) {
    if ((!b.followed && last) || b.start >= signed) continue;
    // (The block's lines and the line break after it: the text closes up.)
    let end = b.end;
    if (text.charCodeAt(end) === 13) end++;
    if (text.charCodeAt(end) === 10) end++;
    let start = b.start;
    while (start > 0 && text.charCodeAt(start - 1) !== 10 && /[ \t\u3000]/.test(text[start - 1])) start--;
    const said = text.slice(b.start, b.end).replace(/\s+/g, ' ');
    out.push({
      code: 'injected-text',
      severity: 'information',
      span: { start: b.start, end: b.end },
      message: msg('injected-text.chrome', { text: said.length > QUOTE ? `${said.slice(0, QUOTE)}…` : said }),
      // (Not preferred: said of a report's own line that looks so, the fix would delete it.)
      fixes: [{ title: msg('fix.removeChrome'), edits: [{ span: { start, end }, newText: '' }] }],
    });
  }
  return out;
}
