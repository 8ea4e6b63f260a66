import type { LocalText } from './local-text';
import type { ChartDoc, DocNode, NodeId } from './schema';

export type SearchField =
  'title' | 'subtitle' | 'goal' | 'owner' | 'responsibilities' | 'metrics' | 'description' | 'notes';

/** One hit per node: the best field that matched and a short excerpt around the match. */
export type SearchHit = { id: NodeId; field: SearchField; snippet: string };

/** Field priority after the title; earlier fields describe the node more directly. */
const OTHER_FIELDS = [
  'subtitle',
  'goal',
  'owner',
  'responsibilities',
  'metrics',
  'description',
  'notes',
] as const;

const CONTEXT = 30;
const SHORT = 2 * CONTEXT + 20;

function snippetAround(text: string, at: number, length: number): string {
  if (text.length <= SHORT) return text;
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + length + CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Both languages of a text: a node is found by either. */
const bothLanguages = (text: LocalText): string[] =>
  [text['zh-CN'], text.en].filter((t): t is string => t !== undefined);

function fieldTexts(node: DocNode, field: (typeof OTHER_FIELDS)[number]): readonly string[] {
  const value = node[field];
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.flatMap(bothLanguages) : bothLanguages(value);
}

type Ranked = SearchHit & { rank: number };

function matchNode(node: DocNode, needle: string): Ranked | null {
  let best: Ranked | null = null;
  for (const text of bothLanguages(node.title)) {
    const title = text.toLowerCase();
    const at = title.indexOf(needle);
    if (at < 0) continue;
    // Exact titles first, then titles that start with the query, then any title match.
    const rank = title === needle ? 0 : at === 0 ? 1 : 2;
    if (!best || rank < best.rank)
      best = { id: node.id, field: 'title', snippet: snippetAround(text, at, needle.length), rank };
  }
  if (best) return best;
  for (const [i, field] of OTHER_FIELDS.entries()) {
    for (const text of fieldTexts(node, field)) {
      const found = text.toLowerCase().indexOf(needle);
      if (found >= 0)
        return { id: node.id, field, snippet: snippetAround(text, found, needle.length), rank: 3 + i };
    }
  }
  return null;
}

/**
 * Case-insensitive substring search over the node's text fields, in both languages. Title matches rank first;
 * ties keep document order. An empty (or blank) query finds nothing.
 */
export function searchNodes(chart: ChartDoc, query: string, limit = 50): SearchHit[] {
  const needle = query.trim().toLowerCase();
  if (needle === '' || limit <= 0) return [];
  const hits: Ranked[] = [];
  for (const node of chart.nodes) {
    const hit = matchNode(node, needle);
    if (hit) hits.push(hit);
  }
  hits.sort((a, b) => a.rank - b.rank);
  return hits.slice(0, limit).map(({ id, field, snippet }) => ({ id, field, snippet }));
}
