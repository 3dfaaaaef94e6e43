// Loads a workbench URL (e.g. the one `npm start` prints) in Debian's Chromium and saves a screenshot:
//
//   node scripts/editors/screenshot.mjs URL OUT.png [MIN_TABS]
//
// Waits for the workbench and the explorer, then for at least MIN_TABS editor tabs (default 1) and
// for the report language in the status bar. Prints the open tabs. Exit 1 if the workbench never loads.
import { launchChromium, useE2eEnv } from './setup.mjs';

const [url, out, minTabs = '1'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/editors/screenshot.mjs URL OUT.png [MIN_TABS]');
  process.exit(2);
}
useE2eEnv();
const browser = await launchChromium();
let code = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const t0 = Date.now();
  await page.goto(url);
  await page.locator('.explorer-folders-view').waitFor({ timeout: 60000 });
  await page.waitForFunction((n) => document.querySelectorAll('.tabs-container .tab').length >= n, Number(minTabs), { timeout: 30000 }).catch((e) => {
    console.error(`fewer than ${minTabs} tabs: ${e.message.split('\n')[0]}`);
    code = 1;
  });
  await page.locator('#status\\.editor\\.mode:has-text("政府信息公开年度报告")').waitFor({ timeout: 20000 }).catch(() => console.error('the status bar does not show the report language'));
  console.log(`tabs (${((Date.now() - t0) / 1000).toFixed(1)} s): ${(await page.locator('.tabs-container .tab').allInnerTexts()).map((t) => t.split('\n')[0]).join(', ')}`);
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} catch (e) {
  console.error(e.message);
  code = 1;
} finally {
  await browser.close();
}
process.exit(code);
