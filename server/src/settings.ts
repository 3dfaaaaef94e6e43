/** The extension's settings as the server sees them, with defaults for editors that send none (Neovim). */
import type { Locale } from './analysis/types';
import type { SeverityOverrides } from './features/diagnostics';
import { toLocale } from './i18n/render';

export type TraditionalVariant = 't' | 'tw' | 'twp' | 'hk';

export interface ConversionSettings {
  /** OpenCC target for 「转换为繁体」, and the form 「转换为简体」 reads back from: t (OpenCC standard), tw, twp (Taiwan phrases), hk. */
  traditional: TraditionalVariant;
  /** Terms left as written: literal text, or 「open*close」 patterns such as 《*》. */
  protect: string[];
}

export interface Settings {
  /** 'auto' follows the editor's display language. */
  locale: 'auto' | Locale;
  checks: SeverityOverrides;
  /** When diagnostics are computed: as you type, or only when the file is saved. */
  run: 'onType' | 'onSave';
  conversion: ConversionSettings;
  /** The most diagnostics published for one document (one more says how many were left out). */
  maxProblems: number;
  /** The most characters of one document the analysis reads. */
  maxDocumentSize: number;
}

export const DEFAULT_CONVERSION: ConversionSettings = { traditional: 't', protect: [] };
export const DEFAULT_SETTINGS: Settings = { locale: 'auto', checks: {}, run: 'onType', conversion: DEFAULT_CONVERSION, maxProblems: 1000, maxDocumentSize: 500_000 };

export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const s: Settings = { ...DEFAULT_SETTINGS, checks: {}, conversion: { ...DEFAULT_CONVERSION } };
  const c = (r.conversion && typeof r.conversion === 'object' ? r.conversion : {}) as Record<string, unknown>;
  if (c.traditional === 't' || c.traditional === 'tw' || c.traditional === 'twp' || c.traditional === 'hk') s.conversion.traditional = c.traditional;
  if (Array.isArray(c.protect)) s.conversion.protect = c.protect.filter((x): x is string => typeof x === 'string');
  if (r.locale === 'zh-cn' || r.locale === 'zh-tw' || r.locale === 'en') s.locale = r.locale;
  if (r.run === 'onSave') s.run = 'onSave';
  if (typeof r.maxProblems === 'number' && r.maxProblems >= 1) s.maxProblems = Math.floor(r.maxProblems);
  if (typeof r.maxDocumentSize === 'number' && r.maxDocumentSize >= 10_000) s.maxDocumentSize = Math.floor(r.maxDocumentSize);
  if (r.checks && typeof r.checks === 'object') {
    for (const [code, v] of Object.entries(r.checks as Record<string, unknown>)) {
      if (v === 'off' || v === 'error' || v === 'warning' || v === 'information' || v === 'hint') s.checks[code] = v;
    }
  }
  return s;
}

export function resolveLocale(settings: Settings, editorLocale: string | undefined): Locale {
  return settings.locale !== 'auto' ? settings.locale : toLocale(editorLocale) ?? 'zh-cn';
}
