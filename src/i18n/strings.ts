import type { Locale } from '../model/schema';
import { zhInteraction } from './areas/interaction';
import { zhScreens } from './areas/screens';
import { zhStorage } from './areas/storage';
import { zhBilingual } from './areas/bilingual';
import { zhSheets } from './areas/sheets';
import { zhPages } from './areas/pages';
import { zhPdf } from './areas/pdf';

/** Every user-facing string, Chinese first. `{name}` placeholders are filled by `translate`. */
export const zhBase = {
  appName: '运营分工图',
  appTagline: 'OpsChart',
  toolbar: '工具栏',
  undo: '撤销',
  redo: '重做',
  addChild: '添加下级',
  addSibling: '添加同级',
  deleteNode: '删除',
  duplicate: '复制子树',
  layoutDirection: '布局方向',
  topDown: '自上而下',
  leftRight: '从左到右',
  compact: '紧凑',
  compactMode: '紧凑模式',
  autoLayout: '自动布局',
  collapseAll: '全部折叠',
  expandAll: '全部展开',
  expandToLevel: '展开到层级',
  levelShort: '层级…',
  levelN: '第 {n} 层',
  fitView: '适应画布',
  zoomIn: '放大',
  zoomOut: '缩小',
  search: '搜索',
  searchPlaceholder: '搜索节点…',
  searchResults: '搜索结果',
  noMatches: '没有匹配的节点',
  matchesCount: '{n} 个匹配',
  export: '导出',
  import: '导入',
  language: '语言',
  switchToEnglish: 'English',
  switchToChinese: '中文',
  legend: '图例',
  minimap: '缩略图',
  zoomControls: '缩放控制',
  canvas: '运营分工图画布',
  details: '详情',
  closeDetails: '关闭详情',
  description: '说明',
  goal: '目标',
  responsibilities: '职责',
  metrics: '指标',
  owner: '负责人',
  headcount: '人数',
  color: '颜色',
  notes: '备注',
  title: '名称',
  subtitle: '副标题',
  path: '路径',
  breadcrumbs: '节点路径',
  collapse: '折叠',
  expand: '展开',
  collapseNode: '折叠 {title}',
  expandNode: '展开 {title}（{n} 个已隐藏）',
  hiddenCount: '+{n}',
  kind_root: '总览',
  kind_chain: '链路',
  kind_side: '侧',
  kind_group: '职能组',
  kind_function: '职能',
  none: '无',
  storageUnreadable: '浏览器中保存的数据无法读取，已显示默认图表。原数据已保留在备份中（{key}）。',
  dismiss: '知道了',
  saveFailed: '无法保存到浏览器存储（{reason}）。您的修改仍在此页面中，请导出 JSON 以免丢失。',
  exportJson: '导出 JSON',
  saved: '已保存',
  saving: '保存中…',
  notSaved: '未保存',
  otherTabChanged: '另一个标签页修改了这张图表。',
  reloadChart: '载入最新版本',
  keepMine: '保留当前版本',
  nodeCount: '{n} 个节点',
  defaultChartNotice: '默认图表',
  kind: '类型',
  add: '添加',
  remove: '移除',
  moveUp: '上移',
  moveDown: '下移',
  newItem: '新条目',
  newNode: '新职能',
  emptyTitle: '名称不能为空',
  tooLong: '文字过长',
  cycleRefused: '不能把节点移到它自己的下级中',
  rootRefused: '根节点不能删除或移动',
  editFailed: '无法完成此操作',
  deleteSubtree: '删除整个子树',
  liftChildren: '删除并保留下级（上移一级）',
  deleteTitle: '删除“{title}”',
  deleteQuestion: '“{title}”有 {n} 个下级节点，要如何处理？',
  cancel: '取消',
  ok: '确定',
  pasteNotChart: '剪贴板中不是图表节点',
  copied: '已复制',
  charts: '图表',
  chartLibrary: '图表库',
  newChart: '新建图表',
  blankChart: '空白图表',
  fromTemplate: '从模板新建',
  template_default: '电商平台运营分工',
  'template_shop-path': '店铺运营路径',
  'template_getting-started': '如何入门',
  rename: '重命名',
  duplicateChart: '复制图表',
  deleteChart: '删除图表',
  resetToTemplate: '重置为模板',
  lastChanged: '最后修改',
  switchChart: '切换图表',
  importFailed: '导入失败：{message}',
  importedAsNew: '已导入为新图表：{title}',
  worksWith: '协作',
  links: '协作关系',
  addLink: '添加协作线',
  removeLink: '移除协作线',
  pickLinkTarget: '点击另一个节点以连接',
  keyboardHelp: '方向键：移动 · Enter：详情 · Esc：关闭',
  'importError_too-large': '文件太大（上限 20 MB）：{detail}',
  'importError_malformed-json': '文件不是有效的 JSON：{detail}',
  'importError_wrong-format': '这不是 OpsChart 图表文件：{detail}',
  'importError_newer-version': '此图表由更新版本的 OpsChart 创建，请升级后再打开：{detail}',
  'importError_migration-failed': '无法升级旧版本的图表：{detail}',
  'importError_too-many-nodes': '节点过多（上限 20,000 个）：{detail}',
  'importError_invalid-field': '某个节点的字段无效：{detail}',
  'importError_duplicate-id': '有重复的节点 ID：{detail}',
  'importError_no-root': '图表没有根节点：{detail}',
  'importError_several-roots': '图表有多个根节点：{detail}',
  'importError_missing-parent': '某个节点的上级不存在：{detail}',
  importError_cycle: '节点的上下级关系形成了循环：{detail}',
  'importError_too-deep': '层级太深（上限 200 层）：{detail}',
  importError_unexpected: '无法读取此文件：{detail}',
  selectionCount: '已选 {n} 个节点',
  resetColor: '恢复默认颜色',
  clearSelection: '取消选择',
  templateFailed: '模板加载失败，请刷新页面后重试。',
  reasonFull: '存储空间已满',
  reasonDisabled: '浏览器禁用了存储',
  dropToImport: '松开以导入为新图表（JSON 或 OpsChart PNG）',
  exportTitle: '导出图表',
  format: '格式',
  scope: '范围',
  wholeChart: '整张图表',
  selectedSubtree: '所选子树',
  includeCollapsed: '包含折叠的部分',
  scale: '清晰度',
  background: '背景',
  bgWhite: '白色',
  bgTransparent: '透明',
  bgDark: '深色',
  showTitle: '显示标题',
  showLegend: '显示图例',
  showRegions: '显示区域底色',
  preview: '预览',
  download: '下载',
  copyPng: '复制 PNG',
  copyLink: '复制分享链接',
  pngCopied: 'PNG 已复制到剪贴板',
  clipboardRefused: '浏览器不允许写入剪贴板，请改用下载。',
  linkCopied: '分享链接已复制（图表数据在链接中，不会上传）',
  linkTooLong: '图表太大，无法放入链接，请导出 JSON。',
  scaledDown: '图表过大，已缩小到 {scale}× 以适应浏览器画布限制（{width}×{height} 像素）。',
  exporting: '正在导出…',
  exportFailed: '导出失败：{message}',
  pptxSplit: '图表在一页上放不下可读的文字：将生成总览页和续页（标有“→ 第 N 页”），所有文字不小于 10 磅。',
  fileName: '文件名',
} as const;

const zh = {
  ...zhBase,
  ...zhInteraction,
  ...zhScreens,
  ...zhStorage,
  ...zhBilingual,
  ...zhSheets,
  ...zhPages,
  ...zhPdf,
} as const;

export type StringKey = keyof typeof zh;

/**
 * Chinese is bundled; English is fetched the first time it is asked for, so a Chinese UI never
 * loads it (initial JS budget). The app awaits `loadStrings` for its starting language before
 * the first paint; a switch to English shows Chinese for the moment the file takes to arrive.
 */
const dictionaries: Partial<Record<Locale, Record<StringKey, string>>> = { 'zh-CN': zh };
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;

export function loadStrings(locale: Locale): Promise<void> {
  if (dictionaries[locale]) return Promise.resolve();
  loading ??= import('./strings.en').then((m) => addStrings('en', m.en));
  return loading;
}

/** Puts a language's strings in place (what `loadStrings` does once the file is in; tests in Node call it directly). */
export function addStrings(locale: Locale, strings: Record<StringKey, string>): void {
  dictionaries[locale] = strings;
  for (const listener of listeners) listener();
}

/** Whether `translate` has the language's own strings yet (it falls back to Chinese until then). */
export const hasStrings = (locale: Locale): boolean => dictionaries[locale] !== undefined;

/** Called once each time a language's strings arrive. */
export function onStringsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function dictionary(locale: Locale): Record<StringKey, string> {
  const found = dictionaries[locale];
  if (found) return found;
  void loadStrings(locale);
  return zh;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A string with a number `{n}` takes the language's plural form when one is written as
 * `<key>_<category>` (`matchesCount_one: '{n} match'`), chosen by `Intl.PluralRules`.
 */
export function pluralKey(locale: Locale, key: StringKey, n: unknown): StringKey {
  if (typeof n !== 'number') return key;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = `${key}_${rules.select(n)}`;
  return form in dictionary(locale) ? (form as StringKey) : key;
}

export function translate(locale: Locale, key: StringKey, params?: Record<string, string | number>): string {
  if (!params) return dictionary(locale)[key];
  const template = dictionary(locale)[pluralKey(locale, key, params.n)];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The UI language a browser asks for: Chinese for any zh-*, English otherwise. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
