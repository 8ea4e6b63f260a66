import { useChartStore } from '../store/store';

/**
 * A share link carries the chart in the URL fragment, which browsers never send to a
 * server. It opens as a new chart; the fragment is then cleared so a reload does not
 * import it twice.
 */
export async function openShareLink(win: Window = window): Promise<void> {
  const hash = win.location.hash;
  if (!hash.startsWith('#chart=')) return;
  const { decodeShareFragment } = await import('../export/share-link');
  const decoded = decodeShareFragment(hash);
  const s = useChartStore.getState();
  if (decoded.ok) s.importAsNewChart(decoded.text);
  else s.notify({ id: 'import', tone: 'error', key: 'importFailed', params: { message: decoded.message } });
  win.history.replaceState(null, '', win.location.pathname + win.location.search);
}
