/**
 * SARIF 2.1.0 for code scanning (GitHub and other CI): one rule per check with its description and a
 * link to its page, one result per finding with its region (1-based lines and columns, UTF-16 code
 * units — the SARIF default column kind).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../../analysis/types';
import { CHECKS } from '../../checks/registry';
import { codeHref, codePage, REPOSITORY, REPOSITORY_KNOWN } from '../../features/codeDocs';
import { text3 } from '../../i18n/render';

export interface SarifFile {
  file: string;
  diagnostics: Diagnostic[];
}

const LEVEL = ['none', 'error', 'warning', 'note', 'note'] as const;
const SEVERITY_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
export const TOOL: { name: string; version: string; informationUri?: string } = { name: 'disclosure-report', version: '0.1.0', ...(REPOSITORY_KNOWN ? { informationUri: REPOSITORY } : {}) };

/**
 * The log as a stream, for any number of files: its opening up to the results, each file's results
 * as they come, its close. Written out it is `JSON.stringify(log, null, 2)` of the whole log, byte for
 * byte, without ever holding every result (100,000 files' results would pass the longest string V8
 * can make).
 */
export class SarifStream {
  private readonly index = new Map(CHECKS.map((c, i) => [c.code, i]));
  private readonly open: string;
  private readonly close: string;
  private readonly indent: string;
  private readonly empty: string;
  private pending?: string;

  constructor(locale: Locale) {
    const MARK = '\u0000results\u0000';
    const framed = JSON.stringify(sarifFrame(locale, [MARK]), null, 2);
    const at = framed.indexOf(JSON.stringify(MARK));
    const lineStart = framed.lastIndexOf('\n', at) + 1;
    this.indent = framed.slice(lineStart, at);
    this.open = framed.slice(0, lineStart - 1); // up to `"results": [`
    this.close = framed.slice(at + JSON.stringify(MARK).length); // from the line break before `]`
    this.empty = JSON.stringify(sarifFrame(locale, []), null, 2);
  }

  /**
   * What to write (each string a line of `CliIO.out`) for one file's diagnostics, in the files' order;
   * then `end()`. A result is written when the next one comes (with its comma) or at the end.
   */
  file(file: string, diagnostics: readonly Diagnostic[]): string[] {
    const out: string[] = [];
    for (const d of diagnostics) {
      if (this.pending === undefined) out.push(this.open);
      else out.push(this.pending + ',');
      this.pending = this.indent + JSON.stringify(this.result(file, d), null, 2).replace(/\n/g, '\n' + this.indent);
    }
    return out;
  }

  /** What closes the log (the whole log when no file had a result). */
  end(): string {
    return this.pending === undefined ? this.empty : this.pending + this.close;
  }

  private result(file: string, d: Diagnostic): unknown {
    return {
      ruleId: String(d.code),
      ruleIndex: this.index.get(String(d.code)) ?? -1,
      level: LEVEL[d.severity ?? 1],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactOf(file),
            region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
          },
        },
      ],
    };
  }
}

/** The log around its results. */
function sarifFrame(locale: Locale, results: unknown[]): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            ...TOOL,
            rules: CHECKS.map((c) => ({
              id: c.code,
              name: c.code.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: text3(c.description, locale) },
              fullDescription: { text: locale === 'en' ? c.description.en : `${text3(c.description, locale)} / ${c.description.en}` },
              // (A link only to a real address — the placeholder's were dead links in code scanning, found by a
              // review —; the page itself, from the copy installed with the program, as the rule's help.)
              ...(REPOSITORY_KNOWN ? { helpUri: codeHref(c.code) } : {}),
              help: { text: text3(c.description, locale), markdown: ruleHelp(c.code, text3(c.description, locale), locale) },
              defaultConfiguration: { level: SEVERITY_LEVEL[c.severity] },
            })),
          },
        },
        // (Where the files named relatively are: the working folder. Code scanning resolves them against its checkout;
        // another viewer, a path 「../office/x.txt」 against nothing — found by a review.)
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(process.cwd()).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A file named relatively, under the run's working folder (SRCROOT); one named by its absolute path, by its file URI. */
function artifactOf(file: string): { uri: string; uriBaseId?: string } {
  return path.isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: uriOf(file), uriBaseId: 'SRCROOT' };
}

/**
 * A file's path as a SARIF artifact URI (a URI reference): each segment percent-encoded, so that a
 * name holding 「#」, 「%」, 「?」, a space or a colon (「c:d.md」 would read as a scheme) names the file.
 */
export function uriOf(file: string, separators: RegExp = path.sep === '\\' ? /[\\/]/ : /\//): string {
  // (A backslash is a folder's separator on Windows only: elsewhere it is a character of the name — 「back\slash.txt」 was
  // 「back/slash.txt」, a file that is not there; found by a review.)
  return file.split(separators).map(encodeURIComponent).join('/');
}

/** A rule's help: its page where the program has it, else its description, with a link only to a real address. */
function ruleHelp(code: string, description: string, locale: Locale): string {
  const page = codePage(code, locale === 'zh-tw' ? 'zh-tw' : undefined);
  if (page) return page;
  return REPOSITORY_KNOWN ? `${description} — [${code}](${codeHref(code)})` : description;
}
