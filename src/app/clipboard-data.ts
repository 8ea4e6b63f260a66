import { subtreeOutline } from '../export/outline-write';
import { parseClip } from '../model/tree-edit';
import { localizeNode } from '../model/localize-chart';
import type { Locale } from '../model/schema';

/** Chart data travels under its own type; text/plain carries an outline for documents and chat. */
export const CLIP_TYPE = 'application/x-opschart+json';

/** The outline is written in `language`, the chart language, falling back like the chart does. */
export function putClip(data: DataTransfer, clipJson: string, language: Locale = 'zh-CN'): void {
  data.setData(CLIP_TYPE, clipJson);
  const clip = parseClip(clipJson);
  const top = clip?.nodes.find((n) => n.parentId === null);
  const shown = clip?.nodes.map((n) => localizeNode(n, language));
  data.setData('text/plain', shown && top ? subtreeOutline(shown, top.id) : clipJson);
}
