/**
 * 「查看历年统计」: a webview for the active report's agency — its key figures across the years found
 * in the workspace, as a chart and a table (trendChart.ts). Clicking a year opens that report; the
 * view follows the workspace as reports change (the server says which agencies changed).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { locale, t } from './messages';
import { trendHtml, type TrendPoint } from './trendChart';

interface Trend {
  agency: string;
  agencyKey: string;
  points: TrendPoint[];
}

const panels = new Map<string, { panel: vscode.WebviewPanel; uri: string }>();

async function render(client: LanguageClient, panel: vscode.WebviewPanel, uri: string): Promise<Trend | undefined> {
  const trend = (await client.sendRequest('disclosureReport/trend', { uri }).catch(() => null)) as Trend | null;
  if (!trend) return undefined;
  panel.title = t('trendTitle', trend.agency);
  panel.webview.html = trendHtml(trend.agency, trend.points, locale(), String(Date.now()) + Math.random().toString(36).slice(2));
  return trend;
}

/** Opens (or shows again) the view of the active report's agency; returns its data (for tests). */
export async function showTrend(client: LanguageClient, uri?: vscode.Uri): Promise<Trend | undefined> {
  const doc = uri ?? vscode.window.activeTextEditor?.document.uri;
  const trend = doc && ((await client.sendRequest('disclosureReport/trend', { uri: doc.toString() }).catch(() => null)) as Trend | null);
  if (!doc || !trend) {
    void vscode.window.showWarningMessage(t('noTrend'));
    return undefined;
  }
  let entry = panels.get(trend.agencyKey);
  if (!entry) {
    const panel = vscode.window.createWebviewPanel('disclosureReport.trend', t('trendTitle', trend.agency), vscode.ViewColumn.Beside, { enableScripts: true });
    entry = { panel, uri: doc.toString() };
    panels.set(trend.agencyKey, entry);
    panel.onDidDispose(() => panels.delete(trend.agencyKey));
    panel.webview.onDidReceiveMessage((m: { open?: string }) => {
      if (m.open) void vscode.window.showTextDocument(vscode.Uri.parse(m.open), { viewColumn: vscode.ViewColumn.One });
    });
  }
  entry.uri = doc.toString();
  await render(client, entry.panel, entry.uri);
  entry.panel.reveal(undefined, true);
  return trend;
}

/** Keeps open views current: the server names the agencies whose reports changed. */
export function followTrends(client: LanguageClient): vscode.Disposable {
  return client.onNotification('disclosureReport/indexChanged', (p: { agencyKeys: string[] }) => {
    for (const key of p.agencyKeys) {
      const entry = panels.get(key);
      if (entry) void render(client, entry.panel, entry.uri);
    }
  });
}
