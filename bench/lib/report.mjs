import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { median } from './measure-misc.mjs';

/** Where each number lives in one run's result; the motion metrics carry their longest frame gap too. */
const METRICS = {
  ready: (r) => r.ready?.ms,
  heap: (r) => r.heap?.usedMB,
  panFit: (r) => r.panFit?.fps,
  panFitGap: (r) => r.panFit?.maxGapMs,
  zoomFit: (r) => r.zoomFit?.fps,
  zoomFitGap: (r) => r.zoomFit?.maxGapMs,
  panZoom1: (r) => r.panZoom1?.fps,
  panZoom1Gap: (r) => r.panZoom1?.maxGapMs,
  zoomZoom1: (r) => r.zoomZoom1?.fps,
  zoomZoom1Gap: (r) => r.zoomZoom1?.maxGapMs,
  edit: (r) => r.edit?.ms,
  collapse: (r) => r.collapse?.ms,
  expand: (r) => r.expand?.ms,
  png: (r) => r.png?.ms,
  pngBytes: (r) => r.png?.bytes,
};
const SOURCE = { pngBytes: 'png' };

/** The failure or skip that explains a missing number, looking at the step and the steps it needs. */
function whyMissing(run, key) {
  const base = key.replace(/Gap$/, '');
  for (const name of [SOURCE[base] ?? base, 'toZoom1', 'ready']) {
    if (name === 'toZoom1' && !/Zoom1|edit/.test(base)) continue;
    if (name === 'expand' && run.collapse?.failed) return `failed: ${run.collapse.failed}`;
    const step = run[name];
    if (step?.failed) return `failed: ${step.failed}`;
    if (step?.skipped) return step.skipped;
  }
  return 'failed: not measured';
}

/** Median over runs per metric: `{ value, n, runs }` or `{ missing }` with the first reason. */
export function aggregate(runs) {
  const out = {};
  for (const [key, get] of Object.entries(METRICS)) {
    const values = runs.map(get).filter((v) => typeof v === 'number' && Number.isFinite(v));
    out[key] = values.length
      ? { value: median(values), n: values.length, runs: runs.length }
      : { missing: runs.length ? whyMissing(runs[0], key) : 'no runs' };
  }
  return out;
}

const fmt = (cell, digits = 0, unit = '') => {
  if (!cell) return '—';
  if ('missing' in cell) return cell.missing;
  const partial = cell.n < cell.runs ? ` (${cell.n}/${cell.runs})` : '';
  return `${cell.value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit}${partial}`;
};
const fps = (m, key) =>
  'missing' in m[key] ? m[key].missing : `${fmt(m[key], 1)} (${fmt(m[`${key}Gap`], 0)} ms)`;
const png = (m) =>
  'missing' in m.png
    ? m.png.missing
    : `${fmt(m.png, 0)} ms, ${fmt({ ...m.pngBytes, value: m.pngBytes.value / 2 ** 20 }, 1)} MB`;

export const HEADER = [
  'nodes',
  'ready ms',
  'layout ms (cpu)',
  'pan fit fps (gap)',
  'zoom fit fps (gap)',
  'pan @1 fps (gap)',
  'zoom @1 fps (gap)',
  'edit ms',
  'collapse ms',
  'expand ms',
  'PNG 2×',
  'heap MB',
];

/** @param {{ size: number, metrics: any, layout: { ms: number } | { failed: string } }} row */
export function tableRow(row) {
  const m = row.metrics;
  const layout =
    'failed' in row.layout
      ? `failed: ${row.layout.failed}`
      : `${row.layout.ms.toFixed(1)} (cpu ${row.layout.cpuMs.toFixed(1)})`;
  return [
    row.size.toLocaleString('en'),
    fmt(m.ready),
    layout,
    fps(m, 'panFit'),
    fps(m, 'zoomFit'),
    fps(m, 'panZoom1'),
    fps(m, 'zoomZoom1'),
    fmt(m.edit, 1),
    fmt(m.collapse, 0),
    fmt(m.expand, 0),
    png(m),
    fmt(m.heap, 1),
  ];
}

export function markdownTable(rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(HEADER),
    line(HEADER.map((_, i) => (i === 0 ? '---:' : '---'))),
    ...rows.map((r) => line(tableRow(r))),
  ].join('\n');
}

/** A plain-text table for the terminal, columns padded to their widest cell. */
export function textTable(rows) {
  const cells = [HEADER, ...rows.map(tableRow)];
  const widths = HEADER.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)));
  return cells.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}

/** The machine, and how busy it was: other work on a 2-core machine shows up directly in the numbers. */
export async function machine(loadAtStart, chromiumVersion) {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model,
    cores: os.cpus().length,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: chromiumVersion,
    node: process.version,
    date: new Date().toISOString(),
    loadAvgAtStart: loadAtStart.map((l) => Math.round(l * 100) / 100),
    loadAvgAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
