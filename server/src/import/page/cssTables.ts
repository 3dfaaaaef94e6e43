/**
 * A table drawn with CSS — `<div>`s whose style makes them a table, its rows and its cells (「display:table」「table-row」
 * 「table-cell」, in a class's rule or the element's own style) —: read as the table it shows. It was written a cell a
 * line, its blank cells lost and its figures' places with them (a row's six figures read where seven belong: table-shape,
 * and all seven left out of the export — found by a review). Only a table of rows of cells is one: a page's layout that
 * uses 「display:table」 alone to centre a block is left as it is.
 */

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** A rule of a page's style sheets: its selectors, its declarations' text. */
type Rule = [selectors: string[], body: string];

const DISPLAY = /(?:^|;)\s*display\s*:\s*(table-row-group|table-header-group|table-footer-group|table-row|table-cell|table)\s*(?:!important\s*)?(?:;|$)/i;
/** The element each display stands for. */
const AS: Record<string, string> = { table: 'table', 'table-row-group': 'tbody', 'table-header-group': 'thead', 'table-footer-group': 'tfoot', 'table-row': 'tr', 'table-cell': 'td' };

export function cssTables(doc: Node, rules: readonly Rule[]): void {
  const byClass = new Map<string, string>();
  for (const [selectors, body] of rules) {
    const m = DISPLAY.exec(body);
    if (!m) continue;
    for (const sel of selectors) {
      const c = /^\s*[a-z]*\.([\w-]+)\s*$/i.exec(sel)?.[1];
      if (c) byClass.set(c, m[1].toLowerCase());
    }
  }
  const displayOf = (n: Node): string | undefined => {
    const own = DISPLAY.exec(n.attrs?.find((a) => a.name === 'style')?.value ?? '')?.[1];
    if (own) return own.toLowerCase();
    if (!byClass.size) return undefined;
    for (const c of (n.attrs?.find((a) => a.name === 'class')?.value ?? '').split(/\s+/)) {
      const d = byClass.get(c);
      if (d) return d;
    }
    return undefined;
  };
  const walk = (n: Node) => {
    if (n.tagName && n.tagName !== 'table' && displayOf(n) === 'table') {
      const rows = rowsOf(n, displayOf);
      if (rows && rows.length >= 2 && rows.every((r) => cellsOf(r, displayOf)) && holdsFigures(rows, displayOf)) {
        rename(n, 'table');
        for (const g of (n.childNodes ?? []).filter((c) => c.tagName && /^table-(?:row|header|footer)-group$/.test(displayOf(c) ?? ''))) rename(g, AS[displayOf(g)!]);
        for (const r of rows) {
          rename(r, 'tr');
          for (const c of cellsOf(r, displayOf) ?? []) rename(c, 'td');
        }
      }
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(doc);
}

/**
 * A CSS table's rows: its children of display table-row, or its row groups' (a tbody's) — undefined where it holds
 * anything else (a paragraph, an article between a header row and a footer row, words): a table's element drops what is
 * no row, and the article was lost with it (found by the review of the first version).
 */
function rowsOf(table: Node, displayOf: (n: Node) => string | undefined): Node[] | undefined {
  const out: Node[] = [];
  for (const c of table.childNodes ?? []) {
    if (!c.tagName) {
      if (!onlySpace(c)) return undefined;
      continue;
    }
    const d = displayOf(c);
    if (d === 'table-row') out.push(c);
    else if (d && /^table-(?:row|header|footer)-group$/.test(d)) {
      for (const r of c.childNodes ?? []) {
        if (r.tagName && displayOf(r) === 'table-row') out.push(r);
        else if (r.tagName || !onlySpace(r)) return undefined;
      }
    } else return undefined;
  }
  return out;
}

/** A CSS row's cells: its children of display table-cell — undefined where it holds anything else (a label's bare words). */
function cellsOf(row: Node, displayOf: (n: Node) => string | undefined): Node[] | undefined {
  const out: Node[] = [];
  for (const c of row.childNodes ?? []) {
    if (c.tagName && displayOf(c) === 'table-cell') out.push(c);
    else if (c.tagName || !onlySpace(c)) return undefined;
  }
  return out.length ? out : undefined;
}

/** Whether a text node holds nothing but white space (a comment holds nothing shown). */
const onlySpace = (n: Node): boolean => n.nodeName === '#comment' || !/\S/.test(n.value ?? '');

/**
 * Whether rows of cells are a table of figures: two cells or more in a row, and a figure in a cell. A widget drawn so —
 * 「上一篇 | 下一篇」, 「【打印本页】 | 分享到」 — is the page's furniture, left to its own rules (found by the review of the
 * first version: written as rows of the report).
 */
function holdsFigures(rows: readonly Node[], displayOf: (n: Node) => string | undefined): boolean {
  if (!rows.some((r) => (cellsOf(r, displayOf)?.length ?? 0) >= 2)) return false;
  return rows.some((r) => (cellsOf(r, displayOf) ?? []).some((c) => /^\s*[0-9０-９][0-9０-９,，.]*\s*$/.test(textOf(c))));
}
function textOf(n: Node): string {
  return n.value ?? (n.childNodes ?? []).map(textOf).join('');
}

/** The element renamed as the one its display draws (parse5's node: its name and its tag). */
function rename(n: Node, to: string): void {
  n.nodeName = to;
  n.tagName = to;
}
