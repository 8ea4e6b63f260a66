import { describe, expect, it } from 'vitest';
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, fitCanvas } from '../../../src/export/canvas-limits';

describe('fitCanvas', () => {
  it.each([
    // width, height, scale, expected scale (null = scaled down, checked below), scaledDown
    [1000, 800, 2, 2, false],
    [1000, 800, 4, 4, false],
    [16_000, 900, 2, 2, false],
    [16_000, 900, 3, null, true], // 48,000 px wide: past the side limit
    [7_000, 7_000, 2, 2, false], // 14,000² = 196 M px: inside the area limit
    [9_000, 9_000, 2, null, true], // 18,000² = 324 M px: past the area limit
    [15_000, 15_000, 2, null, true], // past both
    [200_000, 300, 1, null, true], // even 1× is too wide
    [500, 500, 1, 1, false],
  ])('%i×%i at %i×', (width, height, scale, expected, scaledDown) => {
    const fit = fitCanvas(width, height, scale);
    expect(fit.width).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
    expect(fit.height).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
    expect(fit.width * fit.height).toBeLessThanOrEqual(CANVAS_MAX_AREA);
    if (
      width * height * scale * scale <= CANVAS_MAX_AREA &&
      Math.max(width, height) * scale <= CANVAS_MAX_SIDE
    ) {
      expect(fit).toEqual({ scale, scaledDown: false, width: width * scale, height: height * scale });
    } else {
      expect(fit.scaledDown).toBe(true);
      expect(fit.scale).toBeLessThan(scale);
      // Scaled down no more than needed: 1 % larger would break a limit.
      const bigger = fit.scale * 1.01;
      const over =
        Math.ceil(width * bigger) > CANVAS_MAX_SIDE ||
        Math.ceil(height * bigger) > CANVAS_MAX_SIDE ||
        Math.ceil(width * bigger) * Math.ceil(height * bigger) > CANVAS_MAX_AREA;
      expect(over).toBe(true);
    }
    if (expected !== null) expect(fit.scale).toBe(expected);
    expect(fit.scaledDown).toBe(scaledDown);
  });

  it('stays inside the documented limits', () => {
    expect(CANVAS_MAX_SIDE).toBeLessThanOrEqual(65_535);
    expect(CANVAS_MAX_AREA).toBeLessThanOrEqual(268_435_456);
  });

  it.each([
    [0, 100, 2],
    [100, Number.NaN, 2],
    [100, 100, -1],
  ])('survives nonsense input %s×%s at %s×', (w, h, s) => {
    const fit = fitCanvas(w, h, s);
    expect(fit.width).toBeGreaterThanOrEqual(1);
    expect(fit.height).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(fit.scale) && fit.scale > 0).toBe(true);
  });
});
