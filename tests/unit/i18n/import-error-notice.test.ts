import { describe, expect, it } from 'vitest';
import { importErrorDetail, importErrorNotice } from '../../../src/i18n/import-error-notice';
import { importChart } from '../../../src/model/import-chart';
import { translate } from '../../../src/i18n/strings';

const refused = (text: string) => {
  const r = importChart(text);
  if (r.ok) throw new Error('expected a refusal');
  return importErrorNotice(r.error);
};

describe('import error notices', () => {
  it.each([
    ['not json', 'importError_malformed-json'],
    ['{"format":"other"}', 'importError_wrong-format'],
  ])('%s gets the headline of its code', (text, key) => {
    expect(refused(text).key).toBe(key);
  });

  it('the Chinese UI says where, with no English parser text', () => {
    const chart = {
      format: 'opschart',
      version: 1,
      id: 'c',
      title: 'T',
      locale: 'zh-CN',
      direction: 'TB',
      nodes: [
        { id: 'r', parentId: null, kind: 'root', title: '根', responsibilities: [], metrics: [] },
        {
          id: 'long',
          parentId: 'r',
          kind: 'function',
          title: '长'.repeat(201),
          responsibilities: [],
          metrics: [],
        },
      ],
      links: [],
    };
    const notice = refused(JSON.stringify(chart));
    const zh = translate('zh-CN', notice.key, {
      ...notice.params,
      detail: importErrorDetail('zh-CN', notice.params),
    });
    // A v1 file's title is the Chinese title of the v2 document it migrates to.
    expect(zh).toBe('某个节点的字段无效：问题在节点“long”的 title.zh-CN 字段');
    const en = translate('en', notice.key, {
      ...notice.params,
      detail: importErrorDetail('en', notice.params),
    });
    expect(en).toMatch(/^A node has an invalid field: .*long.*title/);
  });

  it.each([
    [{ detail: 'Unexpected token' }, '请确认这是 OpsChart 导出的 JSON、PNG 或 SVG 文件'],
    [{ detail: 'x', nodeId: 'n1' }, '问题在节点“n1”'],
    [{ detail: 'x', field: 'title' }, '问题在 title 字段'],
  ])('Chinese detail for %j', (params, text) => {
    expect(importErrorDetail('zh-CN', params)).toBe(text);
  });
});
