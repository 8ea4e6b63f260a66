/** bench/results/latest.md: the table, the targets and the machine it ran on. */
export function renderMarkdown(report, table) {
  const { env, options, initialJs, targets } = report;
  const js = 'failed' in initialJs
    ? `failed: ${initialJs.failed}`
    : `${initialJs.jsGzipKB.toFixed(1)} KB gzip (${initialJs.jsKB.toFixed(0)} KB raw, ${initialJs.files.length} file${initialJs.files.length === 1 ? "" : "s"}; CSS ${initialJs.cssGzipKB.toFixed(1)} KB gzip)`;
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
