import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectLibrary } from '../../../src/store/library-list';
import { importChart } from '../../../src/model/import-chart';
import { exportChartText } from '../../../src/model/chart-text';
import { chartFileName, openFromFile, saveToFile } from '../../../src/panels/file-commands';
import { unsavedToFile } from '../../../src/store/file-actions';
import type { FileHandle } from '../../../src/store/repo/file-links';
import { createMemoryFileLinks } from '../../../src/store/repo/file-links';
import { createChartStore } from '../../../src/store/store';
import { createMemoryRepo } from '../../../src/store/repo/memory-repo';
import { templateChart } from '../../../src/model/templates';
import * as download from '../../../src/export/download';
import { File as NodeFile } from 'node:buffer';

type Fake = FileHandle & { content: string; writes: number; permission: PermissionState; failWith?: Error };

function fakeHandle(name: string, content = ''): Fake {
  const h: Fake = {
    kind: 'file',
    name,
    content,
    writes: 0,
    permission: 'granted',
    // jsdom's File has no arrayBuffer(); Node's has.
    getFile: async () => new NodeFile([h.content], h.name, { type: 'application/json' }) as unknown as File,
    createWritable: async () => {
      if (h.failWith) throw h.failWith;
      let buffer = '';
      return {
        write: async (data) => void (buffer += String(data)),
        close: async () => {
          h.content = buffer;
          h.writes++;
        },
      };
    },
    isSameEntry: async (other) => other === h,
    queryPermission: async () => h.permission,
    requestPermission: async () => h.permission,
  };
  return h;
}

const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const win = window as unknown as Record<string, unknown>;
let picked: Fake[] = [];
const savePicker = vi.fn(async (options: { suggestedName: string }) => {
  const h = fakeHandle(options.suggestedName);
  picked.push(h);
  return h;
});

function newStore() {
  const fileLinks = createMemoryFileLinks();
  const store = createChartStore({
    repo: createMemoryRepo(),
    locale: 'zh-CN',
    chart: { ...templateChart('default'), title: { 'zh-CN': '运营 分工' } },
    saveDelayMs: 10,
    fileLinks,
  });
  return { store, get: store.getState, fileLinks };
}

/** Renames the chart in the chart language (Chinese here), as the chart menu does. */
const rename = (get: () => ReturnType<ReturnType<typeof newStore>['get']>, title: string) =>
  get().renameChart(title);

beforeEach(() => {
  picked = [];
  savePicker.mockClear();
  win.showSaveFilePicker = savePicker;
});
afterEach(() => {
  delete win.showSaveFilePicker;
  delete win.showOpenFilePicker;
  vi.restoreAllMocks();
});

describe('Save to file with the File System Access API', () => {
  it('asks where the first time, then Ctrl+S writes back to the same file', async () => {
    const { get, fileLinks } = newStore();
    await saveToFile(get);
    expect(savePicker).toHaveBeenCalledTimes(1);
    expect(savePicker.mock.calls[0]![0].suggestedName).toBe('运营-分工.opschart.json');
    const file = picked[0]!;
    const back = importChart(file.content);
    expect(back.ok && back.chart.title).toEqual({ 'zh-CN': '运营 分工' });
    expect(unsavedToFile(get().lastEdited(get().chart.id), get().fileLinks[get().chart.id])).toBe(false);
    // The link outlives the tab.
    expect(Object.keys(await fileLinks.all())).toEqual([get().chart.id]);

    rename(get, '改过的标题');
    expect(unsavedToFile(get().lastEdited(get().chart.id), get().fileLinks[get().chart.id])).toBe(true);
    await saveToFile(get);
    expect(savePicker).toHaveBeenCalledTimes(1);
    expect(file.writes).toBe(2);
    expect(file.content).toBe(exportChartText(get().openDocument(get().chart.id)!));
    expect(unsavedToFile(get().lastEdited(get().chart.id), get().fileLinks[get().chart.id])).toBe(false);
  });

  it('undo back to the saved document clears the unsaved mark', async () => {
    const { get } = newStore();
    await saveToFile(get);
    rename(get, 'x');
    get().undo();
    expect(unsavedToFile(get().lastEdited(get().chart.id), get().fileLinks[get().chart.id])).toBe(false);
  });

  it('Save as asks again and links the chart to the new file', async () => {
    const { get } = newStore();
    await saveToFile(get);
    await saveToFile(get, { as: true });
    expect(savePicker).toHaveBeenCalledTimes(2);
    expect(get().fileLinks[get().chart.id]!.handle).toBe(picked[1]);
  });

  it('a file that can no longer be written is reported and nothing stored is touched', async () => {
    const { get } = newStore();
    await saveToFile(get);
    rename(get, 'after');
    const before = get().chart;
    picked[0]!.failWith = new DOMException('gone', 'NotFoundError');
    await saveToFile(get);
    expect(get().notices.map((n) => n.key)).toEqual(['fileSaveFailed']);
    expect(get().notices[0]!.params?.name).toBe('运营-分工.opschart.json');
    expect(get().chart).toBe(before);
    expect(unsavedToFile(get().lastEdited(get().chart.id), get().fileLinks[get().chart.id])).toBe(true);
  });

  it('without permission to write the kept file, says so and asks where to save', async () => {
    const { get } = newStore();
    await saveToFile(get);
    picked[0]!.permission = 'denied';
    savePicker.mockRejectedValueOnce(new DOMException('cancelled', 'AbortError'));
    await saveToFile(get);
    expect(get().notices.map((n) => n.key)).toEqual(['fileNoPermission']);
    expect(savePicker).toHaveBeenCalledTimes(2);
    await saveToFile(get);
    expect(savePicker).toHaveBeenCalledTimes(3);
    expect(picked[1]!.writes).toBe(1);
    expect(get().fileLinks[get().chart.id]!.handle).toBe(picked[1]);
  });

  it('a cancelled picker changes nothing and says nothing', async () => {
    const { get } = newStore();
    savePicker.mockRejectedValueOnce(new DOMException('cancelled', 'AbortError'));
    await saveToFile(get);
    expect(get().notices).toEqual([]);
    expect(get().fileLinks).toEqual({});
  });
});

describe('Save to file without the API', () => {
  it('downloads the chart and remembers the name for the next Ctrl+S', async () => {
    delete win.showSaveFilePicker;
    const spy = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
    const { get } = newStore();
    await saveToFile(get);
    expect(spy).toHaveBeenCalledTimes(1);
    const [blob, name] = spy.mock.calls[0]!;
    expect(name).toBe('运营-分工.opschart.json');
    const back = importChart(await readText(blob as Blob));
    expect(back.ok).toBe(true);
    expect(get().fileLinks[get().chart.id]).toMatchObject({ name, handle: null });
    rename(get, 'renamed');
    await saveToFile(get);
    expect(spy.mock.calls[1]![1]).toBe(name);
  });
});

describe('Open file', () => {
  it('opens a chart file as a new chart that saves back to it', async () => {
    const { get } = newStore();
    const source = { ...templateChart('default'), id: 'from-disk', title: { 'zh-CN': 'On disk' } };
    const handle = fakeHandle('on-disk.opschart.json', exportChartText(source));
    win.showOpenFilePicker = vi.fn(async () => [handle]);
    const other = vi.fn(async () => {});
    await openFromFile(get, () => {}, other);
    expect(get().chart.title).toEqual({ 'zh-CN': 'On disk' });
    expect(other).not.toHaveBeenCalled();
    rename(get, 'On disk, edited');
    await saveToFile(get);
    expect(savePicker).not.toHaveBeenCalled();
    expect(importChart(handle.content).ok && JSON.parse(handle.content).title).toEqual({
      'zh-CN': 'On disk, edited',
    });

    // The same file again: switch to its chart, no second copy.
    const count = selectLibrary(get()).length;
    await get().switchChart(selectLibrary(get())[0]!.id);
    await openFromFile(get, () => {}, other);
    expect(get().chart.title).toEqual({ 'zh-CN': 'On disk, edited' });
    expect(selectLibrary(get())).toHaveLength(count);
  });

  it('hands spreadsheets and pictures to the importer, unlinked', async () => {
    const { get } = newStore();
    const handle = fakeHandle('team.csv', 'a,b\n1,2\n');
    win.showOpenFilePicker = vi.fn(async () => [handle]);
    const other = vi.fn(async () => {});
    await openFromFile(get, () => {}, other);
    expect(other).toHaveBeenCalledTimes(1);
    expect(get().fileLinks).toEqual({});
  });

  it('uses the file input where there is no picker', async () => {
    const { get } = newStore();
    const fallback = vi.fn();
    await openFromFile(get, fallback, async () => {});
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});

describe('file names', () => {
  it('keep the title, say what the JSON is, and drop bidi controls', () => {
    expect(chartFileName('运营分工')).toBe('运营分工.opschart.json');
    expect(chartFileName('report\u202Egnp.exe')).toBe('report-gnp.exe.opschart.json');
  });
});
