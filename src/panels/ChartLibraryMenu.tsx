import { lazy, Suspense, useEffect, useRef, useState, type ReactElement } from 'react';
import { TEMPLATE_IDS } from '../model/templates';
import { shownTitle } from '../model/plain-title';
import { useChartStore, useChartStoreApi } from '../store/store';
import { selectLibrary } from '../store/library-list';
import { useT } from '../store/use-t';
import { Icon } from './Icon';
import {
  MenuContent,
  MenuItem,
  MenuLabel,
  MenuRadioGroup,
  MenuRadioItem,
  MenuRoot,
  MenuSeparator,
  MenuTrigger,
} from './Menu';

const ResetDialog = lazy(() => import('./ResetDialog').then((m) => ({ default: m.ResetDialog })));
const BackupsDialog = lazy(() => import('./BackupsDialog').then((m) => ({ default: m.BackupsDialog })));

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The toolbar button that opens the menu (Radix adds its menu-button props and ref). */
  trigger: ReactElement;
  /** Set when the menu's code was loaded by a key on the button: the first item gets focus. */
  openedByKey: boolean;
  onRename: () => void;
};

/**
 * The chart library on Radix UI's DropdownMenu (loaded on demand, see ChartMenu.tsx):
 * switch charts (radio items), delete one (asks once more in place), create from a
 * template, rename, duplicate, reset, backups. Radix gives the roles, arrow keys,
 * Home/End, typeahead, Escape from any item and focus back on the button.
 */
export function ChartLibraryMenu({ open, onOpenChange, trigger, openedByKey, onRename }: Props) {
  const t = useT();
  const activeId = useChartStore((s) => s.chart.id);
  const template = useChartStore((s) => s.chart.template);
  const charts = useChartStore(selectLibrary);
  const locale = useChartStore((s) => s.locale);
  const a = useChartStoreApi().getState();
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'reset' | 'backups' | null>(null);
  const content = useRef<HTMLDivElement>(null);
  const firstOpen = useRef(openedByKey);
  // What to do once the menu has closed and focus is back on the button: a dialog opened then
  // returns focus to the button when it closes, as it would from any other opener.
  const afterClose = useRef<(() => void) | null>(null);
  const outside = useRef(false);
  const refocus = useRef(false);

  // The focused delete item is gone with its chart: focus goes to the first chart, not the page.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    content.current?.querySelector<HTMLElement>('[role="menuitemradio"]')?.focus();
  }, [charts]);

  return (
    <>
      <MenuRoot
        open={open}
        // Not modal, like the card menu: a modal menu hides the page with aria-hidden while the
        // toolbar stays focusable (axe: aria-hidden-focus). Arrows stay inside; Tab is refused.
        modal={false}
        onOpenChange={(next) => {
          if (!next) setConfirmDelete(null);
          onOpenChange(next);
        }}
      >
        <MenuTrigger asChild>{trigger}</MenuTrigger>
        <MenuContent
          ref={content}
          label={t('chartLibrary')}
          // Named "Chart library", not after the button (whose name carries the chart title).
          aria-labelledby={undefined}
          align="start"
          className="w-80"
          onFocus={(e) => {
            // Radix learns "keyboard" from keys pressed after it loaded; the key that loaded it
            // came before, so that first time the first item takes focus here, as a menu button's should.
            if (e.target !== e.currentTarget || !firstOpen.current) return;
            firstOpen.current = false;
            content.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
          }}
          onInteractOutside={() => {
            outside.current = true;
          }}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            const opener = document.querySelector<HTMLElement>('[data-chart-library-button]');
            // A click elsewhere keeps focus where it went; rename puts it in its field itself.
            if (!outside.current) opener?.focus();
            outside.current = false;
            const next = afterClose.current;
            afterClose.current = null;
            next?.();
          }}
        >
          <MenuLabel>{t('charts')}</MenuLabel>
          <MenuRadioGroup
            aria-label={t('charts')}
            value={activeId}
            onValueChange={(id) => id !== activeId && a.switchChart(id)}
            className="max-h-64 overflow-auto"
          >
            {charts.map((c) => {
              const title = shownTitle(c.title, t('untitledChart'));
              const confirming = confirmDelete === c.id;
              return (
                <div key={c.id} role="none" className="flex items-center">
                  <MenuRadioItem value={c.id} className="min-w-0 flex-1">
                    <span className="min-w-0 flex-1 truncate">{title}</span>
                    <span className="shrink-0 text-xs whitespace-nowrap text-slate-600">
                      {timeFormat(locale).format(c.updatedAt)}
                    </span>
                  </MenuRadioItem>
                  <MenuItem
                    label={`${t('deleteChart')}: ${title}`}
                    className={`ml-1 shrink-0 px-1.5 text-xs ${confirming ? 'bg-red-600 text-white data-[highlighted]:bg-red-700' : 'text-slate-500 data-[highlighted]:bg-red-50 data-[highlighted]:text-red-700'}`}
                    onSelect={(e) => {
                      // The first choice only asks; the menu stays open for the second.
                      e.preventDefault();
                      if (!confirming) return setConfirmDelete(c.id);
                      setConfirmDelete(null);
                      refocus.current = true;
                      a.deleteChart(c.id);
                    }}
                  >
                    {confirming ? t('ok') : <Icon name="trash" className="h-3.5 w-3.5" />}
                  </MenuItem>
                </div>
              );
            })}
          </MenuRadioGroup>
          <MenuSeparator />
          <MenuLabel>{t('newChart')}</MenuLabel>
          {[...TEMPLATE_IDS, 'blank' as const].map((id) => (
            <MenuItem
              key={id}
              icon={<Icon name="plus" className="h-3.5 w-3.5 text-slate-500" />}
              onSelect={() => void a.newChart(id)}
            >
              {id === 'blank' ? t('blankChart') : t(`template_${id}`)}
            </MenuItem>
          ))}
          <MenuSeparator />
          <MenuItem onSelect={onRename}>{t('rename')}</MenuItem>
          <MenuItem onSelect={() => a.duplicateChart(activeId)}>{t('duplicateChart')}</MenuItem>
          {template ? (
            <MenuItem
              onSelect={() => {
                afterClose.current = () => setDialog('reset');
              }}
            >
              {t('resetToTemplate')}
            </MenuItem>
          ) : null}
          <MenuItem
            onSelect={() => {
              afterClose.current = () => setDialog('backups');
            }}
          >
            {t('backups')}
          </MenuItem>
        </MenuContent>
      </MenuRoot>
      {dialog ? (
        <Suspense fallback={null}>
          {dialog === 'reset' ? (
            <ResetDialog onClose={() => setDialog(null)} />
          ) : (
            <BackupsDialog onClose={() => setDialog(null)} />
          )}
        </Suspense>
      ) : null}
    </>
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
