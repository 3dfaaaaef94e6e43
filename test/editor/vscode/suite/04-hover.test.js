// Hovers through vscode.executeHoverProvider on seed 001: a total shows its formula with ✓, the title
// a summary of the whole report.
const assert = require('node:assert/strict');
const { openReport, docOf, positionOf, hoverText, waitFor } = require('./helpers');

const SEED_001 = '001_72945e47686616df.txt';
const TOTAL = /((?:\(一\)|（一）)予以公[開开] \|\r?\n(?:\d+ \|\r?\n){6})16 \|/;

module.exports = [
  {
    name: 'hover on （一）予以公开\'s total 16 shows 「总计 = 15 + 0 + 0 + 0 + 1 + 0 = 16 ✓」',
    async run() {
      const uri = await openReport(SEED_001);
      const doc = docOf(uri);
      const m = TOTAL.exec(doc.getText());
      assert.ok(m, 'seed 001 has the total');
      const pos = doc.positionAt(m.index + m[1].length + 1); // inside "16"
      const text = await waitFor(async () => {
        const t = await hoverText(uri, pos);
        return t.includes('总计 =') && t;
      }, 'a hover with the formula');
      assert.ok(text.includes('**（一）予以公开·总计**：16'), text);
      assert.ok(text.includes('总计 = 15 + 0 + 0 + 0 + 1 + 0 = 16 ✓'), text);
    },
  },
  {
    name: 'hover on the title shows the report summary with 公开率',
    async run() {
      const uri = await openReport(SEED_001);
      const pos = positionOf(docOf(uri), '宿遷市', 2);
      assert.equal(pos.line, 0);
      const text = await waitFor(async () => {
        const t = await hoverText(uri, pos);
        return t.includes('公开率') && t;
      }, 'a title hover with 公开率');
      assert.ok(text.includes('2021'), text);
    },
  },
];
