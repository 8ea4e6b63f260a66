import './zod-setup';
import * as z from 'zod/mini';
import { hasText, type LocalField } from './local-text';

/** Length caps: generous for real charts, small enough that a hostile file cannot freeze the tab. */
export const LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  nodes: 20_000,
  links: 20_000,
  depth: 200,
  id: 64,
  title: 200,
  subtitle: 200,
  goal: 300,
  description: 5_000,
  listItems: 50,
  listItem: 500,
  owner: 200,
  notes: 5_000,
  headcount: 1_000_000,
  chartTitle: 200,
} as const;

export const CHART_FORMAT = 'opschart';
/** Version 2: node text in both languages side by side (see `chartDocSchema`). */
export const CHART_VERSION = 2;

export const NODE_KINDS = ['root', 'chain', 'side', 'group', 'function'] as const;
export const LINK_KINDS = ['works-with', 'reports-to'] as const;
export const DIRECTIONS = ['TB', 'LR'] as const;
export const LOCALES = ['zh-CN', 'en'] as const;

const text = (max: number) => z.string().check(z.maxLength(max, { error: `longer than ${max} characters` }));
const isFinite = z.refine(Number.isFinite, { error: 'not a finite number' });

/** Beyond this a card is off any screen or page, and canvas and export sizes overflow (issue 9). */
export const MAX_COORDINATE = 1_000_000;
const coordinate = z
  .number()
  .check(
    isFinite,
    z.gte(-MAX_COORDINATE, { error: `further than ${MAX_COORDINATE} from the origin` }),
    z.lte(MAX_COORDINATE, { error: `further than ${MAX_COORDINATE} from the origin` }),
  );
/** The range a JavaScript Date can show (±8.64e15 ms); a time outside it cannot be formatted. */
const timestamp = z
  .number()
  .check(
    isFinite,
    z.gte(-8.64e15, { error: 'not a date JavaScript can show' }),
    z.lte(8.64e15, { error: 'not a date JavaScript can show' }),
  );

/** A list of at most `max` items; a missing list reads as empty. */
const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z._default(z.array(item).check(z.maxLength(max)), []);

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });

export const nodeSchema = z.object({
  id: z.string().check(z.minLength(1, { error: 'empty id' }), z.maxLength(LIMITS.id)),
  parentId: z.nullable(z.string().check(z.maxLength(LIMITS.id))),
  kind: z.enum(NODE_KINDS),
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'empty title' }),
      z.maxLength(LIMITS.title, { error: `longer than ${LIMITS.title} characters` }),
    ),
  subtitle: z.optional(text(LIMITS.subtitle)),
  /** The goal of a chain or side, shown as the label of its region (e.g. 拉新). */
  goal: z.optional(text(LIMITS.goal)),
  description: z.optional(text(LIMITS.description)),
  responsibilities: list(text(LIMITS.listItem), LIMITS.listItems),
  metrics: list(text(LIMITS.listItem), LIMITS.listItems),
  owner: z.optional(text(LIMITS.owner)),
  headcount: z.optional(z.int().check(isFinite, z.gte(0), z.lte(LIMITS.headcount))),
  /** A CSS hex colour that overrides the region colour. */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { error: 'not a #rrggbb colour' }))),
  notes: z.optional(text(LIMITS.notes)),
  collapsed: z.optional(z.boolean()),
  /** A pinned manual position; auto layout ignores the node's computed place while set. */
  position: z.optional(positionSchema),
});

export const linkSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.id)),
  source: z.string().check(z.maxLength(LIMITS.id)),
  target: z.string().check(z.maxLength(LIMITS.id)),
  kind: z._default(z.enum(LINK_KINDS), 'works-with'),
  label: z.optional(text(LIMITS.title)),
});

const nodeList = <T extends z.ZodMiniType>(node: T) =>
  z.array(node).check(z.minLength(1, { error: 'the chart has no nodes' }), z.maxLength(LIMITS.nodes));

/**
 * A chart shown in one language. It has the shape of a version 1 document (plain strings,
 * one `locale`), so a shown chart written out is a v1 file that imports (and migrates) as is.
 */
export const SHOWN_VERSION = 1;

export const chartSchema = z.object({
  format: z.literal(CHART_FORMAT),
  version: z.literal(SHOWN_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.id)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.chartTitle)),
  locale: z._default(z.enum(LOCALES), 'zh-CN'),
  direction: z._default(z.enum(DIRECTIONS), 'TB'),
  compact: z._default(z.boolean(), false),
  /** Which built-in template the chart came from, so it can be reset to it. */
  template: z.optional(z.string().check(z.maxLength(LIMITS.id))),
  updatedAt: z.optional(timestamp),
  nodes: nodeList(nodeSchema),
  links: list(linkSchema, LIMITS.links),
});

/** The version of the stored document (schema v2): node text in both languages side by side. */
export const CHART_DOC_VERSION = CHART_VERSION;

const localText = (max: number, trim = false) => {
  const one = trim
    ? z.string().check(z.trim(), z.maxLength(max, { error: `longer than ${max} characters` }))
    : text(max);
  return z.strictObject({ 'zh-CN': z.optional(one), en: z.optional(one) });
};
/** A title needs words in at least one language. */
const localTitle = (max: number) =>
  localText(max, true).check(z.refine((t) => hasText(t['zh-CN']) || hasText(t.en), { error: 'empty title' }));

/** A node as stored: every text a person reads is a LocalText (`{ 'zh-CN'?, en? }`). */
export const docNodeSchema = z.extend(nodeSchema, {
  title: localTitle(LIMITS.title),
  subtitle: z.optional(localText(LIMITS.subtitle)),
  goal: z.optional(localText(LIMITS.goal)),
  description: z.optional(localText(LIMITS.description)),
  responsibilities: list(localText(LIMITS.listItem), LIMITS.listItems),
  metrics: list(localText(LIMITS.listItem), LIMITS.listItems),
});

/** A link as stored: its label, too, in both languages. */
export const docLinkSchema = z.extend(linkSchema, { label: z.optional(localText(LIMITS.title)) });

/** The stored document (schema v2). It has no language of its own; `localizeChart` picks one to show. */
export const chartDocSchema = z.extend(z.omit(chartSchema, { locale: true }), {
  version: z.literal(CHART_VERSION),
  title: localTitle(LIMITS.chartTitle),
  nodes: nodeList(docNodeSchema),
  links: list(docLinkSchema, LIMITS.links),
});

/** The stored, bilingual node. Only editing, storage and the details panel read it. */
export type DocNode = z.infer<typeof docNodeSchema>;
export type DocLink = z.infer<typeof docLinkSchema>;
/** The stored, bilingual document. */
export type ChartDoc = z.infer<typeof chartDocSchema>;

/**
 * A node as shown in one language (what layout, cards, exports and writers read):
 * plain strings, and which of its texts fell back to the other language.
 */
export type ChartNode = z.infer<typeof nodeSchema> & { fallbacks?: readonly LocalField[] };
export type ChartLink = z.infer<typeof linkSchema>;
/** A chart as shown in one language (`locale`); `titleFellBack` when its title is the other language's. */
export type Chart = Omit<z.infer<typeof chartSchema>, 'nodes'> & {
  nodes: ChartNode[];
  titleFellBack?: boolean;
};
export type NodeKind = ChartNode['kind'];
export type LinkKind = ChartLink['kind'];
export type Direction = Chart['direction'];
export type Locale = Chart['locale'];
export type NodeId = string;
