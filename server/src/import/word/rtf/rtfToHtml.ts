/**
 * Rich text (.rtf — what a site's 「下载」 often hands out named .doc, and what Word and WPS save as RTF)
 * read into the HTML the page import reads, through the body writer as a .doc is (bodyWriter.ts): its
 * paragraphs, and its tables row by row with each row's cell boundaries (\cellx) and merges (\clvmgf,
 * \clvmrg, \clmgf, \clmrg), so a table comes out cell for cell.
 *
 * What it reads of RTF: groups and their character state (hidden \v, tracked deletion \deleted, the
 * Unicode fallback count \uc, the font and so the code page of \'hh bytes — GBK under \ansicpg936 or a
 * font of \fcharset134, Big5 under 950 or \fcharset136); \uN characters; a field's result, not its code,
 * and no table of contents; the numbers Word writes for list paragraphs (\listtext); pictures, counted
 * at their shown size; footnotes and endnotes, their marks 「[n]」 where they stand and their text listed at
 * the end, as mammoth writes a .docx's; a text box's text (\shptxt) after its paragraph, as the .doc import
 * writes it. Double-byte characters keep their trail byte where it is ASCII; \deff's font is the text's
 * until \f names another, and \plain goes back to it. What a passed-over group holds, a note's text and a
 * nested table's rows change nothing of the body's paragraph and row. Destinations no report text is in — the font and colour tables,
 * styles, document information, headers, footers, comments, anything else marked \* — are passed over.
 * Nested tables' cells are lines of the cell they stand in.
 */
import { BodyWriter, type RowProps } from '../bodyWriter';
import { MAX_DEPTH, refuse } from '../../limits';
import { numberWithFollow } from '../wordNumbering';

/** Destinations whose text is no report's (a \* destination is passed over whatever its name). */
const SKIPPED = new Set([
  'colortbl', 'stylesheet', 'info', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'annotation', 'shprslt', 'sn', 'atnid', 'atnauthor', 'nonshppict', 'object', 'objdata', 'listtable', 'listoverridetable',
  'revtbl', 'rsidtbl', 'xmlnstbl', 'filetbl', 'pgdsctbl', 'generator', 'template', 'fldtype', 'datafield', 'private',
]);
const SYMBOLS: Record<string, string> = {
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c', rdblquote: '\u201d',
  emspace: ' ', enspace: ' ', qmspace: ' ',
};
/**
 * \* destinations that are read: a field's code, a picture Word writes twice ({\*\shppict{\pict …}} for its readers,
 * {\nonshppict{\pict …}} for older ones), a note ({\*\footnote …}), a shape's instructions (its text box, \shptxt — its
 * fallback for older readers, \shprslt, is passed over: its \par split the paragraph a seal stands in).
 */
const STARRED_READ = new Set(['fldinst', 'shppict', 'footnote', 'shpinst']);
/** Paragraph state a note's text or a list number's own group does not change for the body; row state a nested table's rows do not. */
const PARAGRAPH_STATE = new Set(['pard', 'intbl', 'itap']);
const ROW_STATE = new Set(['trowd', 'trleft', 'clvmgf', 'clvmrg', 'clmgf', 'clmrg', 'cellx']);
/** A picture's size as RTF gives it: its size in twips, and its scale in per cent. */
const PICTURE_SIZE: Record<string, 'w' | 'h' | 'sx' | 'sy'> = { picwgoal: 'w', pichgoal: 'h', picscalex: 'sx', picscaley: 'sy' };
/** Code pages by \ansicpg and by a font's \fcharset. */
const CODE_PAGES: Record<number, string> = { 936: 'gbk', 950: 'big5', 1252: 'windows-1252', 932: 'shift_jis', 949: 'euc-kr', 54936: 'gb18030' };
const DOUBLE_BYTE = new Set([936, 950, 932, 949, 54936]);
const CHARSETS: Record<number, number> = { 0: 1252, 128: 932, 129: 949, 134: 936, 136: 950 };

interface GroupState {
  skip: boolean;
  hidden: boolean;
  deleted: boolean;
  uc: number;
  font: number;
  /** What this group's text is: the report's, a field's code, a list number, the font table. */
  dest: 'text' | 'fldinst' | 'listtext' | 'fonttbl' | 'pict' | 'prop';
  /** This group opened a field (its code and whether its result is shown live on the field). */
  field?: { code: string; shown: boolean };
  /** Where this group's text is written: the body, or a note's own writer (a footnote's text, listed at the end). */
  writer: BodyWriter;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function rtfToHtml(bytes: Uint8Array): string {
  const body = new BodyWriter();
  /** The notes' writers, in the order their marks stand in the text. */
  const notes: BodyWriter[] = [];
  const decoders = new Map<string, InstanceType<typeof TextDecoder>>();
  const decoder = (cp: number) => {
    const name = CODE_PAGES[cp] ?? 'windows-1252';
    let d = decoders.get(name);
    if (!d) decoders.set(name, (d = new TextDecoder(name)));
    return d;
  };
  let ansi = 1252;
  const fontCharset = new Map<number, number>();
  let state: GroupState = { skip: false, hidden: false, deleted: false, uc: 1, font: 0, dest: 'text', writer: body };
  /** Text boxes met in the paragraph being read (a shape's \shptxt): written after it, as the .docx and .doc imports do. */
  let boxes: BodyWriter[] = [];
  const boxesAfter = () => {
    for (const box of boxes) body.block(box.finish());
    boxes = [];
  };
  const stack: GroupState[] = [];
  const fields: { code: string; shown: boolean }[] = [];
  /** The group just opened: its first control word may name a destination. */
  let groupStart = false;
  let starred = false;
  let ucSkip = 0;
  /** Bytes of \'hh and 8-bit characters waiting to be decoded together (a GBK character is two). */
  const pending: number[] = [];
  let listLabel = '';
  // (Without \deff, font 0 is the default one: \plain goes back to it — a file that names no code page but a font of
  // \fcharset134, f0, read its GBK as Latin after \plain.)
  let deff = 0;
  // Paragraph and row state (not scoped by groups: \pard and \trowd reset them).
  let intbl = false;
  let itap = 0;
  let row: { left: number; edges: number[]; vert: number[]; horz: number[]; v: number; h: number } = { left: 0, edges: [], vert: [], horz: [], v: 0, h: 0 };
  let picture: { w: number; h: number; sx: number; sy: number } | undefined;

  const shown = () => !state.skip && !state.hidden && !state.deleted && fields.every((f) => f.shown);
  const out = (s: string) => {
    // (Not even a field's code: a bookmark's {\*\bkmkstart _Toc1} inside 「TOC」 made it no table of contents.)
    if (state.skip) return;
    if (state.dest === 'fldinst') {
      const f = fields[fields.length - 1];
      if (f) f.code += s;
      return;
    }
    if (state.dest === 'fonttbl' || state.dest === 'prop') return;
    if (!shown()) return;
    if (state.dest === 'listtext') listLabel += s;
    else if (state.dest === 'text') state.writer.text(s);
  };
  /** The code page of the text being read: its font's charset's, else the document's. */
  const codePage = () => {
    const charset = fontCharset.get(state.font);
    return charset !== undefined && CHARSETS[charset] !== undefined && charset !== 0 ? CHARSETS[charset] : ansi;
  };
  /** Whether the bytes waiting end in a double-byte character's lead (GBK, Big5, Shift-JIS, EUC-KR: 0x81–0xFE). */
  const awaitsTrail = () => {
    if (!pending.length || !DOUBLE_BYTE.has(codePage())) return false;
    let i = 0;
    while (i < pending.length) i += pending[i] >= 0x81 && pending[i] <= 0xfe ? 2 : 1;
    return i > pending.length;
  };
  const flush = () => {
    if (!pending.length) return;
    const cp = codePage();
    const raw = Uint8Array.from(pending);
    // (A generator that names no code page and writes UTF-8 bytes as they are: read as UTF-8 where they are valid.)
    let text: string | undefined;
    if (cp === 1252) {
      try {
        text = utf8.decode(raw);
      } catch {
        text = undefined;
      }
    }
    out(text ?? decoder(cp).decode(raw));
    pending.length = 0;
  };
  const inTable = () => intbl || itap > 0;

  const control = (word: string, param: number | undefined) => {
    if (groupStart) {
      groupStart = false;
      if (starred && !STARRED_READ.has(word)) {
        state.skip = true;
        return;
      }
      if (SKIPPED.has(word)) {
        state.skip = true;
        return;
      }
      if (word === 'fonttbl') state.dest = 'fonttbl';
      else if (word === 'fldinst') state.dest = 'fldinst';
      else if (word === 'fldrslt') {
        const f = fields[fields.length - 1];
        // (A table of contents' result is its entries: the headings again, with page numbers; a SHAPE field's, the drawn
        // object before it again.)
        if (f) f.shown = !/^\s*(?:TOC|SHAPE)\b/i.test(f.code);
      } else if (word === 'field') {
        state.field = { code: '', shown: true };
        fields.push(state.field);
      } else if (word === 'listtext' || word === 'pntext') {
        state.dest = 'listtext';
        listLabel = '';
      } else if (word === 'shpinst' || word === 'sp') {
        // A shape's instructions: its properties are no text; its text box's (\shptxt) and its picture are.
        state.dest = 'prop';
      } else if (word === 'shptxt' && !state.skip) {
        state.dest = 'text';
        state.writer = boxes[boxes.push(new BodyWriter()) - 1];
      } else if (word === 'footnote' && !state.skip) {
        // A footnote or an endnote (\ftnalt): its mark where it stands, as mammoth writes a .docx's, its text listed at the end.
        const n = notes.push(new BodyWriter());
        state.writer.markup(`<sup><a href="#footnote-${n}" id="footnote-ref-${n}">[${n}]</a></sup>`);
        state.writer = notes[n - 1];
      } else if (word === 'pict') {
        state.dest = 'pict';
        picture = { w: 0, h: 0, sx: 100, sy: 100 };
      }
    }
    // What a passed-over group holds changes nothing: a nested table's {\*\nesttableprops \trowd…\cellx…} replaced the
    // outer row's cells (its figures a column off), an {\*\annotation \pard …} in a cell ended the table (found by a review).
    if (state.skip) return;
    // Nor does a note's text, or a nested table's row, change the body's row or paragraph.
    const own = state.writer === body && state.dest !== 'listtext';
    if (!own && (PARAGRAPH_STATE.has(word) || (state.writer !== body && ROW_STATE.has(word)))) return;
    if (itap > 1 && ROW_STATE.has(word)) return;
    switch (word) {
      case 'deff':
        deff = param ?? 0;
        state.font = deff;
        return;
      case 'ansicpg':
        if (param !== undefined) ansi = param;
        return;
      case 'f':
        state.font = param ?? 0;
        return;
      case 'fcharset':
        if (state.dest === 'fonttbl' && param !== undefined) fontCharset.set(state.font, param);
        return;
      case 'uc':
        state.uc = param ?? 1;
        return;
      case 'u':
        if (param !== undefined) out(String.fromCharCode(param < 0 ? param + 0x10000 : param));
        ucSkip = state.uc;
        return;
      case 'v':
        state.hidden = param !== 0;
        return;
      case 'deleted':
        state.deleted = param !== 0;
        return;
      case 'plain':
        state.hidden = false;
        state.deleted = false;
        state.font = deff;
        return;
      case 'pard':
        intbl = false;
        itap = 0;
        return;
      case 'intbl':
        intbl = true;
        return;
      case 'itap':
        itap = param ?? 1;
        return;
      // (Word ends a section's last paragraph with \sect, not \par: a heading before a landscape table went into its first cell.)
      case 'par':
      case 'sect':
        // A paragraph mark deleted with Track Changes on ends nothing: its paragraph goes on into the next.
        if (state.dest === 'text' && !state.deleted && fields.every((f) => f.shown)) {
          state.writer.endParagraph(inTable() && state.writer === body);
          if (state.writer === body) boxesAfter();
        }
        return;
      case 'line':
        if (shown() && state.dest === 'text') state.writer.lineBreak();
        return;
      case 'tab':
        if (state.dest === 'listtext') listLabel += '\t';
        else if (shown() && state.dest === 'text') state.writer.tab(inTable());
        return;
      case 'cell':
        if (!state.skip) state.writer.endCell();
        return;
      case 'nestcell':
        if (!state.skip) state.writer.endParagraph(true);
        return;
      case 'row':
        if (!state.skip) state.writer.endRow(rowProps());
        return;
      case 'trowd':
        row = { left: 0, edges: [], vert: [], horz: [], v: 0, h: 0 };
        return;
      case 'trleft':
        row.left = param ?? 0;
        return;
      case 'clvmgf':
        row.v = 3;
        return;
      case 'clvmrg':
        row.v = 1;
        return;
      case 'clmgf':
        row.h = 1;
        return;
      case 'clmrg':
        row.h = 2;
        return;
      case 'cellx':
        row.edges.push(param ?? 0);
        row.vert.push(row.v);
        row.horz.push(row.h);
        row.v = row.h = 0;
        return;
    }
    const size = PICTURE_SIZE[word];
    if (size) {
      if (picture) picture[size] = param ?? (size === 'w' || size === 'h' ? 0 : 100);
      return;
    }
    const symbol = SYMBOLS[word];
    if (symbol) out(symbol);
  };
  const rowProps = (): RowProps | undefined =>
    row.edges.length ? { edges: [Math.min(row.left, row.edges[0]), ...row.edges], vertMerge: row.vert.slice(), horzMerge: row.horz.slice() } : undefined;

  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0x7b /* { */) {
      flush();
      ucSkip = 0;
      // (Said of an RTF file, not of a page's elements.)
      if (stack.length >= MAX_DEPTH) refuse('rtf');
      stack.push(state);
      state = { ...state, field: undefined };
      groupStart = true;
      starred = false;
      continue;
    }
    if (b === 0x7d /* } */) {
      flush();
      ucSkip = 0;
      const closing = state;
      if (closing.field) fields.pop();
      if (closing.dest === 'listtext' && !closing.skip && stack[stack.length - 1]?.dest !== 'listtext') {
        // Word's number before a list paragraph, then a tab: written as the .docx import writes list numbers.
        // (A bullet — 「•」, Symbol's \'b7, U+F0B7 — is no number: the .docx and .doc imports write none.)
        const label = listLabel.replace(/[\t ]+$/, '');
        const follow = /\t$/.test(listLabel) ? 0 : / $/.test(listLabel) ? 1 : 2;
        if (/[\p{L}\p{N}]/u.test(label) && !/[\uf000-\uf0ff]/.test(label) && shownIn(stack[stack.length - 1])) stack[stack.length - 1].writer.text(numberWithFollow(label, follow));
      }
      if (closing.dest === 'pict' && stack[stack.length - 1]?.dest !== 'pict' && picture && !closing.skip && shownIn(stack[stack.length - 1])) {
        const px = (goal: number, scale: number) => Math.round((goal * scale) / 100 / 15);
        stack[stack.length - 1].writer.picture(picture.w && picture.h ? { width: px(picture.w, picture.sx), height: px(picture.h, picture.sy) } : undefined);
        picture = undefined;
      }
      state = stack.pop() ?? state;
      groupStart = false;
      continue;
    }
    if (b === 0x5c /* \ */) {
      const c = bytes[i + 1];
      if (c === undefined) break;
      // \'hh: a byte of the code page.
      if (c === 0x27) {
        const hex = String.fromCharCode(bytes[i + 2] ?? 0, bytes[i + 3] ?? 0);
        i += 3;
        groupStart = false;
        if (ucSkip > 0) {
          ucSkip--;
          continue;
        }
        if (/^[0-9a-fA-F]{2}$/.test(hex)) pending.push(parseInt(hex, 16));
        continue;
      }
      // A control word: letters, an optional signed number, one space that ends it.
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
        flush();
        let j = i + 1;
        while (j < n && ((bytes[j] >= 0x61 && bytes[j] <= 0x7a) || (bytes[j] >= 0x41 && bytes[j] <= 0x5a)) && j - i < 40) j++;
        const word = String.fromCharCode(...bytes.subarray(i + 1, j));
        let param: number | undefined;
        if (bytes[j] === 0x2d || (bytes[j] >= 0x30 && bytes[j] <= 0x39)) {
          let k = bytes[j] === 0x2d ? j + 1 : j;
          while (k < n && bytes[k] >= 0x30 && bytes[k] <= 0x39 && k - j < 11) k++;
          param = Number(String.fromCharCode(...bytes.subarray(j, k)));
          if (!Number.isFinite(param)) param = undefined;
          j = k;
        }
        if (bytes[j] === 0x20) j++;
        i = j - 1;
        // \bin N: N raw bytes follow (a picture's), read past.
        if (word === 'bin') {
          i += Math.max(0, param ?? 0);
          continue;
        }
        if (word !== 'u') ucSkip = 0;
        control(word, param);
        continue;
      }
      // A control symbol.
      i++;
      if (c === 0x2a /* \* */) {
        starred = true;
        continue;
      }
      groupStart = false;
      if (c === 0x0a || c === 0x0d) control('par', undefined);
      else if (c === 0x7e || c === 0x5f || c === 0x5c || c === 0x7b || c === 0x7d) {
        flush();
        out(c === 0x7e ? '\u00a0' : c === 0x5f ? '-' : String.fromCharCode(c));
      }
      continue;
    }
    if (b === 0x0d || b === 0x0a) continue;
    groupStart = false;
    if (ucSkip > 0) {
      ucSkip--;
      continue;
    }
    if (state.dest === 'pict') continue;
    // A byte of the code page, or an ASCII byte that is the trail of a double-byte character whose lead came before it
    // (GBK's 镕 is e9 46, 「F」: decoded apart, 「朱�F基」 — found by a review).
    if (b >= 0x80 || awaitsTrail()) {
      pending.push(b);
      continue;
    }
    flush();
    // A run of plain characters up to the next that means something: written at once (a character at a time made
    // a long body's text a string at a time).
    let j = i + 1;
    while (j < n && bytes[j] < 0x80 && bytes[j] !== 0x5c && bytes[j] !== 0x7b && bytes[j] !== 0x7d && bytes[j] !== 0x0d && bytes[j] !== 0x0a) j++;
    out(Buffer.from(bytes.buffer, bytes.byteOffset + i, j - i).toString('latin1'));
    i = j - 1;
  }
  flush();
  if (notes.length) body.block(`<ol>${notes.map((note, i) => `<li id="footnote-${i + 1}">${note.finish()}</li>`).join('')}</ol>`);
  return body.finish();

  function shownIn(s: GroupState | undefined): boolean {
    return !!s && !s.skip && !s.hidden && !s.deleted && fields.every((f) => f.shown);
  }
}
