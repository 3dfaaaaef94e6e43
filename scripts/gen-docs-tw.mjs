// Generates docs/codes/zh-tw/<code>.md: each diagnostic code's page in traditional script, converted
// with OpenCC (cn → tw, characters), then the words the tool's own zh-tw messages use (PHRASES below),
// for the users whose display language is zh-tw. A test checks the pages are what this script makes.
// Run: node scripts/gen-docs-tw.mjs
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OpenCC = require('opencc-js');
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const dir = path.join(root, 'docs', 'codes');
const out = path.join(dir, 'zh-tw');
mkdirSync(out, { recursive: true });
/**
 * The words of the tool's own traditional-script messages, where they are not the mainland's (a review found the pages
 * said 「表三列合計不等」 of the column check — in Taiwan 列 is a row — beside messages that say 欄): a table's row is 列 and
 * its column 欄, a cell 儲存格, to import 匯入, text 文字, a quick fix 快速修正, the command line 命令列. A line of text stays
 * 行. The pages' phrases are listed whole (in simplified script, as the pages are written), since 行 and 列 alone also
 * mean a line and to list; one pass, so that a 列 written for a row is not made 欄 again. Then what OpenCC's
 * segmentation gets wrong here (「表三复制」 → 復制; 「单元格里」 → 里).
 */
const PHRASES = [
  // Columns: 列 → 欄.
  ['每一列都查', '每一欄都查'], ['某一列的', '某一欄的'], ['的每一列', '的每一欄'], ['的同一列', '的同一欄'], ['表三列合计不等', '表三欄合計不等'],
  ['该列无法', '該欄無法'], ['“总计”一列', '“總計”一欄'], ['前六列', '前六欄'], ['这一列相加', '這一欄相加'], ['行和列', '列和欄'],
  ['按行合计、列合计', '按列合計、欄合計'], ['列序', '欄序'], ['列的顺序', '欄的順序'], ['本行合计', '本列合計'],
  // Rows: 行 → 列.
  ['整行都是空格的行', '整列都是空格的列'], ['整行为空', '整列為空'], ['标在行名上', '標在列名上'], ['没有数字的行整行留空', '沒有數字的列整列留空'],
  ['这一整行', '這一整列'], ['整行空格', '整列空格'], ['所在行的合计', '所在列的合計'], ['“总计”一行', '“總計”一列'], ['）总计”一行', '）總計”一列'], ['某一行若有', '某一列若有'],
  ['表三每一行', '表三每一列'], ['每一行都查', '每一列都查'], ['表三行合计不等', '表三列合計不等'], ['这一行唯一的', '這一列唯一的'], ['行名', '列名'], ['按位置读出的行为警告', '按位置讀出的列為警告'],
  ['是哪一行', '是哪一列'], ['规定格式的下一行', '規定格式的下一列'], ['统计表的两行之间', '統計表的兩列之間'], ['一行的数字连在了一起', '一列的數字連在了一起'],
  ['这一行按所写读出', '這一列按所寫讀出'], ['「规章」「规范性文件」两行', '「規章」「規範性文件」兩列'], ['每行一行', '每列一行'], ['无法确定的行', '無法確定的列'],
  ['各行名称', '各列名稱'], ['全部行名称', '全部列名稱'], ['与各行对应', '與各列對應'], ['缺行', '缺列'], ['少了行或单元格', '少了列或儲存格'],
  ['缺少规定的行', '缺少規定的列'], ['某行应有', '某列應有'], ['只要有一行', '只要有一列'], ['本表其他行', '本表其他列'], ['读不出的各行', '讀不出的各列'],
  ['N 行的数字', 'N 列的數字'], ['每行的情况', '每列的情況'], ['缺少的行', '缺少的列'], ['同一行紧接着', '同一列緊接著'], ['多出一行', '多出一列'],
  ['行重复出现：只计第一行的数字', '列重複出現：只計第一列的數字'], ['缺少十几行', '缺少十幾列'], ['一行的数字在它的名称上一行', '一列的數字在它的名稱上一行'],
  ['最后一行名称', '最後一列名稱'], ['每个结果一行', '每個結果一列'], ['只计第一行', '只計第一列'], ['按行合计拆', '按列合計拆'], ['再按列合计', '再按欄合計'],
  ['同一行后面有数字', '同一列後面有數字'], ['读作这一行', '讀作這一列'], ['这一行已经读到', '這一列已經讀到'], ['缺少这一行', '缺少這一列'],
  ['同一行的其他数', '同一列的其他數'], ['以空格分隔的行里', '以空格分隔的列裡'], ['这一行的数字', '這一列的數字'], ['这一行仍', '這一列仍'],
  ['表四一行只有', '表四一列只有'], ['表头行末尾', '表頭列末尾'], ['「行应有', '「列應有'], ['属于哪一行', '屬於哪一列'], ['其实是下一行的', '其實是下一列的'],
  // The interface's words.
  ['单元格', '儲存格'], ['导入', '匯入'], ['文本', '文字'], ['快速修复', '快速修正'], ['命令行', '命令列'],
];
const AFTER = [['復制', '複製'], ['格里', '格裡']];
const table = new Map(PHRASES.map(([cn, tw]) => [toTw(cn), tw]));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = new RegExp([...table.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
const taiwan = (text) => AFTER.reduce((t, [a, b]) => t.split(a).join(b), toTw(text).replace(pattern, (m) => table.get(m)));
const pages = readdirSync(dir).filter((f) => f.endsWith('.md'));
// `--check`: writes nothing, names the pages that are not what it would write, and fails if any (the tests run it).
if (process.argv.includes('--check')) {
  const stale = pages.filter((f) => {
    try {
      return readFileSync(path.join(out, f), 'utf8') !== taiwan(readFileSync(path.join(dir, f), 'utf8'));
    } catch {
      return true;
    }
  });
  for (const f of stale) console.log(`stale: docs/codes/zh-tw/${f}`);
  process.exit(stale.length ? 1 : 0);
}
for (const f of pages) writeFileSync(path.join(out, f), taiwan(readFileSync(path.join(dir, f), 'utf8')));
console.log(`${pages.length} pages`);
