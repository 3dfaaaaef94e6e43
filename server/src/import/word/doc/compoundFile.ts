/**
 * The streams of an OLE2 compound file ([MS-CFB]), the container of Word 97–2003's .doc: a FAT of
 * sectors, a directory of named streams, and small streams kept in a mini stream of 64-byte
 * sectors. Read by hand rather than by a library because it is short and because every chain here
 * is bounded — a damaged or hostile file (a chain that loops, a sector past the end, a size of
 * gigabytes) is refused in milliseconds, never followed for ever.
 */
import { refuse } from '../../limits';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((b, i) => bytes[i] === b);
}

export interface CompoundFile {
  /** A stream of the root storage by name (「WordDocument」「1Table」「Data」), or undefined. */
  stream(name: string): Uint8Array | undefined;
}

/** A compound file's streams; refuses (`doc`) a file whose structure does not hold together. */
export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  if (!isCompoundFile(bytes)) refuse('doc');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : refuse('doc'));
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : refuse('doc'));
  const shift = u16(0x1e);
  if (shift !== 9 && shift !== 12) refuse('doc');
  const size = 1 << shift;
  const miniShift = u16(0x20);
  if (miniShift !== 6) refuse('doc');
  const sectors = Math.ceil((bytes.length - size) / size);
  const sectorAt = (s: number) => size + s * size;

  // The FAT's own sectors: the first 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  const fatCount = u32(0x2c);
  if (fatCount > sectors) refuse('doc');
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  for (let hops = 0; fatSectors.length < fatCount; hops++) {
    if (difat >= sectors || hops > sectors) refuse('doc');
    const at = sectorAt(difat);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(at + i * 4));
    difat = u32(at + size - 4);
  }
  const fat = new Uint32Array(fatSectors.length * (size / 4));
  fatSectors.forEach((s, k) => {
    if (s >= sectors) refuse('doc');
    for (let i = 0; i < size / 4; i++) fat[k * (size / 4) + i] = u32(sectorAt(s) + i * 4);
  });

  /** The sectors of a chain from `first`: each visited once, all inside the file. */
  const chain = (first: number, table: Uint32Array, count: number): number[] => {
    const out: number[] = [];
    for (let s = first; s !== END_OF_CHAIN && s !== FREE; s = table[s]) {
      if (s >= count || s >= table.length || out.length >= count) refuse('doc');
      out.push(s);
    }
    return out;
  };
  const read = (first: number, length: number): Uint8Array => {
    const out = new Uint8Array(length);
    let n = 0;
    for (const s of chain(first, fat, sectors)) {
      if (n >= length) break;
      const at = sectorAt(s);
      const piece = bytes.subarray(at, Math.min(at + size, bytes.length, at + length - n));
      out.set(piece, n);
      n += piece.length;
    }
    if (n < length) refuse('doc');
    return out;
  };

  // The directory: 128-byte entries in the chain from the header's first directory sector.
  const dirChain = chain(u32(0x30), fat, sectors);
  const dir = new Uint8Array(dirChain.length * size);
  dirChain.forEach((s, k) => dir.set(bytes.subarray(sectorAt(s), sectorAt(s) + size), k * size));
  const dirView = new DataView(dir.buffer);
  const entries = Math.floor(dir.length / 128);
  interface Entry {
    name: string;
    type: number;
    start: number;
    size: number;
    left: number;
    right: number;
    child: number;
  }
  const entry = (i: number): Entry => {
    const at = i * 128;
    const nameBytes = Math.min(64, dirView.getUint16(at + 0x40, true));
    const name = Buffer.from(dir.subarray(at, at + Math.max(0, nameBytes - 2))).toString('utf16le');
    // (A stream's size is 64 bits in version 4; a .doc's streams are far under 4 GB, and a larger size is refused.)
    const high = dirView.getUint32(at + 0x7c, true);
    return { name, type: dir[at + 0x42], left: dirView.getUint32(at + 0x44, true), right: dirView.getUint32(at + 0x48, true), child: dirView.getUint32(at + 0x4c, true), start: dirView.getUint32(at + 0x74, true), size: shift === 9 || high === 0 ? dirView.getUint32(at + 0x78, true) : Infinity };
  };
  if (entries === 0) refuse('doc');
  const root = entry(0);
  if (root.type !== 5) refuse('doc');

  // The root storage's children: a red-black tree by left, right and child links, walked with a bound.
  const children = new Map<string, Entry>();
  const stack = [root.child];
  const seen = new Set<number>();
  while (stack.length) {
    const i = stack.pop()!;
    if (i === FREE || i >= entries) continue;
    if (seen.has(i)) refuse('doc');
    seen.add(i);
    const e = entry(i);
    children.set(e.name, e);
    stack.push(e.left, e.right);
  }

  // Streams under the cutoff live in the mini stream (the root's own chain), by the mini FAT.
  const cutoff = u32(0x38);
  let mini: { fat: Uint32Array; data: Uint8Array } | undefined;
  const miniStream = () => {
    if (mini) return mini;
    if (root.size > bytes.length) refuse('doc');
    const miniFatChain = chain(u32(0x3c), fat, sectors);
    const table = new Uint32Array(miniFatChain.length * (size / 4));
    miniFatChain.forEach((s, k) => {
      for (let i = 0; i < size / 4; i++) table[k * (size / 4) + i] = u32(sectorAt(s) + i * 4);
    });
    mini = { fat: table, data: read(root.start, root.size) };
    return mini;
  };

  return {
    stream(name) {
      const e = children.get(name);
      if (!e || e.type !== 2) return undefined;
      if (e.size > bytes.length) refuse('doc');
      if (e.size >= cutoff) return read(e.start, e.size);
      const m = miniStream();
      const out = new Uint8Array(e.size);
      let n = 0;
      for (const s of chain(e.start, m.fat, Math.floor(m.data.length / 64))) {
        if (n >= e.size) break;
        const piece = m.data.subarray(s * 64, Math.min(s * 64 + 64, s * 64 + e.size - n));
        out.set(piece, n);
        n += piece.length;
      }
      if (n < e.size) refuse('doc');
      return out;
    },
  };
}
