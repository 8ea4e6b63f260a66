import type { ChartDoc, Locale, NodeId } from '../model/schema';
import type { StringKey } from '../i18n/strings';
import type { LocalText } from '../model/local-text';
import type { SheetImportInput } from './sheet-actions';

/** One entry of the chart library, as the repository lists it (plus the chart on screen if never stored). */
export type ChartMeta = {
  id: string;
  /** In both languages where the chart has them; the library shows the chart language's. */
  title: LocalText;
  updatedAt: number;
  /** Characters stored; absent for a chart not stored yet. */
  size?: number;
};

export type NoticeAction = 'export-json' | 'reload-chart' | 'keep-mine' | 'keep-both';

export type Notice = {
  id: string;
  tone: 'info' | 'warning' | 'error';
  key: StringKey;
  params?: Record<string, string | number>;
  /** A persistent notice stays until its cause is gone or the user dismisses it. */
  persistent?: boolean;
  actions?: NoticeAction[];
};

/** Why a chart is not saved: a conflict or a newer version waits for the user; the rest are retried. */
export type SaveFailureReason = 'conflict' | 'newer' | 'full' | 'unavailable' | 'failed';

export type SaveFailure = { chartId: string; title: string; reason: SaveFailureReason; message: string };

/** What the save indicator shows; a failure stays until that very chart has been saved. */
export type SaveStatus = { pending: boolean; failures: SaveFailure[] };

export type SpaceUsage = { usage: number; quota: number };

export type SearchHit = { id: NodeId; field: string; snippet: string };

export type DocumentSlice = {
  chart: ChartDoc;
  past: ChartDoc[];
  future: ChartDoc[];
};

export type ViewSlice = {
  locale: Locale;
  /** The language the chart is shown (and edited) in; follows `locale`, or set on its own. */
  chartLanguage: Locale;
  /** The selection, in the order picked; "the selected node" is the last (`selectSelectedId`). */
  selectedIds: NodeId[];
  panelOpen: boolean;
  hoveredId: NodeId | null;
  editingId: NodeId | null;
  searchQuery: string;
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
  /**
   * What the repository lists, as last read (after every save and every change from another
   * tab), with this tab's charts not stored yet. The library shown is `selectLibrary`.
   */
  stored: ChartMeta[];
  save: SaveStatus;
  /** Browser storage used and available, when the browser tells. */
  space: SpaceUsage | null;
};

export type CommitOptions = { history?: 'record' | 'skip' };
