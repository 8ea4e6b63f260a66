import type {
  ChartDoc as Chart,
  ChartNode as ShownNode,
  DocNode as ChartNode,
} from '../../../src/model/schema';
import type { LocalText } from '../../../src/model/local-text';

// Stored (v2) documents, written the short way: a plain string is English text.

type Text = string | LocalText;
type Fields = Omit<
  Partial<ChartNode>,
  'title' | 'subtitle' | 'goal' | 'description' | 'responsibilities' | 'metrics'
> & {
  [K in 'title' | 'subtitle' | 'goal' | 'description']?: Text;
} & { responsibilities?: Text[]; metrics?: Text[] } & Pick<Partial<ShownNode>, never>;

const local = (text: Text): LocalText => (typeof text === 'string' ? { en: text } : text);

/** A node with only the required fields filled in: title = id, kind `function` (`root` without a parent). */
export function makeNode(id: string, parentId: string | null, fields: Fields = {}): ChartNode {
  const { title, subtitle, goal, description, responsibilities, metrics, ...rest } = fields;
  const node: ChartNode = {
    id,
    parentId,
    kind: parentId === null ? 'root' : 'function',
    title: local(title ?? id),
    responsibilities: (responsibilities ?? []).map(local),
    metrics: (metrics ?? []).map(local),
    ...rest,
  };
  if (subtitle !== undefined) node.subtitle = local(subtitle);
  if (goal !== undefined) node.goal = local(goal);
  if (description !== undefined) node.description = local(description);
  return node;
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
    version: 2,
    id: 'test-chart',
    title: { en: 'Test chart' },
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
