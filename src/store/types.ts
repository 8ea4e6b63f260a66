import type { ChartLayout } from '../layout/types';
import type { ChartDoc, Locale, NodeId } from '../model/schema';
import type { StringKey } from '../i18n/strings';
import type { SheetImportInput } from './sheet-actions';

export type ChartMeta = {
  id: string;
  title: string;
  updatedAt: number;
  template?: string;
};

export type NoticeAction = 'export-json' | 'reload-chart' | 'keep-mine';

export type Notice = {
  id: string;
  tone: 'info' | 'warning' | 'error';
  key: StringKey;
  params?: Record<string, string | number>;
  /** A persistent notice stays until its cause is gone or the user dismisses it. */
  persistent?: boolean;
  actions?: NoticeAction[];
};

export type SaveState = 'saved' | 'pending' | 'failed';

export type SearchHit = { id: NodeId; field: string; snippet: string };

export type DocumentSlice = {
  chart: ChartDoc;
  layout: ChartLayout;
  past: ChartDoc[];
  future: ChartDoc[];
};

export type ViewSlice = {
  locale: Locale;
  /** The language the chart is shown (and edited) in; follows `locale`, or set on its own. */
  chartLanguage: Locale;
  selectedId: NodeId | null;
  selectedIds: NodeId[];
  panelOpen: boolean;
  hoveredId: NodeId | null;
  editingId: NodeId | null;
  searchQuery: string;
  searchHits: SearchHit[];
  /** Incremented to ask the canvas to bring a node into view. */
  focusRequest: { id: NodeId; nonce: number } | null;
  fitRequest: number;
  linkSourceId: NodeId | null;
  pendingDelete: NodeId | null;
  exportOpen: boolean;
  /** A read spreadsheet in the import mapping step. */
  sheetImport: SheetImportInput | null;
  notices: Notice[];
};

export type LibrarySlice = {
  charts: ChartMeta[];
  saveState: SaveState;
  saveError: string | null;
};

export type CommitOptions = { history?: 'record' | 'skip'; touch?: boolean };
