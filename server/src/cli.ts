/**
 * disclosure-report: the command-line checker, on the same analysis as the language server.
 *
 *   disclosure-report check [--format text|json] [--locale zh-cn|zh-tw|en] FILE|DIR...
 *   disclosure-report export [--format json|csv|xlsx] [-o OUT] FILE|DIR...
 *   disclosure-report import FILE.html|FILE.htm|FILE.docx [-o OUT|-]
 *   disclosure-report new --agency NAME --year YYYY [--layout pipe|markdown] [--script simplified|traditional] [-o OUT]
 *   disclosure-report convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect TERM]... [--write] FILE...
 *
 * Text output is one finding per line, `file:line:col severity code message` (1-based, for problem
 * matchers). Exit status: 2 for bad usage or an unreadable file (the other files are still
 * checked), else 1 if any error was found, else 0. Each verb lives in cli/.
 */
import type { Locale } from './analysis/types';
import { CHECKS } from './checks/registry';
import { text3, toLocale } from './i18n/render';
import { checkCommand } from './cli/check/command';
import { convertCommand } from './cli/convert';
import { exportCommand } from './cli/export';
import { importCommand } from './cli/import';
import { newCommand } from './cli/new';
import type { CliIO } from './cli/io';
import { say } from './cli/messages';

export type { CliIO } from './cli/io';

const VERSION = '0.1.0';

/** Runs the CLI and returns its exit status (tests call this directly). */
export function main(argv: string[], io: CliIO): number | Promise<number> {
  let locale: Locale = 'zh-cn';
  // The locale is read first so that even usage errors come in the asked-for language.
  const li = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (li >= 0) {
    const v = argv[li].includes('=') ? argv[li].split('=')[1] : argv[li + 1];
    const l = toLocale(v);
    if (l) locale = l;
  }
  // (--locale may come before the command too: 「disclosure-report --locale en check …」.)
  if (li === 0) argv = [...argv.slice(argv[0].includes('=') ? 1 : 2), argv[0].includes('=') ? argv[0] : `--locale=${argv[1] ?? ''}`];
  const [given, ...rest] = argv;
  // (Only --locale given: no command, as none at all — not 「未知命令：--locale=en」, words the user never typed.)
  const command = given?.startsWith('--locale') ? undefined : given;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(say('usage', locale));
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(VERSION);
    return 0;
  }
  // 「import --help」: the usage, for every command (import, convert and new said 「未知选项：--help」: found by a review).
  const dashes = rest.indexOf('--');
  if ((dashes < 0 ? rest : rest.slice(0, dashes)).some((a) => a === '--help' || a === '-h')) {
    io.out(say('usage', locale));
    return 0;
  }
  switch (command) {
    case 'checks':
      for (const c of CHECKS) io.out(`${c.code}\t${c.severity}\t${text3(c.description, locale)}`);
      return 0;
    case 'check':
      return checkCommand(rest, locale, io);
    case 'export':
      return exportCommand(rest, locale, io);
    case 'convert':
      return convertCommand(rest, locale, io);
    case 'import':
      return importCommand(rest, locale, io);
    case 'new':
      return newCommand(rest, locale, io);
  }
  io.err(say('unknownCommand', locale, command));
  io.err(say('usage', locale));
  return 2;
}

/** Settled when the stream has taken what waits, or has closed (each wait's listeners removed: a long run waits often). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise<void>((resolve) => {
    const go = () => {
      stream.off('drain', go);
      stream.off('close', go);
      resolve();
    };
    stream.on('drain', go);
    stream.on('close', go);
  });
}

/** Runs the CLI on this process's arguments and streams (dist/cli.js, through boot/cli.ts). */
export function runCli(): void {
  // Output piped into a program that stops reading (`| head`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  let draining: Promise<void> | undefined;
  const io: CliIO = {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    raw: (s) => process.stdout.write(s),
    // (A pipe's writes are queued when its reader lags: the run waits for them to drain — cli/io.ts, pace. A pipe closed
    // meanwhile ends the process above, or settles the wait.)
    // (One wait shared by all who ask while it lasts: the pool asks once a block, and a listener each was a leak's warning.)
    waiting: () => (process.stdout.writableNeedDrain ? (draining ??= drained(process.stdout).then(() => (draining = undefined))) : undefined),
  };
  // (Through a promise from the start: an error thrown at once is reported as one thrown later is.)
  void Promise.resolve()
    .then(() => main(process.argv.slice(2), io))
    .then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      io.err(String(e instanceof Error ? e.message : e));
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runCli();
