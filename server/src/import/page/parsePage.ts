/**
 * A page parsed as a browser builds it (parse5), given up as soon as its elements nest deeper than any real page. parse5
 * takes time in the depth of its open elements at each tag, so a page of 200,000 <div> inside one another took four
 * minutes to parse before the depth was looked at (found by a review of import on adversarial pages); the depth is now
 * counted as each node is put in the tree, and the parse stops at MAX_DEPTH.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { MAX_DEPTH, refuse } from '../limits';

type Doc = DefaultTreeAdapterMap['document'];
type Parent = DefaultTreeAdapterMap['parentNode'];
type Child = DefaultTreeAdapterMap['childNode'];

export function parsePage(html: string): Doc {
  const depth = new WeakMap<object, number>();
  const placed = (parent: Parent, node: Child) => {
    const d = (depth.get(parent) ?? 0) + 1;
    if (d > MAX_DEPTH) refuse('depth');
    depth.set(node, d);
  };
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    appendChild(parent, node) {
      placed(parent, node);
      defaultTreeAdapter.appendChild(parent, node);
    },
    insertBefore(parent, node, ref) {
      placed(parent, node);
      defaultTreeAdapter.insertBefore(parent, node, ref);
    },
  };
  return parse(html, { treeAdapter: adapter });
}
