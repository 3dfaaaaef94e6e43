/**
 * The order people expect names in: agencies by pinyin (安徽… before 北京…), and numbers in file names by
 * value (「第2号」 before 「第10号」). Plain string order put Chinese names by code point (an order no
 * reader knows) and 10 before 2.
 */
const COLLATOR = new Intl.Collator('zh-CN', { numeric: true });

export const byName = (a: string, b: string): number => COLLATOR.compare(a, b);
