import { oneLanguageToV2 } from '../model/migrations';
import { CHART_FORMAT, SHOWN_VERSION, LIMITS, LOCALES, type Locale, type NodeKind } from '../model/schema';

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
  /** Both languages' text (a bilingual sheet); then the plain text fields above are not used. */
  text?: Partial<Record<Locale, TextDraft>>;
};

/** A row's text in one language, when the sheet holds both (see `textColumns`). */
export type TextDraft = {
  title?: string;
  subtitle?: string;
  goal?: string;
  description?: string;
  responsibilities: string[];
  metrics: string[];
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
  // Rows of a bilingual sheet then get each text in the language of its column.
  const document = oneLanguageToV2({
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
  if (drafts.some((d) => d.text)) {
    const v2Nodes = document.nodes as Record<string, unknown>[];
    document.nodes = v2Nodes.map((node, i) => {
      const text = drafts[i]!.text;
      return text ? { ...node, ...bilingualFields(text, node.title) } : node;
    });
  }
  return document;
}

type Local = Partial<Record<Locale, string>>;

/** A row's texts in both languages as v2 fields; the title keeps the one already made if both are empty. */
function bilingualFields(text: Partial<Record<Locale, TextDraft>>, title: unknown): Record<string, unknown> {
  const languages = LOCALES.filter((l) => text[l]);
  const one = (pick: (t: TextDraft) => string | undefined, max: number): Local | undefined => {
    const out: Local = {};
    for (const l of languages) {
      const value = clip(pick(text[l]!)?.trim() ? pick(text[l]!) : undefined, max);
      if (value !== undefined) out[l] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  // List items pair up by position: the n-th Chinese item and the n-th English item are one item.
  const list = (pick: (t: TextDraft) => string[]): Local[] => {
    const longest = Math.min(LIMITS.listItems, Math.max(0, ...languages.map((l) => pick(text[l]!).length)));
    return Array.from({ length: longest }, (_, n) => {
      const item: Local = {};
      for (const l of languages) {
        const value = pick(text[l]!)[n];
        if (value !== undefined && value.trim()) item[l] = value.slice(0, LIMITS.listItem);
      }
      return item;
    });
  };
  const fields: Record<string, unknown> = {
    title: one((t) => t.title, LIMITS.title) ?? title,
    subtitle: one((t) => t.subtitle, LIMITS.subtitle),
    goal: one((t) => t.goal, LIMITS.goal),
    description: one((t) => t.description, LIMITS.description),
    responsibilities: list((t) => t.responsibilities),
    metrics: list((t) => t.metrics),
  };
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  return fields;
}
