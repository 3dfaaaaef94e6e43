/**
 * The main text of a Word 97–2003 document ([MS-DOC]) and what a report's import needs of its
 * properties, read from the WordDocument and table streams:
 *  - the text, piece by piece through the piece table (Clx): 16-bit pieces as UTF-16, 8-bit ones as
 *    Windows-1252 (Chinese text is always in 16-bit pieces);
 *  - each paragraph's table properties (PAPX in FKP pages): whether it is in a table, whether its mark
 *    ends a table row, at what depth, and a row's cell boundaries and merged cells (its TAP's sprms);
 *  - each character's deleted (tracked) and hidden flags (CHPX in FKP pages): text Word does not show.
 * Everything is read with bounds: an offset past a stream refuses the file (`doc`), it never reads on.
 */
import { refuse } from '../../limits';
import type { CompoundFile } from './compoundFile';
import type { RowProps } from '../bodyWriter';
import { eachSprm } from './sprms';
import { readListNumbers, type ListNumbers, type ParagraphNumbering } from './listNumbers';

export interface WordText {
  /** The document's characters: the main text (CPs 0 … mainLength − 1), then the notes' and text boxes' stories. */
  text: string;
  mainLength: number;
  /** Footnotes and endnotes in the order of their marks in the main text: each mark's CP and its note's text. */
  notes: { mark: number; from: number; to: number }[];
  /** The text of the text box a drawn object (0x08) at CP `cp` holds, as a CP range, where it is one. */
  textBoxAt(cp: number): { from: number; to: number } | undefined;
  /** The paragraph properties of the paragraph whose mark is at CP `cp`. */
  paragraphAt(cp: number): ParagraphProps;
  /** Whether the character at CP `cp` is shown: not deleted with Track Changes on, not hidden. */
  shown(cp: number): boolean;
  /** The numbers Word draws before numbered paragraphs, counted in order. */
  numbers: ListNumbers;
  /**
   * Whether the 0x0C at CP `cp` ends a section (and so its paragraph) — not a page break typed inside a paragraph
   * (before a heading: 「\f三、…」), which is no paragraph's end.
   */
  sectionEnd(cp: number): boolean;
  /**
   * The size, in pixels, a picture (0x01) or drawn object (0x08) at CP `cp` is shown at, where the file says it: a
   * picture drawn a few pixels wide is an icon or a spacer, which the page import does not count.
   */
  pictureSize(cp: number): { width: number; height: number } | undefined;
}

export interface ParagraphProps extends ParagraphNumbering {
  inTable: boolean;
  /** The mark ends a table row (its TTP), at depth 1. */
  rowEnd: boolean;
  /** Table depth (1 for a table, 2 for one nested in a cell, …); 0 outside tables. */
  depth: number;
  /** At depth ≥ 2: the mark ends a nested table's cell, or its row. */
  innerCell: boolean;
  innerRowEnd: boolean;
  /** A row's cells (on its row-end mark). */
  row?: RowProps;
}

const NONE: ParagraphProps = { istd: 0, inTable: false, rowEnd: false, depth: 0, innerCell: false, innerRowEnd: false };

/** Windows-1252's characters for 0x80–0x9F (8-bit pieces), where they differ from Latin-1. */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function readWordText(file: CompoundFile): WordText {
  const doc = file.stream('WordDocument');
  if (!doc || doc.length < 0x200) refuse('doc');
  const dv = new DataView(doc.buffer, doc.byteOffset, doc.byteLength);
  if (dv.getUint16(0, true) !== 0xa5ec) refuse('doc');
  const nFib = dv.getUint16(2, true);
  // (Word 6 and 95 files, nFib 101 … 105, store their text in the system's code page and their tables otherwise.)
  if (nFib < 0xc0) refuse('docOld');
  const flags = dv.getUint16(0x0a, true);
  if (flags & 0x0100) refuse('encrypted');
  const table = file.stream(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) refuse('doc');
  const tv = new DataView(table.buffer, table.byteOffset, table.byteLength);

  // FibBase (32 bytes), then csw 16-bit words, cslw 32-bit ones, cbRgFcLcb pairs of 32-bit fc/lcb.
  const csw = dv.getUint16(32, true);
  const lwAt = 34 + csw * 2;
  // (Counts that put the FIB's parts past the stream: a damaged file, refused rather than read past its end.)
  if (lwAt + 2 > doc.length) refuse('doc');
  const cslw = dv.getUint16(lwAt, true);
  if (cslw < 4 || lwAt + 2 + cslw * 4 + 2 > doc.length) refuse('doc');
  const ccpText = dv.getInt32(lwAt + 2 + 3 * 4, true);
  // The other stories' lengths, in the order they follow the main text: footnotes, headers, macros, comments, endnotes,
  // text boxes, header text boxes (FibRgLw97's ccpFtn … ccpHdrTxbx).
  const ccp = (k: number) => (k < cslw ? Math.max(0, dv.getInt32(lwAt + 2 + k * 4, true)) : 0);
  const [ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx] = [4, 5, 6, 7, 8, 9].map(ccp);
  const ftnStart = ccpText;
  const ednStart = ccpText + ccpFtn + ccpHdd + ccpMcr + ccpAtn;
  const txbxStart = ednStart + ccpEdn;
  // (Past the main text, only as far as the text boxes; a story that runs past the stream is read as none.)
  const total = Math.min(txbxStart + ccpTxbx, doc.length);
  const fcLcbAt = lwAt + 2 + cslw * 4 + 2;
  const cbRgFcLcb = dv.getUint16(lwAt + 2 + cslw * 4, true);
  const pair = (i: number): [number, number] => {
    if (i >= cbRgFcLcb || fcLcbAt + i * 8 + 8 > doc.length) refuse('doc');
    return [dv.getUint32(fcLcbAt + i * 8, true), dv.getUint32(fcLcbAt + i * 8 + 4, true)];
  };
  /** A pair the text can be read without (lists, styles): none where the FIB has no room for it. */
  const optional = (i: number): [number, number] => (i < cbRgFcLcb && fcLcbAt + i * 8 + 8 <= doc.length ? pair(i) : [0, 0]);
  // (Every character takes a byte of the stream at least.)
  if (ccpText < 0 || ccpText > doc.length) refuse('doc');

  // The piece table (fcClx, pair 33): Prc entries (0x01) before the Pcdt (0x02).
  const [fcClx, lcbClx] = pair(33);
  if (fcClx + lcbClx > table.length || lcbClx < 5) refuse('doc');
  let at = fcClx;
  while (table[at] === 0x01) {
    at += 3 + tv.getInt16(at + 1, true);
    if (at >= fcClx + lcbClx) refuse('doc');
  }
  if (table[at] !== 0x02) refuse('doc');
  const lcb = tv.getUint32(at + 1, true);
  const plc = at + 5;
  if (plc + lcb > table.length) refuse('doc');
  const pieces = Math.floor((lcb - 4) / 12);
  const pieceCp = (i: number) => tv.getUint32(plc + i * 4, true);
  const pieceFc = (i: number) => tv.getUint32(plc + (pieces + 1) * 4 + i * 8 + 2, true);

  // The text, and each character's FC (its byte offset in the WordDocument stream), through the pieces.
  const chars: string[] = [];
  const fcs = new Int32Array(Math.max(ccpText, total));
  let cp = 0;
  const length = Math.max(ccpText, total);
  for (let i = 0; i < pieces && cp < length; i++) {
    const start = pieceCp(i);
    const end = Math.min(pieceCp(i + 1), length);
    if (start !== cp || end < start) refuse('doc');
    const raw = pieceFc(i);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw;
    const n = end - start;
    if (fc + n * (compressed ? 1 : 2) > doc.length) refuse('doc');
    if (compressed) {
      for (let k = 0; k < n; k++) {
        const b = doc[fc + k];
        chars.push(b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b));
        fcs[start + k] = fc + k;
      }
    } else {
      chars.push(Buffer.from(doc.buffer, doc.byteOffset + fc, n * 2).toString('utf16le'));
      for (let k = 0; k < n; k++) fcs[start + k] = fc + 2 * k;
    }
    cp = end;
  }
  if (cp < ccpText) refuse('doc');
  const text = chars.join('');
  const stories = cp;

  const data = file.stream('Data');
  // Where sections end: the PlcfSed's CPs (the CP after each section's mark).
  const sectionEnds = new Set<number>();
  const [fcSed, lcbSed] = optional(6);
  if (lcbSed >= 4 && fcSed + lcbSed <= table.length) for (let i = 0, n = Math.floor((lcbSed - 4) / 16); i <= n; i++) sectionEnds.add(tv.getUint32(fcSed + i * 4, true));
  /** A PLC's CPs (n + 1 of them, before its n entries of `size` bytes), or none where the table stream lacks it. */
  const plcCps = ([fc, lcb]: [number, number], size: number): number[] => {
    if (lcb < 4 || fc + lcb > table.length) return [];
    const n = Math.floor((lcb - 4) / (4 + size));
    return Array.from({ length: n + 1 }, (_, i) => tv.getUint32(fc + i * 4, true));
  };
  // Footnotes (their marks' PlcffndRef, their texts' PlcffndTxt) and endnotes (PlcfendRef, PlcfendTxt), in the marks' order.
  const notes: { mark: number; from: number; to: number }[] = [];
  for (const [refs, texts, start] of [[plcCps(optional(2), 2), plcCps(optional(3), 0), ftnStart], [plcCps(optional(46), 2), plcCps(optional(47), 0), ednStart]] as const)
    for (let i = 0; i + 1 < refs.length && i + 1 < texts.length; i++) {
      const from = start + texts[i];
      const to = start + texts[i + 1];
      if (refs[i] < ccpText && from < to && to <= stories) notes.push({ mark: refs[i], from, to });
    }
  notes.sort((a, b) => a.mark - b.mark);
  // Drawn objects anchored in the main text (PlcSpaMom: CPs, then 26-byte FSPAs: shape id, rectangle in twips).
  const [fcSpa, lcbSpa] = optional(40);
  const anchors = lcbSpa >= 4 && fcSpa + lcbSpa <= table.length ? Math.floor((lcbSpa - 4) / 30) : 0;
  const anchorAt = (p: number) => {
    for (let i = 0; i < anchors; i++) if (tv.getUint32(fcSpa + i * 4, true) === p) return fcSpa + (anchors + 1) * 4 + i * 26;
    return -1;
  };
  // Text boxes (PlcftxbxTxt: CPs in the text box story, then 22-byte FTXBXS whose lid is the shape's id).
  const boxes = new Map<number, { from: number; to: number }>();
  const [fcBox, lcbBox] = optional(56);
  if (lcbBox >= 4 && fcBox + lcbBox <= table.length) {
    const n = Math.floor((lcbBox - 4) / 26);
    for (let i = 0; i < n; i++) {
      const from = txbxStart + tv.getUint32(fcBox + i * 4, true);
      const to = txbxStart + tv.getUint32(fcBox + (i + 1) * 4, true);
      if (from < to && to <= stories) boxes.set(tv.getInt32(fcBox + (n + 1) * 4 + i * 22 + 14, true), { from, to });
    }
  }
  const papx = fkpRuns(doc, tv, pair(13), 'paragraph');
  const chpx = fkpRuns(doc, tv, pair(12), 'character');
  const paragraphCache = new Map<number, ParagraphProps>();

  return {
    text,
    mainLength: ccpText,
    notes,
    textBoxAt(p) {
      const f = anchorAt(p);
      return f < 0 ? undefined : boxes.get(tv.getInt32(f, true));
    },
    paragraphAt(p) {
      const run = findRun(papx, fcs[p]);
      if (run < 0) return NONE;
      let props = paragraphCache.get(run);
      if (!props) paragraphCache.set(run, (props = paragraphProps(doc, papx.grpprl[run], papx.grpprlEnd[run], data)));
      return props;
    },
    pictureSize(p) {
      const c = text.charCodeAt(p);
      if (c === 0x01) {
        // An inline picture: its PICF in the Data stream — the size it was made at (dxaGoal, dyaGoal), scaled (mx, my in ‰).
        const run = findRun(chpx, fcs[p]);
        const at = run < 0 ? -1 : chpx.picture[run];
        if (!data || at < 0 || at + 36 > data.length) return undefined;
        const d = new DataView(data.buffer, data.byteOffset, data.byteLength);
        return { width: Math.round((d.getInt16(at + 28, true) * d.getUint16(at + 32, true)) / 1000 / 15), height: Math.round((d.getInt16(at + 30, true) * d.getUint16(at + 34, true)) / 1000 / 15) };
      }
      // A drawn object: its anchor's rectangle, in twips.
      const f = c === 0x08 ? anchorAt(p) : -1;
      return f < 0 ? undefined : { width: Math.round((tv.getInt32(f + 12, true) - tv.getInt32(f + 4, true)) / 15), height: Math.round((tv.getInt32(f + 16, true) - tv.getInt32(f + 8, true)) / 15) };
    },
    sectionEnd: (p) => sectionEnds.has(p + 1),
    numbers: readListNumbers(table, optional(73), optional(74), optional(1)),
    shown(p) {
      const run = findRun(chpx, fcs[p]);
      return run < 0 || !chpx.hidden[run];
    },
  };
}

/** The runs of an FKP table (PlcBtePapx or PlcBteChpx): their FC ranges and where each one's sprms are. */
interface Runs {
  starts: number[];
  ends: number[];
  grpprl: number[];
  grpprlEnd: number[];
  /** Character runs: deleted or hidden. */
  hidden: boolean[];
  /** Character runs: where a picture's description stands in the Data stream (sprmCPicLocation), or -1. */
  picture: number[];
}

function fkpRuns(doc: Uint8Array, tv: DataView, [fc, lcb]: [number, number], kind: 'paragraph' | 'character'): Runs {
  const runs: Runs = { starts: [], ends: [], grpprl: [], grpprlEnd: [], hidden: [], picture: [] };
  if (lcb < 8 || fc + lcb > tv.byteLength) return runs;
  const n = Math.floor((lcb - 4) / 8);
  const dv = new DataView(doc.buffer, doc.byteOffset, doc.byteLength);
  for (let i = 0; i < n; i++) {
    const pn = tv.getUint32(fc + (n + 1) * 4 + i * 4, true) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > doc.length) refuse('doc');
    const crun = doc[page + 511];
    // (A page holds its runs' FCs and their offsets: a count that would not fit is a damaged page, not read.)
    if ((crun + 1) * 4 + crun * (kind === 'paragraph' ? 13 : 1) > 511) continue;
    for (let r = 0; r < crun; r++) {
      const start = dv.getUint32(page + r * 4, true);
      const end = dv.getUint32(page + r * 4 + 4, true);
      let grpprl = -1;
      let grpprlEnd = -1;
      if (kind === 'paragraph') {
        // BxPap: a byte offset (in words) to the PapxInFkp, then 12 bytes of PHE.
        const bOffset = doc[page + (crun + 1) * 4 + r * 13];
        if (bOffset !== 0) {
          const p = page + bOffset * 2;
          let cb = doc[p];
          let from = p + 1;
          if (cb === 0) {
            cb = doc[p + 1] * 2;
            from = p + 2;
          } else cb = cb * 2 - 1;
          // Past the paragraph's style (istd, 2 bytes): its sprms.
          grpprl = from + 2;
          grpprlEnd = Math.min(from + cb, page + 511);
        }
      } else {
        const bOffset = doc[page + (crun + 1) * 4 + r];
        if (bOffset !== 0) {
          const p = page + bOffset * 2;
          grpprl = p + 1;
          grpprlEnd = Math.min(p + 1 + doc[p], page + 511);
        }
      }
      runs.starts.push(start);
      runs.ends.push(end);
      runs.grpprl.push(grpprl);
      runs.grpprlEnd.push(grpprlEnd);
      runs.hidden.push(kind === 'character' && grpprl >= 0 && hiddenBySprms(doc, grpprl, grpprlEnd));
      let picture = -1;
      if (kind === 'character' && grpprl >= 0)
        eachSprm(doc, grpprl, grpprlEnd, (sprm, at) => {
          if (sprm === 0x6a03) picture = dv.getUint32(at, true); // sprmCPicLocation
        });
      runs.picture.push(picture);
    }
  }
  return runs;
}

/** The run holding FC `fc`, by binary search over runs in order (-1 if none). */
function findRun(runs: Runs, fc: number): number {
  let lo = 0;
  let hi = runs.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fc < runs.starts[mid]) hi = mid - 1;
    else if (fc >= runs.ends[mid]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const sprmCFRMarkDel = 0x0800;
const sprmCFVanish = 0x083c;

function hiddenBySprms(doc: Uint8Array, from: number, to: number): boolean {
  let hidden = false;
  eachSprm(doc, from, to, (sprm, at) => {
    // (0 off, 1 on; 128 and 129 — the style's value, or its opposite — read as on only if 1 or 129 … here: 1.)
    if ((sprm === sprmCFRMarkDel || sprm === sprmCFVanish) && doc[at] === 1) hidden = true;
  });
  return hidden;
}

function paragraphProps(doc: Uint8Array, from: number, to: number, data: Uint8Array | undefined): ParagraphProps {
  if (from < 0) return NONE;
  const props: ParagraphProps = { ...NONE, istd: doc[from - 2] | (doc[from - 1] << 8) };
  let row: RowProps | undefined;
  const read = (bytes: Uint8Array, sprm: number, at: number, end: number): void => {
    switch (sprm) {
      case 0x6646: {
        // sprmPHugePapx: sprms too many for the paragraph's page (a wide row's cells and borders) stand in the Data
        // stream at this offset, after their count (2 bytes).
        const o = bytes[at] + bytes[at + 1] * 0x100 + bytes[at + 2] * 0x10000 + bytes[at + 3] * 0x1000000;
        if (bytes === doc && data && o + 2 <= data.length) eachSprm(data, o + 2, Math.min(data.length, o + 2 + (data[o] | (data[o + 1] << 8))), (s, a, e) => read(data, s, a, e));
        break;
      }
      case 0x460b: // sprmPIlfo: the list instance (1-based; 0 none)
        props.ilfo = bytes[at] | (bytes[at + 1] << 8);
        break;
      case 0x260a: // sprmPIlvl
        props.ilvl = bytes[at];
        break;
      case 0x2416: // sprmPFInTable
        props.inTable = bytes[at] !== 0;
        if (props.inTable && props.depth === 0) props.depth = 1;
        break;
      case 0x2417: // sprmPFTtp
        props.rowEnd = bytes[at] !== 0;
        break;
      case 0x6649: // sprmPItap
        props.depth = bytes[at] | (bytes[at + 1] << 8);
        break;
      case 0x244b: // sprmPFInnerTableCell
        props.innerCell = bytes[at] !== 0;
        break;
      case 0x244c: // sprmPFInnerTtp
        props.innerRowEnd = bytes[at] !== 0;
        break;
      case 0xd608: // sprmTDefTable: cb, itcMac, rgdxaCenter[itcMac + 1], rgTc80[…] of 20 bytes
        row = defTable(bytes, at + 2, end);
        break;
      case 0xd62b: // sprmTVertMerge: cb, itc, vertMerge
        if (row && bytes[at + 1] < row.vertMerge.length) row.vertMerge[bytes[at + 1]] = bytes[at + 2];
        break;
    }
  };
  eachSprm(doc, from, to, (sprm, at, end) => read(doc, sprm, at, end));
  if (row) props.row = row;
  return props;
}

function defTable(doc: Uint8Array, at: number, end: number): RowProps | undefined {
  const cells = doc[at];
  if (at + 1 + (cells + 1) * 2 > end) return undefined;
  const dv = new DataView(doc.buffer, doc.byteOffset, doc.byteLength);
  const edges: number[] = [];
  for (let i = 0; i <= cells; i++) edges.push(dv.getInt16(at + 1 + i * 2, true));
  const vertMerge: number[] = [];
  const horzMerge: number[] = [];
  const tc = at + 1 + (cells + 1) * 2;
  for (let i = 0; i < cells; i++) {
    const p = tc + i * 20;
    const grf = p + 2 <= end ? dv.getUint16(p, true) : 0;
    horzMerge.push(grf & 3);
    vertMerge.push((grf >> 5) & 3);
  }
  return { edges, vertMerge, horzMerge };
}
