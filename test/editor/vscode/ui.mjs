// The Playwright UI test: what a user sees in the workbench (code-server 4.100.3, English UI, setting
// disclosureReport.locale = zh-cn). One report, suqian-2021-wrong-total.txt: seed 001 (traditional
// script, one cell per line) with （一）予以公开's total changed from 16 to 17. Every step is a test and
// leaves a screenshot in test-results/vscode/.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const FILE = 'suqian-2021-wrong-total.txt';
const LANGUAGE_ALIAS = '政府信息公开年度报告';
const ROW_TOTAL = '（一）予以公开·总计 应为 16（15+0+0+0+1+0），实为 17';
const FIX_TITLE = '将「（一）予以公开·总计」改为 16';
const FORMULA = '总计 = 15 + 0 + 0 + 0 + 1 + 0 = 16 ✓';
const TITLE_TRADITIONAL = '宿遷市人力資源和社會保障局2021年政府信息公開年度工作報告';
const TITLE_SIMPLIFIED = '宿迁市人力资源和社会保障局2021年政府信息公开年度工作报告';
// The palette shows commands in the UI language: English here ("Disclosure Report: Convert to
// Simplified Chinese"); with a Chinese display language it is 「政府信息公开年度报告: 转换为简体」.
const CONVERT = { en: 'Disclosure Report: Convert to Simplified Chinese (转换为简体)', 'zh-cn': '政府信息公开年度报告: 转换为简体' };

const T = 15000;

export async function uiTests({ page, url, ws, shots, record, uiLanguage = 'en' }) {
  let n = 0;
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  /** A `.view-line` whose text (spaces rendered as U+00A0) matches `re`. */
  const line = (re) => editor.locator('.view-line').filter({ hasText: re }).first();

  async function step(name, shot, fn) {
    const t0 = Date.now();
    let error;
    try {
      await fn();
    } catch (e) {
      error = e;
    }
    const file = path.join(shots, `${String(++n).padStart(2, '0')}-${shot}${error ? '-FAILED' : ''}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    record(name, !error, error ? `${error.message.split('\n')[0]} (screenshot ${path.relative(process.cwd(), file)})` : path.basename(file), Date.now() - t0);
    return !error;
  }

  const gotoLine = async (lineNumber) => {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(String(lineNumber));
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
  };

  await step(`the workbench opens ${FILE} (Ctrl+P)`, 'opened', async () => {
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view').waitFor({ timeout: 60000 });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(FILE);
    await page.locator(`.quick-input-list .monaco-list-row:has-text("${FILE}")`).first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active:has-text("${FILE}")`).waitFor({ timeout: T });
    await line(TITLE_TRADITIONAL).waitFor({ timeout: T });
  });

  await step(`the status bar shows the language 「${LANGUAGE_ALIAS}」`, 'language', async () => {
    await page.locator(`#status\\.editor\\.mode:has-text("${LANGUAGE_ALIAS}")`).waitFor({ timeout: 30000 });
  });

  await step('the wrong total 17 is underlined (.squiggly-error)', 'squiggle', async () => {
    await editor.click({ position: { x: 200, y: 10 } });
    await gotoLine(102);
    await line(/^17\s\|$/).waitFor({ timeout: T });
    await editor.locator('.squiggly-error').first().waitFor({ state: 'visible', timeout: 30000 });
  });

  await step(`the Problems panel (Ctrl+Shift+M) lists 「${ROW_TOTAL}」`, 'problems', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator(`.markers-panel .monaco-list-row:has-text("${ROW_TOTAL}")`).first().waitFor({ timeout: T });
    await page.locator('.markers-panel .monaco-list-row:has-text("row-total")').first().waitFor({ timeout: T });
  });

  await step(`Ctrl+. on the squiggle offers 「${FIX_TITLE}」 as the preferred fix`, 'quickfix-menu', async () => {
    const squiggle = editor.locator('.squiggly-error').first();
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('no squiggle on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    // The preferred fix is the focused (first) entry of the menu.
    await page.locator(`.action-widget .monaco-list-row.focused:has-text("${FIX_TITLE}")`).first().waitFor({ state: 'visible', timeout: T });
  });

  await step('applying the quick fix sets the total to 16 and the squiggle goes away', 'fixed', async () => {
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: T });
    await line(/^16\s\|$/).waitFor({ timeout: T });
    await editor.locator('.squiggly-error').first().waitFor({ state: 'detached', timeout: T });
    await page.locator(`.markers-panel .monaco-list-row:has-text("${ROW_TOTAL}")`).first().waitFor({ state: 'detached', timeout: T });
  });

  await step(`hovering the total shows 「${FORMULA}」`, 'hover', async () => {
    // Playwright's hover() waits for the token to stand still (the editor may still be scrolling). The
    // mouse is still where it clicked the squiggle, so leave the editor first: Monaco starts a hover on
    // a mouse move. Up to three tries, each waiting 5 s for the hover.
    const token = line(/^16\s\|$/).locator('span span').first();
    const hover = page.locator('.monaco-hover').filter({ hasText: FORMULA }).first();
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(700, 20); // the title bar
      const box = await token.boundingBox();
      await token.hover({ position: { x: Math.max(1, (box?.width ?? 16) * 0.7), y: (box?.height ?? 16) / 2 } });
      try {
        await hover.waitFor({ state: 'visible', timeout: 5000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    const text = await hover.innerText();
    if (!text.includes('（一）予以公开·总计')) throw new Error(`hover text: ${text}`);
  });

  await step(`「转换为简体」 from the command palette (F1: "${CONVERT[uiLanguage]}") simplifies the report`, 'converted', async () => {
    await page.keyboard.press('Escape');
    await editor.click({ position: { x: 300, y: 200 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(CONVERT[uiLanguage]);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: CONVERT[uiLanguage] }).filter({ hasNotText: /Preview|预览/ }).first();
    await row.waitFor({ timeout: T });
    await page.screenshot({ path: path.join(shots, `${String(n + 1).padStart(2, '0')}-palette.png`) });
    n++;
    await row.click();
    await line(TITLE_SIMPLIFIED).waitFor({ timeout: 30000 });
    if (await line(TITLE_TRADITIONAL).count()) throw new Error('the traditional title is still there');
    // The report is simplified now: the mixed-script notes (simplified characters in a traditional
    // report) leave the Problems panel.
    await page.locator('.markers-panel .monaco-list-row:has-text("mixed-script")').first().waitFor({ state: 'detached', timeout: T });
  });

  /** Runs a palette command found by (part of) its title. */
  const palette = async (words) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(words);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: words }).first();
    await row.waitFor({ timeout: T });
    await row.click();
  };
  /** The webview frame that shows `selector` (webviews are nested iframes). */
  const webview = async (selector, timeout = 30000) => {
    const until = Date.now() + timeout;
    for (;;) {
      for (const f of page.frames()) {
        try {
          if (await f.locator(selector).count()) return f;
        } catch {
          /* a frame going away */
        }
      }
      if (Date.now() > until) throw new Error(`no webview shows ${selector}`);
      await page.waitForTimeout(200);
    }
  };
  const openFile = async (name) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(name);
    await page.locator(`.quick-input-list .monaco-list-row:has-text("${name}")`).first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active:has-text("${name}")`).waitFor({ timeout: T });
  };

  await step('「检查全部报告」 (F1, found by its Chinese name in an English UI) checks every report and shows the summary, one row per report', 'check-all', async () => {
    await palette('检查全部报告');
    const frame = await webview('table#summary');
    await frame.locator('table#summary tr:has-text("songjiang-2024.txt")').waitFor({ timeout: T });
    const rows = await frame.locator('table#summary tbody tr').count();
    if (rows !== 4) throw new Error(`${rows} summary rows`);
    // The reports that are not open have their findings in the Problems panel too (filtered: the list is long).
    await page.keyboard.press('Control+Shift+M');
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.click();
    await filter.fill('carry-over');
    await page.locator('.markers-panel .monaco-list-row:has-text("carry-over")').first().waitFor({ timeout: T });
    await filter.fill('');
  });

  await step('「导出统计数据」 asks where to save and writes the workbook', 'export', async () => {
    await palette('导出统计数据');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: T });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(shots, `${String(n + 1).padStart(2, '0')}-export-dialog.png`) });
    n++;
    await page.keyboard.press('Enter');
    await page.locator('.notifications-toasts .notification-toast:has-text("已导出")').first().waitFor({ timeout: 30000 });
    if (!existsSync(path.join(ws, '年度报告统计.xlsx'))) throw new Error('no 年度报告统计.xlsx in the workspace');
  });

  await step('「查看历年统计」 on songjiang-2024.txt shows the agency’s years as a chart and a table', 'trend', async () => {
    await openFile('songjiang-2024.txt');
    await editor.click({ position: { x: 300, y: 200 } });
    await palette('查看历年统计');
    const frame = await webview('table#figures');
    await frame.locator('svg polyline').first().waitFor({ state: 'attached', timeout: T });
    const years = await frame.locator('table#figures th a').allInnerTexts();
    if (years.join(',') !== '2023,2024') throw new Error(`years: ${years}`);
  });

  await step('「导入网页或 Word 年度报告」 asks for a page and opens it as a report, its tables as pipe rows', 'import', async () => {
    await palette('导入网页或 Word 年度报告');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: T });
    await input.fill(path.join(ws, 'gwh_2022.html'));
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.locator('.tab.active:has-text("gwh_2022.report.txt")').waitFor({ timeout: 30000 });
    await line('平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告').waitFor({ timeout: T });
    // Show table 三: its rows are pipe rows, cell by cell.
    await editor.click({ position: { x: 300, y: 200 } });
    await page.keyboard.press('Control+F');
    await page.keyboard.type('一、本年新收');
    await page.keyboard.press('Escape');
    await line(/一、本年新收政府信息公开申请数量\s*\|/).waitFor({ timeout: T });
  });

  await step('「新建年度报告」 asks for the agency, the year, the layout and the script, and opens the new report', 'new-report', async () => {
    await palette('新建年度报告');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type('某某市某某局');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await input.fill('2025');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: T });
    await page.keyboard.press('Enter'); // pipe rows
    await page.waitForTimeout(300);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: T });
    await page.keyboard.press('Enter'); // simplified
    await page.locator('.tab.active:has-text("某某市某某局2025年")').waitFor({ timeout: 30000 });
    await line('某某市某某局2025年政府信息公开工作年度报告').waitFor({ timeout: T });

  });
}
