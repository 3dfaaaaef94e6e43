/**
 * Labels as the form words them, for the outline and the hovers: a scraped page breaks labels with
 * spaces and cell separators (「三、 本年 度办 理结 果」), which the reader sees through but a person
 * should not have to.
 */
import { activeBlocks, appRowDef } from '../form/schema';
import type { Text3 } from '../types';

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const GAP_IN_CJK = new RegExp(`(?<=[${CJK}])[\\s|\\u3000]+(?=[${CJK}])`, 'g');

/** A label with the breaks a page put into it removed: no spaces or bars between CJK characters. */
export function tidyLabel(text: string): string {
  return text.replace(GAP_IN_CJK, '').replace(/[\s|]+/g, ' ').trim();
}

/** Table 三's row or row group `id` as the form names it (short form), in the three scripts. */
export function appLabel(id: string): Text3 | undefined {
  return appRowDef(id)?.short;
}

/** Table 二's block header: 第二十条第（N）项. */
export function activeBlockLabel(id: string, variant: '2021' | '2019'): Text3 | undefined {
  const item = activeBlocks(variant).find((b) => b.id === id)?.item;
  if (!item) return undefined;
  return { cn: `第二十条第（${item}）项`, tw: `第二十條第（${item}）項`, en: `Article 20, item (${'一二三四五六七八九十'.indexOf(item) + 1})` };
}
