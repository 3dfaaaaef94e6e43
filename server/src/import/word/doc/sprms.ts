/**
 * A sprm (a single property modifier: a 2-byte id, then its operand) of Word 97–2003's property lists,
 * and how long its operand is: by the id's top three bits (spra), or for the variable ones by the
 * byte before the operand — except sprmTDefTable, a row's cells, whose length takes two bytes.
 */

/** A sprm's operand size (-1 if it runs past `end`). */
export function sprmSize(sprm: number, bytes: Uint8Array, at: number, end: number): number {
  let size: number;
  switch (sprm >> 13) {
    case 0:
    case 1:
      size = 1;
      break;
    case 2:
    case 4:
    case 5:
      size = 2;
      break;
    case 3:
      size = 4;
      break;
    case 7:
      size = 3;
      break;
    default:
      // Variable: a byte of length; sprmTDefTable's (and its older form's) is two bytes, counted from after them, plus 1.
      if (sprm === 0xd608 || sprm === 0xd606) size = at + 2 <= end ? 2 + (bytes[at] | (bytes[at + 1] << 8)) - 1 : -1;
      else size = at < end ? 1 + bytes[at] : -1;
  }
  return size < 0 || at + size > end ? -1 : size;
}

/** Each sprm in bytes [from, to): its id, and where its operand starts and ends; stops at one that runs past `to`. */
export function eachSprm(bytes: Uint8Array, from: number, to: number, f: (sprm: number, at: number, end: number) => void): void {
  let p = from;
  while (p + 2 <= to) {
    const sprm = bytes[p] | (bytes[p + 1] << 8);
    const size = sprmSize(sprm, bytes, p + 2, to);
    if (size < 0) return;
    f(sprm, p + 2, p + 2 + size);
    p += 2 + size;
  }
}
