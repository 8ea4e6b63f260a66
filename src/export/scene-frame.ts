import { toneAt } from '../layout/palette';
import type { Box, Region } from '../layout/types';
import type { ChartNode, NodeId } from '../model/schema';
import { LABEL_INSET } from '../layout/region-label';
import type { SceneTheme } from './scene-theme';
import type { SceneLegend, SceneRegion, SceneTitle } from './scene-types';
import type { TextMeasurer } from '../layout/text-width';
import { wrapText } from '../layout/text-wrap';

/** Region chrome as on screen: rounded-2xl, a bold label in the label room the layout leaves, clear of the connector. */
const REGION = { radius: 16, labelSize: 15, labelBaseline: 20 } as const;
export const TITLE = { size: 22, height: 30, gap: 16 } as const;
const LEGEND = { gap: 20, row: 20, swatch: 12, size: 12, itemGap: 20 } as const;

export function regionLabel(node: ChartNode | undefined): string {
  if (!node) return '';
  return node.goal?.trim() ? `${node.title} · ${node.goal.trim()}` : node.title;
}

export function buildRegions(
  regions: readonly Region[],
  byId: ReadonlyMap<NodeId, ChartNode>,
  toneOf: (region: Region) => number,
  theme: SceneTheme,
  measure: TextMeasurer,
): SceneRegion[] {
  return regions.map((r) => {
    const tone = toneAt(toneOf(r));
    const x = r.x + LABEL_INSET;
    const maxWidth = Math.max(0, r.width - 2 * LABEL_INSET);
    const lines = wrapText(
      regionLabel(byId.get(r.nodeId)),
      { size: REGION.labelSize, weight: 700, maxWidth, maxLines: 1 },
      measure,
    );
    const textWidth = lines[0] ? measure(lines[0], REGION.labelSize, 700) : 0;
    const labelBox = lines[0]
      ? {
          x: x - 6,
          y: r.y + 4,
          width: textWidth + 12,
          height: REGION.labelSize + 8,
          fill: theme.darkRegions ? theme.linkLabelFill : tone.fill,
          radius: 4,
        }
      : null;
    return {
      labelBox,
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
      nodeId: r.nodeId,
      tone: toneOf(r),
      fill: theme.darkRegions ? tone.accent : tone.fill,
      fillOpacity: theme.darkRegions ? 0.16 : 1,
      stroke: theme.darkRegions ? tone.accent : tone.stroke,
      radius: REGION.radius,
      label: {
        lines: lines.map((text) => ({ text, x, y: r.y + REGION.labelBaseline })),
        size: REGION.labelSize,
        weight: 700,
        color: theme.darkRegions ? tone.fill : tone.text,
        anchor: 'start',
      },
    };
  });
}

/** The chart title on one line, cut with an ellipsis past `maxWidth`. */
export function buildTitle(
  text: string,
  x: number,
  top: number,
  maxWidth: number,
  theme: SceneTheme,
  measure: TextMeasurer,
): SceneTitle | undefined {
  const [line] = wrapText(text, { size: TITLE.size, weight: 700, maxWidth, maxLines: 1 }, measure);
  if (!line) return undefined;
  return { text: line, x, y: top + TITLE.size * 0.95, size: TITLE.size, weight: 700, color: theme.title };
}

export type LegendEntry = { tone: number; label: string };

/** Legend rows under the chart: a swatch and "title · goal" per region, wrapped to `width`. */
export function buildLegend(
  entries: readonly LegendEntry[],
  area: Box,
  theme: SceneTheme,
  measure: TextMeasurer,
): SceneLegend | undefined {
  if (entries.length === 0) return undefined;
  const items: SceneLegend['items'] = [];
  let x = area.x;
  let row = 0;
  const textMax = Math.max(40, area.width - LEGEND.swatch - 6);
  for (const entry of entries) {
    const [label = ''] = wrapText(
      entry.label,
      { size: LEGEND.size, weight: 400, maxWidth: textMax, maxLines: 1 },
      measure,
    );
    const width = LEGEND.swatch + 6 + measure(label, LEGEND.size, 400);
    if (x > area.x && x + width > area.x + area.width) {
      row += 1;
      x = area.x;
    }
    const y = area.y + LEGEND.gap + row * LEGEND.row;
    const tone = toneAt(entry.tone);
    items.push({
      swatch: {
        x,
        y: y + 4,
        width: LEGEND.swatch,
        height: LEGEND.swatch,
        fill: tone.fill,
        stroke: tone.accent,
      },
      label: {
        lines: [{ text: label, x: x + LEGEND.swatch + 6, y: y + 14 }],
        size: LEGEND.size,
        weight: 400,
        color: theme.legendText,
        anchor: 'start',
      },
    });
    x += width + LEGEND.itemGap;
  }
  return { x: area.x, y: area.y, width: area.width, height: LEGEND.gap + (row + 1) * LEGEND.row, items };
}

/** Height the legend will take for `entries` at `width`, without building it. */
export function legendHeight(
  entries: readonly LegendEntry[],
  width: number,
  theme: SceneTheme,
  measure: TextMeasurer,
): number {
  return buildLegend(entries, { x: 0, y: 0, width, height: 0 }, theme, measure)?.height ?? 0;
}
