import { MIGRATION_V1_V2 } from '../../../src/model/migrations';
import { localizeChart } from '../../../src/model/localize-chart';
import { chartDocSchema, type Chart, type ChartDoc, type Locale } from '../../../src/model/schema';

/** A shown (v1-shaped) chart as a stored v2 document, the way importChart would read it. */
export function docOf(chart: Chart): ChartDoc {
  return chartDocSchema.parse(
    MIGRATION_V1_V2.up(structuredClone(chart) as unknown as Record<string, unknown>),
  );
}

const stored = new WeakMap<Chart, ChartDoc>();

/** The document shown in `language`, remembering which document each shown chart came from. */
export function show(doc: ChartDoc, language: Locale = 'zh-CN'): Chart {
  const chart = localizeChart(doc, language);
  stored.set(chart, doc);
  return chart;
}

/** The stored document behind a chart made by `show`. */
export function storedOf(chart: Chart): ChartDoc {
  const doc = stored.get(chart);
  if (!doc) throw new Error('not a chart made by show()');
  return doc;
}

/**
 * A stored document as a plain one-language chart, without the fallback marks: what a
 * writer (sheet, outline) sees, for round trips that compare text only.
 */
export function shownPlain(doc: ChartDoc, language: Locale = 'zh-CN'): Chart {
  const { titleFellBack: _title, ...chart } = localizeChart(doc, language);
  return { ...chart, nodes: chart.nodes.map(({ fallbacks: _fallbacks, ...node }) => node) };
}
