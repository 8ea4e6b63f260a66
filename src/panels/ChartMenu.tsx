import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TEMPLATE_IDS } from '../model/templates';
import { withoutBidiControls } from '../model/plain-title';
import { useChartStore, useChartStoreApi } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { selectLibrary } from '../store/library-list';
import { useT } from '../store/use-t';
import { Icon } from './Icon';

// On Radix UI like every dialog: loaded only when someone asks to reset.
const ResetDialog = lazy(() => import('./ResetDialog').then((m) => ({ default: m.ResetDialog })));
const BackupsDialog = lazy(() => import('./BackupsDialog').then((m) => ({ default: m.BackupsDialog })));

/** The chart library: switch, create from a template, duplicate, rename, delete, reset. */
export function ChartMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [showBackups, setShowBackups] = useState(false);
  // Shown without bidi controls: a U+202E in a title must not make it read as something else.
  const title = useChartStore((s) => withoutBidiControls(selectShownChart(s).title));
  const activeId = useChartStore((s) => s.chart.id);
  const template = useChartStore((s) => s.chart.template);
  const charts = useChartStore(selectLibrary);
  const locale = useChartStore((s) => s.locale);
  const a = useChartStoreApi().getState();
  const box = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  // Focus moves into the menu when it opens.
  useEffect(() => {
    if (open) popup.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [open]);
  /** Escape from any item closes it and gives focus back to the button that opened it. */
  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      trigger.current?.focus();
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    // Arrow keys walk the items, as in any menu.
    e.preventDefault();
    const items = [...(popup.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
    items[(next + items.length) % items.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const item = 'flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100';
  const run = (f: () => void) => () => {
    f();
    setOpen(false);
  };

  return (
    <div ref={box} className="relative min-w-0">
      {renaming ? (
        <input
          autoFocus
          aria-label={t('rename')}
          defaultValue={title}
          maxLength={200}
          className="h-8 w-56 max-w-full rounded-md border border-blue-500 px-2 text-sm"
          onBlur={(e) => {
            a.renameChart(e.target.value);
            setRenaming(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') setRenaming(false);
          }}
        />
      ) : (
        // On a narrow bar the title shortens with "…" rather than running under the save state.
        <button
          type="button"
          ref={trigger}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-label={`${t('chartLibrary')}: ${title}`}
          className="flex h-8 max-w-[min(13rem,100%)] items-center gap-1 rounded-md px-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
          onClick={() => setOpen(!open)}
          onDoubleClick={() => setRenaming(true)}
        >
          <span className="truncate">{title}</span>
          <Icon name="chevron" className="h-3.5 w-3.5 shrink-0 rotate-90 text-slate-500" />
        </button>
      )}
      {open ? (
        <div
          ref={popup}
          role="menu"
          aria-label={t('chartLibrary')}
          onKeyDown={onMenuKeyDown}
          className="absolute left-0 z-40 mt-1 w-80 rounded-lg border border-slate-200 bg-white p-1.5 shadow-lg"
        >
          <div className="px-2 pt-1 pb-1 text-xs font-semibold text-slate-600">{t('charts')}</div>
          {/* A menu holds only items and groups (axe: aria-required-children): the list is a group. */}
          <ul role="group" aria-label={t('charts')} className="max-h-64 overflow-auto">
            {charts.map((c) => (
              <li key={c.id} role="none" className="flex items-center">
                <button
                  type="button"
                  role="menuitemradio"
                  aria-checked={c.id === activeId}
                  className={`${item} ${c.id === activeId ? 'bg-blue-50' : ''}`}
                  onClick={run(() => a.switchChart(c.id))}
                >
                  <span className="flex-1 truncate">{withoutBidiControls(c.title)}</span>
                  <span className="text-xs text-slate-600">{timeFormat(locale).format(c.updatedAt)}</span>
                </button>
                <button
                  type="button"
                  role="menuitem"
                  aria-label={`${t('deleteChart')}: ${withoutBidiControls(c.title)}`}
                  className={`ml-1 rounded-md px-1.5 py-1 text-xs ${confirmDelete === c.id ? 'bg-red-600 text-white' : 'text-slate-400 hover:bg-red-50 hover:text-red-700'}`}
                  onClick={() => {
                    if (confirmDelete !== c.id) return setConfirmDelete(c.id);
                    setConfirmDelete(null);
                    a.deleteChart(c.id);
                  }}
                >
                  {confirmDelete === c.id ? t('ok') : <Icon name="trash" className="h-3.5 w-3.5" />}
                </button>
              </li>
            ))}
          </ul>
          <div className="my-1 border-t border-slate-100" />
          <div className="px-2 pt-1 pb-1 text-xs font-semibold text-slate-600">{t('newChart')}</div>
          {TEMPLATE_IDS.map((id) => (
            <button
              key={id}
              type="button"
              role="menuitem"
              className={item}
              onClick={run(() => a.newChart(id))}
            >
              <Icon name="plus" className="h-3.5 w-3.5 text-slate-500" />
              {t(`template_${id}`)}
            </button>
          ))}
          <button type="button" role="menuitem" className={item} onClick={run(() => a.newChart('blank'))}>
            <Icon name="plus" className="h-3.5 w-3.5 text-slate-500" />
            {t('blankChart')}
          </button>
          <div className="my-1 border-t border-slate-100" />
          <button type="button" role="menuitem" className={item} onClick={run(() => setRenaming(true))}>
            {t('rename')}
          </button>
          <button
            type="button"
            role="menuitem"
            className={item}
            onClick={run(() => a.duplicateChart(activeId))}
          >
            {t('duplicateChart')}
          </button>
          {template ? (
            <button type="button" role="menuitem" className={item} onClick={run(() => setConfirmReset(true))}>
              {t('resetToTemplate')}
            </button>
          ) : null}
          <button type="button" role="menuitem" className={item} onClick={run(() => setShowBackups(true))}>
            {t('backups')}
          </button>
        </div>
      ) : null}
      {showBackups ? (
        <Suspense fallback={null}>
          <BackupsDialog onClose={() => setShowBackups(false)} />
        </Suspense>
      ) : null}
      {confirmReset ? (
        <Suspense fallback={null}>
          <ResetDialog onClose={() => setConfirmReset(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** Creating an Intl formatter costs milliseconds; the menu re-renders on every library change. */
function timeFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    formats.set(locale, format);
  }
  return format;
}
