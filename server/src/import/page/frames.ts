/**
 * The pages a saved page shows in its frames: an <iframe srcdoc> (the page inside the attribute), and a frame whose
 * page was saved beside it (「网页，全部」 saves a frame's page into the page's 「_files」 folder). A site that shows
 * its article in a frame left the import the outer page's navigation and footer alone — 「已导入（0 张表格）」, exit 0
 * (found by a review).
 */
import { parsePage } from './parsePage';

/** Reads a file beside the page by its relative address; undefined when there is none or it may not be read. */
export type ReadBeside = (relative: string) => Uint8Array | undefined;

/** The frames looked at (a page's frames are few). */
const MAX_FRAMES = 8;

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** The frames' pages: srcdoc as text, a saved frame's bytes (decoded by the caller, as a page of its own). */
export function framePages(html: string, readBeside?: ReadBeside): { srcdoc: string[]; saved: Uint8Array[] } {
  const out = { srcdoc: [] as string[], saved: [] as Uint8Array[] };
  // (Only a page that has a frame is parsed again.)
  if (!/<i?frame\b/i.test(html)) return out;
  const stack: Node[] = [parsePage(html) as unknown as Node];
  let frames = 0;
  while (stack.length && frames < MAX_FRAMES) {
    const n = stack.pop()!;
    if (n.nodeName === 'iframe' || n.nodeName === 'frame') {
      frames++;
      const attr = (name: string) => n.attrs?.find((a) => a.name === name)?.value;
      const srcdoc = attr('srcdoc');
      if (srcdoc?.trim()) out.srcdoc.push(srcdoc);
      else {
        const src = attr('src')?.trim();
        const bytes = src && readBeside && isLocal(src) ? readBeside(src) : undefined;
        if (bytes) out.saved.push(bytes);
      }
    }
    for (const c of n.childNodes ?? []) stack.push(c);
    if (n.content) stack.push(n.content);
  }
  return out;
}

/** A relative address of a file: no scheme (http:, data:, javascript:), not another host's (//). */
function isLocal(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//');
}
