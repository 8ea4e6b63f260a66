import { importChart } from '../../../src/model/import-chart';
import { shownPlain } from '../model/doc-of';
import type { Chart, ChartNode } from '../../../src/model/schema';
import { detectMapping } from '../../../src/export/sheet-fields';
import { rowsToChart } from '../../../src/export/sheet-rows';

/**
 * What a spreadsheet cell can hold of a chart: list items are single-line, trimmed and
 * non-empty (a cell splits them on line breaks); empty optional text is no text; owner
 * and colour are trimmed. The writers keep everything else exactly.
 */
export function sheetForm(chart: Chart): Chart {
  const list = (items: string[]) => items.map((i) => i.replace(/[\r\n]+/g, ' ').trim()).filter(Boolean);
  const text = (value: string | undefined) => (value ? value : undefined);
  const nodes = chart.nodes.map((n): ChartNode => {
    const out: ChartNode = {
      ...n,
      subtitle: text(n.subtitle),
      goal: text(n.goal),
      description: text(n.description),
      notes: text(n.notes),
      owner: text(n.owner?.trim()),
      responsibilities: list(n.responsibilities),
      metrics: list(n.metrics),
      collapsed: n.collapsed || undefined,
    };
    for (const key of Object.keys(out) as (keyof ChartNode)[]) if (out[key] === undefined) delete out[key];
    return out;
  });
  return { ...chart, nodes };
}

/** Fields a sheet does not carry: the chart's envelope (its title travels as the file name) and link ids. */
export const comparable = (chart: Chart) => ({
  nodes: chart.nodes,
  // Links travel on their source's row, so their order is by source.
  links: chart.links.map(({ id: _id, ...l }) => JSON.stringify(l)).sort(),
});

export function readBack(rows: string[][], title: string): Chart {
  const { mapping } = detectMapping(rows[0] ?? []);
  const built = rowsToChart(rows, mapping, { title, locale: 'zh-CN', chartId: 'c' });
  if (!built.ok) throw new Error(built.reason);
  if (built.problems.length > 0) throw new Error(JSON.stringify(built.problems));
  const imported = importChart(JSON.stringify(built.document));
  if (!imported.ok) throw new Error(imported.error.message);
  return shownPlain(imported.chart);
}

/** A link label is one line of a cell, trimmed; chartArb's ids hold no spaces. */
export const spaceFreeLabels = (chart: Chart): Chart => ({
  ...chart,
  links: chart.links
    .map((l) => ({ ...l, label: l.label?.replace(/[\r\n]+/g, ' ').trim() || undefined }))
    .map((l) => {
      if (l.label === undefined) {
        const { label: _label, ...rest } = l;
        return rest;
      }
      return l;
    }),
});
