import type { Chart, ChartNode } from '../../../src/model/schema';

/** A node with only the required fields filled in: title = id, kind `function` (`root` without a parent). */
export function makeNode(id: string, parentId: string | null, fields: Partial<ChartNode> = {}): ChartNode {
  return {
    id,
    parentId,
    kind: parentId === null ? 'root' : 'function',
    title: id,
    responsibilities: [],
    metrics: [],
    ...fields,
  };
}

/**
 * Builds a chart from an indented outline, two spaces per level, one node id per line;
 * a trailing `+` marks the node collapsed:
 *
 *     makeChart(`
 *       root
 *         a +
 *           a1
 *         b
 *     `)
 *
 * or from ready nodes: `makeChart([makeNode('r', null), makeNode('a', 'r')])`.
 */
export function makeChart(outline: string | ChartNode[], fields: Partial<Chart> = {}): Chart {
  const nodes = typeof outline === 'string' ? parseOutline(outline) : outline;
  return {
    format: 'opschart',
    version: 1,
    id: 'test-chart',
    title: 'Test chart',
    locale: 'en',
    direction: 'TB',
    compact: false,
    nodes,
    links: [],
    ...fields,
  };
}

function parseOutline(outline: string): ChartNode[] {
  const lines = outline.split('\n').filter((line) => line.trim() !== '');
  const base = Math.min(...lines.map((line) => line.length - line.trimStart().length));
  const stack: string[] = [];
  return lines.map((line) => {
    const level = (line.length - line.trimStart().length - base) / 2;
    const [id = '', mark] = line.trim().split(/\s+/);
    stack.length = level;
    const parentId = level === 0 ? null : (stack[level - 1] ?? null);
    stack.push(id);
    return makeNode(id, parentId, mark === '+' ? { collapsed: true } : {});
  });
}

/** Ids of `chart.nodes` in document order: handy for asserting sibling order. */
export const ids = (chart: Chart): string[] => chart.nodes.map((n) => n.id);

/** Ids of the children of `parentId`, in sibling order. */
export const childIds = (chart: Chart, parentId: string): string[] =>
  chart.nodes.filter((n) => n.parentId === parentId).map((n) => n.id);
