import { describe, expect, it } from 'vitest';
import { pinchViewport, type Point } from '../../../src/canvas/pinch';

const pair = (a: [number, number], b: [number, number]): [Point, Point] => [
  { x: a[0], y: a[1] },
  { x: b[0], y: b[1] },
];

describe('pinchViewport', () => {
  it.each([
    {
      name: 'spreading the fingers to twice their distance doubles the zoom around their midpoint',
      start: { x: 0, y: 0, zoom: 1 },
      from: pair([100, 100], [200, 100]),
      to: pair([50, 100], [250, 100]),
      // The chart point (150, 100) stays under the midpoint (150, 100).
      want: { x: -150, y: -100, zoom: 2 },
    },
    {
      name: 'moving both fingers together pans by as much',
      start: { x: 10, y: 20, zoom: 0.5 },
      from: pair([100, 100], [200, 100]),
      to: pair([130, 60], [230, 60]),
      want: { x: 40, y: -20, zoom: 0.5 },
    },
    {
      name: 'pinching in past the minimum stops at the minimum',
      start: { x: 0, y: 0, zoom: 0.3 },
      from: pair([0, 0], [400, 0]),
      to: pair([190, 0], [210, 0]),
      want: { x: 200 - (200 / 0.3) * 0.25, y: 0, zoom: 0.25 },
    },
    {
      name: 'spreading past the maximum stops at the maximum',
      start: { x: 0, y: 0, zoom: 2 },
      from: pair([100, 0], [110, 0]),
      to: pair([0, 0], [210, 0]),
      want: { x: 105 - 52.5 * 2.5, y: 0, zoom: 2.5 },
    },
  ])('$name', ({ start, from, to, want }) => {
    const got = pinchViewport(start, from, to, 0.25, 2.5);
    expect(got.zoom).toBeCloseTo(want.zoom, 9);
    expect(got.x).toBeCloseTo(want.x, 9);
    expect(got.y).toBeCloseTo(want.y, 9);
  });

  it('fingers that start on one spot do not divide by zero', () => {
    const got = pinchViewport({ x: 0, y: 0, zoom: 1 }, pair([5, 5], [5, 5]), pair([0, 5], [10, 5]), 0.1, 4);
    expect(Number.isFinite(got.zoom)).toBe(true);
  });
});
