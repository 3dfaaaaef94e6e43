/**
 * The connection to the client. VS Code talks over Node's IPC channel (--node-ipc), which hands over
 * messages already parsed; any other client (Neovim, Helix, the tests) over stdin and stdout
 * (--stdio), where the library decodes each message's body as UTF-8 with V8's decoder. Over stdio
 * the body is decoded here instead (`utf8Body`), and the rest is what the
 * library does for --stdio: the server exits when its input ends, and console output goes to the
 * client's log, never into the protocol's stream.
 */
import { isUtf8, transcode } from 'node:buffer';
import { Console } from 'node:console';
import { format } from 'node:util';
import type { Connection, Message } from 'vscode-languageserver/node';
// (A plain require: imported as an ES module, the bundle would copy the library's ~1,000 exports into
// a namespace object at start-up, twice, some 5 ms of the cold start.)
import lsp = require('vscode-languageserver/node');

/**
 * A message's body as text. Large valid UTF-8 (a document opened or replaced whole) that is mostly
 * Chinese goes through ICU's transcoding to UTF-16 and a copy, some 15 % sooner than V8's decoder on a
 * report's text; where a third or more of its bytes are ASCII (a table of figures, a dump of digits)
 * V8's decoder is the faster — 1.25× on table 三 pasted ten thousand times, 4× on digits (a fresh
 * process each, Node 20) — and decodes it. Valid UTF-8 has one decoding, so both give the same string
 * (a test compares them). Anything else — small bodies, another charset, bytes that are not UTF-8 (V8
 * puts U+FFFD where ICU could differ), a Node without ICU — the library's way.
 */
export function utf8Body(bytes: Uint8Array, charset: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 1 << 16 && /^utf-?8$/i.test(charset) && typeof isUtf8 === 'function' && mostlyWide(buffer) && isUtf8(buffer)) {
    try {
      return transcode(buffer, 'utf8', 'ucs2').toString('ucs2');
    } catch {
      /* no ICU: below */
    }
  }
  return buffer.toString(charset as BufferEncoding);
}

/** Whether fewer than a third of the bytes are ASCII, judged from 16 stretches of 1 KB spread over the body. */
export function mostlyWide(buffer: Uint8Array): boolean {
  const step = Math.floor(buffer.length / 16);
  let ascii = 0;
  let seen = 0;
  for (let k = 0; k < 16; k++) {
    const from = k * step;
    const to = Math.min(from + 1024, buffer.length);
    for (let i = from; i < to; i++) if (buffer[i] < 0x80) ascii++;
    seen += to - from;
  }
  return ascii * 3 < seen;
}

const jsonBody = {
  name: 'application/json',
  decode(bytes: Uint8Array, options: { charset: string }): Promise<Message> {
    try {
      return Promise.resolve(JSON.parse(utf8Body(bytes, options.charset)) as Message);
    } catch (e) {
      return Promise.reject(e);
    }
  },
};

/** The connection the command line asks for; `shutDown` says whether the client asked for shutdown (the exit code when input ends). */
export function openConnection(shutDown: () => boolean): Connection {
  // (The transport named first, as the library reads the command line.)
  const transport = process.argv.slice(2).find((a) => /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/.test(a));
  if (transport !== '--stdio') return lsp.createConnection(lsp.ProposedFeatures.all);
  const reader = new lsp.StreamMessageReader(process.stdin, { charset: 'utf-8', contentTypeDecoder: jsonBody });
  const connection = lsp.createConnection(lsp.ProposedFeatures.all, reader, new lsp.StreamMessageWriter(process.stdout));
  // As the library does for --stdio: the client gone, the server goes.
  const end = () => process.exit(shutDown() ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  // Console output would corrupt the protocol's stream: messages go to the client's log, and what
  // else the console writes (tables, counters, timers, groups) to stderr.
  const aside = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const k of ['dir', 'dirxml', 'table', 'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd', 'time', 'timeEnd', 'timeLog', 'assert'] as const) (console as unknown as Record<string, unknown>)[k] = (aside[k] as (...a: unknown[]) => void).bind(aside);
  console.log = console.info = (...args: unknown[]) => connection.console.log(format(...args));
  console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  console.trace = (...args: unknown[]) => connection.console.log(`Trace${args.length ? `: ${format(...args)}` : ''}\n${(new Error().stack ?? '').split('\n').slice(2).join('\n')}`);
  return connection;
}
