import { COMPACT } from './node-size';
import type { Direction } from '../model/schema';
import type { Box } from './types';

export type Point = { x: number; y: number };

/**
 * Compact mode stacks a parent's leaves in an indented column; their connector runs
 * down a trunk at the parent's left and turns right into each card, like a classic
 * org chart. Every other child hangs from an elbow below its parent.
 */
export function isStackedChild(parent: Box, child: Box, direction: Direction): boolean {
  return (
    direction === 'TB' &&
    Math.abs(child.x - (parent.x + COMPACT.indent)) < 0.5 &&
    child.y > parent.y + parent.height
  );
}

/** The x of the trunk a stacked column hangs from, relative to the parent's left edge. */
export const STACK_TRUNK = COMPACT.indent / 2;

/**
 * Where the elbow turns, measured from the parent: close to the parent so the bar runs
 * above the label strip of any region below (regions start 26 px under the parent).
 */
export const ELBOW = 16;

/** The polyline from a parent's handle to a child's handle, given which kind of connector it is. */
export function elbowPoints(from: Point, to: Point, direction: Direction, stacked: boolean): Point[] {
  if (stacked) return [from, { x: from.x, y: to.y }, to];
  if (direction === 'TB') return [from, { x: from.x, y: from.y + ELBOW }, { x: to.x, y: from.y + ELBOW }, to];
  return [from, { x: from.x + ELBOW, y: from.y }, { x: from.x + ELBOW, y: to.y }, to];
}

/** SVG path data for a polyline with softly rounded corners. */
export function roundedPath(points: Point[], radius = 6): string {
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1]!;
    const c = points[i]!;
    const n = points[i + 1]!;
    const r = Math.min(radius, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    const a = towards(c, p, r);
    const b = towards(c, n, r);
    d += ` L${a.x},${a.y} Q${c.x},${c.y} ${b.x},${b.y}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${last.x},${last.y}`;
}

function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return {
    x: from.x + ((to.x - from.x) / length) * distance,
    y: from.y + ((to.y - from.y) / length) * distance,
  };
}

/** The polyline of a tree connector from parent to child, shared by the canvas and every export. */
export function connectorPoints(parent: Box, child: Box, direction: Direction): Point[] {
  if (isStackedChild(parent, child, direction)) {
    const x = parent.x + STACK_TRUNK;
    const y = child.y + child.height / 2;
    return [
      { x, y: parent.y + parent.height },
      { x, y },
      { x: child.x, y },
    ];
  }
  if (direction === 'TB') {
    const from = { x: parent.x + parent.width / 2, y: parent.y + parent.height };
    return elbowPoints(from, { x: child.x + child.width / 2, y: child.y }, direction, false);
  }
  const from = { x: parent.x + parent.width, y: parent.y + parent.height / 2 };
  return elbowPoints(from, { x: child.x, y: child.y + child.height / 2 }, direction, false);
}
