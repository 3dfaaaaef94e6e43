/**
 * A Word report (.docx) turned into report text: its XML first made to say what Word shows
 * (wordXml.ts: numbers of numbered paragraphs, tracked moves, fields, hidden text, rows' missing
 * cells), then mammoth reads the document into HTML — paragraphs, and tables with their merged
 * cells — and the HTML import does the rest, so both ways in give the same text for the same report.
 */
import mammoth from 'mammoth';
import { decodeHtml } from '../page/decode';
import { htmlToReport, type Imported } from '../page/html';
import { isMhtml, mhtmlPage } from '../page/mhtml';
import { CHUNK_MARK, prepareDocx } from './wordXml';

export async function docxToReport(bytes: Buffer): Promise<Imported> {
  const { bytes: prepared, chunks } = await prepareDocx(bytes);
  const { value: converted } = await mammoth.convertToHtml({ buffer: prepared });
  // (A footnote's and an endnote's back-link, mammoth's 「↑」, is no word of the report: it was imported after the note.)
  const value = converted.replace(/\s*<a href="#(?:footnote|endnote)-ref-[^"]*">\u2191<\/a>/g, '');
  // A page brought in whole (altChunk) where its mark stands: its body's markup, decoded as a page is.
  const html = chunks.length ? value.replace(new RegExp(`<p>${CHUNK_MARK}(\\d+)</p>`, 'g'), (_, k: string) => chunkBody(chunks[Number(k)])) : value;
  return htmlToReport(html);
}

function chunkBody(bytes: Uint8Array): string {
  let html: string;
  if (isMhtml(bytes)) {
    const page = mhtmlPage(bytes);
    html = page ? decodeHtml(page.bytes, page.charset) : '';
  } else html = decodeHtml(bytes);
  const open = /<body[^>]*>/i.exec(html);
  const close = html.search(/<\/body>/i);
  const body = open ? html.slice(open.index + open[0].length, close > open.index ? close : html.length) : html.replace(/^[\s\S]*?<html[^>]*>|<\/html>[\s\S]*$/gi, '');
  // The page's title goes with it (its <head> does not): its declared title, and its <title> as a declared one.
  const head = open ? html.slice(0, open.index) : '';
  const metas: string[] = head.match(/<meta\b[^>]*\b(?:name|property)\s*=\s*["']?(?:articletitle|title|og:title)["'\s][^>]*>/gi) ?? [];
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1].split(/[_|｜]| - /)[0].trim();
  if (title) metas.push(`<meta name="title" content="${title.replace(/"/g, '&quot;')}">`);
  return metas.join('') + body;
}
