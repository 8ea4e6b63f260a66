import type { Chart, ChartDoc } from '../model/schema';
import { bilingualRows, chartToRows } from './sheet-export';
import { writeDelimited } from './sheet-text';
import { writeXlsx } from './xlsx-write';

/**
 * The chart as a CSV (UTF-8 with BOM, for Excel) or XLSX file in the id / parent-id shape:
 * in the chart's language, or with `bilingual` (the stored document) both languages' columns.
 */
export function sheetFile(chart: Chart, format: 'csv' | 'xlsx', bilingual?: ChartDoc): Blob {
  const rows = bilingual ? bilingualRows(bilingual, chart.locale) : chartToRows(chart);
  if (format === 'csv') return new Blob([writeDelimited(rows)], { type: 'text/csv;charset=utf-8' });
  const bytes = writeXlsx(rows, chart.title);
  return new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
