/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhPdf = {
  embedChart: '嵌入可编辑图表',
  embedWhole: '文件内含整张图表，可再导入编辑。',
  embedBranch: '文件只含所选分支，可再导入编辑。',
  embedNone: '文件不含图表数据，只是图片。',
  lightText: '用于深色幻灯片（浅色标题和图例）',
  pngCopiedNoChart:
    'PNG 已复制到剪贴板，但不含可编辑图表（剪贴板只保留图片）。要带上图表，请下载 PNG 或 SVG。',
} as const;

export const enPdf: Record<keyof typeof zhPdf, string> = {
  embedChart: 'Embed the editable chart',
  embedWhole: 'The file carries the whole chart and imports back for editing.',
  embedBranch: 'The file carries only the selected branch and imports back for editing.',
  embedNone: 'The file carries no chart data: a picture only.',
  lightText: 'For dark slides (light title and legend)',
  pngCopiedNoChart:
    'PNG copied to the clipboard, without the editable chart (the clipboard keeps only the picture). Download the PNG or SVG to take the chart along.',
};
