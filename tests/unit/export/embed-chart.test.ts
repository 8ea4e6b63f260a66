import { describe, expect, it } from 'vitest';
import { branchChart, chartToEmbed } from '../../../src/export/embed-chart';
import { importChart } from '../../../src/model/import-chart';
import { sampleChart } from './fixtures';

const chart = sampleChart({
  links: [
    { id: 'l1', source: 'campaign', target: 'merchant', kind: 'works-with', label: '协作' },
    { id: 'l2', source: 'strategy', target: 'event', kind: 'works-with' },
  ],
});

describe('what an exported picture carries', () => {
  it('a branch export embeds only that branch, as a chart that imports', () => {
    const json = chartToEmbed(chart, { embed: true, branchOf: 'ops' });
    const result = importChart(json!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.chart.nodes.map((n) => n.id)).toEqual(['ops', 'strategy', 'event']);
    expect(result.chart.nodes[0]!.parentId).toBeNull();
    // Only links inside the branch travel.
    expect(result.chart.links.map((l) => l.id)).toEqual(['l2']);
    // Nothing from other branches leaves with the file.
    expect(json).not.toContain('供给侧');
    expect(json).not.toContain('merchant');
  });

  it('the whole chart when no branch (or the root, or a vanished node) is exported', () => {
    for (const branchOf of [null, 'root', 'gone']) {
      expect(JSON.parse(chartToEmbed(chart, { embed: true, branchOf })!)).toEqual(
        JSON.parse(JSON.stringify(chart)),
      );
    }
  });

  it('nothing when the user switched embedding off', () => {
    expect(chartToEmbed(chart, { embed: false, branchOf: null })).toBeNull();
    expect(chartToEmbed(chart, { embed: false, branchOf: 'ops' })).toBeNull();
  });

  it('drops pinned positions from a lifted branch and leaves the document untouched', () => {
    const pinned = {
      ...chart,
      nodes: chart.nodes.map((n) => (n.id === 'event' ? { ...n, position: { x: 10, y: 20 } } : n)),
    };
    const branch = branchChart(pinned, 'ops');
    expect(branch.nodes.find((n) => n.id === 'event')!.position).toBeUndefined();
    expect(pinned.nodes.find((n) => n.id === 'event')!.position).toEqual({ x: 10, y: 20 });
  });
});
