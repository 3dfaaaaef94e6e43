/**
 * Rendering findings' messages in the user's language. The templates live beside the checks that
 * use them (each check's `messages`); the few shared ones are here. The CLI defaults to
 * simplified Chinese; the server follows VS Code's display language unless a setting forces one.
 */
import { CHEAPEST_MESSAGES } from '../checks/arithmetic/cheapestFix';
import { CHECKS } from '../checks/registry';
import type { Locale, Msg, MsgArg, Text3 } from '../analysis/types';
import { englishPlurals } from './plurals';

export { englishPlurals };

const COMMON: Record<string, Text3> = {
  'fix.setTotal': { cn: '将「{cell}」改为 {value}', tw: '將「{cell}」改為 {value}', en: 'Set {cell} to {value}' },
};

const TEMPLATES = new Map<string, Text3>([...Object.entries(COMMON), ...Object.entries(CHEAPEST_MESSAGES)]);
for (const c of CHECKS) for (const [k, v] of Object.entries(c.messages)) if (!TEMPLATES.has(k)) TEMPLATES.set(k, v);

/** Every template registered so far (for the wording tests). */
export function templates(): ReadonlyMap<string, Text3> {
  return TEMPLATES;
}

/** Adds templates (features register their own). */
export function registerMessages(m: Record<string, Text3>): void {
  for (const [k, v] of Object.entries(m)) TEMPLATES.set(k, v);
}

const pick = (t: Text3, locale: Locale): string => (locale === 'en' ? t.en : locale === 'zh-tw' ? t.tw : t.cn);

function arg(a: MsgArg, locale: Locale): string {
  if (typeof a === 'string') return a;
  if (typeof a === 'number') return String(a);
  if ('key' in a) return render(a, locale);
  return pick(a, locale);
}

export function render(m: Msg, locale: Locale = 'zh-cn'): string {
  const t = TEMPLATES.get(m.key);
  if (!t) return m.key;
  const s = wellFormed(pick(t, locale).replace(/\{(\w+)\}/g, (_, name: string) => (m.args && name in m.args ? arg(m.args[name], locale) : `{${name}}`)));
  return locale === 'en' ? capitalised(englishPlurals(s)) : s;
}

/** An English sentence opens with a capital, also where it opens with a name (「table II …」「lawsuits filed directly / corrected …」). */
const capitalised = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) + s.slice(1) : s;
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * The string with any half of a surrogate pair replaced by U+FFFD: a message quotes the report's text,
 * which may hold one (cut there, or so written), and a client that parses JSON strictly (Neovim) drops
 * the whole notification that carries it — every diagnostic of the document.
 */
export function wellFormed(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return s.replace(LONE_SURROGATE, '\ufffd');
  }
  return s;
}

/**
 * `render`, remembered with the message: a finding is the same object while its segment is not read
 * again, so publishing after an edit renders only the messages of the findings the edit made
 * (before: the thousand shown, on every keystroke). Weakly held: gone with the finding.
 */
const RENDERED = new WeakMap<Msg, { locale: Locale; text: string }>();
export function renderOnce(m: Msg, locale: Locale): string {
  const r = RENDERED.get(m);
  if (r && r.locale === locale) return r.text;
  const text = render(m, locale);
  RENDERED.set(m, { locale, text });
  return text;
}

export function text3(t: Text3, locale: Locale): string {
  return pick(t, locale);
}

/** The same, as a heading or a name standing alone: in English with a capital (「Table III (applications)」), as it opens no sentence. */
export function title3(t: Text3, locale: Locale): string {
  const s = pick(t, locale);
  return locale === 'en' && s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** VS Code's display language (or a forced setting) → one of ours. */
export function toLocale(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  // (「zh_TW」「zh_CN.UTF-8」: a system's LANG spelling, typed to --locale as often as a BCP 47 tag.)
  const t = tag.toLowerCase().replace(/_/g, '-').replace(/\..*$/, '');
  if (t === 'zh-cn' || t === 'zh-hans' || t === 'zh' || t === 'zh-sg' || t.startsWith('zh-hans')) return 'zh-cn';
  if (t === 'zh-tw' || t === 'zh-hk' || t === 'zh-mo' || t.startsWith('zh-hant')) return 'zh-tw';
  if (t.startsWith('en')) return 'en';
  return undefined;
}
