/**
 * Pages and Word files made to be slow to import, each imported in this process: the time to its answer (imported or
 * refused) and the answer. Before the limits of parsePage.ts, xmlDepth.ts and html.ts's MAX_HEADINGS, the first took
 * 252 s, the third never finished, the second over two minutes.
 */
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { importBytes } from '../server/src/import/engine';
import { refusalOf } from '../server/src/import/limits';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const utf8 = (s: string) => new TextEncoder().encode(s);

async function docx(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', documentXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const CASES: [string, string, () => Promise<Uint8Array>][] = [
  ['200,000 <div> inside one another', 'a.html', async () => utf8('<html><body>' + '<div>'.repeat(200_000) + '一、总体情况' + '</div>'.repeat(200_000) + '</body></html>')],
  [
    '100,000 headings in hidden-class paragraphs',
    'b.html',
    async () => {
      const css = Array.from({ length: 5000 }, (_, i) => `.c${i}{display:none}`).join('\n');
      return utf8(`<html><head><style>${css}</style></head><body>` + Array.from({ length: 100_000 }, (_, i) => `<p class="c${i % 7000} x">一、总体情况 ${i}</p>`).join('') + '</body></html>');
    },
  ],
  ['Word: 100,000 unclosed <w:p>', 'c.docx', () => docx(`<w:document ${W}><w:body>` + '<w:p>'.repeat(100_000) + '</w:body>')],
  ['Word: 41 MB of text in a small zip', 'd.docx', () => docx(`<w:document ${W}><w:body><w:p><w:r><w:t>` + 'a'.repeat(41_000_000) + '</w:t></w:r></w:p></w:body></w:document>')],
];

export async function adversarialImports(): Promise<void> {
  console.log('\n5. Import of pages and Word files made to be slow (in this process; the answer and its time)');
  for (const [what, name, make] of CASES) {
    const bytes = await make();
    const t = performance.now();
    let answer: string;
    try {
      const out = await importBytes(name, bytes);
      answer = `imported, ${out.text.length} characters`;
    } catch (e) {
      answer = `refused: ${refusalOf(e) ?? (e as Error).message}`;
    }
    const ms = performance.now() - t;
    console.log(`   ${what.padEnd(46)} ${(bytes.length / 1e6).toFixed(2).padStart(6)} MB  ${ms.toFixed(0).padStart(6)} ms  ${answer}`);
  }
}
