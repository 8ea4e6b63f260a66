import { CHART_FORMAT, SHOWN_VERSION, LIMITS, type Chart, type ChartNode, type NodeKind } from './schema';

/** Bilingual name pairs: [Chinese, English]. */
type Name = readonly [string, string];

const CHAINS: readonly (readonly [string, string, string])[] = [
  ['用户获取', 'User acquisition', '拉新'],
  ['用户维护', 'User maintenance', '促活 · 留存 · 转化 · 召回'],
];
const SIDES: readonly Name[] = [
  ['平台侧', 'Platform side'],
  ['供给侧', 'Supply side'],
  ['需求侧', 'Demand side'],
  ['服务侧', 'Service side'],
  ['履约侧', 'Fulfilment side'],
];
const GROUPS: readonly Name[] = [
  ['平台运营', 'Platform ops'],
  ['用户运营中心', 'User ops centre'],
  ['增长中心', 'Growth centre'],
  ['交易中心', 'Trading centre'],
  ['内容中心', 'Content centre'],
  ['营销中心', 'Marketing centre'],
  ['商家中心', 'Merchant centre'],
  ['数据中心', 'Data centre'],
];
const FUNCTIONS: readonly Name[] = [
  ['渠道运营', 'Channel ops'],
  ['推广运营', 'Promotion ops'],
  ['活动运营', 'Campaign ops'],
  ['内容运营', 'Content ops'],
  ['产品运营', 'Product ops'],
  ['策略运营', 'Strategy ops'],
  ['品类运营', 'Category ops'],
  ['会员运营', 'Membership ops'],
  ['用户运营', 'User ops'],
  ['社群运营', 'Community ops'],
  ['新媒体运营', 'New-media ops'],
  ['商家运营', 'Merchant ops'],
  ['商业化运营', 'Ads ops'],
  ['直播运营', 'Live-stream ops'],
  ['搜索运营', 'Search ops'],
  ['数据运营', 'Data ops'],
  ['招商运营', 'Merchant recruiting'],
  ['价格运营', 'Pricing ops'],
  ['私域运营', 'Private-domain ops'],
  ['短视频运营', 'Short-video ops'],
];
const METRICS: readonly string[] = [
  'DAU',
  'GMV',
  '次日留存',
  '7 日留存',
  '转化率',
  '新增用户',
  '下载量',
  '活动参与率',
  '会员数',
  '付费会员数',
  '复购率',
  '客单价',
  'ROI',
  '内容阅读量',
  '社群活跃度',
  '广告收入',
  '召回率',
  '流量分配效率',
];

/** mulberry32: tiny, fast and good enough to make test and benchmark charts repeatable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic, valid chart of exactly `nodeCount` nodes for tests and benchmarks:
 * root → 2 chains → sides / groups → functions, filled breadth-first with 3–8 children
 * per parent (the root has 2; the last parent filled may have fewer).
 */
export function generateChart(nodeCount: number, seed = 1): Chart {
  if (!Number.isInteger(nodeCount) || nodeCount < 1 || nodeCount > LIMITS.nodes) {
    throw new RangeError(`nodeCount must be an integer from 1 to ${LIMITS.nodes}`);
  }
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const parent: number[] = [-1];
  const depth: number[] = [0];
  const kids: number[] = [0];
  for (let next = 0; parent.length < nodeCount; next++) {
    const want = next === 0 ? 2 : 3 + Math.floor(random() * 6);
    for (let k = 0; k < want && parent.length < nodeCount; k++) {
      parent.push(next);
      depth.push(depth[next]! + 1);
      kids.push(0);
      kids[next]!++;
    }
  }
  // The branch (which chain a node descends from) decides whether level-2 parents are sides.
  const branch: number[] = [-1];
  for (let i = 1; i < nodeCount; i++) branch.push(depth[i] === 1 ? i - 1 : branch[parent[i]!]!);
  const kindOf = (i: number): NodeKind => {
    if (i === 0) return 'root';
    if (depth[i] === 1) return 'chain';
    if (kids[i] === 0) return 'function';
    return depth[i] === 2 && branch[i] === 1 ? 'side' : 'group';
  };
  const nodes: ChartNode[] = [];
  for (let i = 0; i < nodeCount; i++) nodes.push(makeNode(i, parent[i]!, kindOf(i), pick, random));
  return {
    format: CHART_FORMAT,
    version: SHOWN_VERSION,
    id: `generated-${nodeCount}-${seed}`,
    title: `运营分工图（生成，${nodeCount} 个节点）`,
    locale: 'zh-CN',
    direction: 'TB',
    compact: false,
    nodes,
    links: [],
  };
}

function makeNode(
  i: number,
  parent: number,
  kind: NodeKind,
  pick: <T>(list: readonly T[]) => T,
  random: () => number,
): ChartNode {
  const [zh, en, goal] = nameFor(i, kind, pick);
  const metrics: string[] = [];
  const metricCount = 1 + Math.floor(random() * 3);
  while (metrics.length < metricCount) {
    const metric = pick(METRICS);
    if (!metrics.includes(metric)) metrics.push(metric);
  }
  const node: ChartNode = {
    id: `n${i}`,
    parentId: parent < 0 ? null : `n${parent}`,
    kind,
    title: kind === 'root' ? zh : `${zh} ${i}`,
    subtitle: kind === 'root' ? en : `${en} ${i}`,
    responsibilities: [],
    metrics,
  };
  if (goal) node.goal = goal;
  return node;
}

function nameFor(i: number, kind: NodeKind, pick: <T>(list: readonly T[]) => T): [string, string, string?] {
  switch (kind) {
    case 'root':
      return ['电商平台运营', 'Platform operations'];
    case 'chain':
      return [...CHAINS[(i - 1) % CHAINS.length]!];
    case 'side': {
      const [zh, en] = pick(SIDES);
      return [zh, en, '足够多的优质用户与供给'];
    }
    case 'group':
      return [...pick(GROUPS)];
    case 'function':
      return [...pick(FUNCTIONS)];
  }
}
