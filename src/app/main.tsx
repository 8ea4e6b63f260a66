import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { CrashBoundary } from './CrashBoundary';
import { ChartStoreProvider, createChartStore } from '../store/store';
import { openShareLink } from './open-share-link';
import { openRepository } from './open-repository';
import { createIdbFileLinks } from '../store/repo/file-links';
import { loadTemplate, startingChart } from '../model/templates';
import { loadStrings } from '../i18n/strings';
import './index.css';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function boot() {
  const local = browserStorage();
  const { repo, unmigrated } = await openRepository(local);
  // File links (which file each chart saves to) sit beside the charts, in IndexedDB when it opens.
  const fileLinks = repo.durable ? createIdbFileLinks() : undefined;
  const store = createChartStore({
    repo,
    prefs: local,
    fileLinks,
    rescue: local,
    chart: startingChart(),
    firstChart: () => loadTemplate('default'),
  });
  void store.getState().loadFileLinks();
  // A storage that never answers must not keep the app from opening: show what we have.
  await Promise.race([store.getState().start(), new Promise((r) => setTimeout(r, 15_000))]);
  // The first paint is in the chart's UI language: English strings are fetched before it.
  await loadStrings(store.getState().locale);
  // Charts the old version saved that could not be read stay in localStorage, and the user hears of it.
  if (unmigrated[0])
    store.getState().notify({
      id: 'storage-unreadable',
      tone: 'warning',
      key: 'storageUnreadable',
      params: { key: unmigrated[0] },
      persistent: true,
    });
  // The IndexedDB write may not finish before the page goes: a synchronous copy goes first.
  const flush = () => {
    store.getState().keepUnsavedCopies();
    void store.getState().flushSave();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  void openShareLink(store);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ChartStoreProvider store={store}>
        <CrashBoundary store={store}>
          <App />
        </CrashBoundary>
      </ChartStoreProvider>
    </StrictMode>,
  );
}

void boot();
