/**
 * GBK bytes of a text, as government sites serve many reports. Node has no GBK encoder; this builds the
 * inverse of its GB18030 decoder over the two-byte range (characters outside it become '?').
 */
let table: Map<string, number[]> | undefined;

export function gbk(text: string): Buffer {
  if (!table) {
    const decoder = new TextDecoder('gb18030');
    table = new Map();
    for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}
