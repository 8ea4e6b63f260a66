import { oneLanguageToV2 } from '../model/migrations';
import { CHART_FORMAT, SHOWN_VERSION, LIMITS, type Locale, type NodeKind } from '../model/schema';

/** A team read from a row (or made for a path), before it becomes a node of the document. */
export type NodeDraft = {
  id: string;
  parentId: string | null;
  /** Spreadsheet row number (1 = header), or the row that first named a path segment. */
  row: number;
  title: string;
  kind?: NodeKind;
  subtitle?: string;
  goal?: string;
  description?: string;
  responsibilities: string[];
  metrics: string[];
  owner?: string;
  headcount?: number;
  color?: string;
  notes?: string;
  collapsed?: boolean;
  x?: number;
  y?: number;
};

export type LinkDraft = { source: string; target: string; kind: 'works-with' | 'reports-to'; label?: string };

const clip = (text: string | undefined, max: number) =>
  text === undefined || text === '' ? undefined : text.slice(0, max);

/**
 * The one place where placed rows become a chart document (the plain object that then goes
 * through `importChart`). When the document format changes (schema v2: text in both
 * languages), this is the function that changes.
 */
export function draftsToDocument(
  drafts: readonly NodeDraft[],
  links: readonly LinkDraft[],
  options: { id: string; title: string; locale: Locale },
): Record<string, unknown> {
  const hasChildren = new Set(drafts.map((d) => d.parentId));
  const nodes = drafts.map((d) => {
    const fallbackKind: NodeKind =
      d.parentId === null ? 'root' : hasChildren.has(d.id) ? 'group' : 'function';
    const kind = d.parentId === null ? 'root' : d.kind && d.kind !== 'root' ? d.kind : fallbackKind;
    const list = (items: string[]) =>
      items.slice(0, LIMITS.listItems).map((i) => i.slice(0, LIMITS.listItem));
    const node: Record<string, unknown> = {
      id: d.id,
      parentId: d.parentId,
      kind,
      title: d.title.slice(0, LIMITS.title),
      subtitle: clip(d.subtitle, LIMITS.subtitle),
      goal: clip(d.goal, LIMITS.goal),
      description: clip(d.description, LIMITS.description),
      responsibilities: list(d.responsibilities),
      metrics: list(d.metrics),
      owner: clip(d.owner, LIMITS.owner),
      headcount: d.headcount === undefined ? undefined : Math.min(d.headcount, LIMITS.headcount),
      color: d.color && /^#[0-9a-fA-F]{6}$/.test(d.color) ? d.color : undefined,
      notes: clip(d.notes, LIMITS.notes),
      collapsed: d.collapsed || undefined,
      position: d.x !== undefined && d.y !== undefined ? { x: d.x, y: d.y } : undefined,
    };
    for (const key of Object.keys(node)) if (node[key] === undefined) delete node[key];
    return node;
  });
  // Written in one language (v1 shape), stored as v2 with every text in `locale`: a subtitle
  // column stays a subtitle (no guessing at translations, as the v1 → v2 migration does).
  return oneLanguageToV2({
    format: CHART_FORMAT,
    version: SHOWN_VERSION,
    id: options.id,
    title: options.title.trim().slice(0, LIMITS.chartTitle) || 'Imported chart',
    locale: options.locale,
    direction: 'TB',
    compact: false,
    nodes,
    links: links.map((l, i) => ({ id: `link-${i + 1}`, ...l })),
  });
}
