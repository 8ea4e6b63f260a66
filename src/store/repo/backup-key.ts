/** FNV-1a over the text: equal values get equal keys, so a backup is kept once per distinct value. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}-${text.length.toString(36)}`;
}

export const backupKey = (chartId: string, text: string) => `backup:${chartId}:${contentHash(text)}`;
