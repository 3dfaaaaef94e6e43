/**
 * A tab of a Word paragraph, through mammoth's HTML to the writer of lines (html.ts): a character of the
 * private use area, which no page holds and no whitespace rule touches, written back as a tab.
 */
export const TAB_MARK = '\ue009';
