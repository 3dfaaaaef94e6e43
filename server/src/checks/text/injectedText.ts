/** injected-text: spam put into the page by a hacked site (seed 004: 「bet36体育在线_bet36体育投注@:」) — gambling and the like. */
import type { Finding } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { SegmentCheck } from '../types';

export const injectedText: SegmentCheck = {
  code: 'injected-text',
  severity: 'warning',
  scope: 'segment',
  description: { cn: '网页被植入的垃圾文字（赌博等）', tw: '網頁被植入的垃圾文字（賭博等）', en: 'Spam injected into the page by a hacked site (gambling and the like)' },
  messages: {
    'injected-text': { cn: '疑似被植入的垃圾文字「{text}」，请删除并核查原网页', tw: '疑似被植入的垃圾文字「{text}」，請刪除並核查原網頁', en: 'Text that looks injected by a hacked site: “{text}” — remove it and check the original page' },
    'fix.removeInjected': { cn: '删除这段文字', tw: '刪除這段文字', en: 'Remove this text' },
  },
  run(seg, text) {
    return seg.prose.spam.map((span): Finding => ({
      code: 'injected-text',
      severity: 'warning',
      span: { ...span },
      message: msg('injected-text', { text: text.slice(span.start, span.end) }),
      fixes: [{ title: msg('fix.removeInjected'), edits: [{ span: { ...span }, newText: '' }], preferred: true }],
    }));
  },
};
