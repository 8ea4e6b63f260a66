/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhScreens = {
  // Plural forms (`<key>_one`) are picked by Intl.PluralRules; Chinese has one form, so these match the base.
  matchesCount_one: '{n} 个匹配',
  deleteQuestion_one: '“{title}”有 {n} 个下级节点，要如何处理？',
  nodeCount_one: '{n} 个节点',
  selectionCount_one: '已选 {n} 个节点',
  headcountInvalid: '人数须为 0 到 1,000,000 之间的整数，未保存。',
  importWhereNodeField: '问题在节点“{node}”的 {field} 字段',
  importWhereNode: '问题在节点“{node}”',
  importWhereField: '问题在 {field} 字段',
  importCheckFile: '请确认这是 OpsChart 导出的 JSON、PNG 或 SVG 文件',
  resetTitle: '重置为模板？',
  resetQuestion: '图表会恢复为模板原样，你的所有修改都会被替换（之后仍可撤销）。',
  resetConfirm: '重置',
  hintTitle: '上手提示',
  hintText: '点击卡片查看详情 · 双击或 F2 重命名 · 拖动卡片调整位置 · 选中后按 Tab 添加下级',
  hintDismiss: '知道了',
  more: '更多',
  on: '已开启',
  legendToggleTip: '显示或隐藏图例',
  minimapToggleTip: '显示或隐藏缩略图',
  dropAsChild: '放为下级',
  dropBefore: '放在前面',
  dropAfter: '放在后面',
  // The toolbar's Import also opens chart files (JSON, PNG, SVG): the label says both.
  openOrImport: '打开或导入',
  untitledChart: '未命名图表',
} as const;
