import { lazy, Suspense } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { ChartCanvas } from '../canvas/ChartCanvas';
import { Toolbar } from '../panels/Toolbar';
import { DetailsPanel } from '../panels/DetailsPanel';
import { Notices } from '../panels/Notices';
import { useChartStore } from '../store/store';
import { useKeyboard } from './use-keyboard';
import { useDocumentLanguage } from './use-document-language';
import { useFileDrop } from './use-file-drop';
import { DropOverlay } from '../panels/DropOverlay';

import { SelectionBar } from '../panels/SelectionBar';

// Export code (scene, PNG, SVG, PPTX) loads when the dialog first opens, not at start-up.
const ExportDialog = lazy(() => import('../panels/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const SheetImportDialog = lazy(() =>
  import('../panels/SheetImportDialog').then((m) => ({ default: m.SheetImportDialog })),
);
// Dialogs and menus sit on Radix UI, which the first view does not need.
const DeleteDialog = lazy(() => import('../panels/DeleteDialog').then((m) => ({ default: m.DeleteDialog })));

export function App() {
  const panelOpen = useChartStore((s) => s.panelOpen);
  const exportOpen = useChartStore((s) => s.exportOpen);
  const sheetImportOpen = useChartStore((s) => s.sheetImport !== null);
  const deleting = useChartStore((s) => s.pendingDelete !== null);
  useKeyboard();
  useDocumentLanguage();
  const dropping = useFileDrop();
  return (
    <ReactFlowProvider>
      <div className="flex h-full flex-col">
        <Toolbar />
        <Notices />
        <main className="relative flex min-h-0 flex-1">
          <div className="relative min-w-0 flex-1">
            <ChartCanvas />
            <SelectionBar />
          </div>
          {panelOpen ? <DetailsPanel /> : null}
        </main>
        {deleting ? (
          <Suspense fallback={null}>
            <DeleteDialog />
          </Suspense>
        ) : null}
        {exportOpen ? (
          <Suspense fallback={null}>
            <ExportDialog />
          </Suspense>
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
