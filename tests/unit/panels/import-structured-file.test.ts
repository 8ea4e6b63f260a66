import { File as NodeFile } from 'node:buffer';
import { beforeEach, describe, expect, it } from 'vitest';
import { importStructuredFile } from '../../../src/panels/import-structured-file';
import { translate } from '../../../src/i18n/strings';
import { LIMITS } from '../../../src/model/schema';
import { resetStore, store, testStore } from '../store/store-helpers';
import { selectLibrary } from '../../../src/store/library-list';

// jsdom's File has no arrayBuffer(); Node's has.
const fileOf = (parts: (string | Uint8Array)[], name: string) => new NodeFile(parts, name) as unknown as File;

beforeEach(() => resetStore('zh-CN'));

describe('importStructuredFile', () => {
  it('refuses a 30 MB spreadsheet before reading it, in words for a spreadsheet; nothing changes', async () => {
    const before = { chart: store().chart, charts: selectLibrary(store()) };
    const file = fileOf([new Uint8Array(30 * 1024 * 1024)], '大表.csv');
    await importStructuredFile(testStore(), file);
    const notice = store().notices.find((n) => n.id === 'import');
    expect(notice).toMatchObject({ tone: 'error', key: 'sheetFileTooLarge' });
    expect(translate('zh-CN', notice!.key, notice!.params)).toBe(
      '“大表.csv”有 30.0 MB，超过 20 MB 的上限，没有导入。请拆分成几个较小的表格后分别导入。',
    );
    expect(translate('en', notice!.key, notice!.params)).toMatch(
      /^“大表.csv” is 30.0 MB, over the 20 MB limit/,
    );
    expect(store().sheetImport).toBeNull();
    expect({ chart: store().chart, charts: selectLibrary(store()) }).toEqual(before);
  });

  it('reads a file just under the limit into the mapping step', async () => {
    const header = '名称,上级\r\n运营,\r\n';
    const file = fileOf(
      [header, ' '.repeat(LIMITS.fileBytes - new TextEncoder().encode(header).length)],
      'ok.csv',
    );
    await importStructuredFile(testStore(), file);
    expect(store().notices).toEqual([]);
    expect(store().sheetImport?.name).toBe('ok');
  });
});
