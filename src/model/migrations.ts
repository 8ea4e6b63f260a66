import { CHART_VERSION } from './schema';

/**
 * One pure step per version. Steps take and return raw JSON values (the schema runs after
 * all of them), so they must tolerate garbage: leave what they do not understand for the
 * schema to report.
 */
export type Migration = {
  from: number;
  to: number;
  up: (raw: Record<string, unknown>) => Record<string, unknown>;
};

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** FNV-1a, 32-bit: a stable, dependency-free hash so a migrated file always gets the same id. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const V0_LAYOUT: Record<string, string> = { vertical: 'TB', horizontal: 'LR' };

function v0Node(node: unknown): unknown {
  if (!isRecord(node)) return node;
  const out: Raw = { id: node.id, parentId: node.parent ?? null, kind: node.type, title: node.name };
  if (node.nameAlt !== undefined) out.subtitle = node.nameAlt;
  if (node.desc !== undefined) out.description = node.desc;
  out.responsibilities = node.duties ?? [];
  out.metrics = node.kpis ?? [];
  if (node.folded !== undefined) out.collapsed = node.folded;
  return out;
}

/** Pre-release format: `parent`/`type`/`name` node fields, `lang`/`layout` on the chart, no id, no links. */
function v0ToV1(raw: Raw): Raw {
  const title = raw.title;
  const id = raw.id ?? `migrated-${hashText(typeof title === 'string' ? title : '')}`;
  const out: Raw = { format: raw.format, version: 1, id, title };
  if (raw.lang !== undefined) out.locale = raw.lang;
  if (raw.layout !== undefined)
    out.direction = typeof raw.layout === 'string' ? (V0_LAYOUT[raw.layout] ?? raw.layout) : raw.layout;
  out.nodes = Array.isArray(raw.nodes) ? raw.nodes.map(v0Node) : raw.nodes;
  out.links = [];
  return out;
}

export const MIGRATIONS: readonly Migration[] = [{ from: 0, to: 1, up: v0ToV1 }];

/** Brings a raw document from `fromVersion` up to the current version, step by step. Throws if no path exists. */
export function migrate(raw: unknown, fromVersion: number): unknown {
  let version = fromVersion;
  let current = raw;
  while (version < CHART_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from version ${version}`);
    if (!isRecord(current)) throw new Error(`Version ${version} document is not an object`);
    current = step.up(current);
    version = step.to;
  }
  return current;
}
