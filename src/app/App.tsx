import { lazy, Suspense, useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { ChartCanvas } from '../canvas/ChartCanvas';
import { Toolbar } from '../panels/Toolbar';
import { Notices } from '../panels/Notices';
import { SaveProblems } from '../panels/SaveStatus';
import { PanelBoundary } from '../panels/PanelBoundary';
import { useChartStore } from '../store/store';
import { useChartKeys, useKeyboard } from './use-keyboard';
import { useDocumentLanguage } from './use-document-language';
import { useFileDrop } from './use-file-drop';
import { DropOverlay } from '../panels/DropOverlay';

import { SelectionBar } from '../panels/SelectionBar';
import { FirstRunHint } from '../panels/FirstRunHint';

// Export code (scene, PNG, SVG, PPTX) loads when the dialog first opens, not at start-up.
const ExportDialog = lazy(() => import('../panels/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const SheetImportDialog = lazy(() =>
  import('../panels/SheetImportDialog').then((m) => ({ default: m.SheetImportDialog })),
);
// Dialogs and menus sit on Radix UI, which the first view does not need.
const DeleteDialog = lazy(() => import('../panels/DeleteDialog').then((m) => ({ default: m.DeleteDialog })));
const CardMenu = lazy(() => import('./CardMenu').then((m) => ({ default: m.CardMenu })));
// The details panel is not part of the first view: it is fetched once the chart is on screen,
// so the first click on a card finds it already loaded.
const loadDetailsPanel = () => import('../panels/DetailsPanel');
const DetailsPanel = lazy(() => loadDetailsPanel().then((m) => ({ default: m.DetailsPanel })));
const ShortcutSheet = lazy(() => import('./ShortcutSheet').then((m) => ({ default: m.ShortcutSheet })));

export function App() {
  const panelOpen = useChartStore((s) => s.panelOpen);
  const exportOpen = useChartStore((s) => s.exportOpen);
  const sheetImportOpen = useChartStore((s) => s.sheetImport !== null);
  const deleting = useChartStore((s) => s.pendingDelete !== null);
  const locale = useChartStore((s) => s.locale);
  const closePanel = useChartStore((s) => s.closePanel);
  const closeExport = useChartStore((s) => s.closeExport);
  const cardMenu = useChartStore((s) => s.cardMenu !== null);
  const shortcuts = useChartStore((s) => s.shortcutsOpen);
  const chartKeys = useChartKeys();
  useKeyboard();
  useDocumentLanguage();
  const dropping = useFileDrop();
  useEffect(() => {
    const id = setTimeout(() => void loadDetailsPanel(), 1500);
    return () => clearTimeout(id);
  }, []);
  return (
    <ReactFlowProvider>
      <div className="flex h-full flex-col">
        <Toolbar />
        <SaveProblems />
        <FirstRunHint />
        <Notices />
        <main className="relative flex min-h-0 flex-1">
          {/* Chart keys act only while a card or the canvas has focus (see key-map.ts). */}
          <div className="relative min-w-0 flex-1" onKeyDown={chartKeys}>
            <ChartCanvas />
            <SelectionBar />
          </div>
          {panelOpen ? (
            <PanelBoundary locale={locale} onClose={closePanel}>
              <Suspense
                fallback={
                  <div className="w-[380px] shrink-0 border-l border-slate-200 bg-white max-sm:hidden" />
                }
              >
                <DetailsPanel />
              </Suspense>
            </PanelBoundary>
          ) : null}
        </main>
        {deleting ? (
          <Suspense fallback={null}>
            <DeleteDialog />
          </Suspense>
        ) : null}
        {cardMenu ? (
          <Suspense fallback={null}>
            <CardMenu />
          </Suspense>
        ) : null}
        {shortcuts ? (
          <Suspense fallback={null}>
            <ShortcutSheet />
          </Suspense>
        ) : null}
        {exportOpen ? (
          <PanelBoundary locale={locale} onClose={closeExport}>
            <Suspense fallback={null}>
              <ExportDialog />
            </Suspense>
          </PanelBoundary>
        ) : null}
        {sheetImportOpen ? (
          <Suspense fallback={null}>
            <SheetImportDialog />
          </Suspense>
        ) : null}
        {dropping ? <DropOverlay /> : null}
      </div>
    </ReactFlowProvider>
  );
}
