import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/export/scene';
import type { ExportScene, TextBlock } from '../../../src/export/scene-types';
import { measureText } from '../../../src/layout/text-width';
import { CARD } from '../../../src/layout/card-text';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import { sampleChart, sampleLayout, sceneOptions } from './fixtures';

const chart = sampleChart();
const layout = sampleLayout(chart);
const visibleIds = ['root', 'acq', 'channel', 'campaign', 'keep', 'platform', 'ops', 'supply', 'merchant'];

function blocks(scene: ExportScene): TextBlock[] {
  return scene.nodes.flatMap((n) => [n.title, n.subtitle, n.goal].filter((b): b is TextBlock => !!b));
}

describe('buildScene', () => {
  it('has every visible node and one edge per visible parent–child pair', () => {
    const scene = buildScene(chart, layout, sceneOptions());
    expect(scene.nodes.map((n) => n.id)).toEqual(visibleIds);
    expect(scene.edges).toHaveLength(visibleIds.length - 1);
    expect(scene.links.map((l) => l.id)).toEqual(['l1']);
    expect(scene.links[0]!.label?.text.lines[0]?.text).toBe('协作');
    expect(scene.rootId).toBe('root');
  });

  it('connects each child top-centre to its parent bottom-centre with orthogonal segments (TB)', () => {
    const scene = buildScene(chart, layout, sceneOptions());
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    const acq = byId.get('acq')!;
    const channel = byId.get('channel')!;
    const edge = scene.edges.find((e) => {
      const last = e.points.at(-1)!;
      return last.x === channel.x + channel.width / 2 && last.y === channel.y;
    });
    expect(edge).toBeDefined();
    expect(edge!.points[0]).toEqual({ x: acq.x + acq.width / 2, y: acq.y + acq.height });
    for (let i = 1; i < edge!.points.length; i++) {
      const [a, b] = [edge!.points[i - 1]!, edge!.points[i]!];
      expect(a.x === b.x || a.y === b.y).toBe(true);
    }
  });

  it('puts the legend below a link that dips under the cards, never across its label (branch of the default chart)', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const full = localizeChart(templateChart('default'), locale);
      const link = full.links[0]!;
      const branch = full.nodes.find((n) => n.id === link.source)!.parentId!;
      const scene = buildScene(
        full,
        sampleLayout(full),
        sceneOptions({ scope: { subtreeOf: branch }, showLegend: true, showTitle: true }),
      );
      const label = scene.links[0]!.label!.box;
      expect(scene.legend).toBeDefined();
      expect(scene.legend!.y).toBeGreaterThanOrEqual(label.y + label.height);
      expect(scene.height).toBeGreaterThanOrEqual(scene.legend!.y + scene.legend!.height);
    }
  });

  it('keeps every text line inside its card, measured with the same measurer', () => {
    const scene = buildScene(chart, layout, sceneOptions());
    for (const node of scene.nodes) {
      const inner = node.width - 2 * CARD.padX;
      for (const block of [node.title, node.subtitle, node.goal]) {
        for (const line of block?.lines ?? []) {
          expect(measureText(line.text, block!.size, block!.weight)).toBeLessThanOrEqual(inner + 1e-9);
          expect(line.y).toBeLessThanOrEqual(node.y + node.height);
          expect(line.y - block!.size).toBeGreaterThanOrEqual(node.y);
        }
      }
      for (const chip of node.chips) {
        expect(chip.x).toBeGreaterThanOrEqual(node.x - chip.width / 2 - 1e-9);
        expect(chip.x + chip.width).toBeLessThanOrEqual(node.x + node.width + chip.width / 2 + 1e-9);
      }
    }
    expect(blocks(scene).every((b) => b.lines.length > 0)).toBe(true);
  });

  it('wraps a long title to two lines with an ellipsis and caps metric chips with "+N"', () => {
    const scene = buildScene(chart, layout, sceneOptions());
    const channel = scene.nodes.find((n) => n.id === 'channel')!;
    expect(channel.title.lines).toHaveLength(2);
    expect(channel.title.lines[1]!.text.endsWith('…')).toBe(true);
    const metricChips = channel.chips.filter((c) => c.text !== '增长组 · 6');
    const shown = metricChips.filter((c) => !c.text.startsWith('+'));
    const more = metricChips.find((c) => c.text.startsWith('+'));
    expect(more?.text).toBe(`+${6 - shown.length}`);
    expect(channel.chips.some((c) => c.text === '增长组 · 6')).toBe(true);
    const rows = new Set(metricChips.map((c) => c.y));
    expect(rows.size).toBeLessThanOrEqual(2);
    for (const chip of metricChips)
      expect(chip.y + chip.height).toBeLessThanOrEqual(channel.y + channel.height - 8 + 1e-9);
  });

  it('shows the goal on chain and side cards in the tone text colour, and a "+N" badge on a collapsed node', () => {
    const scene = buildScene(chart, layout, sceneOptions());
    const acq = scene.nodes.find((n) => n.id === 'acq')!;
    expect(acq.goal?.lines[0]?.text).toBe('拉新');
    expect(acq.title.size).toBe(16);
    const ops = scene.nodes.find((n) => n.id === 'ops')!;
    expect(ops.chips.map((c) => c.text)).toContain('+2');
  });

  it('uses a node colour override for the accent bar', () => {
    const scene = buildScene(chart, layout, sceneOptions());
    expect(scene.nodes.find((n) => n.id === 'supply')!.accent).toBe('#d97706');
  });

  it('is the layout bounds (with regions) plus padding', () => {
    const pad = 40;
    const scene = buildScene(chart, layout, sceneOptions({ padding: pad, showRegions: false }));
    expect(scene.width).toBeCloseTo(layout.bounds.width + 2 * pad);
    expect(scene.height).toBeCloseTo(layout.bounds.height + 2 * pad);
    const xs = scene.nodes.map((n) => n.x);
    const ys = scene.nodes.map((n) => n.y);
    expect(Math.min(...xs)).toBeCloseTo(pad);
    expect(Math.min(...ys)).toBeCloseTo(pad);

    const withRegions = buildScene(chart, layout, sceneOptions({ padding: pad }));
    for (const r of withRegions.regions) {
      expect(r.x).toBeGreaterThanOrEqual(pad - 1e-9);
      expect(r.y).toBeGreaterThanOrEqual(pad - 1e-9);
      expect(r.x + r.width).toBeLessThanOrEqual(withRegions.width - pad + 1e-9);
      expect(r.y + r.height).toBeLessThanOrEqual(withRegions.height - pad + 1e-9);
    }
  });

  it('draws regions behind with their chain/side label', () => {
    const scene = buildScene(chart, layout, sceneOptions());
    expect(scene.regions.map((r) => r.nodeId).sort()).toEqual(['acq', 'keep', 'platform', 'supply']);
    const acq = scene.regions.find((r) => r.nodeId === 'acq')!;
    expect(acq.label.lines[0]?.text).toBe('用户获取 · 拉新');
    expect(buildScene(chart, layout, sceneOptions({ showRegions: false })).regions).toEqual([]);
  });

  it('limits a subtree export to that subtree and keeps its colours', () => {
    const full = buildScene(chart, layout, sceneOptions());
    const scene = buildScene(chart, layout, sceneOptions({ scope: { subtreeOf: 'keep' }, showTitle: true }));
    expect(scene.rootId).toBe('keep');
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['keep', 'merchant', 'ops', 'platform', 'supply']);
    expect(scene.edges).toHaveLength(4);
    // The link's source is outside the subtree.
    expect(scene.links).toEqual([]);
    const toneIn = (s: ExportScene, id: string) => s.regions.find((r) => r.nodeId === id)!.fill;
    expect(toneIn(scene, 'supply')).toBe(toneIn(full, 'supply'));
    expect(scene.title?.text).toBe('电商平台运营分工 · 用户维护');
  });

  it('lays out collapsed parts when asked to include them', () => {
    const collapsed = buildScene(chart, layout, sceneOptions());
    expect(collapsed.nodes.some((n) => n.id === 'strategy')).toBe(false);
    const open = buildScene(chart, layout, sceneOptions({ includeCollapsed: true }));
    expect(open.nodes.map((n) => n.id)).toEqual(chart.nodes.map((n) => n.id));
    expect(open.edges).toHaveLength(chart.nodes.length - 1);
    expect(open.nodes.find((n) => n.id === 'ops')!.chips).toEqual([]);
  });

  it('adds a title above and a legend below, inside the scene', () => {
    const scene = buildScene(chart, layout, sceneOptions({ showTitle: true, showLegend: true }));
    expect(scene.title?.text).toBe('电商平台运营分工');
    const top = Math.min(...scene.nodes.map((n) => n.y), ...scene.regions.map((r) => r.y));
    expect(scene.title!.y).toBeLessThan(top);
    expect(scene.legend?.items.map((i) => i.label.lines[0]?.text)).toEqual(
      expect.arrayContaining(['用户获取 · 拉新', '平台侧 · 足够多的优质用户']),
    );
    const bottom = Math.max(...scene.nodes.map((n) => n.y + n.height));
    for (const item of scene.legend!.items) {
      expect(item.swatch.y).toBeGreaterThan(bottom);
      expect(item.label.lines[0]!.y).toBeLessThanOrEqual(scene.height);
    }
  });

  it('uses light text and a dark background for the dark variant, none for transparent', () => {
    const dark = buildScene(chart, layout, sceneOptions({ background: 'dark', showTitle: true }));
    expect(dark.background).toBe('#0f172a');
    expect(dark.title?.color).toBe('#f1f5f9');
    expect(buildScene(chart, layout, sceneOptions({ background: 'transparent' })).background).toBeNull();
    expect(buildScene(chart, layout, sceneOptions()).background).toBe('#ffffff');
  });

  it('a transparent picture for dark slides keeps no background but light title, legend and labels', () => {
    const opts = { showTitle: true, showLegend: true };
    const light = buildScene(chart, layout, sceneOptions({ ...opts, background: 'transparent' }));
    const forDark = buildScene(chart, layout, sceneOptions({ ...opts, background: 'transparent-dark' }));
    expect(forDark.background).toBeNull();
    expect(light.title?.color).toBe('#0f172a');
    expect(forDark.title?.color).toBe('#f1f5f9');
    for (const item of forDark.legend!.items) expect(item.label.color).toBe('#e2e8f0');
    for (const r of forDark.regions) expect(r.label.color).not.toBe(light.regions[0]!.label.color);
  });

  it('routes compact stacks along a spine and handles left-right charts', () => {
    const big = {
      ...localizeChart(templateChart('default'), 'zh-CN'),
      compact: true,
      direction: 'TB' as const,
    };
    const scene = buildScene(big, sampleLayout(big), sceneOptions({ includeCollapsed: true }));
    expect(scene.nodes).toHaveLength(big.nodes.length);
    expect(scene.edges).toHaveLength(big.nodes.length - 1);
    // A stacked leaf hangs off a spine: down, then right into the card's left side.
    const spine = scene.edges.filter((e) => e.points.length === 3);
    expect(spine.length).toBeGreaterThan(0);
    for (const edge of spine) {
      const end = edge.points[2]!;
      expect(scene.nodes.some((n) => n.x === end.x && n.y + n.height / 2 === end.y)).toBe(true);
    }
    for (const edge of scene.edges) {
      for (let i = 1; i < edge.points.length; i++) {
        const [a, b] = [edge.points[i - 1]!, edge.points[i]!];
        expect(a.x === b.x || a.y === b.y).toBe(true);
      }
    }
    const lr = { ...chart, direction: 'LR' as const };
    const lrScene = buildScene(lr, sampleLayout(lr), sceneOptions());
    const root = lrScene.nodes.find((n) => n.id === 'root')!;
    const fromRoot = lrScene.edges.filter((e) => e.points[0]!.x === root.x + root.width);
    expect(fromRoot).toHaveLength(2);
  });

  it('falls back to the whole chart for an unknown subtree id', () => {
    const scene = buildScene(chart, layout, sceneOptions({ scope: { subtreeOf: 'gone' } }));
    expect(scene.nodes.map((n) => n.id)).toEqual(visibleIds);
  });
});
