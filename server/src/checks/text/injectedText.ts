/**
 * injected-text: spam put into the page by a hacked site (seed 004: 「bet36体育在线_bet36体育投注@:」) — gambling
 * and the like — and the pinyin a spam mirror site puts after characters when it re-serves a report.
 */
import type { Finding } from '../../analysis/types';
import { pinyinGlosses } from '../../analysis/reader/text/gloss';
import { msg } from '../shared/cells';

/** Fewer glosses than this in a section may be the report's own words in brackets. */
const MIN_GLOSSES = 3;
import type { SegmentCheck } from '../types';

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
    return out;
  },
};
