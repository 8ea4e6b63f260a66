import type { Chart, ChartNode, NodeKind } from '../../../src/model/schema';

export function node(
  id: string,
  parentId: string | null,
  kind: NodeKind,
  extra: Partial<ChartNode> = {},
): ChartNode {
  return { id, parentId, kind, title: id, responsibilities: [], metrics: [], ...extra };
}

export function chartOf(nodes: ChartNode[], extra: Partial<Chart> = {}): Chart {
  return {
    format: 'opschart',
    version: 1,
    id: 'fixture',
    title: 'Fixture',
    locale: 'en',
    direction: 'TB',
    compact: false,
    nodes,
    links: [],
    ...extra,
  };
}

/** The shape of the default chart (21 nodes): two chains, the second holding a platform side and a supply side. */
export function defaultLikeChart(extra: Partial<Chart> = {}): Chart {
  const fn = (id: string, parent: string) => node(id, parent, 'function');
  return chartOf(
    [
      node('root', null, 'root'),
      node('acquisition', 'root', 'chain'),
      fn('channel', 'acquisition'),
      fn('campaign-a', 'acquisition'),
      fn('content', 'acquisition'),
      fn('product-a', 'acquisition'),
      node('maintenance', 'root', 'chain'),
      node('platform', 'maintenance', 'side'),
      node('platform-ops', 'platform', 'group'),
      fn('campaign-p', 'platform-ops'),
      fn('strategy', 'platform-ops'),
      fn('category', 'platform-ops'),
      fn('product-p', 'platform-ops'),
      fn('membership', 'platform-ops'),
      node('user-ops', 'platform', 'group'),
      fn('user', 'user-ops'),
      fn('community', 'user-ops'),
      fn('new-media', 'user-ops'),
      node('supply', 'maintenance', 'side'),
      fn('merchant', 'supply'),
      fn('ads', 'supply'),
    ],
    extra,
  );
}
