export type ClipboardOutcome = 'copied' | 'unsupported' | 'denied';

/**
 * Puts a PNG on the system clipboard; reports instead of throwing so the UI can offer a
 * download. Pass a promise when the PNG is still being drawn: the write must start inside
 * the click (Safari refuses it after an await, and Chromium's user activation expires),
 * and ClipboardItem waits for the promised blob.
 */
export async function copyPngToClipboard(blob: Blob | Promise<Blob>): Promise<ClipboardOutcome> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.write !== 'function' || typeof ClipboardItem === 'undefined') {
    return 'unsupported';
  }
  try {
    await clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return 'copied';
  } catch (error) {
    // NotAllowedError: no permission or no user gesture; anything else means the browser cannot do it.
    return error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unsupported';
  }
}
