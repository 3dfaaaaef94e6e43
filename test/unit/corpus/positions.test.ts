import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/corpus/positions';

/** The editor library's positions: what LineIndex must give for every offset. */
function expected(text: string, offset: number) {
  return TextDocument.create('file:///x.txt', 'disclosure-report', 1, text).positionAt(offset);
}

describe('LineIndex (offsets → positions for other files and budgeted publishes)', () => {
  const texts = {
    'LF only': '一、总体情况\n本年新收申请15件。\n\n| 规章 | 1 | 0 | 3 |\n',
    'CRLF': '一、总体情况\r\n本年新收申请15件。\r\n\r\n| 规章 | 1 |\r\n',
    'lone CR and mixed': '标题\r一、总体情况\r\n正文\n\r末行',
    'no break': '（七）总计 1 2 3',
    'break first and last': '\n正文\n',
    empty: '',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`gives the editor's position at every offset: ${name}`, () => {
      const lines = new LineIndex(text);
      for (let i = 0; i <= text.length; i++) assert.deepStrictEqual(lines.positionAt(i), expected(text, i), `offset ${i}`);
    });
  }
});
