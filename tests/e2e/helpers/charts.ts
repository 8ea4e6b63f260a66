import type { Locator, Page } from '@playwright/test';
import { expect, storedEntries } from '../fixtures';

type Json = Record<string, unknown>;

export type LibrarySnapshot = { library: string | null; chartKeys: string[]; chartButton: string };

/** The chart-library button in the toolbar; its label ends with the current chart's title. */
export function chartButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: /^图表库: / });
}

export async function currentTitle(page: Page): Promise<string> {
  return (await chartButton(page).innerText()).trim();
}

/** What an import must leave alone: the stored library, the stored charts and the chart on screen. */
export async function snapshotLibrary(page: Page): Promise<LibrarySnapshot> {
  const entries = await storedEntries(page);
  const chartKeys = Object.keys(entries)
    .filter((k) => k.startsWith('chart:'))
    .sort();
  const library = JSON.stringify(chartKeys.map((k) => [k, entries[k]]));
  return { library, chartKeys, chartButton: await currentTitle(page) };
}

/** The charts listed in the library menu (the stored library may not exist before the first edit). */
export async function menuCharts(page: Page): Promise<string[]> {
  await chartButton(page).click();
  const menu = page.getByRole('menu', { name: '图表库' });
  // The menu's code loads on the first open; the chart on screen is always listed.
  await expect(menu.getByRole('menuitemradio').first()).toBeVisible();
  const titles = await menu.getByRole('menuitemradio').allInnerTexts();
  await chartButton(page).click();
  await expect(menu).toBeHidden();
  return titles.map((t) => t.split('\n')[0]!.trim());
}

/** The document without what an import may legitimately change. */
export function comparable(chartJson: string): Json {
  const chart = JSON.parse(chartJson) as Json;
  delete chart.id;
  delete chart.title;
  delete chart.updatedAt;
  return chart;
}

export type FileInput = { name: string; mimeType: string; buffer: Buffer };

export async function importByPicker(page: Page, file: FileInput): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(file);
}

/** Drops a file on the window as a browser would: dragenter, dragover, drop with a DataTransfer. */
export async function importByDrop(page: Page, file: FileInput): Promise<void> {
  await page.evaluate(
    ({ name, mimeType, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type: mimeType }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
  );
}

export const jsonFile = (text: string, name = 'chart.json'): FileInput => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});

type NodeSpec = { id: string; parentId: string | null; kind: string; title: string };

/** A valid chart around the given nodes. */
export function chartWith(nodes: NodeSpec[], extra: Json = {}): Json {
  return {
    format: 'opschart',
    version: 1,
    id: 'chart-test',
    title: '测试图表',
    locale: 'zh-CN',
    direction: 'TB',
    nodes: nodes.map((n) => ({ responsibilities: [], metrics: [], ...n })),
    links: [],
    ...extra,
  };
}

/**
 * A deterministic tree of `count` nodes where each parent has 3–8 children, built
 * breadth first; the kinds follow the depth like a real chart's.
 */
export function bigChart(count: number, id = 'chart-big'): Json {
  const nodes: NodeSpec[] = [{ id: 'n0', parentId: null, kind: 'root', title: '大型图表根节点' }];
  const depth = [0];
  const childrenOf = (p: number) => 3 + ((p * 7) % 6);
  let parent = 0;
  let left = childrenOf(0);
  for (let i = 1; i < count; i++) {
    if (left === 0) left = childrenOf(++parent);
    left--;
    const d = depth[parent]! + 1;
    depth.push(d);
    nodes.push({
      id: `n${i}`,
      parentId: `n${parent}`,
      kind: d === 1 ? 'chain' : 'function',
      title: `职能 ${i}`,
    });
  }
  return chartWith(nodes, { id, title: `大型图表 ${count}` });
}

/** A root with `chains` chains, each holding `length` function nodes, stacked in columns (compact layout). */
export function chainsChart(chains: number, length: number, id = 'chart-chains'): Json {
  const nodes: NodeSpec[] = [{ id: 'root', parentId: null, kind: 'root', title: '长链图表' }];
  for (let c = 0; c < chains; c++) {
    nodes.push({ id: `c${c}`, parentId: 'root', kind: 'chain', title: `环节 ${c + 1}` });
    for (let i = 0; i < length; i++) {
      nodes.push({ id: `c${c}-${i}`, parentId: `c${c}`, kind: 'function', title: `职能 ${c + 1}-${i + 1}` });
    }
  }
  return chartWith(nodes, { id, title: `长链图表 ${nodes.length}`, compact: true });
}

/** Puts a chart in storage as the active chart before the app starts. */
export async function seedChart(page: Page, chart: Json): Promise<void> {
  await page.addInitScript(
    ({ text, id, title }) => {
      if (localStorage.getItem('opschart:seeded') !== null) return;
      localStorage.setItem('opschart:seeded', '1');
      localStorage.setItem(`opschart:chart:${id}`, text);
      localStorage.setItem(
        'opschart:library',
        JSON.stringify({ storageVersion: 1, activeId: id, charts: [{ id, title, updatedAt: Date.now() }] }),
      );
    },
    { text: JSON.stringify(chart), id: String(chart.id), title: String(chart.title) },
  );
}
