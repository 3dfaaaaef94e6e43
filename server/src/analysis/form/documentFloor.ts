/**
 * Table 二's document rows (规章, 规范性文件) hold a count that cannot be less than the others make it: the documents
 * in force at the year's end include those issued in the year and not repealed in it, so 现行有效件数 ≥ 本年制发件数 −
 * 本年废止件数 (the 2021 form); the documents made public in all include those made public this year, so 对外公开总数量 ≥
 * 本年新公开数量 (the 2019 form). No sum links the three, but this bound does: a glued 「6040」 is 6|0|40, never 60|4|0
 * (sixty issued and none in force) — found by a review of real pages —, and a row that breaks it is worth a look.
 */
import type { Text3 } from '../types';

/** The rows of table 二 the bound holds in (block 一 of either form). */
export const DOCUMENT_ROWS: ReadonlySet<string> = new Set(['rules', 'normative']);

/** The least the row's last figure may be, given its first two (the form's column order). */
export function documentFloor(variant: '2021' | '2019', values: readonly number[]): number {
  return variant === '2019' ? values[1] : values[0] - values[1];
}

/** Whether figures in the form's column order keep the bound. */
export const keepsFloor = (variant: '2021' | '2019', values: readonly number[]): boolean => values[2] >= documentFloor(variant, values);

/** The bound, said (for messages): 「现行有效件数不少于本年制发件数减本年废止件数」. */
export function floorWords(variant: '2021' | '2019'): Text3 {
  return variant === '2019'
    ? { cn: '对外公开总数量不少于本年新公开数量', tw: '對外公開總數量不少於本年新公開數量', en: 'made public in total is at least made public this year' }
    : { cn: '现行有效件数不少于本年制发件数减本年废止件数', tw: '現行有效件數不少於本年制發件數減本年廢止件數', en: 'in force is at least issued less repealed this year' };
}
