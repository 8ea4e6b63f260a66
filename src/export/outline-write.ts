import type { ChartNode, NodeId } from '../model/schema';

/** Starts that the outline reader would take for a marker, heading or tree drawing. */
const MARKER_LIKE = /^(?:[-*+•·#│├└┃┣┗|`\\]|\d+[.)、]|\d+(?:\.\d+)+\s|[（(]\d+[)）])/;

/**
 * The subtree under `id` as a Markdown list (two spaces per level), titles only, so it
 * pastes into documents and chat and reads back into the same tree. Sibling order is
 * the order of `nodes`, as in a chart.
 */
export function subtreeOutline(nodes: readonly ChartNode[], id: NodeId): string {
  const byId = new Map<NodeId, ChartNode>();
  const children = new Map<NodeId, ChartNode[]>();
  for (const n of nodes) {
    byId.set(n.id, n);
    if (n.parentId === null) continue;
    const list = children.get(n.parentId);
    if (list) list.push(n);
    else children.set(n.parentId, [n]);
  }
  const lines: string[] = [];
  const stack: { id: NodeId; depth: number }[] = [{ id, depth: 0 }];
  while (stack.length > 0) {
    const { id: at, depth } = stack.pop()!;
    const node = byId.get(at);
    if (!node) continue;
    const title = node.title.replace(/\s*[\r\n]+\s*/g, ' ');
    lines.push(`${'  '.repeat(depth)}- ${MARKER_LIKE.test(title) ? `\\${title}` : title}`);
    const kids = children.get(at) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ id: kids[i]!.id, depth: depth + 1 });
  }
  return lines.join('\n');
}
