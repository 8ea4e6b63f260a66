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

/** A dashed "works with" line as a quadratic curve: start, control point, end. */
export type LinkCurve = { from: Point; control: Point; to: Point };

/** How far a link between neighbours dips below (or beside) the cards it joins. */
const LINK_DIP = 40;

/** The point halfway along a quadratic curve, where its label goes. */
export function curveMidpoint(c: LinkCurve): Point {
  return { x: (c.from.x + 2 * c.control.x + c.to.x) / 4, y: (c.from.y + 2 * c.control.y + c.to.y) / 4 };
}

function borderPoint(box: Box, toward: Point): Point {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/**
 * How a link is bent. `row`: cards in one row are joined below them; `column`: cards in one
 * column are joined beside them, on the right (1) or the left (-1), or not (0); `reach`: how far
 * the control point sits past the cards (the curve dips half that); `bow`: the most a link
 * between any other pair bows out.
 */
export type LinkShape = { row: boolean; column: -1 | 0 | 1; reach: number; bow: number };

/** The canvas and the chart exports: dips below in a top-down row, beside in a left-right column. */
export function linkShape(direction: Direction): LinkShape {
  return { row: direction === 'TB', column: direction === 'LR' ? 1 : 0, reach: 2 * LINK_DIP, bow: 60 };
}

/**
 * Cards in one row (one column) are joined by a curve that dips below (beside) them, so the
 * line and its label stay clear of both cards; any other pair by a gently bowed line between
 * their borders. The one link geometry of the canvas, the chart exports and the pages.
 */
export function linkCurve(a: Box, b: Box, shape: Direction | LinkShape): LinkCurve | null {
  const { row, column, reach, bow } = typeof shape === 'string' ? linkShape(shape) : shape;
  if (row && Math.abs(a.y - b.y) < 1) {
    const from = { x: a.x + a.width / 2, y: a.y + a.height };
    const to = { x: b.x + b.width / 2, y: b.y + b.height };
    return { from, to, control: { x: (from.x + to.x) / 2, y: Math.max(from.y, to.y) + reach } };
  }
  if (column !== 0 && Math.abs(a.x - b.x) < 1) {
    const side = (box: Box) => (column > 0 ? box.x + box.width : box.x);
    const from = { x: side(a), y: a.y + a.height / 2 };
    const to = { x: side(b), y: b.y + b.height / 2 };
    const x = column > 0 ? Math.max(from.x, to.x) + reach : Math.min(from.x, to.x) - reach;
    return { from, to, control: { x, y: (from.y + to.y) / 2 } };
  }
  const from = borderPoint(a, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const to = borderPoint(b, { x: a.x + a.width / 2, y: a.y + a.height / 2 });
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1) return null;
  const bend = Math.min(bow, length * 0.15);
  return {
    from,
    to,
    control: { x: (from.x + to.x) / 2 - (dy / length) * bend, y: (from.y + to.y) / 2 + (dx / length) * bend },
  };
}
