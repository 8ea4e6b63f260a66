import { lazy, Suspense, useRef, useState, type ComponentProps } from 'react';
import { flushSync } from 'react-dom';
import { shownTitle } from '../model/plain-title';
import { useChartStore, useChartStoreApi } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';
import { Icon } from './Icon';

// The menu itself sits on Radix UI (~20 KB gzip the first view does not need): it loads when
// the pointer comes near the button or the button takes focus, and mounts on the first open.
const loadMenu = () => import('./ChartLibraryMenu');
const ChartLibraryMenu = lazy(() => loadMenu().then((m) => ({ default: m.ChartLibraryMenu })));
const preload = () => void loadMenu();

const OPEN_KEYS = ['Enter', ' ', 'ArrowDown'];

/** The chart library button in the toolbar: the chart's title; double-click renames it. */
export function ChartMenu() {
  const t = useT();
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  const [openedByKey, setOpenedByKey] = useState(false);
  const [renaming, setRenaming] = useState(false);
  // Shown without bidi controls: a U+202E in a title must not make it read as something else.
  const title = shownTitle(
    useChartStore((s) => selectShownChart(s).title),
    t('untitledChart'),
  );
  const a = useChartStoreApi().getState();
  const box = useRef<HTMLDivElement>(null);
  // Set by Enter or Escape, so the blur of the field leaving does not rename (again, or after Escape).
  const finished = useRef(false);

  const startRenaming = () => {
    finished.current = false;
    setRenaming(true);
  };
  // Rename done or dropped: focus goes back to the button it started from.
  const stopRenaming = () => {
    finished.current = true;
    flushSync(() => setRenaming(false));
    box.current?.querySelector<HTMLElement>('[data-chart-library-button]')?.focus();
  };
  const button = (props: ButtonProps) => (
    <ChartButton
      label={`${t('chartLibrary')}: ${title}`}
      title={title}
      onDoubleClick={startRenaming}
      {...props}
    />
  );

  let body;
  if (renaming) {
    body = (
      <input
        autoFocus
        aria-label={t('rename')}
        defaultValue={title}
        maxLength={200}
        className="h-8 w-56 max-w-full rounded-md border border-blue-500 px-2 text-sm"
        onBlur={(e) => {
          if (finished.current) return;
          a.renameChart(e.target.value);
          setRenaming(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') a.renameChart(e.currentTarget.value);
          if (e.key === 'Enter' || e.key === 'Escape') stopRenaming();
        }}
      />
    );
  } else {
    // Before the menu's code is here: a plain button that looks and is named the same.
    const plain = button({
      'aria-haspopup': 'menu',
      'aria-expanded': open,
      onPointerEnter: preload,
      onFocus: preload,
      // A second click while the menu's code is still on its way closes it again, as it would after.
      onClick: () => {
        setMounted(true);
        setOpen((was) => !was);
      },
      onKeyDown: (e) => {
        if (!OPEN_KEYS.includes(e.key)) return;
        e.preventDefault();
        setOpenedByKey(true);
        setMounted(true);
        setOpen(true);
      },
    });
    body = mounted ? (
      <Suspense fallback={plain}>
        <ChartLibraryMenu
          open={open}
          onOpenChange={setOpen}
          openedByKey={openedByKey}
          trigger={button({})}
          onRename={startRenaming}
        />
      </Suspense>
    ) : (
      plain
    );
  }
  return (
    <div ref={box} className="relative min-w-0">
      {body}
    </div>
  );
}

type ButtonProps = Omit<ComponentProps<'button'>, 'title'>;

/** On a narrow bar the title shortens with "…" rather than running under the save state. */
function ChartButton({ label, title, ...props }: ButtonProps & { label: string; title: string }) {
  return (
    <button
      type="button"
      data-chart-library-button=""
      aria-label={label}
      className="flex h-8 max-w-[min(13rem,100%)] items-center gap-1 rounded-md px-2 text-sm font-medium text-slate-800 hover:bg-slate-100 data-[state=open]:bg-slate-100"
      {...props}
    >
      <span className="truncate">{title}</span>
      <Icon name="chevron" className="h-3.5 w-3.5 shrink-0 rotate-90 text-slate-500" />
    </button>
  );
}
