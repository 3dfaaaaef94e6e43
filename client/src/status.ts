/**
 * The language status item: the report's year, form version and its errors, with a link to the
 * Problems panel. Asks the server (disclosureReport/summary) when the active report or its
 * diagnostics change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { locale, t } from './messages';

interface Summary {
  year: number | null;
  format: '2021' | '2019' | 'pre-2019' | 'own';
  errors: number;
  warnings: number;
  notes: number;
  /** Set when the document was larger than disclosureReport.maxDocumentSize: how much was read. */
  budget?: { analysed: number; total: number };
}

const FORMAT = {
  '2021': { cn: '2021 版', tw: '2021 版', en: '2021 form' },
  '2019': { cn: '2019 版', tw: '2019 版', en: '2019 form' },
  'pre-2019': { cn: '2019 年前格式', tw: '2019 年前格式', en: 'pre-2019' },
  own: { cn: '本单位规定', tw: '本單位規定', en: 'own rules' },
} as const;

/** A glob that matches `name` alone (its glob characters each in brackets). */
const literal = (name: string) => name.replace(/[[\]{}*?!]/g, (c) => `[${c}]`);

export function statusItem(client: LanguageClient): vscode.Disposable {
  // Shown for the report language, and for a Markdown file only once it is known to be a report: every README.md
  // showed 「不是年度报告」 (found by a review in code-server).
  const reportMarkdown = new Map<string, vscode.Uri>();
  const selector = (): vscode.DocumentFilter[] => [{ language: 'disclosure-report' }, ...[...reportMarkdown.values()].map((u) => ({ language: 'markdown', pattern: new vscode.RelativePattern(vscode.Uri.joinPath(u, '..'), literal(u.path.split('/').pop() ?? '')) }))];
  const item = vscode.languages.createLanguageStatusItem('disclosureReport.status', selector());
  let pending: NodeJS.Timeout | undefined;
  const refresh = async () => {
    // The name and the link follow the locale, which a setting can change while the item lives.
    item.name = t('statusName');
    item.command = { title: t('showProblems'), command: 'workbench.actions.view.problems' };
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return;
    const s = (await client.sendRequest('disclosureReport/summary', { uri: doc.uri.toString() }).catch(() => null)) as Summary | null;
    if (doc.languageId === 'markdown' && doc.uri.scheme === 'file' && !!s !== reportMarkdown.has(doc.uri.toString())) {
      if (s) reportMarkdown.set(doc.uri.toString(), doc.uri);
      else reportMarkdown.delete(doc.uri.toString());
      item.selector = selector();
    }
    if (!s) {
      item.text = t('notReport');
      item.detail = undefined;
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const parts = [s.year ? String(s.year) : undefined, FORMAT[s.format][locale()], s.errors ? t('statusErrors', s.errors) : s.warnings ? t('statusWarnings', s.warnings) : '✓'].filter(Boolean);
    const n = (x: number) => x.toLocaleString('en-US');
    if (s.budget) parts.push(t('statusBudget', n(s.budget.analysed)));
    item.text = parts.join(' · ');
    item.detail = s.budget ? t('statusBudgetDetail', n(s.budget.total), n(s.budget.analysed)) : t('statusDetail', s.errors, s.warnings, s.notes);
    item.severity = s.errors ? vscode.LanguageStatusSeverity.Error : s.warnings || s.budget ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  const soon = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => void refresh(), 50);
  };
  const subs = [
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics(soon),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('disclosureReport.locale') && soon()),
  ];
  soon();
  return vscode.Disposable.from(item, ...subs);
}
