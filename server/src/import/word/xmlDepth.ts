/**
 * How deep a part of a Word package nests its elements, read in one pass before any XML parser sees it. Word's own
 * XML nests a few dozen deep; a package whose document nests thousands deep (unclosed 「<w:p>」 one after another) kept
 * the XML parser mammoth and the Word steps use busy for minutes — its time grows with the depth at each element
 * (8,000 deep: 3 s; 100,000: never finished; found by a review of import on damaged files).
 */

/** Whether `xml` nests elements deeper than `limit`. */
export function nestsDeeperThan(xml: string, limit: number): boolean {
  let depth = 0;
  for (let i = xml.indexOf('<'); i >= 0 && i < xml.length; i = xml.indexOf('<', i)) {
    const c = xml.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      // A comment, a CDATA section or a declaration: to its own end.
      const end = xml.startsWith('<!--', i) ? xml.indexOf('-->', i + 4) : xml.startsWith('<![CDATA[', i) ? xml.indexOf(']]>', i + 9) : xml.indexOf('>', i);
      if (end < 0) return false;
      i = end + 1;
      continue;
    }
    if (c === 0x3f /* ? */) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) return false;
      i = end + 2;
      continue;
    }
    // A tag: to its '>', past quoted attribute values (which may hold one).
    let k = i + 1;
    while (k < xml.length) {
      const d = xml.charCodeAt(k);
      if (d === 0x22 || d === 0x27) {
        const q = xml.indexOf(d === 0x22 ? '"' : "'", k + 1);
        if (q < 0) return false;
        k = q + 1;
      } else if (d === 0x3e /* > */) break;
      else k++;
    }
    if (c === 0x2f /* / */) depth--;
    else if (xml.charCodeAt(k - 1) !== 0x2f && ++depth > limit) return true;
    i = k + 1;
  }
  return false;
}
