/**
 * A web page saved as one file (.mht, .mhtml: Chrome's 「网页，单个文件」, Word's 「单个文件网页」, and what
 * office systems hand out as a 「Word」 .doc): a MIME message whose HTML part is the page, its text in
 * quoted-printable or base64. That part, decoded to its bytes, with the charset its part names — read as
 * the MIME text itself, the page was headers and 「=E4=B8=80」 codes, and the import said it had succeeded.
 */

/** Whether the bytes open as a MIME message holding several parts (a saved single-file page). */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const headers = end < 0 ? head : head.slice(0, end);
  return /^MIME-Version\s*:/im.test(headers) && /^Content-Type\s*:\s*multipart\/related/im.test(headers);
}

export interface MhtmlPage {
  bytes: Uint8Array;
  /** The charset the part names, if it names one. */
  charset?: string;
}

/** The message's first HTML part (the page; the others are its pictures and styles), or undefined. */
export function mhtmlPage(bytes: Uint8Array): MhtmlPage | undefined {
  return mhtmlPages(bytes)[0];
}

/**
 * Every page a single-file page holds: the page, then its frames' (a browser saves a frame's page as a part of
 * its own — an article shown in an <iframe> is there, not in the first part).
 */
export function mhtmlPages(bytes: Uint8Array): MhtmlPage[] {
  const pages: MhtmlPage[] = [];
  const text = Buffer.from(bytes).toString('latin1');
  const top = text.search(/\r?\n\r?\n/);
  if (top < 0) return pages;
  htmlParts(text, text.slice(0, top), top, text.length, pages, 0);
  return pages;
}

/** Multipart messages nested deeper than this are not looked into (a mail client nests two or three). */
const MAX_NESTING = 4;

/**
 * The HTML parts of the multipart body text[from, to) whose headers are `headers`, in order — also those of a
 * multipart part inside it (a mail client's multipart/alternative, its page beside a plain-text copy: refused as
 * holding no page, found by a review).
 */
function htmlParts(text: string, headers: string, from: number, to: number, pages: MhtmlPage[], depth: number): void {
  // (Header lines folded onto the next, indented: 「Content-Type: multipart/related;\n\tboundary="…"」.)
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(headers.replace(/\r?\n[ \t]+/g, ' '));
  if (!boundary) return;
  const mark = '--' + (boundary[1] ?? boundary[2]);
  for (let at = text.indexOf(mark, from); at >= 0 && at < to; ) {
    let next = text.indexOf(mark, at + mark.length);
    if (next > to) next = -1;
    const partStart = at + mark.length;
    const partEnd = next < 0 ? to : next;
    at = next;
    if (text.startsWith('--', partStart)) break; // the closing boundary
    const split = text.slice(partStart, partEnd).search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const head = text.slice(partStart, partStart + split).replace(/\r?\n[ \t]+/g, ' ');
    if (/^\s*Content-Type\s*:\s*multipart\//im.test(head)) {
      if (depth < MAX_NESTING) htmlParts(text, head, partStart + split, partEnd, pages, depth + 1);
      continue;
    }
    if (!/^\s*Content-Type\s*:\s*text\/html/im.test(head)) continue;
    const body = text.slice(partStart + split, partEnd).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const encoding = /^\s*Content-Transfer-Encoding\s*:\s*([\w-]+)/im.exec(head)?.[1].toLowerCase();
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(/^\s*Content-Type\s*:.*$/im.exec(head)?.[0] ?? '')?.[1];
    const decoded = encoding === 'base64' ? Buffer.from(body, 'base64') : encoding === 'quoted-printable' ? quotedPrintable(body) : Buffer.from(body, 'latin1');
    pages.push({ bytes: decoded, charset });
  }
}

/** Quoted-printable (RFC 2045) to bytes: 「=E4」 a byte, 「=」 at a line's end joins the lines. */
function quotedPrintable(s: string): Buffer {
  const joined = s.replace(/=\r?\n/g, '');
  const out = Buffer.alloc(joined.length);
  let n = 0;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 0x3d && i + 2 < joined.length + 0 && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out[n++] = parseInt(joined.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}
