/**
 * English plurals for templates that mark them with (s): 「1 error(s)」→ 1 error, 「3 error(s)」→ 3 errors.
 * Dependency-free so the VS Code client can share it with the server and the CLI.
 */
export function englishPlurals(s: string): string {
  return s.replace(/\b(\d+)([ \w-]*?) ?(\w+)\(s\)/g, (_, n: string, between: string, word: string) => `${n}${between} ${word}${pluralSuffix(word, n)}`.replace(/ {2,}/g, ' '));
}

function pluralSuffix(word: string, n: string): string {
  if (n === '1') return '';
  return /(s|x|ch|sh)$/.test(word) ? 'es' : 's';
}
