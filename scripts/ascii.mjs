/**
 * A bundle's text in ASCII (see esbuild.mjs): every other character as a \u escape, which in a regular
 * expression literal or a comment — where esbuild leaves them — means what the character did. A
 * character escaped in a pattern (「\\一」) is the character itself: its backslash goes.
 */
export function toAscii(text) {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let slashes = 0;
    while (i - slashes > 0 && text.charCodeAt(i - slashes - 1) === 0x5c) slashes++;
    out += text.slice(last, slashes % 2 ? i - 1 : i) + '\\u' + c.toString(16).padStart(4, '0');
    last = i + 1;
  }
  return last ? out + text.slice(last) : text;
}
