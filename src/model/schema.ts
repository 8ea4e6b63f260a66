import { z } from 'zod';
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

const text = (max: number) => z.string().max(max, { error: `longer than ${max} characters` });
const finite = z.number().refine(Number.isFinite, { error: 'not a finite number' });

/** Beyond this a card is off any screen or page, and canvas and export sizes overflow (issue 9). */
export const MAX_COORDINATE = 1_000_000;
const coordinate = finite
  .min(-MAX_COORDINATE, { error: `further than ${MAX_COORDINATE} from the origin` })
  .max(MAX_COORDINATE, { error: `further than ${MAX_COORDINATE} from the origin` });
/** The range a JavaScript Date can show (±8.64e15 ms); a time outside it cannot be formatted. */
const timestamp = finite
  .min(-8.64e15, { error: 'not a date JavaScript can show' })
  .max(8.64e15, { error: 'not a date JavaScript can show' });

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });

export const nodeSchema = z.object({
  id: z.string().min(1, { error: 'empty id' }).max(LIMITS.id),
  parentId: z.string().max(LIMITS.id).nullable(),
  kind: z.enum(NODE_KINDS),
  title: z
    .string()
    .trim()
    .min(1, { error: 'empty title' })
    .max(LIMITS.title, { error: `longer than ${LIMITS.title} characters` }),
  subtitle: text(LIMITS.subtitle).optional(),
  /** The goal of a chain or side, shown as the label of its region (e.g. 拉新). */
  goal: text(LIMITS.goal).optional(),
  description: text(LIMITS.description).optional(),
  responsibilities: z.array(text(LIMITS.listItem)).max(LIMITS.listItems).default([]),
  metrics: z.array(text(LIMITS.listItem)).max(LIMITS.listItems).default([]),
  owner: text(LIMITS.owner).optional(),
  headcount: finite.int().min(0).max(LIMITS.headcount).optional(),
  /** A CSS hex colour that overrides the region colour. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'not a #rrggbb colour' })
    .optional(),
  notes: text(LIMITS.notes).optional(),
  collapsed: z.boolean().optional(),
  /** A pinned manual position; auto layout ignores the node's computed place while set. */
  position: positionSchema.optional(),
});

export const linkSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  source: z.string().max(LIMITS.id),
  target: z.string().max(LIMITS.id),
  kind: z.enum(LINK_KINDS).default('works-with'),
  label: text(LIMITS.title).optional(),
});

/**
 * A chart shown in one language. It has the shape of a version 1 document (plain strings,
 * one `locale`), so a shown chart written out is a v1 file that imports (and migrates) as is.
 */
export const SHOWN_VERSION = 1;

export const chartSchema = z.object({
  format: z.literal(CHART_FORMAT),
  version: z.literal(SHOWN_VERSION),
  id: z.string().min(1).max(LIMITS.id),
  title: z.string().trim().min(1).max(LIMITS.chartTitle),
  locale: z.enum(LOCALES).default('zh-CN'),
  direction: z.enum(DIRECTIONS).default('TB'),
  compact: z.boolean().default(false),
  /** Which built-in template the chart came from, so it can be reset to it. */
  template: z.string().max(LIMITS.id).optional(),
  updatedAt: timestamp.optional(),
  nodes: z.array(nodeSchema).min(1, { error: 'the chart has no nodes' }).max(LIMITS.nodes),
  links: z.array(linkSchema).max(LIMITS.links).default([]),
});

/** The version of the stored document (schema v2): node text in both languages side by side. */
export const CHART_DOC_VERSION = CHART_VERSION;

const localText = (max: number, trim = false) => {
  const one = trim
    ? z
        .string()
        .trim()
        .max(max, { error: `longer than ${max} characters` })
    : text(max);
  return z.strictObject({ 'zh-CN': one.optional(), en: one.optional() });
};
/** A title needs words in at least one language. */
const localTitle = (max: number) =>
  localText(max, true).refine((t) => hasText(t['zh-CN']) || hasText(t.en), { error: 'empty title' });

/** A node as stored: every text a person reads is a LocalText (`{ 'zh-CN'?, en? }`). */
export const docNodeSchema = nodeSchema.extend({
  title: localTitle(LIMITS.title),
  subtitle: localText(LIMITS.subtitle).optional(),
  goal: localText(LIMITS.goal).optional(),
  description: localText(LIMITS.description).optional(),
  responsibilities: z.array(localText(LIMITS.listItem)).max(LIMITS.listItems).default([]),
  metrics: z.array(localText(LIMITS.listItem)).max(LIMITS.listItems).default([]),
});

/** A link as stored: its label, too, in both languages. */
export const docLinkSchema = linkSchema.extend({ label: localText(LIMITS.title).optional() });

/** The stored document (schema v2). It has no language of its own; `localizeChart` picks one to show. */
export const chartDocSchema = chartSchema.omit({ locale: true }).extend({
  version: z.literal(CHART_VERSION),
  title: localTitle(LIMITS.chartTitle),
  nodes: z.array(docNodeSchema).min(1, { error: 'the chart has no nodes' }).max(LIMITS.nodes),
  links: z.array(docLinkSchema).max(LIMITS.links).default([]),
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
