import type { ShareDecodeFailure } from '../export/share-link';
import type { ChartStore } from '../store/store';
import type { StringKey } from '../i18n/strings';

const HEADLINE: Record<ShareDecodeFailure, StringKey> = {
  'not-a-share-link': 'importError_wrong-format',
  'bad-encoding': 'importError_wrong-format',
  corrupt: 'importError_wrong-format',
  'too-large': 'importError_too-large',
};

const watched = new WeakSet<Window>();
// Kept here, not imported, so the decoder (and fflate) load only when a link is opened.
const SHARE_PREFIX = '#chart=';

/**
 * A share link carries the chart in the URL fragment, which browsers never send to a
 * server. It opens as a new chart; the fragment is then cleared so a reload does not
 * import it twice. A link pasted into a tab that already shows the app only changes the
 * fragment (no page load), so the first call also listens for `hashchange`.
 */
export async function openShareLink(store: ChartStore, win: Window = window): Promise<void> {
  if (!watched.has(win)) {
    watched.add(win);
    win.addEventListener('hashchange', () => void openShareLink(store, win));
  }
  const hash = win.location.hash;
  if (!hash.startsWith(SHARE_PREFIX)) return;
  // Cleared first: if the import below threw, a reload must not meet the same link again.
  win.history.replaceState(null, '', win.location.pathname + win.location.search);
  const { decodeShareFragment } = await import('../export/share-link');
  const decoded = decodeShareFragment(hash);
  const s = store.getState();
  if (decoded.ok) s.importAsNewChart(decoded.text);
  else
    s.notify({
      id: 'import',
      tone: 'error',
      key: HEADLINE[decoded.reason],
      params: { detail: decoded.message },
    });
}
