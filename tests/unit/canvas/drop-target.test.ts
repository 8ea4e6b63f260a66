import { describe, expect, it } from 'vitest';
import { dropZone, siblingAxis } from '../../../src/canvas/drop-target';

const target = { x: 100, y: 100, width: 200, height: 80 };
/** A dragged card of the target's size whose centre is at (cx, cy). */
const at = (cx: number, cy: number) => ({ x: cx - 100, y: cy - 40, width: 200, height: 80 });

describe('dropZone', () => {
  it.each([
    { name: 'left quarter, siblings across', dragged: at(140, 140), axis: 'x', kind: 'before' },
    { name: 'middle, siblings across', dragged: at(200, 140), axis: 'x', kind: 'child' },
    { name: 'right quarter, siblings across', dragged: at(260, 140), axis: 'x', kind: 'after' },
    // A compact column: the top edge inserts before (it used to make a child).
    { name: 'top quarter, siblings stacked', dragged: at(200, 110), axis: 'y', kind: 'before' },
    { name: 'middle, siblings stacked', dragged: at(200, 140), axis: 'y', kind: 'child' },
    { name: 'bottom quarter, siblings stacked', dragged: at(200, 172), axis: 'y', kind: 'after' },
    {
      name: 'left edge does not count when siblings are stacked',
      dragged: at(140, 140),
      axis: 'y',
      kind: 'child',
    },
  ] as const)('$name → $kind', ({ dragged, axis, kind }) => {
    expect(dropZone(dragged, target, axis)).toEqual({ kind });
  });
});

describe('siblingAxis', () => {
  it.each([
    {
      name: 'neighbour beside (spread, top-down)',
      neighbour: { ...target, x: 340 },
      direction: 'TB',
      axis: 'x',
    },
    {
      name: 'neighbour below (compact column, top-down)',
      neighbour: { ...target, y: 200 },
      direction: 'TB',
      axis: 'y',
    },
    { name: 'neighbour below (left-right)', neighbour: { ...target, y: 200 }, direction: 'LR', axis: 'y' },
    {
      name: 'neighbour beside (compact, left-right)',
      neighbour: { ...target, x: 340 },
      direction: 'LR',
      axis: 'x',
    },
    { name: 'only child, top-down', neighbour: undefined, direction: 'TB', axis: 'x' },
    { name: 'only child, left-right', neighbour: undefined, direction: 'LR', axis: 'y' },
  ] as const)('$name → $axis', ({ neighbour, direction, axis }) => {
    expect(siblingAxis(target, neighbour, direction)).toBe(axis);
  });
});
