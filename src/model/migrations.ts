import { languageOfScript } from './local-text';
import { CHART_VERSION, LOCALES, type Locale } from './schema';

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

const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** A v1 string as a v2 LocalText in the chart's language; anything else is left for the schema. */
const inLanguage = (value: unknown, language: Locale): unknown =>
  typeof value === 'string' ? { [language]: value } : value;

/**
 * Whether a v1 subtitle is the title in the other language (the built-in charts paired
 * 用户维护 with "User retention" this way): decided by script, CJK against Latin, so a
 * subtitle in the chart's own script stays a subtitle.
 */
function isOtherLanguageTitle(title: string, subtitle: string, language: Locale): boolean {
  const subtitleLanguage = languageOfScript(subtitle);
  return (
    subtitleLanguage !== undefined && subtitleLanguage !== language && languageOfScript(title) === language
  );
}

const TEXT_FIELDS = ['goal', 'description'] as const;
const LIST_FIELDS = ['responsibilities', 'metrics'] as const;

function v1Node(node: unknown, language: Locale, pairTitles = true): unknown {
  if (!isRecord(node)) return node;
  const out: Raw = { ...node };
  const { title, subtitle } = node;
  if (typeof title === 'string' && typeof subtitle === 'string' && subtitle.trim() !== '') {
    if (pairTitles && isOtherLanguageTitle(title, subtitle, language)) {
      const other: Locale = language === 'en' ? 'zh-CN' : 'en';
      out.title = { [language]: title, [other]: subtitle.trim() };
      delete out.subtitle;
    } else {
      out.title = inLanguage(title, language);
      out.subtitle = inLanguage(subtitle, language);
    }
  } else {
    out.title = inLanguage(title, language);
    // An empty v1 subtitle said nothing; v2 leaves the field out.
    if (typeof subtitle === 'string') delete out.subtitle;
    else if (subtitle !== undefined) out.subtitle = subtitle;
  }
  for (const field of TEXT_FIELDS) {
    const value = node[field];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') delete out[field];
    else out[field] = inLanguage(value, language);
  }
  for (const field of LIST_FIELDS) {
    const value = node[field];
    if (Array.isArray(value)) out[field] = value.map((item) => inLanguage(item, language));
  }
  return out;
}

/** A v1 node (plain strings) as a v2 node, its text in `language` (pure; garbage left for the schema). */
export const docNodeFromV1 = (node: unknown, language: Locale): unknown => v1Node(node, language);

/**
 * A one-language document (v1 shape) as v2 with every text in its `locale`, as written:
 * for documents the user just made (a spreadsheet, an outline), whose subtitle column is a
 * subtitle, never a translation to guess at.
 */
export function oneLanguageToV2(raw: Record<string, unknown>): Record<string, unknown> {
  return v1ToV2(raw, false);
}

/**
 * v1 held one language (`locale`) in plain strings; v2 holds both side by side. Every text
 * goes into the chart's language, except a subtitle that is the title in the other
 * language, which becomes that language's title. The document no longer has a language.
 */
function v1ToV2(raw: Raw, pairTitles = true): Raw {
  const locale = raw.locale ?? 'zh-CN';
  if (!isLocale(locale)) throw new Error(`its language "${String(locale)}" is neither zh-CN nor en`);
  const out: Raw = { ...raw, version: 2 };
  delete out.locale;
  out.title = inLanguage(raw.title, locale);
  if (Array.isArray(raw.nodes)) out.nodes = raw.nodes.map((node) => v1Node(node, locale, pairTitles));
  if (Array.isArray(raw.links))
    out.links = raw.links.map((link) =>
      isRecord(link) && link.label !== undefined ? { ...link, label: inLanguage(link.label, locale) } : link,
    );
  return out;
}

export const MIGRATION_V1_V2: Migration = { from: 1, to: 2, up: (raw) => v1ToV2(raw) };

export const MIGRATIONS: readonly Migration[] = [{ from: 0, to: 1, up: v0ToV1 }, MIGRATION_V1_V2];

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
