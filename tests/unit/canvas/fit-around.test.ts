import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { covers, fitAround, type Obstacle } from '../../../src/canvas/fit-around';

const options = { margin: 0.03, minZoom: 0.002, maxZoom: 1.2 };
const canvas = { width: 1000, height: 600 };
const legend: Obstacle = { corner: 'bottom-left', width: 300, height: 120 };
const minimap: Obstacle = { corner: 'bottom-right', width: 220, height: 170 };

describe('fitAround', () => {
  it.each([
    {
      name: 'no widgets: the plain centred fit, limited by height',
      bounds: { x: 0, y: 0, width: 1000, height: 1000 },
      obstacles: [],
      zoom: (600 - 36) / 1000,
    },
    {
      name: 'a wide chart steps above both widgets (their tallest)',
      bounds: { x: 0, y: 0, width: 2000, height: 400 },
      obstacles: [legend, minimap],
      zoom: (1000 - 60) / 2000,
    },
    {
      name: 'a tall chart steps beside both widgets',
      bounds: { x: 0, y: 0, width: 400, height: 2000 },
      // Plain: 564/2000 = 0.282 → 113 px wide in the middle, clear of both corners already.
      obstacles: [legend, minimap],
      zoom: (600 - 36) / 2000,
    },
    {
      name: 'a square chart steps beside both widgets when that leaves more room',
      bounds: { x: 0, y: 0, width: 800, height: 800 },
      obstacles: [legend, minimap],
      zoom: (1000 - 308 - 228) / 800,
    },
    {
      name: 'above a low, wide legend and beside a tall, narrow minimap',
      bounds: { x: 0, y: 0, width: 800, height: 800 },
      obstacles: [
        { corner: 'bottom-left', width: 400, height: 60 },
        { corner: 'bottom-right', width: 150, height: 300 },
      ] satisfies Obstacle[],
      zoom: (600 - 18 - 68) / 800,
    },
  ])('$name', ({ bounds, obstacles, zoom }) => {
    const view = fitAround(bounds, canvas, obstacles, options);
    expect(view.zoom).toBeCloseTo(zoom, 6);
    for (const o of obstacles) expect(covers(o, view, bounds, canvas)).toBe(false);
  });

  it('keeps the chart inside the canvas and honours the zoom limits', () => {
    const tiny = fitAround({ x: 50, y: 50, width: 10, height: 10 }, canvas, [legend], options);
    expect(tiny.zoom).toBe(1.2);
    // Centred: the 12 px box sits in the middle of the room left over.
    expect(tiny.x + 50 * 1.2 + 6).toBeCloseTo(500, 6);
  });

  it('places the chart at its own origin (bounds that do not start at 0)', () => {
    const bounds = { x: -500, y: 200, width: 1000, height: 500 };
    const view = fitAround(bounds, canvas, [], options);
    const left = bounds.x * view.zoom + view.x;
    const right = left + bounds.width * view.zoom;
    expect(left).toBeCloseTo(1000 - right, 6);
  });

  const corner = fc.constantFrom('top-left', 'top-right', 'bottom-left', 'bottom-right' as const);
  const obstacle = fc.record({
    corner,
    width: fc.integer({ min: 20, max: 300 }),
    height: fc.integer({ min: 20, max: 200 }),
  });

  it('never lets a widget cover the fitted chart, and never zooms in past the plain fit', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -5000, max: 5000 }),
          y: fc.integer({ min: -5000, max: 5000 }),
          width: fc.integer({ min: 50, max: 20000 }),
          height: fc.integer({ min: 50, max: 20000 }),
        }),
        fc.integer({ min: 700, max: 2000 }),
        fc.integer({ min: 500, max: 1200 }),
        fc.array(obstacle, { maxLength: 3 }),
        (bounds, width, height, obstacles) => {
          const size = { width, height };
          const view = fitAround(bounds, size, obstacles, options);
          const plain = fitAround(bounds, size, [], options);
          expect(view.zoom).toBeLessThanOrEqual(plain.zoom + 1e-9);
          for (const o of obstacles) expect(covers(o, view, bounds, size)).toBe(false);
        },
      ),
    );
  });
});
