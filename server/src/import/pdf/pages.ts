/**
 * What a PDF's pages hold that a report's text is made from: each piece of text where it is drawn, and each straight
 * line drawn (a table's rules, whether stroked or filled as thin boxes, as Word, WPS, LibreOffice and browsers draw
 * them), both in the page's own coordinates (points, y upwards). pdf.js reads the file (fonts, their Unicode maps,
 * compression, encryption with an empty user password); this file only gathers.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPdfjs } from './loadPdfjs';
import { refuse } from '../limits';
import { lookalikesRead } from '../../analysis/reader/text/normalize';

/** A piece of text: its baseline's start (x, y), its advance (w), and its font's size. */
export interface TextPiece {
  s: string;
  x: number;
  y: number;
  w: number;
  size: number;
  /** The way it runs, where not left to right: a unit vector (a header turned in a narrow cell runs up, 0, 1). */
  dx?: number;
  dy?: number;
}

/** Vertical presentation forms and the marks they are set for: 「︵」 for （, 「︓」 for ：. */
const VERTICAL = '︐，︑、︒。︓：︔；︕！︖？︗〖︘〗︙…︰‥︱—︲–︳＿︴＿︵（︶）︷｛︸｝︹〔︺〕︻【︼】︽《︾》︿〈﹀〉﹁「﹂」﹃『﹄』﹇［﹈］';
const HORIZONTAL = new Map<string, string>();
for (let i = 0; i + 1 < VERTICAL.length; i += 2) HORIZONTAL.set(VERTICAL[i], VERTICAL[i + 1]);

/**
 * A text's vertical punctuation as the marks it is: a browser's PDF of text set vertically (a header cell's
 * 「writing-mode: vertical-rl」) gives 「︵一︶」 for （一）, which no label reads (found by a review).
 */
export function horizontalForms(s: string): string {
  return /[\ufe10-\ufe19\ufe30-\ufe48]/.test(s) ? s.replace(/[\ufe10-\ufe19\ufe30-\ufe48]/g, (c) => HORIZONTAL.get(c) ?? c) : s;
}

/** Where a piece's middle stands: half its advance along the way it runs, and a third of its size above its baseline. */
export function middle(p: TextPiece): { x: number; y: number } {
  const dx = p.dx ?? 1, dy = p.dy ?? 0;
  return { x: p.x + (dx * p.w) / 2 - dy * p.size * 0.35, y: p.y + (dy * p.w) / 2 + dx * p.size * 0.35 };
}

/** A straight line drawn: horizontal (y0 === y1) or vertical (x0 === x1), x0 ≤ x1, y0 ≤ y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Of a line made of several drawn at one place (grids.ts joinCollinear): how far from it they lay, at most. */
  half?: number;
}

export interface PdfPage {
  width: number;
  height: number;
  pieces: TextPiece[];
  rules: Rule[];
  /** Where pictures as large as a table are drawn (a scanned table, a table pasted as a picture, a scanned page). */
  pictures: Rule[];
}

/** The Kangxi radical 「⼾」 (U+2F3E), and a mark it is kept as while the other radicals are read (no lookalike). */
export const DOOR = '\u2f3e';
const DOOR_KEPT = '\u0002';

/** C0 control characters but tab: none is report text. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Pieces of text kept a page: a dense page holds a few thousand. */
const MAX_PIECES = 200_000;
/** Pictures kept a page. */
const MAX_PICTURES = 1_000;

/** The most pages read: a report has tens; a PDF of thousands is a collection, not one report. */
export const MAX_PAGES = 500;
/** Rules kept a page: a table's hundreds of cells draw a few thousand; a drawing of millions of strokes is no table. */
const MAX_RULES = 10_000;
/**
 * Drawing operations read in a PDF: a report's page has a few thousand; past this the file is drawings, not a report
 * (500 pages of 50,000 strokes each held an import minutes and then ran out of memory, found by a review).
 */
const MAX_OPS = 5_000_000;
/** The thickest a filled box may be and still be a line (a border drawn as a filled rectangle). */
const THIN = 3;

/**
 * Reads a PDF's pages one at a time, each handed to `onPage` and let go (a PDF of hundreds of pages of drawing held every
 * page's lines at once: 2.2 GB and out of memory, found by a review). Returns the number of pages.
 */
export async function readPdfPages(bytes: Uint8Array, onPage: (page: PdfPage) => void): Promise<number> {
  const { pdfjs, quietly } = loadPdfjs();
  // (A copy: pdf.js takes the buffer over, detaching it.)
  const task = quietly(() =>
    pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, CMapReaderFactory: ChineseCMaps }),
  );
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    // (The reader let go: one left behind each failed import stayed in the server.)
    await task.destroy().catch(() => undefined);
    // A password is needed to open it (an owner's password alone, which forbids copying, pdf.js reads through).
    if ((e as { name?: string } | null)?.name === 'PasswordException') refuse('pdfPassword');
    throw e;
  }
  try {
    if (doc.numPages > MAX_PAGES) refuse('pdfSize');
    let ops = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      // (Its box need not start at 0, 0.)
      const [vx0, vy0, vx1, vy1] = page.view;
      const width = Math.abs(vx1 - vx0), height = Math.abs(vy1 - vy0);
      const text = await page.getTextContent();
      const pieces: TextPiece[] = [];
      // How many pieces run each way: right, up, left, down (a quarter turn each).
      const turns = [0, 0, 0, 0];
      for (const item of text.items) {
        if (pieces.length >= MAX_PIECES) break;
        // (Not the spaces pdf.js puts in where pieces stand apart, some as wide as the gap: the gaps are measured. Nor a
        // control character a font's map may give: 「\u0001」「\u0002」 are marks of this import's own.)
        if (!('str' in item)) continue;
        const str = item.str.replace(CONTROLS, '');
        if (!str.trim()) continue;
        const [a, b, , , e, f] = item.transform as number[];
        // (The font's size is the text matrix's scale; text turned on its side is read where it starts.)
        const size = Math.hypot(a, b) || item.height;
        if (!Number.isFinite(e + f + item.width + size)) continue;
        // (Only text within a few degrees of a quarter turn: a watermark at 45° is no page's direction.)
        const quarters = Math.atan2(b, a) / (Math.PI / 2);
        if (Math.abs(quarters - Math.round(quarters)) < 0.1) turns[((Math.round(quarters) % 4) + 4) % 4] += str.length;
        // (A Kangxi radical or a compatibility ideograph for the ideograph it draws — 「⼀」 for 一, as a browser's PDF maps its
        // fonts —: the page shows the ideograph, and the text says it.)
        // (Not 「⼾」, which a simplified font's 户 and a traditional font's 戶 both map to: pdf.ts reads it by the text's script.)
        const piece: TextPiece = { s: horizontalForms(lookalikesRead(str.replaceAll(DOOR, DOOR_KEPT)).replaceAll(DOOR_KEPT, DOOR)), x: e, y: f, w: item.width, size };
        // (Text turned — a header set running up a narrow cell — is placed by its middle along the way it runs: by its
        // advance across the page it stood columns to the right, found by a review.)
        if (Math.abs(b) > size * 0.02) {
          piece.dx = a / size;
          piece.dy = b / size;
        }
        pieces.push(piece);
      }
      const list = await page.getOperatorList();
      if ((ops += list.fnArray.length) > MAX_OPS) refuse('pdfSize');
      const drawn = drawingOf(list.fnArray, list.argsArray, pdfjs.OPS, width, height);
      // (A page of more lines than any table draws is a drawing's: no table is read from it, its text is.)
      if (drawn.rules.length >= MAX_RULES) drawn.rules = [];
      // (Turned back only where most of its text runs turned: more than twice what runs across.)
      const turn = turns.indexOf(Math.max(...turns));
      onPage(upright({ width, height, pieces, ...drawn }, turn && turns[turn] > 2 * turns[0] ? turn : 0));
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    doc.destroy().catch(() => undefined);
  }
}

/**
 * Adobe's CMaps of the Chinese character collections, for a font the PDF names but does not hold (「STSong-Light」 with
 * 「UniGB-UCS2-H」, as iText and Acrobat write them): its codes are read through them. Shipped beside the import engine
 * (dist/import/cmaps, the Chinese ones only); read from pdfjs-dist where the code runs compiled, for the tests. Read
 * from the file system here, not by pdf.js's own reader, which asks Node for a function only recent versions have.
 */
class ChineseCMaps {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`no CMap ${name}`);
    return { cMapData: new Uint8Array(readFileSync(path.join(cmapsDir(), `${name}.bcmap`))), isCompressed: true };
  }
}
let cmaps: string | undefined;
function cmapsDir(): string {
  // (Bundled: dist/import/cmaps beside dist/import/engine.js; compiled: out/server/src/import/pdf, five folders below the root.)
  return (cmaps ??= existsSync(path.join(__dirname, 'cmaps')) ? path.join(__dirname, 'cmaps') : path.join(__dirname, '..', '..', '..', '..', '..', 'node_modules', 'pdfjs-dist', 'cmaps'));
}

/**
 * The page turned so that its text runs left to right: a landscape page whose content a print driver drew turned a
 * quarter, shown upright by the page's /Rotate, had its text running down the page — read line by line as a column of
 * characters, every table lost (found by a review). `turn`: the quarter turns most of its text runs at.
 */
function upright(page: PdfPage, turn: number): PdfPage {
  if (!turn) return page;
  const t = (turn * Math.PI) / 2;
  const cos = Math.round(Math.cos(t)), sin = Math.round(Math.sin(t));
  const x = (px: number, py: number) => px * cos + py * sin;
  const y = (px: number, py: number) => -px * sin + py * cos;
  const box = (r: Rule): Rule => {
    const xs = [x(r.x0, r.y0), x(r.x1, r.y1)], ys = [y(r.x0, r.y0), y(r.x1, r.y1)];
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  };
  return {
    width: turn % 2 ? page.height : page.width,
    height: turn % 2 ? page.width : page.height,
    pieces: page.pieces.map((p) => {
      const q: TextPiece = { ...p, x: x(p.x, p.y), y: y(p.x, p.y) };
      // (Its way turned back with the page: one that runs across now says nothing of it.)
      const dx = x(p.dx ?? 1, p.dy ?? 0), dy = y(p.dx ?? 1, p.dy ?? 0);
      if (Math.abs(dy) > 0.02) [q.dx, q.dy] = [dx, dy];
      else {
        delete q.dx;
        delete q.dy;
      }
      return q;
    }),
    rules: page.rules.map(box),
    pictures: page.pictures.map(box),
  };
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** `m` applied first, then `ctm` (PDF's 「cm」: the new matrix concatenated before the current one). */
const compose = (ctm: Matrix, m: Matrix): Matrix => [
  ctm[0] * m[0] + ctm[2] * m[1],
  ctm[1] * m[0] + ctm[3] * m[1],
  ctm[0] * m[2] + ctm[2] * m[3],
  ctm[1] * m[2] + ctm[3] * m[3],
  ctm[0] * m[4] + ctm[2] * m[5] + ctm[4],
  ctm[1] * m[4] + ctm[3] * m[5] + ctm[5],
];

/**
 * The straight lines a page's drawing operators paint — stroked segments that run across or down the page, and filled
 * shapes thin enough to be a line (a path only used to clip paints nothing; curves are no table's) —, and the pictures
 * drawn at least two fifths of the page wide and a tenth high (a seal, a logo, a signature are smaller).
 */
export function drawingOf(fns: readonly number[], args: readonly unknown[], OPS: Record<string, number>, width: number, height: number): { rules: Rule[]; pictures: Rule[] } {
  const rules: Rule[] = [];
  const pictures: Rule[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  /** The path being built, in page coordinates: its segments, and each closed or rectangular part's corners. */
  let segments: number[] = [];
  let shapes: number[][] = [];
  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  const paint = (stroke: boolean, fill: boolean) => {
    if (stroke) for (let i = 0; i + 3 < segments.length; i += 4) line(rules, segments[i], segments[i + 1], segments[i + 2], segments[i + 3]);
    if (fill && !stroke)
      for (const s of shapes) {
        let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (let i = 0; i + 1 < s.length; i += 2) {
          x0 = Math.min(x0, s[i]);
          x1 = Math.max(x1, s[i]);
          y0 = Math.min(y0, s[i + 1]);
          y1 = Math.max(y1, s[i + 1]);
        }
        if (x1 - x0 <= THIN && y1 - y0 > THIN) line(rules, (x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        else if (y1 - y0 <= THIN && x1 - x0 > THIN) line(rules, x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
      }
    segments = [];
    shapes = [];
  };
  for (let i = 0; i < fns.length && rules.length < MAX_RULES; i++) {
    const fn = fns[i];
    const a = args[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = compose(ctm, a as unknown as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = a?.[0] as Matrix | null;
      if (m && m.length === 6) ctm = compose(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const ops = a![0] as number[];
      const xs = a![1] as number[];
      let k = 0;
      let cur: [number, number] = [0, 0];
      let start: [number, number] = [0, 0];
      let shape: number[] = [];
      for (const op of ops) {
        if (op === OPS.moveTo) {
          if (shape.length > 2) shapes.push(shape);
          cur = start = point(xs[k], xs[k + 1]);
          shape = [...cur];
          k += 2;
        } else if (op === OPS.lineTo) {
          const p = point(xs[k], xs[k + 1]);
          segments.push(cur[0], cur[1], p[0], p[1]);
          shape.push(...p);
          cur = p;
          k += 2;
        } else if (op === OPS.rectangle) {
          const [x, y, w, h] = [xs[k], xs[k + 1], xs[k + 2], xs[k + 3]];
          const c = [point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h)];
          for (let j = 0; j < 4; j++) segments.push(...c[j], ...c[(j + 1) % 4]);
          shapes.push(c.flat());
          cur = start = c[0];
          k += 4;
        } else if (op === OPS.closePath) {
          segments.push(cur[0], cur[1], start[0], start[1]);
          cur = start;
        } else if (op === OPS.curveTo) {
          cur = point(xs[k + 4], xs[k + 5]);
          shape.push(...cur);
          k += 6;
        } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
          cur = point(xs[k + 2], xs[k + 3]);
          shape.push(...cur);
          k += 4;
        }
      }
      if (shape.length > 2) shapes.push(shape);
    } else if (fn === OPS.stroke || fn === OPS.closeStroke) paint(true, false);
    else if (fn === OPS.fill || fn === OPS.eoFill) paint(false, true);
    else if (fn === OPS.fillStroke || fn === OPS.eoFillStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) paint(true, true);
    else if (fn === OPS.endPath) paint(false, false);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      // (An image fills the unit square the matrix maps.)
      if (Math.hypot(ctm[0], ctm[1]) >= width * 0.4 && Math.hypot(ctm[2], ctm[3]) >= height * 0.1) {
        const xs = [ctm[4], ctm[4] + ctm[0], ctm[4] + ctm[2], ctm[4] + ctm[0] + ctm[2]];
        const ys = [ctm[5], ctm[5] + ctm[1], ctm[5] + ctm[3], ctm[5] + ctm[1] + ctm[3]];
        if (pictures.length < MAX_PICTURES) pictures.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
      }
    }
  }
  return { rules, pictures };
}

/** A segment kept where it runs across or down the page (within half a point), as a rule from its lesser end. */
function line(rules: Rule[], x0: number, y0: number, x1: number, y1: number): void {
  // (Also within one path: a path of a million segments is a drawing's, and each was kept.)
  if (rules.length >= MAX_RULES || !Number.isFinite(x0 + y0 + x1 + y1)) return;
  if (Math.abs(y1 - y0) <= 0.5 && Math.abs(x1 - x0) > 0.5) {
    const y = (y0 + y1) / 2;
    rules.push({ x0: Math.min(x0, x1), y0: y, x1: Math.max(x0, x1), y1: y });
  } else if (Math.abs(x1 - x0) <= 0.5 && Math.abs(y1 - y0) > 0.5) {
    const x = (x0 + x1) / 2;
    rules.push({ x0: x, y0: Math.min(y0, y1), x1: x, y1: Math.max(y0, y1) });
  }
}
