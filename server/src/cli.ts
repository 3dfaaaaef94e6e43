/**
 * disclosure-report: the command-line checker, on the same analysis as the language server.
 *
 *   disclosure-report check [--format text|json] [--locale zh-cn|zh-tw|en] FILE|DIR...
 *   disclosure-report convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect TERM]... [--write] FILE...
 *
 * Text output is one finding per line, `file:line:col severity code message` (1-based, for problem
 * matchers). Exit status: 2 for bad usage or an unreadable file (the other files are still
 * checked), else 1 if any error was found, else 0.
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportDocument } from './checks/document';
import type { Locale, Text3 } from './analysis/types';
import { CHECKS } from './checks/registry';
import { effectiveSeverity, toDiagnostics } from './features/diagnostics';
import { convertEdits } from './convert/run';
import { applyEdits } from './fixes/edits';
import { DEFAULT_CONVERSION, type ConversionSettings } from './settings';
import { text3, toLocale } from './i18n/render';

const VERSION = '0.1.0';
const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;

const T = {
  usage: {
    cn: `用法：disclosure-report check [--format text|json] [--locale zh-cn|zh-tw|en] 文件或文件夹...
  检查政府信息公开工作年度报告（.txt、.md），每条问题一行：文件:行:列 严重程度 代码 说明。
  文件夹会递归查找其中的 .txt 与 .md 文件。
  退出码：0 无错误；1 发现错误；2 用法错误或文件无法读取。
  disclosure-report checks     列出全部检查项
  disclosure-report convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect 词语]... [--write] 文件...
                               简繁转换：只改动需要转换的汉字，数字、标点、表格分隔符和换行原样保留；
                               默认输出到标准输出，--write 则就地改写并保留 .bak 备份；《》内的标题默认不转换。`,
    tw: `用法：disclosure-report check [--format text|json] [--locale zh-cn|zh-tw|en] 檔案或資料夾...
  檢查政府信息公開工作年度報告（.txt、.md），每條問題一行：檔案:行:列 嚴重程度 代碼 說明。
  資料夾會遞迴查找其中的 .txt 與 .md 檔案。
  結束碼：0 無錯誤；1 發現錯誤；2 用法錯誤或檔案無法讀取。
  disclosure-report checks     列出全部檢查項
  disclosure-report convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect 詞語]... [--write] 檔案...
                               簡繁轉換：只改動需要轉換的漢字，數字、標點、表格分隔符和換行原樣保留；
                               預設輸出到標準輸出，--write 則就地改寫並保留 .bak 備份；《》內的標題預設不轉換。`,
    en: `Usage: disclosure-report check [--format text|json] [--locale zh-cn|zh-tw|en] FILE|DIR...
  Checks government information-disclosure annual reports (.txt, .md); one finding per line:
  file:line:col severity code message. Folders are searched for .txt and .md files.
  Exit status: 0 no errors; 1 errors found; 2 bad usage or an unreadable file.
  disclosure-report checks     lists every check
  disclosure-report convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect TERM]... [--write] FILE...
                               Converts script, changing only the Han characters that differ: figures,
                               punctuation, table separators and line ends stay as they are. Writes to stdout,
                               or in place with --write (keeping a .bak). Titles in 《》 are kept by default.`,
  },
  unknownOption: { cn: '未知选项：{0}', tw: '未知選項：{0}', en: 'unknown option: {0}' },
  badValue: { cn: '选项 {0} 的值无效：{1}', tw: '選項 {0} 的值無效：{1}', en: 'invalid value for {0}: {1}' },
  noFiles: { cn: '没有指定要检查的文件', tw: '沒有指定要檢查的檔案', en: 'no files to check' },
  unknownCommand: { cn: '未知命令：{0}', tw: '未知命令：{0}', en: 'unknown command: {0}' },
  unreadable: { cn: '无法读取 {0}：{1}', tw: '無法讀取 {0}：{1}', en: 'cannot read {0}: {1}' },
  notReport: { cn: '{0}：不像政府信息公开年度报告，已跳过', tw: '{0}：不像政府信息公開年度報告，已跳過', en: '{0}: does not read as an annual report; skipped' },
  summary: { cn: '检查了 {0} 个文件：{1} 个错误，{2} 个警告，{3} 条提示', tw: '檢查了 {0} 個檔案：{1} 個錯誤，{2} 個警告，{3} 條提示', en: 'checked {0} file(s): {1} error(s), {2} warning(s), {3} note(s)' },
  severity: { cn: '严重程度', tw: '嚴重程度', en: 'severity' },
} satisfies Record<string, Text3>;

function say(key: keyof typeof T, locale: Locale, ...args: (string | number)[]): string {
  return text3(T[key], locale).replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
}

interface Options {
  format: 'text' | 'json';
  locale: Locale;
  paths: string[];
}

export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  /** Writes text exactly as given (converted documents: no newline added). */
  raw(s: string): void;
}

/** Runs the CLI and returns its exit status (tests call this directly). */
export function main(argv: string[], io: CliIO): number {
  let locale: Locale = 'zh-cn';
  // The locale is read first so that even usage errors come in the asked-for language.
  const li = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (li >= 0) {
    const v = argv[li].includes('=') ? argv[li].split('=')[1] : argv[li + 1];
    const l = toLocale(v);
    if (l) locale = l;
  }
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(say('usage', locale));
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(VERSION);
    return 0;
  }
  if (command === 'checks') {
    for (const c of CHECKS) io.out(`${c.code}\t${c.severity}\t${text3(c.description, locale)}`);
    return 0;
  }
  if (command === 'convert') return convert(rest, locale, io);
  if (command !== 'check') {
    io.err(say('unknownCommand', locale, command));
    io.err(say('usage', locale));
    return 2;
  }
  const opts: Options = { format: 'text', locale, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '--format' || name === '--locale') {
      const v = inline ?? rest[++i];
      if (name === '--format') {
        if (v !== 'text' && v !== 'json') return usageError(io, locale, 'badValue', name, String(v));
        opts.format = v;
      } else if (!toLocale(v)) return usageError(io, locale, 'badValue', name, String(v));
    } else if (name === '--help' || name === '-h') {
      io.out(say('usage', locale));
      return 0;
    } else if (name.startsWith('-') && name !== '-') {
      return usageError(io, locale, 'unknownOption', name);
    } else opts.paths.push(a);
  }
  if (!opts.paths.length) return usageError(io, locale, 'noFiles');
  return check(opts, io);
}

function usageError(io: CliIO, locale: Locale, key: keyof typeof T, ...args: string[]): number {
  io.err(say(key, locale, ...args));
  io.err(say('usage', locale));
  return 2;
}

/** Files to check: named files as they are, folders searched for .txt and .md. */
function expand(p: string, named: boolean, out: { file: string; named: boolean }[], unreadable: { file: string; why: string }[]): void {
  let st;
  try {
    st = statSync(p);
  } catch (e) {
    unreadable.push({ file: p, why: (e as NodeJS.ErrnoException).code ?? String(e) });
    return;
  }
  if (st.isDirectory()) {
    let entries: string[];
    try {
      entries = readdirSync(p).sort();
    } catch (e) {
      unreadable.push({ file: p, why: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    for (const e of entries) {
      if (e.startsWith('.') || e === 'node_modules') continue;
      const full = path.join(p, e);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        /* reported when read */
      }
      if (isDir || /\.(txt|md|gkreport)$/i.test(e)) expand(full, false, out, unreadable);
    }
  } else out.push({ file: p, named });
}

function check(opts: Options, io: CliIO): number {
  const files: { file: string; named: boolean }[] = [];
  const unreadable: { file: string; why: string }[] = [];
  for (const p of opts.paths) expand(p, true, files, unreadable);
  const json: unknown[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let checked = 0;
  for (const { file, named } of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      unreadable.push({ file, why: (e as NodeJS.ErrnoException).code ?? String(e) });
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const report = new ReportDocument(text);
    const facts = report.facts();
    if (!named && !facts.isReport) {
      io.err(say('notReport', opts.locale, file));
      continue;
    }
    checked++;
    const doc = TextDocument.create('file://' + path.resolve(file), 'disclosure-report', 1, text);
    const findings = report.findings(true);
    for (const f of findings) {
      const s = effectiveSeverity(f);
      if (s) counts[s]++;
    }
    const diagnostics = toDiagnostics(findings, doc, opts.locale);
    if (opts.format === 'json') {
      json.push({
        file,
        year: facts.year ?? null,
        format: facts.format,
        isReport: facts.isReport,
        diagnostics: diagnostics.map((d) => ({ code: d.code, severity: SEVERITY_NAMES[d.severity ?? 1], message: d.message, range: d.range })),
      });
    } else {
      for (const d of diagnostics) io.out(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.code} ${d.message}`);
    }
  }
  for (const u of unreadable) io.err(say('unreadable', opts.locale, u.file, u.why));
  if (opts.format === 'json') io.out(JSON.stringify(json, null, 2));
  else io.err(say('summary', opts.locale, checked, counts.error, counts.warning, counts.information + counts.hint));
  if (unreadable.length) return 2;
  return counts.error > 0 ? 1 : 0;
}

if (require.main === module) {
  const code = main(process.argv.slice(2), { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n'), raw: (s) => process.stdout.write(s) });
  process.exitCode = code;
}

function convert(argv: string[], locale: Locale, io: CliIO): number {
  let to: 'simplified' | 'traditional' | undefined;
  let write = false;
  const conversion: ConversionSettings = { ...DEFAULT_CONVERSION, protect: [...DEFAULT_CONVERSION.protect] };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--to') {
      const v = value();
      if (v !== 'simplified' && v !== 'traditional') return usageError(io, locale, 'badValue', name, String(v));
      to = v;
    } else if (name === '--variant') {
      const v = value();
      if (v !== 't' && v !== 'tw' && v !== 'twp' && v !== 'hk') return usageError(io, locale, 'badValue', name, String(v));
      conversion.traditional = v;
    } else if (name === '--protect') conversion.protect.push(String(value()));
    else if (name === '--write') write = true;
    else if (name === '--locale') value();
    else if (name.startsWith('-') && name !== '-') return usageError(io, locale, 'unknownOption', name);
    else files.push(a);
  }
  if (!to) return usageError(io, locale, 'badValue', '--to', '');
  if (!files.length) return usageError(io, locale, 'noFiles');
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      io.err(say('unreadable', locale, file, (e as NodeJS.ErrnoException).code ?? String(e)));
      status = 2;
      continue;
    }
    const converted = applyEdits(text, convertEdits(text, to, conversion));
    if (!write) {
      io.raw(converted);
      continue;
    }
    try {
      copyFileSync(file, file + '.bak');
      writeFileSync(file, converted);
    } catch (e) {
      io.err(say('unreadable', locale, file, (e as NodeJS.ErrnoException).code ?? String(e)));
      status = 2;
    }
  }
  return status;
}
