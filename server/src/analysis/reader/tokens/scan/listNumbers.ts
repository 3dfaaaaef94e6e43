/** List numbers as they open a row's label: with their point, spaced, glued to words. */

/** A list number and nothing else (「3.」「12、」「2)」). */
export const LIST_NUMBER = /^[0-9０-９]{1,2}[.、)．）]$/;
/**
 * A list number opening a piece, followed by a space (「3. 」), the piece's text or figures after it; or
 * a two-digit one glued to its words (「17.申请人…」: a list Word numbers on across table 三's groups). (A
 * single digit glued to words is no figure already — numberEnd — and 「05.」「15.」 further into a piece
 * is a glued page's figure and the next row's 「5.」.)
 */
export const LIST_AT = /^(?:[0-9０-９]{1,2}[.、)．）](?=[\s\u3000])|[1-9１-９][0-9０-９][.、)．）](?=[\u3400-\u9fff]))/;
/**
 * A list number written with a space for its point, opening a cell before two ideographs of words (「1 申请人无正当理由…」
 * 「3　其他」): the cell's label — read as a figure, it was a figure of the row above (found by a review of Word files).
 * Never a count and its unit (「5 件」「10 万元」), nor in a line's words outside a table's cells, where a row's last
 * figure may stand before the next row's words.
 */
export const LIST_SPACED = /^[0-9０-９]{1,2}[ \u3000\u00a0]+(?![万元件个個项項次人名家户戶份宗条條])(?=[\u4e00-\u9fff]{2})/;
/**
 * A list number whose point stands a space off it, opening a piece before words (「3 .危及“三安全一稳定”」「3 、危及」「３ ．」
 * 「3 . 危 及」, typed so or spaced out by a converter): the label's, never a figure — no figure is followed by a point and
 * words. Read as one, it was the last figure of the row above, whose blank cell it filled (a false row-total and three
 * column totals: found by a review).
 */
export const LIST_POINT_SPACED = /^[0-9０-９]{1,2}[ \u3000\u00a0]+[.．、](?=[ \u3000\u00a0]*[\u4e00-\u9fff])/;
