import { subtreeOutline } from '../export/outline-write';
import { parseClip } from '../model/tree-edit';

/** Chart data travels under its own type; text/plain carries an outline for documents and chat. */
export const CLIP_TYPE = 'application/x-opschart+json';

export function putClip(data: DataTransfer, clipJson: string): void {
  data.setData(CLIP_TYPE, clipJson);
  const clip = parseClip(clipJson);
  const top = clip?.nodes.find((n) => n.parentId === null);
  data.setData('text/plain', clip && top ? subtreeOutline(clip.nodes, top.id) : clipJson);
}
