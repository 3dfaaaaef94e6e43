/**
 * The numbers Word draws before numbered paragraphs of a .doc — 「一、」「（二）」「3.」 — which its text
 * does not hold: a report's headings are often a multilevel list, and without their numerals
 * 「总体情况」 is no heading (the .docx import writes them in too: wordNumbering.ts).
 *
 * Read from the table stream: the lists (PlfLst: each list's id and its levels' LVLs — start, number
 * format, the text with the place of each level's number), the list instances paragraphs point at
 * (PlfLfo: an instance's list, and the levels it restarts), and the styles (STSH), since a heading
 * style may carry the numbering. Counted in document order, one counter per list and level; a level
 * restarts the levels below it.
 */
import { formatNumber, numberWithFollow } from '../wordNumbering';
import { eachSprm } from './sprms';

interface Level {
  start: number;
  /** The level's number format, by Word's XML name (MSONFC mapped as [MS-DOC] 2.2.1.3 gives it). */
  format: string;
  /** The number's text: code units 0–8 stand for the numbers of levels 0–8. */
  text: string;
  /** What follows the number: 0 a tab, 1 a space, 2 nothing. */
  follow: number;
  legal: boolean;
}

/** Numbering as a paragraph has it from its own properties (undefined: not said there). */
export interface ParagraphNumbering {
  istd: number;
  ilfo?: number;
  ilvl?: number;
}

const NFC: Record<number, string> = {
  0x00: 'decimal', 0x01: 'upperRoman', 0x02: 'lowerRoman', 0x03: 'upperLetter', 0x04: 'lowerLetter',
  0x0a: 'ideographDigital', 0x0b: 'japaneseCounting', 0x0e: 'decimalFullWidth', 0x12: 'decimalEnclosedCircle',
  0x13: 'decimalFullWidth2', 0x16: 'decimalZero', 0x17: 'bullet', 0x1a: 'decimalEnclosedFullstop', 0x1b: 'decimalEnclosedParen',
  0x1c: 'decimalEnclosedCircleChinese', 0x1d: 'ideographEnclosedCircle', 0x1e: 'ideographTraditional', 0x1f: 'ideographZodiac',
  0x21: 'taiwaneseCounting', 0x22: 'ideographLegalTraditional', 0x23: 'taiwaneseCountingThousand', 0x24: 'taiwaneseDigital',
  0x25: 'chineseCounting', 0x26: 'chineseLegalSimplified', 0x27: 'chineseCountingThousand', 0x28: 'decimal', 0xff: 'none',
};

export interface ListNumbers {
  /** The number to write before the paragraph (with what follows it), or '' — call once per paragraph, in order. */
  next(p: ParagraphNumbering): string;
}

export function readListNumbers(table: Uint8Array, [fcLst, lcbLst]: [number, number], [fcLfo, lcbLfo]: [number, number], [fcStsh, lcbStsh]: [number, number]): ListNumbers {
  const dv = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const inside = (at: number, n: number) => at >= 0 && at + n <= table.length;
  const lists = new Map<number, Level[]>();
  if (lcbLst >= 2 && inside(fcLst, lcbLst)) {
    const count = dv.getInt16(fcLst, true);
    // The lists' levels follow the PlfLst, in the lists' order: nine each, or one for a simple list.
    let at = fcLst + lcbLst;
    for (let i = 0; i < count && inside(fcLst + 2 + i * 28, 28); i++) {
      const lstf = fcLst + 2 + i * 28;
      const lsid = dv.getInt32(lstf, true);
      const simple = (table[lstf + 26] & 1) !== 0;
      const levels: Level[] = [];
      for (let k = 0; k < (simple ? 1 : 9); k++) {
        const read = readLevel(table, dv, at);
        if (!read) break;
        levels.push(read.level);
        at = read.end;
      }
      lists.set(lsid, levels);
    }
  }
  // The instances: each names its list and may restart some of its levels.
  const instances: { lsid: number; restarts: Map<number, number> }[] = [];
  if (lcbLfo >= 4 && inside(fcLfo, lcbLfo)) {
    const count = dv.getInt32(fcLfo, true);
    let data = fcLfo + 4 + count * 16;
    for (let i = 0; i < count && inside(fcLfo + 4 + i * 16, 16); i++) {
      const lfo = fcLfo + 4 + i * 16;
      const overrides = table[lfo + 12];
      const restarts = new Map<number, number>();
      data += 4; // the LFOData's cp
      for (let k = 0; k < overrides && inside(data, 8); k++) {
        const start = dv.getInt32(data, true);
        const flags = dv.getUint32(data + 4, true);
        data += 8;
        if (flags & 0x10) restarts.set(flags & 0xf, start);
        if (flags & 0x20) data = readLevel(table, dv, data)?.end ?? table.length;
      }
      instances.push({ lsid: dv.getInt32(lfo, true), restarts });
    }
  }
  const styles = readStyleNumbering(table, dv, fcStsh, lcbStsh);

  const counters = new Map<number, (number | undefined)[]>();
  const restarted = new Set<string>();
  return {
    next(p) {
      let { ilfo, ilvl } = p;
      for (let istd: number | undefined = p.istd, hops = 0; istd !== undefined && hops < 10 && (ilfo === undefined || ilvl === undefined); hops++) {
        const s = styles.get(istd);
        ilfo ??= s?.ilfo;
        ilvl ??= s?.ilvl;
        istd = s?.base;
      }
      if (!ilfo || ilfo > instances.length) return '';
      const instance = instances[ilfo - 1];
      const levels = lists.get(instance.lsid);
      const at = Math.min(ilvl ?? 0, 8);
      const level = levels?.[at];
      if (!levels || !level || level.format === 'bullet') return '';
      let c = counters.get(instance.lsid);
      if (!c) counters.set(instance.lsid, (c = []));
      const key = `${ilfo}:${at}`;
      if (instance.restarts.has(at) && !restarted.has(key)) {
        restarted.add(key);
        c[at] = instance.restarts.get(at);
      } else c[at] = c[at] === undefined ? level.start : c[at]! + 1;
      c.length = at + 1; // the levels below restart
      let label = '';
      for (let i = 0; i < level.text.length; i++) {
        const u = level.text.charCodeAt(i);
        if (u > 8) label += level.text[i];
        else label += formatNumber(c[u] ?? levels[u]?.start ?? 1, level.legal || !levels[u] ? 'decimal' : levels[u].format);
      }
      if (!label.trim()) return '';
      return numberWithFollow(label, level.follow);
    },
  };
}

/** A level (LVL) at `at`: its LVLF (28 bytes), its paragraph's and characters' sprms, then its text. */
function readLevel(table: Uint8Array, dv: DataView, at: number): { level: Level; end: number } | undefined {
  if (at + 28 > table.length) return undefined;
  const start = dv.getInt32(at, true);
  const nfc = table[at + 4];
  const legal = (table[at + 5] & 0x04) !== 0;
  const follow = table[at + 15];
  const cbChpx = table[at + 24];
  const cbPapx = table[at + 25];
  const xst = at + 28 + cbPapx + cbChpx;
  if (xst + 2 > table.length) return undefined;
  const cch = dv.getUint16(xst, true);
  if (xst + 2 + cch * 2 > table.length) return undefined;
  const text = Buffer.from(table.buffer, table.byteOffset + xst + 2, cch * 2).toString('utf16le');
  return { level: { start, format: NFC[nfc] ?? 'decimal', text, follow, legal }, end: xst + 2 + cch * 2 };
}

/** Each paragraph style's list instance and level, as its own sprms set them, and the style it is based on. */
function readStyleNumbering(table: Uint8Array, dv: DataView, fc: number, lcb: number): Map<number, { ilfo?: number; ilvl?: number; base?: number }> {
  const out = new Map<number, { ilfo?: number; ilvl?: number; base?: number }>();
  if (lcb < 4 || fc + lcb > table.length) return out;
  const end = fc + lcb;
  const cbStshi = dv.getUint16(fc, true);
  const count = dv.getUint16(fc + 2, true);
  const cbBase = dv.getUint16(fc + 4, true);
  let at = fc + 2 + cbStshi;
  for (let istd = 0; istd < count && at + 2 <= end; istd++) {
    const cbStd = dv.getUint16(at, true);
    const std = at + 2;
    at = std + cbStd;
    if (cbStd === 0 || at > end || cbStd < cbBase) continue;
    const stk = table[std + 2] & 0x0f;
    const base = dv.getUint16(std + 2, true) >> 4;
    if (stk !== 1) continue; // a paragraph style
    // Past the base (10 or 18 bytes) and the name (its length, the characters, a null): the paragraph's UPX.
    const name = std + cbBase;
    if (name + 2 > at) continue;
    let upx = name + 2 + dv.getUint16(name, true) * 2 + 2;
    if (upx + 2 > at) continue;
    const cbUpx = dv.getUint16(upx, true);
    upx += 2;
    const entry: { ilfo?: number; ilvl?: number; base?: number } = { base: base === 0x0fff ? undefined : base };
    // (The UPX starts with the style's index again, then its sprms.)
    eachSprm(table, upx + 2, Math.min(upx + cbUpx, at), (sprm, a) => {
      if (sprm === 0x460b) entry.ilfo = dv.getUint16(a, true);
      if (sprm === 0x260a) entry.ilvl = table[a];
    });
    out.set(istd, entry);
  }
  return out;
}

