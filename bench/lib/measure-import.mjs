import { chromium } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { ARGS, CHROMIUM_PATH } from './browser.mjs';

/** 20,000 teams under 20 groups under one root, with the Chinese headers Excel users write. */
export function teamRows(count = 20_000) {
  const rows = [['部门', '上级部门', '人数', '职责']];
  rows.push(['电商平台运营', '', String(count), '全平台运营']);
  for (let g = 1; g <= 20; g++) rows.push([`运营组${g}`, '电商平台运营', '500', '拉新；促活']);
  for (let i = 1; rows.length <= count; i++)
    rows.push([`团队${i}`, `运营组${(i % 20) + 1}`, '3', '活动策划；数据复盘']);
  return rows;
}

const csvOf = (rows) => Buffer.from('\uFEFF' + rows.map((r) => r.join(',')).join('\r\n') + '\r\n');

/** An .xlsx laid out as Excel writes it: shared strings, numbers as numbers. */
function xlsxOf(rows) {
  const shared = [];
  const index = new Map();
  const col = (c) => String.fromCharCode(65 + c);
  const sheetRows = rows
    .map((row, r) => {
      const cells = row.map((value, c) => {
        const ref = `${col(c)}${r + 1}`;
        if (value === '') return '';
        if (/^\d+$/.test(value)) return `<c r="${ref}"><v>${value}</v></c>`;
        if (!index.has(value)) index.set(value, shared.push(value) - 1);
        return `<c r="${ref}" t="s"><v>${index.get(value)}</v></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    })
    .join('');
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="团队表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      'xl/sharedStrings.xml': strToU8(
        `<sst xmlns="${main}">${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`,
      ),
    }),
  );
}

/**
 * Imports a 20,000-row CSV and XLSX through the file input and the mapping step, as a user
 * does (issue 11): time to the mapping step, time to the new chart on screen (both as seen by
 * Playwright, which polls), and the longest main-thread task in between (PerformanceObserver).
 * @param {string} origin
 * @param {number} runs
 */
export async function measureImports(origin, runs, rowCount = 20_000) {
  const rows = teamRows(rowCount);
  const files = [
    { format: 'CSV', name: '团队2万.csv', mimeType: 'text/csv', buffer: csvOf(rows) },
    {
      format: 'XLSX',
      name: '团队2万.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsxOf(rows),
    },
  ];
  const out = [];
  for (const file of files) {
    const samples = [];
    for (let run = 0; run < runs; run++) samples.push(await importOnce(origin, file));
    const median = (key) => {
      const values = samples.map((s) => s[key]).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)];
    };
    out.push({
      format: file.format,
      rows: rowCount,
      bytes: file.buffer.length,
      toMappingMs: median('toMappingMs'),
      toChartMs: median('toChartMs'),
      longestTaskMs: median('longestTaskMs'),
      mappingTaskMs: median('mappingTaskMs'),
      openTaskMs: median('openTaskMs'),
      samples,
    });
  }
  return out;
}

async function importOnce(origin, file) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 60_000 });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`${origin}/`);
    await page.getByText('已保存', { exact: true }).waitFor();
    await page.evaluate(() => {
      window.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });
    const start = performance.now();
    await page.locator('input[type=file]').setInputFiles(file);
    // Playwright builds the picked file inside the page (a task of its own, ~0.1–0.4 s for 1 MB):
    // tasks that start before it hands the file over are the harness's, not the app's.
    const handedOver = await page.evaluate(() => performance.now());
    const dialog = page.getByRole('dialog', { name: /导入表格/ });
    // The button names the teams only once the preview is built.
    const accept = dialog.getByRole('button', { name: /^导入 [1-9][\d,]* 个节点$/ });
    await accept.waitFor();
    const toMappingMs = performance.now() - start;
    const previewAt = await page.evaluate(() => performance.now());
    await accept.click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `图表库: ${file.name.replace(/\.\w+$/, '')}` }).waitFor();
    const toChartMs = performance.now() - start;
    // Long-task entries are delivered after the task: give the last ones (the chart's first render) time to arrive.
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(() => window.__tasks);
    const longest = (from, to = Infinity) =>
      Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
    return {
      toMappingMs,
      toChartMs,
      longestTaskMs: longest(handedOver),
      mappingTaskMs: longest(handedOver, previewAt),
      openTaskMs: longest(previewAt),
    };
  } finally {
    await browser.close().catch(() => {});
  }
}

/** @param {Awaited<ReturnType<typeof measureImports>>} results */
export function importsTable(results) {
  const head =
    '| file | rows | size | to the mapping step ms | to the chart on screen ms | longest main-thread task ms | of which: until the preview is shown | after Import |\n|---|---:|---:|---:|---:|---:|---:|---:|\n';
  return (
    head +
    results
      .map(
        (r) =>
          `| ${r.format} | ${r.rows.toLocaleString('en')} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.toMappingMs.toFixed(0)} | ${r.toChartMs.toFixed(0)} | ${r.longestTaskMs.toFixed(0)} | ${r.mappingTaskMs.toFixed(0)} | ${r.openTaskMs.toFixed(0)} |`,
      )
      .join('\n')
  );
}
