// Writes schemas/disclosure-report.schema.json, the JSON schema of a project's .disclosure-report.json, from the
// checks themselves (their codes and descriptions): VS Code validates the file and completes its keys with it
// (package.json contributes.jsonValidation). Needs the build (out/). A test runs it with --check.
// Run: npx tsc -p . && node scripts/gen-schema.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { CHECKS } = require(path.join(root, 'out', 'server', 'src', 'checks', 'registry.js'));
const severity = (d) => ({
  enum: ['error', 'warning', 'information', 'hint', 'off'],
  markdownEnumDescriptions: ['错误 · error', '警告 · warning', '提示 · information', '暗示 · hint', '关闭 · off'],
  description: `${d.cn}\n${d.en}`,
});
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: '.disclosure-report.json',
  description: '政府信息公开年度报告检查的项目设置（命令行和 VS Code 共用）\nProject settings of the annual-report checks (the command line and VS Code)',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    checks: {
      type: 'object',
      description: '各项检查的严重程度，或 off 关闭\nEach check’s severity, or off',
      properties: Object.fromEntries(CHECKS.map((c) => [c.code, severity(c.description)])),
      additionalProperties: false,
    },
    conversion: {
      type: 'object',
      description: '简繁转换\nConversion between the scripts',
      properties: {
        protect: { type: 'array', items: { type: 'string' }, description: '转换时保留原样的词语（可用 * 通配，如「《*》」）\nTerms kept as written (* matches any text, as in 《*》)' },
        traditional: { enum: ['t', 'tw', 'twp', 'hk'], description: '繁体的写法：t（OpenCC 标准）、tw（台湾字形）、twp（台湾用词）、hk（香港字形）\nThe traditional variant: t, tw, twp (Taiwan phrases), hk' },
      },
      additionalProperties: false,
    },
    locale: { enum: ['auto', 'zh-cn', 'zh-tw', 'en'], description: '提示信息的语言\nThe language of the messages' },
  },
  additionalProperties: false,
};
const file = path.join(root, 'schemas', 'disclosure-report.schema.json');
const text = JSON.stringify(schema, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let now = '';
  try {
    now = readFileSync(file, 'utf8');
  } catch {}
  if (now !== text) {
    console.log('stale: schemas/disclosure-report.schema.json');
    process.exit(1);
  }
} else writeFileSync(file, text);
