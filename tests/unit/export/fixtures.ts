import { layoutChart } from '../../../src/layout/tree-layout';
import type { ChartLayout } from '../../../src/layout/types';
import type { Chart, ChartNode } from '../../../src/model/schema';
import { measureText } from '../../../src/layout/text-width';
import type { SceneOptions } from '../../../src/export/scene-types';

type NodeSpec = Partial<ChartNode> & Pick<ChartNode, 'id' | 'parentId' | 'kind' | 'title'>;

const node = (spec: NodeSpec): ChartNode => ({ responsibilities: [], metrics: [], ...spec });

/** A small chart with every kind, two regions, a collapsed group, long text, metrics and a link. */
export function sampleChart(overrides: Partial<Chart> = {}): Chart {
  return {
    format: 'opschart',
    version: 1,
    id: 'sample',
    title: '电商平台运营分工',
    locale: 'zh-CN',
    direction: 'TB',
    compact: false,
    nodes: [
      node({
        id: 'root',
        parentId: null,
        kind: 'root',
        title: '电商平台运营',
        subtitle: 'E-commerce platform operations',
      }),
      node({
        id: 'acq',
        parentId: 'root',
        kind: 'chain',
        title: '用户获取',
        subtitle: 'User acquisition',
        goal: '拉新',
      }),
      node({
        id: 'channel',
        parentId: 'acq',
        kind: 'function',
        title: '渠道/推广运营：应用商店、SEO/ASO 等渠道的下载、安装与活跃用户获取',
        subtitle: 'Channel & promotion ops',
        metrics: ['DAU', '次日留存', '周留存', '月留存', '下载量', '市场占有率'],
        owner: '增长组',
        headcount: 6,
      }),
      node({ id: 'campaign', parentId: 'acq', kind: 'function', title: '活动运营', metrics: ['活动指标'] }),
      node({
        id: 'keep',
        parentId: 'root',
        kind: 'chain',
        title: '用户维护',
        goal: '促活 / 留存 / 转化 / 召回',
      }),
      node({ id: 'platform', parentId: 'keep', kind: 'side', title: '平台侧', goal: '足够多的优质用户' }),
      node({
        id: 'ops',
        parentId: 'platform',
        kind: 'group',
        title: '平台运营',
        subtitle: 'Platform ops',
        collapsed: true,
      }),
      node({
        id: 'strategy',
        parentId: 'ops',
        kind: 'function',
        title: 'Strategy operations and data mining',
        metrics: ['GMV'],
      }),
      node({ id: 'event', parentId: 'ops', kind: 'function', title: '活动运营', metrics: [] }),
      node({
        id: 'supply',
        parentId: 'keep',
        kind: 'side',
        title: '供给侧',
        goal: '足够多的优质商家',
        color: '#d97706',
      }),
      node({
        id: 'merchant',
        parentId: 'supply',
        kind: 'function',
        title: '商家运营 <script>alert(1)</script> & "quotes"',
      }),
    ],
    links: [{ id: 'l1', source: 'campaign', target: 'merchant', kind: 'works-with', label: '协作' }],
    ...overrides,
  };
}

export function sampleLayout(chart: Chart): ChartLayout {
  return layoutChart(chart, { direction: chart.direction, compact: chart.compact });
}

export function sceneOptions(overrides: Partial<SceneOptions> = {}): SceneOptions {
  return {
    scope: 'all',
    includeCollapsed: false,
    background: 'white',
    showTitle: false,
    showLegend: false,
    showRegions: true,
    padding: 32,
    measure: measureText,
    ...overrides,
  };
}
