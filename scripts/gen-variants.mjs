// Writes server/src/analysis/reader/text/tables/variants.generated.ts: variant forms of Han characters (異體字) that
// neither script's standard writes, each with the simplified form of the standard character it stands for — 「縂計」
// for 總計, 「報吿」 for 報告, 「擧報」 for 舉報, and the Japanese forms an input method or a converter leaves (「新収」
// 「結転」「処理」). OpenCC converts none of them, so a report that has one in a label or a heading lost the row or
// the section (found by a hunt over traditional variants). The reader folds them as it folds traditional characters;
// the conversion to simplified writes them so.
//
// Sources, most trusted first:
//  1. OpenCC's own regional variants read back (HKVariantsRev, TWVariantsRev: 「衞」 → 衛, Hong Kong's form), but for
//     a character GB 2312 or GB 12345 has.
//  2. For a character in neither standard's set (GB 2312 and the 通用规范汉字表 for simplified, GB 12345 and Big5 for
//     traditional, and not one OpenCC converts), the standard characters that Unihan's kZVariant names for it, and its
//     kSemanticVariant where each names the other, and OpenCC's Japanese shinjitai table (収 → 收), followed one step
//     further where they name another variant (挙 → 擧 → 舉): taken only when all of them come to one character simplified
//     script writes (「竝」: 並 and 并 are both 并; 「亁」, 乾 or 干, is not taken).
// A character either standard writes is never folded: 欠, 万, 芸 are words of their own in Chinese, 喆 堃 邨 in names and
// places (an adversarial review: 张喆 was converted 张哲, 新邨 新村). Nor is one folded to a character folded itself.
//
// Needs Debian's unicode-data (/usr/share/unicode/Unihan_*.txt.bz2) and bzcat; the table is checked in, so only
// regenerating it needs them. Run: node scripts/gen-variants.mjs   (after npm ci)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dictDir = path.join(root, 'node_modules/opencc-js/dist/esm-lib/dict');
function readDict(name) {
  const src = readFileSync(path.join(dictDir, name + '.js'), 'utf8');
  return src.slice(src.indexOf('"') + 1, src.lastIndexOf('"')).split('|').map((e) => e.split(' '));
}
const UNIHAN = '/usr/share/unicode';
function unihan(file, field) {
  const out = new Map();
  for (const line of execFileSync('bzcat', [path.join(UNIHAN, file)], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n')) {
    const [cp, f, value] = line.split('\t');
    if (f !== field || !cp.startsWith('U+')) continue;
    out.set(String.fromCodePoint(parseInt(cp.slice(2), 16)), value);
  }
  return out;
}
const fromU = (u) => String.fromCodePoint(parseInt(u.replace(/<.*$/, '').slice(2), 16));
const bmp = (s) => s.length === 1;

const t2s = new Map();
for (const [t, s] of readDict('TSCharacters')) if (bmp(t) && bmp(s)) t2s.set(t, s);
const converted = new Set(t2s.keys());
for (const [s, ...ts] of readDict('STCharacters')) {
  converted.add(s);
  for (const t of ts) converted.add(t);
}
// The characters simplified script writes (GB 2312: G0; GB 12345, G1, is its traditional counterpart), and those either
// standard writes (GB 2312 and 12345, Big5).
const gb = new Set();
const g1 = new Set();
for (const [c, v] of unihan('Unihan_IRGSources.txt.bz2', 'kIRG_GSource')) {
  if (/^G0-/.test(v)) gb.add(c);
  else if (/^G1-/.test(v)) g1.add(c);
}
// (And the 通用规范汉字表 of 2013, kTGH: 喆 堃 犇 邨 杧 疍 簕 are in no GB 2312 but in names and places a report writes.)
for (const c of unihan('Unihan_OtherMappings.txt.bz2', 'kTGH').keys()) gb.add(c);
const standard = new Set([...converted, ...gb, ...g1, ...unihan('Unihan_OtherMappings.txt.bz2', 'kBigFive').keys()]);
const simplified = (c) => t2s.get(c) ?? c;

const pairs = new Map();
// (Not a compatibility ideograph: the look-alikes' table has them. Not a character that comes back as itself.)
const set = (v, s) => {
  if (v.charCodeAt(0) >= 0x3400 && v.charCodeAt(0) < 0xf900 && s !== v) pairs.set(v, s);
};
// 1. OpenCC's regional variants read back — not a character simplified script writes (著 is Hong Kong's 着 and mainland's 显著).
for (const name of ['HKVariantsRev', 'TWVariantsRev'])
  for (const [v, s] of readDict(name)) if (bmp(v) && bmp(s) && !converted.has(v) && !gb.has(v)) set(v, simplified(s));

// 2. Unihan's and OpenCC's Japanese variants of characters neither standard writes.
const named = new Map();
const name = (c, t) => {
  if (!bmp(t) || t === c) return;
  if (!named.has(c)) named.set(c, new Set());
  named.get(c).add(t);
};
for (const [c, v] of unihan('Unihan_Variants.txt.bz2', 'kZVariant')) if (bmp(c)) for (const u of v.split(' ')) name(c, fromU(u));
// (A semantic variant only where each names the other: 「縂」 and 總, 「吿」 and 告 do; 「躭」 names 眈 alone, 耽's variant — a
// one-way link was as often a dictionary's loose note, found by an adversarial review: 朞 稘, 恊 勰.)
const semantic = new Map();
for (const [c, v] of unihan('Unihan_Variants.txt.bz2', 'kSemanticVariant')) semantic.set(c, new Set(v.split(' ').map(fromU)));
for (const [c, vs] of semantic) if (bmp(c)) for (const t of vs) if (semantic.get(t)?.has(c)) name(c, t);
for (const [j, ...ts] of readDict('JPShinjitaiCharacters')) if (bmp(j)) for (const t of ts) name(j, t);
// A standard character's simplified forms: its own where simplified writes it too (乾 of 乾坤, 干 of 乾燥) — two, and a
// variant of it is not folded (「亁」).
const simplifiedForms = (t) => {
  const forms = new Set([simplified(t)]);
  if (gb.has(t)) forms.add(t);
  return forms;
};
for (const c of named.keys()) {
  if (standard.has(c) || pairs.has(c)) continue;
  const targets = new Set();
  for (const t of named.get(c)) {
    if (standard.has(t)) for (const f of simplifiedForms(t)) targets.add(f);
    else for (const u of named.get(t) ?? []) if (standard.has(u)) for (const f of simplifiedForms(u)) targets.add(f);
  }
  // (Into a character simplified script writes: not a traditional one, 礟 to 礮.)
  const [only] = targets;
  if (targets.size === 1 && gb.has(only)) set(c, only);
}
// (No chain: a character folded to one that is folded itself — 潀 潨 漎 — is left out.)
for (const [v, s] of [...pairs]) if (pairs.has(s)) pairs.delete(v);
const sorted = [...pairs].sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0));
const out = `// Generated by scripts/gen-variants.mjs from opencc-js's HKVariantsRev, TWVariantsRev and JPShinjitaiCharacters and Unicode 15's Unihan (kZVariant, kSemanticVariant). Do not edit.
/** Pairs of characters: a variant form neither script's standard writes (異體字, a Japanese form), then the simplified character it stands for. */
export const VARIANT_PAIRS = ${JSON.stringify(sorted.map(([v, s]) => v + s).join(''))};
`;
writeFileSync(path.join(root, 'server/src/analysis/reader/text/tables/variants.generated.ts'), out);
console.log(`variants ${sorted.length}`);
