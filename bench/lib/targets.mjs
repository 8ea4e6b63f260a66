/** The targets of issue 5 (2-core machine, software rendering), checked against a result. */
const MOTION = ['panFit', 'zoomFit', 'panZoom1', 'zoomZoom1'];

const TARGETS = [
  { size: 5000, label: 'ready ≤ 1,000 ms', keys: ['ready'], ok: (v) => v <= 1000 },
  { size: 5000, label: 'layout ≤ 50 ms', keys: ['layout'], ok: (v) => v <= 50 },
  { size: 5000, label: 'pan/zoom ≥ 50 fps (fitted and zoom 1)', keys: MOTION, ok: (v) => v >= 50 },
  { size: 5000, label: 'no frame gap over 50 ms', keys: MOTION.map((k) => `${k}Gap`), ok: (v) => v <= 50 },
  { size: 5000, label: 'edit ≤ 50 ms', keys: ['edit'], ok: (v) => v <= 50 },
  { size: 5000, label: '2× PNG export ≤ 2 s', keys: ['png'], ok: (v) => v <= 2000 },
  { size: 5000, label: 'JS heap ≤ 60 MB', keys: ['heap'], ok: (v) => v <= 60 },
  { size: 10000, label: 'ready ≤ 2,000 ms', keys: ['ready'], ok: (v) => v <= 2000 },
  { size: 10000, label: 'pan/zoom ≥ 40 fps', keys: MOTION, ok: (v) => v >= 40 },
  { size: 10000, label: 'every export succeeds', keys: ['png'], ok: () => true },
];

/**
 * @param {{ size: number, metrics: Record<string, any>, layout: any }[]} rows
 * @param {{ jsGzipKB: number } | { failed: string }} initialJs
 * @returns {{ label: string, status: 'pass' | 'fail' | 'n/a', detail: string }[]}
 */
export function checkTargets(rows, initialJs) {
  const out = [];
  for (const t of TARGETS) {
    const row = rows.find((r) => r.size === t.size);
    const label = `${t.size.toLocaleString('en')} nodes: ${t.label}`;
    if (!row) {
      out.push({ label, status: 'n/a', detail: 'size not run' });
      continue;
    }
    const cells = t.keys.map((k) =>
      k === 'layout'
        ? 'failed' in row.layout
          ? { missing: row.layout.failed }
          : { value: row.layout.ms }
        : row.metrics[k],
    );
    const missing = cells.find((c) => !c || 'missing' in c);
    if (missing) {
      out.push({
        label,
        status: missing?.missing?.startsWith('n/a') ? 'n/a' : 'fail',
        detail: missing?.missing ?? 'not measured',
      });
      continue;
    }
    const values = cells.map((c) => c.value);
    const pass = values.every(t.ok);
    out.push({
      label,
      status: pass ? 'pass' : 'fail',
      detail: values.map((v) => (Math.round(v * 10) / 10).toLocaleString('en')).join(' / '),
    });
  }
  if ('failed' in initialJs)
    out.push({ label: 'initial JS ≤ 200 KB gzip', status: 'fail', detail: initialJs.failed });
  else
    out.push({
      label: 'initial JS ≤ 200 KB gzip',
      status: initialJs.jsGzipKB <= 200 ? 'pass' : 'fail',
      detail: `${initialJs.jsGzipKB.toFixed(1)} KB`,
    });
  return out;
}
