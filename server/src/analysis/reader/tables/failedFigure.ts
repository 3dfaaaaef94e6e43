/**
 * Words in a figure's cell that are no figure and no part of a label: 「abc」「N/A」「？」「五」「一百」.
 * A writer typed them where the figure goes; read as words, they would lengthen the row's label and
 * move every figure after them one cell to the left (「行应有 7 个数，只读到 6 个」). They are the cell,
 * and it is invalid. (Labels are words of the form: Han characters other than numerals alone.)
 */
const LATIN = /^[A-Za-z?？!！.#_\\/-]{1,8}$/;
const HAS_LETTER = /[A-Za-z?？]/;
const CHINESE_FIGURE = /^[〇零一二三四五六七八九十百千万萬两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]{1,6}$/;

/** Letters and marks where a figure goes (「abc」「N/A」「？」): never a piece of a label, wherever it stands. */
export function isLatinFailure(raw: string): boolean {
  // (Asked of every short text after a label: a glance at its characters before any normalising —
  // ASCII, full-width forms and spaces only, and short.)
  if (raw.length > 16) return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80 && !(c >= 0xff01 && c <= 0xff5e) && c !== 0x3000) return false;
  }
  const t = raw.normalize('NFKC').trim();
  return LATIN.test(t) && HAS_LETTER.test(t);
}

/**
 * A figure in Chinese numerals (「五」「一百」). On a line of its own it may be a piece of a label a narrow
 * column wrapped (「（」 / 「一」 / 「）予以公开」, 「二」 / 「、上年结转…」): only a cell of the label's own line is one.
 */
export function isChineseFigure(raw: string): boolean {
  return raw.length <= 16 && CHINESE_FIGURE.test(raw.trim());
}
