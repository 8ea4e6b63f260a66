/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhStorage = {
  chartMissing: '这张图表已不在浏览器存储中（可能已在另一个标签页删除）。',
  chartNewer: '这张图表由更新版本的运营分工图保存，此版本不能打开或覆盖它。请更新应用。',
  keepBoth: '两个都保留',
  saveStatus: '保存状态',
  notSavedTitle: '未保存：{title}',
  saveReason_conflict: '另一个标签页修改了这张图表。选择保留哪个版本；“两个都保留”会把当前版本另存为副本。',
  saveReason_newer: '更新版本的运营分工图保存过这张图表，此版本不会覆盖它。',
  saveReason_full: '浏览器存储已满。请删除不用的图表或备份，或导出 JSON。',
  saveReason_unavailable: '浏览器存储不可用（{message}）。修改只在此页面中，请导出 JSON。',
  saveReason_failed: '保存失败（{message}），稍后自动重试。',
  retrySave: '重试',
  spaceUsed: '已用 {used}，剩余 {left}',
  spaceNearlyFull: '浏览器存储快满了（已用 {used}，剩余 {left}）。请删除不用的图表或备份。',
  crashTitle: '出错了，页面无法继续显示',
  crashBody: '为避免保存可能已损坏的数据，自动保存已停止。请先下载所有图表，再重新打开。',
  crashDownloadAll: '下载所有图表（JSON）',
  crashReopenWithout: '不打开这张图表，重新载入',
  crashReload: '重新载入',
  crashDetail: '错误信息：{message}',
  panelFailed: '此面板无法显示（{message}）。图表本身未受影响。',
  closePanel: '关闭面板',
} as const;

export const enStorage: Record<keyof typeof zhStorage, string> = {
  chartMissing: 'This chart is no longer in browser storage (it may have been deleted in another tab).',
  chartNewer:
    'This chart was saved by a newer version of OpsChart; this version cannot open or overwrite it. Update the app.',
  keepBoth: 'Keep both',
  saveStatus: 'Save status',
  notSavedTitle: 'Not saved: {title}',
  saveReason_conflict:
    'Another tab changed this chart. Choose which version to keep; "Keep both" saves the one on screen as a copy.',
  saveReason_newer: 'A newer version of OpsChart saved this chart; this version will not overwrite it.',
  saveReason_full: 'Browser storage is full. Delete charts or backups you no longer need, or export JSON.',
  saveReason_unavailable:
    'Browser storage is unavailable ({message}). Your changes are only on this page: export JSON.',
  saveReason_failed: 'Saving failed ({message}); retrying shortly.',
  retrySave: 'Retry',
  spaceUsed: '{used} used, {left} left',
  spaceNearlyFull:
    'Browser storage is nearly full ({used} used, {left} left). Delete charts or backups you no longer need.',
  crashTitle: 'Something went wrong and the page cannot go on',
  crashBody:
    'Autosave has stopped so that possibly damaged data is not saved. Download every chart first, then reopen.',
  crashDownloadAll: 'Download every chart (JSON)',
  crashReopenWithout: 'Reload without this chart',
  crashReload: 'Reload',
  crashDetail: 'Error: {message}',
  panelFailed: 'This panel could not be shown ({message}). The chart itself is unaffected.',
  closePanel: 'Close panel',
};
