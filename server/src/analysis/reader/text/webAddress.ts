/**
 * Web addresses in a report (「http://…」「https://…」「www.…」), as [start, end, start, end, …]. A Han
 * character inside one — a site's path 「/信息公开/」 — is part of a name as the site spells it: no
 * script the report mixes, and converting it would break the link.
 *
 * An address glued to the words after it (「登录www.xx.gov.cn网站查询」, common in these reports) ends
 * before them: the address is taken to end at its last ASCII character, so the Han characters it
 * keeps are those of a path segment with more of the address after it (「/信息公开/index.html」).
 */
const START = /https?:\/\/|www\./gi;
/** What no address holds: white space, quotes, angle brackets, a table's separator, CJK punctuation. */
const STOP = /[\s<>"'|，。；：！？、（）「」『』【】《》“”‘’\u3000]/;
/** ASCII punctuation that ends a sentence rather than an address (「见http://a.cn/.」). */
const TRAILING = /[.,;:!?)\]]/;

export function webAddresses(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  // (Openings are looked for in text[from, to) only — a conversion asks range by range — and an address
  // that opens there is followed to its end.)
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  START.lastIndex = 0;
  for (let m = START.exec(part); m; m = START.exec(part)) {
    const a = from + m.index;
    const head = a + m[0].length;
    let b = head;
    while (b < text.length && !STOP.test(text[b])) b++;
    // Its last ASCII character ends it: what follows glued (「网站查询」) is the sentence's.
    let e = b;
    while (e > head && text.charCodeAt(e - 1) > 0x7f) e--;
    while (e > head && TRAILING.test(text[e - 1])) e--;
    if (e > head) out.push(a, e);
    if (b >= to) break;
    START.lastIndex = b - from;
  }
  return out;
}
