import { describe, expect, it } from 'vitest';
import { blobBytes } from '../../../src/export/blob-bytes';
import { extractChartFromPng } from '../../../src/export/png-chunks';
import { renderPng } from '../../../src/export/png';
import { buildScene } from '../../../src/export/scene';
import { sampleChart, sampleLayout, sceneOptions } from './fixtures';
import { tinyPng } from './png-fixture';

type Call = { method: string; args: unknown[] };

/** A recording stand-in for a canvas: jsdom has no 2D context, and the drawing calls are what we check. */
function fakeCanvas(result: 'png' | 'null') {
  const calls: Call[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (target, key: string) =>
      key in target ? target[key] : (...args: unknown[]) => void calls.push({ method: key, args }),
    set: (target, key: string, value) => {
      target[key] = value;
      calls.push({ method: `set:${key}`, args: [value] });
      return true;
    },
  });
  const made: { width: number; height: number }[] = [];
  const create = (width: number, height: number) => {
    made.push({ width, height });
    return {
      width,
      height,
      getContext: () => ctx,
      convertToBlob: async () =>
        result === 'png' ? new Blob([tinyPng() as Uint8Array<ArrayBuffer>], { type: 'image/png' }) : null,
    } as unknown as OffscreenCanvas;
  };
  return { calls, made, create };
}

const chart = sampleChart();
const scene = buildScene(chart, sampleLayout(chart), sceneOptions({ showTitle: true, showLegend: true }));

describe('renderPng', () => {
  it('draws every card, connector and text line with the 2D API at the requested scale', async () => {
    const canvas = fakeCanvas('png');
    const result = await renderPng(scene, 2, { createCanvas: canvas.create });
    expect(canvas.made).toEqual([{ width: Math.ceil(scene.width * 2), height: Math.ceil(scene.height * 2) }]);
    expect(result).toMatchObject({ width: Math.ceil(scene.width * 2), height: Math.ceil(scene.height * 2) });
    expect(result.scaledDown).toBeUndefined();
    expect(canvas.calls.find((c) => c.method === 'scale')?.args).toEqual([2, 2]);
    const drawn = canvas.calls.filter((c) => c.method === 'fillText').map((c) => c.args[0]);
    for (const node of scene.nodes) for (const line of node.title.lines) expect(drawn).toContain(line.text);
    expect(drawn).toContain(scene.title!.text);
    const strokes = canvas.calls.filter((c) => c.method === 'stroke').length;
    expect(strokes).toBeGreaterThanOrEqual(scene.edges.length + scene.nodes.length + scene.links.length);
    expect(canvas.calls.some((c) => c.method === 'setLineDash' && (c.args[0] as number[]).length === 2)).toBe(
      true,
    );
    const fonts = canvas.calls.filter((c) => c.method === 'set:font').map((c) => String(c.args[0]));
    expect(fonts.every((f) => f.includes('"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC"'))).toBe(true);
  });

  it('scales down past the canvas limits and says so', async () => {
    const huge = { ...scene, width: 30_000, height: 20_000 };
    const canvas = fakeCanvas('png');
    const result = await renderPng(huge, 2, { createCanvas: canvas.create });
    expect(result.scaledDown?.from).toBe(2);
    expect(result.scaledDown!.to).toBeLessThan(1);
    expect(canvas.made[0]!.width * canvas.made[0]!.height).toBeLessThanOrEqual(268_435_456);
  });

  it('throws a clear error instead of returning an empty file', async () => {
    const canvas = fakeCanvas('null');
    await expect(renderPng(scene, 1, { createCanvas: canvas.create })).rejects.toThrow(/PNG export failed/);
  });

  it('embeds the chart document when asked', async () => {
    const canvas = fakeCanvas('png');
    const json = JSON.stringify(chart);
    const result = await renderPng(scene, 1, { createCanvas: canvas.create, chartJson: json });
    expect(result.blob.type).toBe('image/png');
    expect(extractChartFromPng(await blobBytes(result.blob))).toBe(json);
  });
});
