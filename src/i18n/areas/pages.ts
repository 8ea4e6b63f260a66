/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhPages = {
  // PagePlanError codes (src/export/page-planner.ts), for whoever shows a failed plan.
  pagePlanMinTextSize: '最小字号需在 {min} 到 {max} 磅之间。',
  pagePlanPageTooSmall: '页面太小，按这个最小字号放不下一张卡片。请选更大的页面或更小的最小字号。',
  pagePlanEmptyChart: '图表没有根节点，无法分页。',
  // PagePlan.droppedDetail: what the planner left off the cards to keep text readable.
  pagesDroppedMetrics: '为保证文字可读，部分页面的卡片未显示指标。',
  pagesDroppedSubtitle: '为保证文字可读，部分页面的卡片只显示标题。',
} as const;
