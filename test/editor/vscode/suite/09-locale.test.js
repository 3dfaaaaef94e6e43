// disclosureReport.locale = en makes the messages English (runs last; restores zh-cn).
const assert = require('node:assert/strict');
const { vscode, openReport, diagnostics, codeOf } = require('./helpers');

module.exports = [
  {
    name: 'disclosureReport.locale = en gives English messages (table-missing starts with "Section")',
    async run() {
      const conf = () => vscode.workspace.getConfiguration('disclosureReport');
      const was = conf().inspect('locale').globalValue;
      const uri = await openReport('002_9419df82f7924411.txt');
      await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-missing'), 'table-missing');
      try {
        await conf().update('locale', 'en', vscode.ConfigurationTarget.Global);
        // (table-missing's three; the workspace holds another copy of this report, which year-duplicate names.)
        const missing = (d) => d.filter((x) => codeOf(x) === 'table-missing');
        const d = missing(await diagnostics(uri, (d) => missing(d).length === 3 && missing(d).every((x) => x.message.startsWith('Section')), 'English table-missing messages'));
        assert.match(d[0].message, /^Section “II\. Proactive disclosure” has no table II/);
      } finally {
        await conf().update('locale', was, vscode.ConfigurationTarget.Global);
      }
      await diagnostics(uri, (d) => { const m = d.filter((x) => codeOf(x) === 'table-missing'); return m.length === 3 && m.every((x) => /部分缺少表/.test(x.message)); }, 'Chinese messages again');
    },
  },
];
