/** Whether the character at i is a Han character (the only ones a conversion may change). */
const HAN_CHAR = /^[\p{Script=Han}]$/u;

export function isHanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c < 0x2e80) return false;
  return HAN_CHAR.test(String.fromCodePoint(s.codePointAt(i) as number));
}
