import type { Tone } from '../layout/palette';
import type { ChartNode } from '../model/schema';
import type { CardDetail } from './page-types';
import { MAX_SUBTITLE_LINES, MAX_TITLE_LINES } from '../layout/card-text';
import { block } from './scene-card';
import { safeColor, type SceneTheme } from './scene-theme';
import type { SceneChip, SceneNode, SceneRect } from './scene-types';
import type { TextMeasurer } from '../layout/text-width';
import { fitPrefix, wrapText } from '../layout/text-wrap';

/*
 * Cards for pages. Sizes are in design units in which card titles are 14 and all other text
 * 10; the planner multiplies everything by its pt-per-unit scale, which is never below what
 * the minimum text size asks for. Text is wrapped at the real size, so what fits is what is drawn.
 */
export const UNIT = {
  title: 14,
  bigTitle: 15,
  text: 10,
  regionLabel: 11,
  accent: 3,
  padX: 8,
  padTop: 5,
  padBottom: 6,
  gap: 2,
  textLine: 13,
  chipHeight: 15,
  chipPadX: 5,
  chipGap: 4,
  radius: 6,
  /** Marker box under a continued card. */
  markerGap: 4,
  markerHeight: 16,
} as const;

export const DETAIL_RANK: Record<CardDetail, number> = { title: 0, subtitle: 1, metrics: 2 };
/** Highest first: the order in which the planner gives detail up. */
export const DETAILS: readonly CardDetail[] = ['metrics', 'subtitle', 'title'];

/**
 * Lines are planned this much narrower than the box, so a renderer with slightly wider glyphs
 * still fits them (the width table already errs wide; PowerPoint's own fonts are the risk).
 */
const WRAP_SLACK = 0.97;

export const isBigKind = (kind: ChartNode['kind']) => kind === 'root' || kind === 'chain' || kind === 'side';

export type CardWidths = { small: number; big: number; root: number };

/** One width for all small cards and one for the big ones, from how long the chart's titles are. */
export function cardWidths(nodes: readonly ChartNode[], measure: TextMeasurer): CardWidths {
  const widths = nodes.map((n) => measure(n.title, UNIT.title, 700)).sort((a, b) => a - b);
  // Most titles on one line, the longest on two: the 75th percentile decides.
  const p75 = widths.length > 0 ? widths[Math.floor(widths.length * 0.75)]! : 100;
  const small = Math.min(170, Math.max(112, Math.ceil(p75 / WRAP_SLACK) + 2 * UNIT.padX));
  const big = small + 14;
  // The root's title is often the longest: up to half again as wide, so it takes two lines, not three.
  const rootTitle = nodes.find((n) => n.kind === 'root' || n.parentId === null)?.title ?? '';
  const root = Math.min(
    big * 1.5,
    Math.max(
      big,
      Math.ceil((measure(rootTitle, UNIT.bigTitle, 700) * 0.62) / WRAP_SLACK) + 2 * UNIT.padX + 8,
    ),
  );
  return { small, big, root };
}

type Parts = { titleSize: number; sub: string; goal: string; chips: string[] };

function parts(node: ChartNode, detail: CardDetail): Parts {
  const big = isBigKind(node.kind);
  const rank = DETAIL_RANK[detail];
  return {
    titleSize: big ? UNIT.bigTitle : UNIT.title,
    sub: rank >= 1 ? (node.subtitle?.trim() ?? '') : '',
    goal: rank >= 1 && big ? (node.goal?.trim() ?? '') : '',
    chips: rank >= 2 && node.kind === 'function' ? node.metrics.filter((m) => m.trim()) : [],
  };
}

/** Card height in units: accent, 1–2 title lines, the optional lines, the chip row. */
export function cardHeight(
  node: ChartNode,
  width: number,
  detail: CardDetail,
  measure: TextMeasurer,
): number {
  const p = parts(node, detail);
  const maxWidth = (width - 2 * UNIT.padX) * WRAP_SLACK;
  // Every title line the card needs (a title is never cut while the card can grow), as on screen.
  const lines = wrapText(
    node.title,
    { size: p.titleSize, weight: 700, maxWidth, maxLines: MAX_TITLE_LINES },
    measure,
  ).length;
  const textLines = (text: string, weight: 400 | 700) =>
    wrapText(text, { size: UNIT.text, weight, maxWidth, maxLines: MAX_SUBTITLE_LINES }, measure).length;
  let h = UNIT.accent + UNIT.padTop + Math.max(1, lines) * p.titleSize * 1.25;
  if (p.sub) h += UNIT.gap + textLines(p.sub, 400) * UNIT.textLine;
  if (p.goal) h += UNIT.gap + textLines(p.goal, 700) * UNIT.textLine;
  if (p.chips.length > 0) h += UNIT.chipGap + UNIT.chipHeight;
  return Math.ceil(h + UNIT.padBottom);
}

export type Rect = SceneRect;

/** One row of metric chips; what does not fit becomes "+N". */
function chipRow(
  texts: string[],
  area: Rect,
  s: number,
  tone: Tone,
  theme: SceneTheme,
  measure: TextMeasurer,
): SceneChip[] {
  const size = UNIT.text * s;
  const pad = UNIT.chipPadX * s;
  const gap = UNIT.chipGap * s;
  const widthOf = (t: string) => measure(t, size, 400) / WRAP_SLACK + 2 * pad;
  for (let shown = texts.length; shown >= 0; shown--) {
    const rest = texts.length - shown;
    const items = rest > 0 ? [...texts.slice(0, shown), `+${rest}`] : texts.slice(0, shown);
    let x = area.x;
    const chips: SceneChip[] = [];
    let ok = true;
    for (const [i, raw] of items.entries()) {
      const overflow = rest > 0 && i === items.length - 1;
      let text = raw;
      // The first chip may be shortened, leaving room for the "+N" after it; later ones move into "+N".
      const reserve = i === 0 && rest > 0 && !overflow ? widthOf(`+${rest}`) + gap : 0;
      const room = area.x + area.width - x - reserve;
      if (widthOf(text) > room) {
        if (i > 0 || overflow) {
          ok = false;
          break;
        }
        text = fitPrefix(raw, '…', { size, weight: 400, maxWidth: (room - 2 * pad) * WRAP_SLACK }, measure);
        if (!text || Array.from(text).length < 3) {
          ok = false;
          break;
        }
      }
      const width = Math.min(widthOf(text), room);
      chips.push({
        x,
        y: area.y,
        width,
        height: area.height,
        text,
        fill: overflow ? theme.badgeFill : tone.chip,
        color: overflow ? theme.badgeText : tone.text,
        size,
        radius: 3 * s,
      });
      x += width + gap;
    }
    if (ok) return chips;
  }
  return [];
}

export type PageCardContext = {
  tone: Tone;
  theme: SceneTheme;
  measure: TextMeasurer;
  /** pt per unit. */
  scale: number;
  detail: CardDetail;
};

/** A card drawn into `box` (already in pt). */
export function buildPageCard(node: ChartNode, box: Rect, ctx: PageCardContext): SceneNode {
  const { tone, theme, measure, scale: s } = ctx;
  const big = isBigKind(node.kind);
  const p = parts(node, ctx.detail);
  const x = box.x + UNIT.padX * s;
  const inner = (box.width - 2 * UNIT.padX * s) * WRAP_SLACK;
  const bottom = box.y + box.height - UNIT.padBottom * s;
  const titleSize = p.titleSize * s;
  const titleLine = titleSize * 1.25;
  const lineH = UNIT.textLine * s;
  const chipsH = p.chips.length > 0 ? (UNIT.chipGap + UNIT.chipHeight) * s : 0;
  // Room below the title for one line of subtitle and goal; they take a second line if it is there.
  const below = (p.sub ? UNIT.gap * s + lineH : 0) + (p.goal ? UNIT.gap * s + lineH : 0) + chipsH;
  let top = box.y + (UNIT.accent + UNIT.padTop) * s;
  const maxLines = Math.max(
    1,
    Math.min(MAX_TITLE_LINES, Math.floor((bottom - top - below + 0.5) / titleLine)),
  );
  const titleLines = wrapText(
    node.title,
    { size: titleSize, weight: 700, maxWidth: inner, maxLines },
    measure,
  );
  const card: SceneNode = {
    id: node.id,
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    depth: 0,
    fill: big ? tone.fill : '#ffffff',
    stroke: tone.stroke,
    accent: safeColor(node.color, tone.accent),
    radius: UNIT.radius * s,
    accentHeight: UNIT.accent * s,
    title: block(titleLines, x, top, titleLine, titleSize, 700, theme.cardTitle),
    chips: [],
  };
  top += titleLines.length * titleLine;
  const size = UNIT.text * s;
  const rest = [
    ['subtitle', p.sub, 400, theme.cardSubtitle],
    ['goal', p.goal, 600, tone.text],
  ] as const;
  for (const [k, [kind, text, weight, color]] of rest.entries()) {
    if (!text) continue;
    top += UNIT.gap * s;
    const after = k === 0 && p.goal ? UNIT.gap * s + lineH : 0;
    const fit = Math.floor((bottom - chipsH - top - after + 0.01 * s) / lineH);
    const maxLines = Math.max(1, Math.min(MAX_SUBTITLE_LINES, fit));
    const lines = wrapText(text, { size, weight, maxWidth: inner, maxLines }, measure);
    card[kind] = block(lines, x, top, lineH, size, weight, color);
    top += lines.length * lineH;
  }
  if (p.chips.length > 0) {
    const area = {
      x,
      y: bottom - UNIT.chipHeight * s,
      width: box.width - 2 * UNIT.padX * s,
      height: UNIT.chipHeight * s,
    };
    card.chips = chipRow(p.chips, area, s, tone, theme, measure);
  }
  return card;
}
