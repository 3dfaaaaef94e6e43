/** The columns of the one-line-per-report summary, shared by the CLI's `--summary` and the editor's 检查全部报告 view. */
export const SUMMARY_HEADINGS = {
  agency: { cn: '机关', tw: '機關', en: 'Agency' },
  year: { cn: '年度', tw: '年度', en: 'Year' },
  form: { cn: '格式', tw: '格式', en: 'Form' },
  errors: { cn: '错误', tw: '錯誤', en: 'Errors' },
  warnings: { cn: '警告', tw: '警告', en: 'Warnings' },
  file: { cn: '文件', tw: '檔案', en: 'File' },
} as const;
