import { indexChart } from '../model/tree';
import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { useChartStore, useChartStoreApi, selectCanRedo, selectCanUndo } from '../store/store';
import { useT } from '../store/use-t';
import { selectSelectedId } from '../store/selectors';
import { Divider, ToolButton } from './ToolButton';
import { SearchBox } from './SearchBox';
import { ChartMenu } from './ChartMenu';
import { importFile, useImportPicker } from './ImportButton';
import { openFromFile, saveToFile } from './file-commands-lazy';
import { linkOf, unsavedToFile } from '../store/file-actions';
import { LEVELS, type Tool } from './toolbar-tools';
import { toolsThatFit } from './toolbar-fit';
import { SaveIndicator } from './SaveStatus';
import { ChartLanguageSelect } from './ChartLanguageSelect';
import { languageNameKey } from './language-name';

// The "More" menu sits on Radix UI, which the first view does not need.
const MoreMenu = lazy(() => import('./MoreMenu').then((m) => ({ default: m.MoreMenu })));

/** Room kept for the chart title (it truncates below this), the "More" button and the gaps. */
const CHART_MENU_ROOM = 150;
const MORE_WIDTH = 36;
const GROUP_GAP = 10;
const LEVEL_RANK = 1;

export function Toolbar() {
  const t = useT();
  const tools = useTools();
  const [picker, openPicker] = useImportPicker();
  const { header, measure, search, shown } = useFit(tools);
  const lead = tools.filter((x) => x.group !== 'files' && x.group !== 'view');
  const trail = tools.filter((x) => x.group === 'files' || x.group === 'view');
  const hidden = tools.filter((x) => !shown.has(x.id));
  const levelShown = shown.has('level');
  const store = useChartStoreApi();
  // Open goes through the File System Access picker where there is one, so Ctrl+S can write back.
  const run = (tool: Tool) =>
    tool.id === 'import'
      ? void openFromFile(store.getState, openPicker, (file) => importFile(store, file))
      : tool.run();

  return (
    <header
      ref={header}
      className="relative z-20 flex h-12 shrink-0 items-center gap-1 overflow-hidden border-b border-slate-200 bg-white px-3 shadow-[0_1px_2px_rgba(15,23,42,0.04)]"
    >
      <div className="mr-1 flex shrink-0 items-center gap-2">
        <img src="/favicon.svg" alt="" className="h-6 w-6" />
        {/* The page's one top-level heading (axe: page-has-heading-one); kept for screen readers when hidden. */}
        <h1
          className={`text-[15px] font-semibold whitespace-nowrap text-slate-900 ${shown.has('appName') ? '' : 'sr-only'}`}
        >
          {t('appName')}
        </h1>
      </div>
      <div className="flex min-w-0 shrink items-center">
        <ChartMenu />
      </div>
      <nav aria-label={t('toolbar')} className="flex shrink-0 items-center gap-0.5">
        {lead.map((tool, i) =>
          shown.has(tool.id) ? (
            <span key={tool.id} className="flex items-center">
              {i === 0 || lead[i - 1]!.group !== tool.group ? <Divider /> : null}
              {tool.id === 'level' ? <LevelSelect /> : <ToolButton {...buttonProps(tool, run)} />}
            </span>
          ) : null,
        )}
      </nav>
      <div className="ml-auto flex shrink-0 items-center gap-1">
        <div ref={search} className="flex items-center gap-1">
          <SaveIndicator />
          <SearchBox />
        </div>
        {trail.map((tool) =>
          shown.has(tool.id) ? (
            tool.id === 'chartLanguage' ? (
              <ChartLanguageSelect key={tool.id} />
            ) : (
              <ToolButton key={tool.id} {...buttonProps(tool, run)} />
            )
          ) : null,
        )}
        {hidden.length > 0 ? (
          <Suspense fallback={<ToolButton label={t('more')} icon="more" disabled onClick={() => {}} />}>
            <MoreMenu tools={hidden.filter((x) => x.id !== 'level')} levels={!levelShown} run={run} />
          </Suspense>
        ) : null}
      </div>
      {picker}
      {/* Every tool drawn once, unseen and unreachable, so widths are measured, not guessed. */}
      <div
        ref={measure}
        aria-hidden="true"
        inert
        className="pointer-events-none invisible absolute top-0 left-0 flex items-center gap-0.5"
      >
        <span data-tool="appName" className="text-[15px] font-semibold whitespace-nowrap">
          {t('appName')}
        </span>
        {tools.map((tool) => (
          <span key={tool.id} data-tool={tool.id} className="flex items-center">
            {tool.id === 'level' ? (
              <LevelSelect />
            ) : tool.id === 'chartLanguage' ? (
              <ChartLanguageSelect />
            ) : (
              <ToolButton {...buttonProps(tool, run)} />
            )}
          </span>
        ))}
      </div>
    </header>
  );
}

/** The chart's file, if it has one: named in the save button, with a dot while the file is behind. */
function useFileState(): { label: string; unsaved: boolean } {
  const t = useT();
  const link = useChartStore((s) => linkOf(s.fileLinks, s.chart.id));
  const unsaved = useChartStore((s) =>
    unsavedToFile(s.lastEdited(s.chart.id), linkOf(s.fileLinks, s.chart.id)),
  );
  if (!link) return { label: t('saveToFile'), unsaved: false };
  const key = link.handle
    ? unsaved
      ? 'fileUnsaved'
      : 'fileSaved'
    : unsaved
      ? 'fileDownloadedUnsaved'
      : 'fileDownloadedState';
  return { label: t(key, { name: link.name }), unsaved };
}

function buttonProps(tool: Tool, run: (tool: Tool) => void) {
  return {
    label: tool.label,
    icon: tool.icon,
    shortcut: tool.shortcut,
    disabled: tool.disabled,
    pressed: tool.pressed,
    onClick: () => run(tool),
    children: tool.text ? (
      <span>{tool.text}</span>
    ) : tool.badge !== undefined ? (
      // Zero width whether shown or not, so the measured toolbar does not shift.
      <span aria-hidden="true" className="relative -ml-1 h-0 w-0">
        {tool.badge ? <span className="absolute -top-3 -left-2 h-2 w-2 rounded-full bg-amber-500" /> : null}
      </span>
    ) : undefined,
  };
}

function LevelSelect() {
  const t = useT();
  const expandToLevel = useChartStore((s) => s.expandToLevel);
  return (
    <select
      aria-label={t('expandToLevel')}
      title={t('expandToLevel')}
      className="h-8 w-[5.5rem] rounded-md border border-slate-200 bg-white px-1 text-sm text-slate-700"
      value=""
      onChange={(e) => e.target.value && expandToLevel(Number(e.target.value))}
    >
      <option value="" disabled>
        {t('levelShort')}
      </option>
      {LEVELS.map((n) => (
        <option key={n} value={n}>
          {t('levelN', { n })}
        </option>
      ))}
    </select>
  );
}

/** Every toolbar action in bar order, with the rank that decides which goes into "More" first. */
function useTools(): Tool[] {
  const t = useT();
  const s = useChartStore;
  const canUndo = s(selectCanUndo);
  const canRedo = s(selectCanRedo);
  const selectedId = s(selectSelectedId);
  const direction = s((x) => x.chart.direction);
  const compact = s((x) => x.chart.compact);
  const locale = s((x) => x.locale);
  const chartLanguage = s((x) => x.chartLanguage);
  const api = useChartStoreApi();
  const a = api.getState();
  const isRootSelected = s((x) => {
    const id = selectSelectedId(x);
    return id !== null && indexChart(x.chart).byId.get(id)?.parentId === null;
  });
  const otherLanguage = locale === 'zh-CN' ? t('switchToEnglish') : t('switchToChinese');
  const { label: fileLabel, unsaved: fileUnsaved } = useFileState();
  return [
    {
      id: 'undo',
      group: 'history',
      rank: 13,
      label: t('undo'),
      icon: 'undo',
      shortcut: 'Ctrl+Z',
      disabled: !canUndo,
      run: a.undo,
    },
    {
      id: 'redo',
      group: 'history',
      rank: 9,
      label: t('redo'),
      icon: 'redo',
      shortcut: 'Ctrl+Shift+Z',
      disabled: !canRedo,
      run: a.redo,
    },
    {
      id: 'addChild',
      group: 'edit',
      rank: 11,
      label: t('addChild'),
      icon: 'addChild',
      shortcut: 'Tab',
      disabled: !selectedId,
      run: () => selectedId && a.addChildTo(selectedId),
    },
    {
      id: 'delete',
      group: 'edit',
      rank: 10,
      label: t('deleteNode'),
      icon: 'trash',
      shortcut: 'Delete',
      disabled: !selectedId || isRootSelected,
      run: a.deleteSelection,
    },
    {
      id: 'topDown',
      group: 'layout',
      rank: 6,
      label: t('topDown'),
      icon: 'tb',
      pressed: direction === 'TB',
      run: () => a.setDirection('TB'),
    },
    {
      id: 'leftRight',
      group: 'layout',
      rank: 6,
      label: t('leftRight'),
      icon: 'lr',
      pressed: direction === 'LR',
      run: () => a.setDirection('LR'),
    },
    {
      id: 'compact',
      group: 'layout',
      rank: 5,
      label: t('compactMode'),
      icon: 'compact',
      pressed: compact,
      run: () => a.setCompact(!compact),
    },
    { id: 'autoLayout', group: 'layout', rank: 4, label: t('autoLayout'), icon: 'layout', run: a.autoLayout },
    {
      id: 'collapseAll',
      group: 'fold',
      rank: 3,
      label: t('collapseAll'),
      icon: 'collapse',
      run: a.collapseAll,
    },
    { id: 'expandAll', group: 'fold', rank: 3, label: t('expandAll'), icon: 'expand', run: a.expandAll },
    {
      id: 'level',
      group: 'fold',
      rank: LEVEL_RANK,
      label: t('expandToLevel'),
      icon: 'expand',
      run: () => {},
    },
    { id: 'fit', group: 'fold', rank: 12, label: t('fitView'), icon: 'fit', run: a.requestFit },
    {
      id: 'export',
      group: 'files',
      rank: 14,
      label: t('export'),
      icon: 'export',
      shortcut: 'Ctrl+E',
      run: a.openExport,
    },
    {
      id: 'import',
      group: 'files',
      rank: 7,
      label: t('openOrImport'),
      icon: 'import',
      shortcut: 'Ctrl+O',
      run: () => {},
    },
    {
      id: 'saveFile',
      group: 'files',
      rank: 7,
      label: fileLabel,
      icon: 'save',
      shortcut: 'Ctrl+S',
      badge: fileUnsaved,
      run: () => void saveToFile(api.getState),
    },
    {
      // A select in the bar; in "More" it switches to the other chart language. The UI language
      // switch takes the chart along, so this one goes into "More" first (before the level picker).
      id: 'chartLanguage',
      group: 'view',
      rank: 0.5,
      label: t('chartLanguageTo', {
        language: t(languageNameKey(chartLanguage === 'zh-CN' ? 'en' : 'zh-CN')),
      }),
      icon: 'globe',
      run: () => a.setChartLanguage(chartLanguage === 'zh-CN' ? 'en' : 'zh-CN'),
    },
    {
      id: 'language',
      group: 'view',
      rank: 8,
      label: `${t('language')}: ${otherLanguage}`,
      icon: 'globe',
      text: otherLanguage,
      run: () => a.setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN'),
    },
  ];
}

/**
 * Measures each tool once per language (the hidden row), watches the header's width, and
 * keeps in the bar what fits; the app name goes first, then the least used tools.
 */
function useFit(tools: Tool[]) {
  const header = useRef<HTMLElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLDivElement>(null);
  const locale = useChartStore((s) => s.locale);
  const [widths, setWidths] = useState<Map<string, number>>(new Map());
  const [room, setRoom] = useState(Infinity);

  useLayoutEffect(() => {
    const row = measure.current;
    if (!row) return;
    const next = new Map<string, number>();
    for (const el of row.querySelectorAll<HTMLElement>('[data-tool]')) {
      next.set(el.dataset.tool!, el.getBoundingClientRect().width + 4);
    }
    setWidths(next);
  }, [locale]);

  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return;
    const update = () => {
      // Not laid out (hidden, or a test DOM without layout): nothing to measure, show everything.
      if (el.clientWidth === 0) return setRoom(Infinity);
      const style = getComputedStyle(el);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      const fixed = 24 + 8 + CHART_MENU_ROOM + (search.current?.getBoundingClientRect().width ?? 0) + 16;
      setRoom(el.clientWidth - padding - fixed);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    // "Saving…" is wider than "Saved": the room left for tools follows it.
    if (search.current) observer.observe(search.current);
    return () => observer.disconnect();
  }, []);

  const fitTools = [
    { id: 'appName', width: widths.get('appName') ?? 0, rank: 0 },
    ...tools.map((tool, i) => ({
      id: tool.id,
      rank: tool.rank,
      width: (widths.get(tool.id) ?? 0) + (i === 0 || tools[i - 1]!.group !== tool.group ? GROUP_GAP : 0),
    })),
  ];
  const shown = widths.size ? toolsThatFit(fitTools, room, MORE_WIDTH) : new Set(fitTools.map((x) => x.id));
  return { header, measure, search, shown };
}
