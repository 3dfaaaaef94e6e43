/**
 * English plurals for templates that mark them with (s): 「1 error(s)」→ 1 error, 「3 error(s)」→ 3 errors.
 * Dependency-free so the VS Code client can share it with the server and the CLI.
 */
export function englishPlurals(s: string): string {
  // (The space before the word kept as written: 「3 sub-heading(s)」 is 3 sub-headings, not 3 sub- headings.)
  return s.replace(/\b(\d+)([ \w-]*?)( ?)(\w+)\(s\)/g, (_, n: string, between: string, space: string, word: string) => `${n}${between}${space}${word}${pluralSuffix(word, n)}`);
}

function pluralSuffix(word: string, n: string): string {
  if (n === '1') return '';
  return /(s|x|ch|sh)$/.test(word) ? 'es' : 's';
}
