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
        const d = await diagnostics(uri, (d) => d.length === 3 && d.every((x) => codeOf(x) === 'table-missing' && x.message.startsWith('Section')), 'English table-missing messages');
        assert.match(d[0].message, /^Section “II\. Proactive disclosure” has no table II/);
      } finally {
        await conf().update('locale', was, vscode.ConfigurationTarget.Global);
      }
      await diagnostics(uri, (d) => d.length === 3 && d.every((x) => /部分缺少表/.test(x.message)), 'Chinese messages again');
    },
  },
];
