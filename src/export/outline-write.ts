import type { Chart, NodeId } from '../model/schema';
import { indexChart } from '../model/tree';

/** Starts that the outline reader would take for a marker, heading or tree drawing. */
const MARKER_LIKE = /^(?:[-*+•·#│├└┃┣┗|`\\]|\d+[.)、]|\d+(?:\.\d+)+\s|[（(]\d+[)）])/;

/**
 * The subtree under `id` as a Markdown list (two spaces per level), titles only, so it
 * pastes into documents and chat and reads back into the same tree.
 */
export function subtreeOutline(chart: Chart, id: NodeId): string {
  const index = indexChart(chart);
  const lines: string[] = [];
  const stack: { id: NodeId; depth: number }[] = [{ id, depth: 0 }];
  while (stack.length > 0) {
    const { id: at, depth } = stack.pop()!;
    const node = index.byId.get(at);
    if (!node) continue;
    const title = node.title.replace(/\s*[\r\n]+\s*/g, ' ');
    lines.push(`${'  '.repeat(depth)}- ${MARKER_LIKE.test(title) ? `\\${title}` : title}`);
    const children = index.childrenOf.get(at) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ id: children[i]!.id, depth: depth + 1 });
  }
  return lines.join('\n');
}
