/** The client's few messages, in the user's language (VS Code's, or the disclosureReport.locale setting). */
import * as vscode from 'vscode';

const M = {
  nothingToConvert: { cn: '没有需要转换的字', tw: '沒有需要轉換的字', en: 'Nothing to convert' },
  staleFix: { cn: '文档已修改，这个修正是按旧版本计算的，未应用；请重新打开快速修复', tw: '文件已修改，這個修正是按舊版本計算的，未套用；請重新開啟快速修正', en: 'The document has changed since this fix was computed; it was not applied. Open the quick fixes again.' },
  changed: { cn: '文档在转换期间被修改，未应用转换，请重新执行', tw: '文件在轉換期間被修改，未套用轉換，請重新執行', en: 'The document changed during the conversion; nothing was applied. Please run it again.' },
  applyQuestion: { cn: '应用这次转换（{0} 处改动）？', tw: '套用這次轉換（{0} 處改動）？', en: 'Apply this conversion ({0} change(s))?' },
  apply: { cn: '应用', tw: '套用', en: 'Apply' },
  cancel: { cn: '取消', tw: '取消', en: 'Cancel' },
  previewTitle: { cn: '{0}：转换为{1}（预览）', tw: '{0}：轉換為{1}（預覽）', en: '{0}: to {1} (preview)' },
  simplified: { cn: '简体', tw: '簡體', en: 'simplified' },
  traditional: { cn: '繁体', tw: '繁體', en: 'traditional' },
  statusErrors: { cn: '{0} 个错误', tw: '{0} 個錯誤', en: '{0} error(s)' },
  statusWarnings: { cn: '{0} 个警告', tw: '{0} 個警告', en: '{0} warning(s)' },
  statusDetail: { cn: '{0} 个错误，{1} 个警告，{2} 条提示', tw: '{0} 個錯誤，{1} 個警告，{2} 條提示', en: '{0} error(s), {1} warning(s), {2} note(s)' },
  statusName: { cn: '政府信息公开年度报告', tw: '政府信息公開年度報告', en: 'Disclosure report' },
  showProblems: { cn: '查看问题', tw: '查看問題', en: 'Show problems' },
  notReport: { cn: '不是年度报告', tw: '不是年度報告', en: 'Not an annual report' },
} as const;

export type MessageKey = keyof typeof M;

export function locale(): 'cn' | 'tw' | 'en' {
  const forced = vscode.workspace.getConfiguration('disclosureReport').get<string>('locale', 'auto');
  const tag = (forced && forced !== 'auto' ? forced : vscode.env.language).toLowerCase();
  if (tag.startsWith('zh-tw') || tag.startsWith('zh-hk') || tag.startsWith('zh-hant') || tag === 'zh-mo') return 'tw';
  if (tag.startsWith('zh')) return 'cn';
  return 'en';
}

export function t(key: MessageKey, ...args: (string | number)[]): string {
  return M[key][locale()].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
}
