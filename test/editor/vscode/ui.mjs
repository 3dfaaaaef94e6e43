// The Playwright UI test: what a user sees in the workbench (code-server 4.100.3, English UI, setting
// disclosureReport.locale = zh-cn). One report, suqian-2021-wrong-total.txt: seed 001 (traditional
// script, one cell per line) with （一）予以公开's total changed from 16 to 17. Every step is a test and
// leaves a screenshot in test-results/vscode/.
import { existsSync, readFileSync } from 'node:fs';
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

  let detail = '';
  /** A measured figure to show beside the step's result. */
  const note = (s) => {
    detail = s;
  };
  async function step(name, shot, fn) {
    const t0 = Date.now();
    detail = '';
    let error;
    try {
      await fn();
    } catch (e) {
      error = e;
    }
    const file = path.join(shots, `${String(++n).padStart(2, '0')}-${shot}${error ? '-FAILED' : ''}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    record(name, !error, error ? `${error.message.split('\n')[0]} (screenshot ${path.relative(process.cwd(), file)})` : `${path.basename(file)}${detail ? ` — ${detail}` : ''}`, Date.now() - t0);
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
    // The list re-sorts as it filters: pick the entry by keyboard once it is the focused one.
    const focused = page.locator('.quick-input-list .monaco-list-row.focused').filter({ hasText: words });
    for (let i = 0; i < 10 && !(await focused.count()); i++) await page.keyboard.press('ArrowDown');
    await focused.first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
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
  /** Shows or hides the panel and the side bar, whatever state earlier steps left them in. */
  const show = async (part, visible) => {
    const el = page.locator(part === 'panel' ? '.part.panel' : '.part.sidebar').first();
    const now = (await el.count()) > 0 && (await el.isVisible());
    if (now !== visible) await page.keyboard.press(part === 'panel' ? 'Control+J' : 'Control+B');
  };
  const openFile = async (name) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(name);
    // Enter only once the list has caught up with the typing: the focused entry is the file.
    await page.locator(`.quick-input-list .monaco-list-row.focused:has-text("${name}")`).first().waitFor({ timeout: T }).catch(() => {
      throw new Error(`Ctrl+P: ${name} is not the first entry`);
    });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active:has-text("${name}")`).waitFor({ timeout: T }).catch(() => {
      throw new Error(`Ctrl+P: ${name} did not open`);
    });
  };

  await step('「检查全部报告」 (F1, found by its Chinese name in an English UI) checks every report and shows the summary, one row per report', 'check-all', async () => {
    await palette('检查全部报告');
    const frame = await webview('table#summary');
    await frame.locator('table#summary tr:has-text("songjiang-2024.txt")').waitFor({ timeout: T });
    const rows = await frame.locator('table#summary tbody tr').count();
    // Six reports, the GBK file among them: read as GB18030 from the disk, as the CLI reads it.
    if (rows !== 6) throw new Error(`${rows} summary rows`);
    await frame.locator('table#summary tr:has-text("wenzhou-gbk.txt")').waitFor({ timeout: T });
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

  await step('「导入网页、Word 或 PDF 年度报告」 asks for a page and opens it as a report, its tables as pipe rows', 'import', async () => {
    await palette('导入网页、Word 或 PDF 年度报告');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: T });
    // code-server's file dialog fills in the workspace folder once it has listed it, and that
    // overwrites anything typed before: wait for the listing, then type the path and check it stayed.
    await page.locator('.quick-input-list .monaco-list-row:has-text("gwh_2022.html")').first().waitFor({ timeout: T });
    const want = path.join(ws, 'gwh_2022.html');
    for (let attempt = 1; ; attempt++) {
      await input.fill(want);
      await page.waitForTimeout(300);
      if ((await input.inputValue()) === want) break;
      if (attempt === 3) throw new Error(`the dialog's path is ${await input.inputValue()}`);
    }
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
    await input.fill('２０２５年'); // (as a Chinese input method in full-width mode types it)
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: T });
    await page.keyboard.press('Enter'); // pipe rows
    await page.waitForTimeout(300);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: T });
    await page.keyboard.press('Enter'); // simplified
    await page.locator('.tab.active:has-text("某某市某某局2025年")').waitFor({ timeout: 30000 });
    await line('某某市某某局2025年政府信息公开工作年度报告').waitFor({ timeout: T });
  });

  await step('Ctrl+S on the new report after a figure is typed: fix-all on save (editor.codeActionsOnSave) sets its total on disk', 'fix-on-save-keys', async () => {
    // (A review found nothing happened on Ctrl+S while the in-host test, which saves through the API, passed.)
    const file = path.join(ws, '某某市某某局2025年政府信息公开工作年度报告.report.txt');
    const before = readFileSync(file, 'utf8');
    const m = /\| 一、本年新收政府信息公开申请数量[^|]*\| 0/.exec(before);
    if (!m) throw new Error('no 一、本年新收 row in the new report');
    const lineNo = before.slice(0, m.index).split('\n').length;
    // Where the cursor is, as the status bar says it (「Ln 37, Col 48 (1 selected)」).
    const where = async () => (await page.locator('[id="status.editor.selection"]').innerText().catch(() => '')).trim();
    // (A key press lost while the editor is busy put the 3 in the label's padding once — 「…数量   3| 0」 —, the row then
    // having no figure to total: the cursor is placed again until the status bar shows it on the first figure.)
    for (let attempt = 1; ; attempt++) {
      await gotoLine(lineNo);
      await page.keyboard.press('Home');
      // To the first figure (the row starts its line): past the label cell and its separator.
      for (let i = 0; i < m[0].length - 1; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.waitForTimeout(200);
      const at = await where();
      const [ln, col] = (/(\d+)\D+(\d+)/.exec(at) ?? []).slice(1).map(Number);
      if (ln === lineNo && col === m[0].length + 1) break;
      if (attempt === 3) throw new Error(`the cursor is not on the first figure: ${at}, not Ln ${lineNo}, Col ${m[0].length + 1}`);
    }
    await page.keyboard.type('3');
    await editor.locator('.squiggly-error').first().waitFor({ state: 'visible', timeout: 30000 });
    await page.keyboard.press('Control+S');
    const deadline = Date.now() + 20000;
    let after = '';
    for (;;) {
      after = readFileSync(file, 'utf8');
      const row = after.split('\n')[lineNo - 1] ?? '';
      const figures = row.split('|').slice(2, 9).map((c) => c.trim());
      if (figures[0] === '3' && figures[6] === '3') break;
      if (Date.now() > deadline) throw new Error(`on disk after Ctrl+S: ${row.replace(/\u3000/g, ' ')}`);
      await page.waitForTimeout(300);
    }
    note('一、本年新收·总计 3 on disk');
  });

  /**
   * The x position (px) of every `|` on each rendered line of the active editor that starts with one,
   * top to bottom, with the width of a CJK and of a Latin character in the editor's font.
   */
  const separators = () => page.evaluate(() => {
    const ed = document.querySelector('.editor-group-container.active .monaco-editor');
    const out = [];
    for (const l of ed.querySelectorAll('.view-line')) {
      const text = l.textContent;
      if (!text.startsWith('|')) continue;
      const xs = [];
      const walker = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < n.data.length; i++) {
          if (n.data[i] !== '|') continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          xs.push(r.getBoundingClientRect().left);
        }
      }
      out.push({ top: l.getBoundingClientRect().top, text: text.slice(0, 24), xs });
    }
    out.sort((a, b) => a.top - b.top);
    // The font's widths, as drawn in these lines: the first CJK character and the first digit.
    const probe = (re) => {
      for (const l of ed.querySelectorAll('.view-line')) {
        const walker = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.search(re);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          return r.getBoundingClientRect().width;
        }
      }
      return NaN;
    };
    return { lines: out, cjk: probe(/[\u4e00-\u9fff]/), latin: probe(/[0-9]/) };
  });

  await step('「格式化表格」 lines table 三 up in VS Code’s default font: the separators of consecutive rows within 2 px', 'aligned', async () => {
    // One editor group, no side bar, no panel: the width and height a user gives a table.
    await palette('View: Single Column Editor Layout');
    await openFile('songjiang-2024.txt');
    await show('sidebar', false);
    await show('panel', false);
    await editor.click({ position: { x: 300, y: 200 } });
    await page.keyboard.press('Control+F');
    await page.keyboard.type('一、本年新收');
    await page.keyboard.press('Escape');
    await palette('格式化表格');
    await line(/^\|\s一、本年新收政府信息公开申请数量[\u3000\s]+\|/).waitFor({ timeout: T });
    // The formatted table is the first of the page's two copies: show it from its header down.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+F');
    await page.keyboard.type('(本列数据');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500); // the editor's smooth scroll
    const { lines, cjk, latin } = await separators();
    // The rows of table 三 on screen: nine separators each (a label column and seven figures).
    const rows = lines.filter((l) => l.xs.length === 9);
    if (rows.length < 12) throw new Error(`only ${rows.length} table rows on screen: ${JSON.stringify(lines.map((l) => [l.text, l.xs.length]))}`);
    let worst = 0;
    for (let i = 1; i < rows.length; i++) for (let c = 0; c < 9; c++) worst = Math.max(worst, Math.abs(rows[i].xs[c] - rows[i - 1].xs[c]));
    // Rows with cells over several columns (header words, group labels): each separator on a column line.
    for (const l of lines.filter((x) => x.xs.length < 9 && x.xs.length > 1)) {
      for (const x of l.xs) worst = Math.max(worst, Math.min(...rows[0].xs.map((y) => Math.abs(x - y))));
    }
    const ratio = cjk / latin;
    if (worst > 2) throw new Error(`separators move by up to ${worst.toFixed(1)} px between rows (CJK/Latin width ${ratio.toFixed(2)})`);
    // The default font draws a CJK character narrower than two Latin ones (about 1.66): counting CJK as
    // two columns would put the separators of a label row and a figure row far apart here.
    if (!(Math.abs(ratio - 2) > 0.1)) throw new Error(`this editor font draws CJK ${ratio.toFixed(2)}× Latin: it cannot tell the layouts apart`);
    note(`${rows.length} rows, separators within ${worst.toFixed(1)} px; CJK/Latin width in this font ${ratio.toFixed(2)}; first figure at x = ${Math.round(rows[0].xs[1])} px`);
  });

  await step('a report pasted into a new untitled editor is recognised and checked', 'pasted', async () => {
    await show('sidebar', true);
    await palette('File: New Untitled Text File');
    await page.locator('.tab.active:has-text("Untitled")').waitFor({ timeout: T });
    await editor.click({ position: { x: 300, y: 100 } });
    await page.keyboard.insertText(readFileSync(path.join(ws, 'gwh-2022-glued.txt'), 'utf8'));
    await page.locator(`#status\\.editor\\.mode:has-text("${LANGUAGE_ALIAS}")`).waitFor({ timeout: 30000 });
    // Checked: the glued tables' code lens (figures inferred, restore the separators) above the text.
    await editor.locator('.codelens-decoration:has-text("恢复分隔符")').first().waitFor({ timeout: 30000 });
  });

  await step('a GBK file shows as mojibake: the extension says so and, reopened as GBK, it is checked', 'gbk', async () => {
    await palette('Revert and Close Editor').catch(() => {});
    await openFile('wenzhou-gbk.txt');
    const toast = page.locator('.notifications-toasts .notification-toast:has-text("不是 UTF-8 编码")').first();
    await toast.waitFor({ timeout: 30000 });
    await page.waitForTimeout(800); // the toast slides in: let the screenshot show it whole
    await page.screenshot({ path: path.join(shots, `${String(n + 1).padStart(2, '0')}-gbk-question.png`) });
    n++;
    await toast.locator('a.monaco-button:has-text("用其他编码重新打开")').first().click();
    // VS Code asks: reopen or save with an encoding; then which one (GBK guessed from the bytes).
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: T });
    await page.locator('.quick-input-list .monaco-list-row:has-text("Reopen")').first().click();
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type('gbk');
    await page.locator('.quick-input-list .monaco-list-row:has-text("GBK")').first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
    await line('温州市人力资源和社会保障局').waitFor({ timeout: 30000 });
    await page.locator(`#status\\.editor\\.mode:has-text("${LANGUAGE_ALIAS}")`).waitFor({ timeout: 30000 });
  });

  await step('「请核对这四个数」 on an unbalanced column highlights the four figures and selects the first (one cursor)', 'four-cells', async () => {
    await openFile('changning-balance-off.txt');
    await show('panel', false); // the whole table on screen
    await editor.click({ position: { x: 300, y: 200 } });
    await page.keyboard.press('Control+F');
    await page.keyboard.type('四、结转下年度继续办理');
    await page.keyboard.press('Escape');
    const squiggle = editor.locator('.squiggly-error').first();
    await squiggle.waitFor({ state: 'visible', timeout: 30000 });
    // (The editor may still be laying the lines out after the find: the squiggle can be between two
    // renderings, with no box, for a moment — seen once in a full run.)
    let box = null;
    for (let k = 0; k < 25 && !box; k++) {
      box = await squiggle.boundingBox();
      if (!box) await page.waitForTimeout(200);
    }
    if (!box) throw new Error('the squiggle is on no line drawn');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row:has-text("请核对这四个数")').first().waitFor({ state: 'visible', timeout: T });
    // Down the menu to the entry, then Enter (as a user does with the keyboard).
    for (let i = 0; i < 8 && !(await page.locator('.action-widget .monaco-list-row.focused:has-text("请核对这四个数")').count()); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The first figure selected, one cursor (typing goes into that cell only); the four highlighted, not selected.
    await page.locator('.statusbar-item:has-text("(1 selected)")').first().waitFor({ timeout: T });
    await page.waitForFunction(() => document.querySelectorAll('.editor-group-container.active .cursors-layer .cursor').length === 1, null, { timeout: T });
    const selected = await editor.locator('.selected-text').count();
    if (selected !== 1) throw new Error(`${selected} selections drawn`);
  });

  await step('「转换为繁体（预览）」 asks in a modal dialog, beside the diff; 应用 converts and closes the preview', 'convert-preview', async () => {
    await page.keyboard.press('Escape');
    await palette('Convert to Traditional Chinese, with Preview');
    const dialog = page.locator('.monaco-dialog-box').first();
    await dialog.waitFor({ state: 'visible', timeout: 30000 });
    if (!(await dialog.innerText()).includes('应用这次转换')) throw new Error(`dialog: ${await dialog.innerText()}`);
    // The diff of the preview is open behind the question.
    const tabs = await page.locator('.tab').allInnerTexts();
    if (!tabs.some((x) => x.includes('预览'))) throw new Error(`no preview tab: ${tabs.join(' / ')}`);
    await page.screenshot({ path: path.join(shots, `${String(n + 1).padStart(2, '0')}-convert-question.png`) });
    n++;
    await dialog.locator('.monaco-button:has-text("应用")').first().click();
    await dialog.waitFor({ state: 'hidden', timeout: T });
    await page.locator('.tab:has-text("预览")').first().waitFor({ state: 'detached', timeout: T });
    await line('四、結轉下年度繼續辦理').waitFor({ timeout: T });
  });

  await step('a Markdown file that is no report has no 「不是年度报告」 language status (every README.md had one: found by a review)', 'markdown-status', async () => {
    await openFile('meeting-notes.md');
    // (Time for the extension to ask the server and set its item's selector.)
    await page.waitForTimeout(2500);
    const status = page.locator('[id="status.languageStatus"]').first();
    if ((await status.count()) && (await status.isVisible())) {
      await status.hover();
      await page.waitForTimeout(1500);
      const hover = (await page.locator('.monaco-hover, .context-view').allInnerTexts()).join(' ');
      if (/不是年度报告|Not an annual report/.test(hover)) throw new Error(`language status: ${hover}`);
    }
  });
}
