/** bench/results/latest.md: the table, the targets and the machine it ran on. */
export function renderMarkdown(report, table) {
  const { env, options, initialJs, targets } = report;
  const js =
    'failed' in initialJs
      ? `failed: ${initialJs.failed}`
      : `${initialJs.jsGzipKB.toFixed(1)} KB gzip (${initialJs.jsKB.toFixed(0)} KB raw, ${initialJs.files.length} file${initialJs.files.length === 1 ? '' : 's'}; CSS ${initialJs.cssGzipKB.toFixed(1)} KB gzip)`;
  const mark = { pass: '✅', fail: '❌', 'n/a': '➖' };
  return [
    '# OpsChart benchmark',
    '',
    `Median of ${options.runs} run${options.runs > 1 ? 's' : ''} per size, each in a fresh browser profile; generated charts (seed ${options.seed}${options.compact ? ', compact mode' : ''}). ` +
      'fps cells show the longest gap between frames in brackets. See bench/README.md for the method.',
    '',
    table,
    '',
    `Initial JS: ${js}`,
    '',
    '## Details',
    '',
    ...report.rows.map(details),
    '',
    '## Targets (issue 5)',
    '',
    ...targets.map((t) => `- ${mark[t.status]} ${t.label} — ${t.detail}`),
    '',
    '## Machine',
    '',
    `- CPU: ${env.cpu} (${env.cores} cores)`,
    `- Memory: ${env.memoryGB} GB`,
    `- OS: ${env.os}`,
    `- Chromium: ${env.chromium} (headless, --disable-gpu, 1280×800, device scale 1)`,
    `- Node: ${env.node}`,
    `- Date: ${env.date}`,
    `- Load average (1/5/15 min) at start ${env.loadAvgAtStart.join(' / ')}, at end ${env.loadAvgAtEnd.join(' / ')}`,
    `- Bench duration: ${report.durationS.toFixed(0)} s`,
    '',
  ].join('\n');
}

const pct = (v) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '?');

/** What the medians hide: per-run context that explains them. */
function details(row) {
  const runs = row.runs;
  const first = (pick) => runs.map(pick).find((v) => v !== undefined && v !== null);
  const ready = first(
    (r) =>
      r.ready?.transform &&
      `${r.ready.overview ? 'overview bitmap' : `${r.ready.cards} cards`} on screen at ${r.ready.transform}`,
  );
  const fold = first(
    (r) =>
      r.collapse?.ms !== undefined &&
      `${r.collapse.nodeId} (${r.collapse.descendants} descendants; cards on screen ${r.collapse.cardsBefore} → ${r.collapse.cardsAfter})`,
  );
  const png = first(
    (r) =>
      r.png?.width &&
      `${r.png.width}×${r.png.height} px${r.png.note ? ` — “${r.png.note}”` : ''}; dialog opened in ${r.png.openMs} ms`,
  );
  const zoom1 = first(
    (r) => r.toZoom1?.cards && `${r.toZoom1.cards} cards on screen, centred on ${r.toZoom1.nodeId}`,
  );
  const errors = first((r) => r.pageErrors?.join(' | '));
  const heapAfter = first((r) => r.heapAfter?.usedMB && `${r.heapAfter.usedMB.toFixed(1)} MB`);
  return [
    `- **${row.size.toLocaleString('en')} nodes** — ready: ${ready ?? '—'}; zoom 1: ${zoom1 ?? '—'}; folded: ${fold ?? '—'}; PNG: ${png ?? '—'}; heap after the interactions: ${heapAfter ?? '—'}; ` +
      `machine idle before each run: ${runs.map((r) => pct(r.idleBefore)).join(', ')}${errors ? `; page errors: ${errors}` : ''}`,
  ].join('\n');
}
