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
 * the end, as mammoth writes a .docx's. Destinations no report text is in — the font and colour tables,
 * styles, document information, headers, footers, comments, anything else marked \* — are passed over.
 * Nested tables' cells are lines of the cell they stand in.
 */
import { BodyWriter, type RowProps } from '../bodyWriter';
import { MAX_DEPTH, refuse } from '../../limits';
import { numberWithFollow } from '../doc/listNumbers';

/** Destinations whose text is no report's (a \* destination is passed over whatever its name). */
const SKIPPED = new Set([
  'colortbl', 'stylesheet', 'info', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'annotation', 'atnid', 'atnauthor', 'nonshppict', 'shpinst', 'object', 'objdata', 'listtable', 'listoverridetable',
  'revtbl', 'rsidtbl', 'xmlnstbl', 'filetbl', 'pgdsctbl', 'generator', 'template', 'fldtype', 'datafield', 'private',
]);
const SYMBOLS: Record<string, string> = {
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c', rdblquote: '\u201d',
  emspace: ' ', enspace: ' ', qmspace: ' ',
};
/** Code pages by \ansicpg and by a font's \fcharset. */
const CODE_PAGES: Record<number, string> = { 936: 'gbk', 950: 'big5', 1252: 'windows-1252', 932: 'shift_jis', 949: 'euc-kr', 54936: 'gb18030' };
const CHARSETS: Record<number, number> = { 0: 1252, 128: 932, 129: 949, 134: 936, 136: 950 };

interface GroupState {
  skip: boolean;
  hidden: boolean;
  deleted: boolean;
  uc: number;
  font: number;
  /** What this group's text is: the report's, a field's code, a list number, the font table. */
  dest: 'text' | 'fldinst' | 'listtext' | 'fonttbl' | 'pict';
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
  let state: GroupState = { skip: false, hidden: false, deleted: false, uc: 1, font: -1, dest: 'text', writer: body };
  const stack: GroupState[] = [];
  const fields: { code: string; shown: boolean }[] = [];
  /** The group just opened: its first control word may name a destination. */
  let groupStart = false;
  let starred = false;
  let ucSkip = 0;
  /** Bytes of \'hh and 8-bit characters waiting to be decoded together (a GBK character is two). */
  const pending: number[] = [];
  let listLabel = '';
  // Paragraph and row state (not scoped by groups: \pard and \trowd reset them).
  let intbl = false;
  let itap = 0;
  let row: { left: number; edges: number[]; vert: number[]; horz: number[]; v: number; h: number } = { left: 0, edges: [], vert: [], horz: [], v: 0, h: 0 };
  let picture: { w: number; h: number; sx: number; sy: number } | undefined;

  const shown = () => !state.skip && !state.hidden && !state.deleted && fields.every((f) => f.shown);
  const out = (s: string) => {
    if (state.dest === 'fldinst') {
      const f = fields[fields.length - 1];
      if (f) f.code += s;
      return;
    }
    if (state.dest === 'fonttbl') return;
    if (!shown()) return;
    if (state.dest === 'listtext') listLabel += s;
    else if (state.dest === 'text') state.writer.text(s);
  };
  const flush = () => {
    if (!pending.length) return;
    const charset = fontCharset.get(state.font);
    const cp = charset !== undefined && CHARSETS[charset] !== undefined && charset !== 0 ? CHARSETS[charset] : ansi;
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
      // (A picture Word writes twice: {\*\shppict{\pict …}} for its readers, {\nonshppict{\pict …}} for older ones; a note is
      // {\*\footnote …}.)
      if (starred && word !== 'fldinst' && word !== 'shppict' && word !== 'footnote') {
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
    switch (word) {
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
        return;
      case 'pard':
        // (Word writes {\listtext\pard\plain 一、\tab}: the number's own reset, not the paragraph's.)
        if (state.dest === 'listtext') return;
        intbl = false;
        itap = 0;
        return;
      case 'intbl':
        intbl = true;
        return;
      case 'itap':
        itap = param ?? 1;
        return;
      case 'par':
        if (state.dest === 'text' && !state.skip && fields.every((f) => f.shown)) state.writer.endParagraph(inTable() && state.writer === body);
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
      case 'picwgoal':
        if (picture) picture.w = param ?? 0;
        return;
      case 'pichgoal':
        if (picture) picture.h = param ?? 0;
        return;
      case 'picscalex':
        if (picture) picture.sx = param ?? 100;
        return;
      case 'picscaley':
        if (picture) picture.sy = param ?? 100;
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
      if (stack.length >= MAX_DEPTH) refuse('depth');
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
        const label = listLabel.replace(/[\t ]+$/, '');
        if (label.trim() && shownIn(stack[stack.length - 1])) stack[stack.length - 1].writer.text(numberWithFollow(label, /\t$/.test(listLabel) ? 0 : 2));
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
      else if (c === 0x7e) out('\u00a0');
      else if (c === 0x5f) out('-');
      else if (c === 0x5c || c === 0x7b || c === 0x7d) {
        flush();
        out(String.fromCharCode(c));
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
    if (b >= 0x80) {
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
