/**
 * `.disclosure-report.json`, the project's own settings, shared by the CLI and the extension (like
 * `.markdownlint.json`): found by walking up from a report's folder. It may set each check's severity
 * (or `off`), the protected terms and traditional variant of conversions, and the locale of messages.
 *
 *   { "checks": { "cell-blank": "off", "numbering": "information" },
 *     "conversion": { "protect": ["《*》"], "traditional": "tw" },
 *     "locale": "zh-tw" }
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale, Severity } from '../analysis/types';
import { toLocale } from '../i18n/render';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export const CONFIG_NAME = '.disclosure-report.json';

export interface ProjectConfig {
  /** The file it was read from. */
  file: string;
  checks?: Record<string, Severity | 'off'>;
  protect?: string[];
  traditional?: 't' | 'tw' | 'twp' | 'hk';
  locale?: Locale;
  /** Set when the file could not be read as JSON: the reason, to show the user. */
  error?: string;
  /** Where (1-based line and column) the JSON went wrong, when it is a syntax error. */
  errorAt?: { line: number; column: number };
  /** What it sets that means nothing here (a typo, a severity that is none), as written: said, then ignored. */
  ignored?: string[];
}

const KEYS = new Set(['$schema', 'checks', 'conversion', 'locale']);

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function parseConfig(file: string, text: string): ProjectConfig {
  // (jsonc-parser, VS Code's own: comments and trailing commas allowed, as in VS Code's settings; a syntax error said by
  // its line and column, in the user's language — JSON.parse's message was English, often with no position: a review.)
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const before = text.slice(0, errors[0].offset);
    const line = before.split('\n').length;
    return { file, error: printParseErrorCode(errors[0].error), errorAt: { line, column: before.length - before.lastIndexOf('\n') } };
  }
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const c: ProjectConfig = { file };
  const ignored: string[] = [];
  const said = (key: string, v: unknown) => ignored.push(`${key}: ${JSON.stringify(v)}`);
  for (const k of Object.keys(r)) if (!KEYS.has(k)) said(k, r[k]);
  if (r.checks && typeof r.checks === 'object') {
    c.checks = {};
    for (const [code, v] of Object.entries(r.checks as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) c.checks[code] = v as Severity | 'off';
      else said(`checks.${code}`, v);
    }
  }
  const conv = (r.conversion && typeof r.conversion === 'object' ? r.conversion : {}) as Record<string, unknown>;
  if (Array.isArray(conv.protect)) c.protect = conv.protect.filter((x): x is string => typeof x === 'string');
  if (conv.traditional === 't' || conv.traditional === 'tw' || conv.traditional === 'twp' || conv.traditional === 'hk') c.traditional = conv.traditional;
  else if (conv.traditional !== undefined) said('conversion.traditional', conv.traditional);
  const locale = typeof r.locale === 'string' ? toLocale(r.locale) : undefined;
  if (locale) c.locale = locale;
  else if (r.locale !== undefined && r.locale !== 'auto') said('locale', r.locale);
  if (ignored.length) c.ignored = ignored;
  return c;
}

/** The configuration that applies to a file: the nearest `.disclosure-report.json` above it, read once per change. */
export class ConfigFinder {
  private cache = new Map<string, { mtime: number; config: ProjectConfig } | null>();
  /** Folder → its configuration, when the files cannot change meanwhile (one CLI run). */
  private folders?: Map<string, ProjectConfig | undefined>;

  /** `stable`: the configuration files do not change while this finder lives (the CLI). */
  constructor(stable = false) {
    if (stable) this.folders = new Map();
  }

  forFile(file: string): ProjectConfig | undefined {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  private forFolder(dir: string): ProjectConfig | undefined {
    if (this.folders?.has(dir)) return this.folders.get(dir);
    const parent = path.dirname(dir);
    const c = this.read(path.join(dir, CONFIG_NAME)) ?? (parent === dir ? undefined : this.forFolder(parent));
    this.folders?.set(dir, c);
    return c;
  }

  /** Forget what was read (the file changed). */
  clear(): void {
    this.cache.clear();
    this.folders?.clear();
  }

  private read(file: string): ProjectConfig | undefined {
    let mtime: number;
    // Most folders have none: asked without an exception (stat throwing cost more than the check).
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st || !st.isFile()) return undefined;
    mtime = st.mtimeMs;
    const hit = this.cache.get(file);
    if (hit && hit.mtime === mtime) return hit.config;
    let config: ProjectConfig;
    try {
      config = parseConfig(file, readFileSync(file, 'utf8'));
    } catch (e) {
      config = { file, error: (e as NodeJS.ErrnoException).code ?? String(e) };
    }
    this.cache.set(file, { mtime, config });
    return config;
  }
}
