import type { ChartNode } from '../model/schema';
import { measureText } from './text-width';

/** How far a region's label sits in from the region's left side. */
export const LABEL_INSET = 16;

/** The canvas's region label: 21 px (≈ 11 px at the fitted zoom), bold title, regular goal. */
export const REGION_LABEL = { size: 21, padX: 6 } as const;

const SEPARATOR = ' · ';

type LabelNode = Pick<ChartNode, 'title' | 'goal'> | undefined;

/** Room the label has in a band of `width`. */
const labelRoom = (width: number) => width - 2 * LABEL_INSET;

/** A band is at least this wide, so its title is never cut (the goal may be left to the legend). */
export function minRegionWidth(node: LabelNode, size: number = REGION_LABEL.size): number {
  if (!node) return 0;
  return Math.ceil(measureText(node.title, size, 700)) + 2 * LABEL_INSET;
}

/**
 * What a band of `width` shows: "title · goal" when all of it fits, else the title alone
 * (the goal stays in the legend and the details), never a cut word.
 */
export function regionLabelParts(node: LabelNode, width: number, size: number = REGION_LABEL.size) {
  if (!node) return { title: '', goal: '' };
  const goal = node.goal?.trim() ?? '';
  if (!goal) return { title: node.title, goal: '' };
  const full = measureText(node.title, size, 700) + measureText(`${SEPARATOR}${goal}`, size, 400);
  return { title: node.title, goal: full <= labelRoom(width) ? goal : '' };
}

export function regionLabelText(node: LabelNode, width: number, size: number = REGION_LABEL.size): string {
  const { title, goal } = regionLabelParts(node, width, size);
  return goal ? `${title}${SEPARATOR}${goal}` : title;
}
