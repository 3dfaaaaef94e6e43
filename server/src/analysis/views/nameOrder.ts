/**
 * The order people expect names in: agencies by pinyin (安徽… before 北京…), and numbers in file names by
 * value (「第2号」 before 「第10号」). Plain string order put Chinese names by code point (an order no
 * reader knows) and 10 before 2.
 *
 * The collator is made on first use: ICU's Chinese collation takes ~3.5 ms to build, which a server's
 * start paid before its first report (no name is ordered until a workspace or a folder is listed).
 */
let collator: Intl.Collator | undefined;

export const byName = (a: string, b: string): number => (collator ??= new Intl.Collator('zh-CN', { numeric: true })).compare(a, b);

/**
 * Paths in the order a folder walk lists them (each folder's entries by name, its subfolders' where they fall): segment by
 * segment, so that the editor's workspace and the command line take one body's two reports of a year in the same order
 * (the editor ordered them by their escaped URIs, and the two exports named a different one the year's first — found
 * by a review office's trial).
 */
export function byPath(a: string, b: string): number {
  const x = a.split(/[\\/]/);
  const y = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = byName(x[i], y[i]);
    if (c) return c;
  }
  return x.length - y.length;
}
