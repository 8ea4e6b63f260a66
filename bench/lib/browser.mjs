import { chromium } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium floods the closed network with requests.
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--js-flags=--expose-gc',
];

/**
 * A fresh browser (Playwright gives every launch its own temporary profile directory) with one
 * context whose local storage holds the chart as the previous version of the app kept it
 * (the first visit of a run migrates it into IndexedDB; see run-once.mjs).
 * @param {string} origin e.g. http://127.0.0.1:1234
 * @param {any} chart the chart document
 */
export async function openRun(origin, chart) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 60_000 });
  try {
    const library = {
      storageVersion: 1,
      activeId: chart.id,
      charts: [{ id: chart.id, title: chart.title, updatedAt: Date.now() }],
    };
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: 'zh-CN',
      acceptDownloads: true,
      storageState: {
        cookies: [],
        origins: [
          {
            origin,
            localStorage: [
              { name: 'opschart:library', value: JSON.stringify(library) },
              { name: `opschart:chart:${chart.id}`, value: JSON.stringify(chart) },
            ],
          },
        ],
      },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    return { browser, context, page, errors };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

/** @returns {Promise<string>} */
export async function chromiumVersion() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 60_000 });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}
