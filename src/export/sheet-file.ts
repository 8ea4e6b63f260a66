import type { Chart } from '../model/schema';
import { chartToRows } from './sheet-export';
import { writeDelimited } from './sheet-text';
import { writeXlsx } from './xlsx-write';

/** The chart as a CSV (UTF-8 with BOM, for Excel) or XLSX file in the id / parent-id shape. */
export function sheetFile(chart: Chart, format: 'csv' | 'xlsx'): Blob {
  const rows = chartToRows(chart);
  if (format === 'csv') return new Blob([writeDelimited(rows)], { type: 'text/csv;charset=utf-8' });
  const bytes = writeXlsx(rows, chart.title);
  return new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
