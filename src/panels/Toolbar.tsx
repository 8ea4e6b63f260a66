import { useChartStore, selectCanRedo, selectCanUndo } from '../store/store';
import { useT } from '../store/use-t';
import { Divider, ToolButton } from './ToolButton';
import { SearchBox } from './SearchBox';
import { ChartMenu } from './ChartMenu';
import { ImportButton } from './ImportButton';
import { ChartLanguageSelect } from './ChartLanguageSelect';

const LEVELS = [1, 2, 3, 4, 5];

export function Toolbar() {
  const t = useT();
  const s = useChartStore;
  const canUndo = s(selectCanUndo);
  const canRedo = s(selectCanRedo);
  const selectedId = s((x) => x.selectedId);
  const direction = s((x) => x.chart.direction);
  const compact = s((x) => x.chart.compact);
  const locale = s((x) => x.locale);
  const actions = s.getState();
  const isRootSelected = s(
    (x) => x.selectedId !== null && x.chart.nodes.find((n) => n.id === x.selectedId)?.parentId === null,
  );

  return (
    <header className="z-20 flex h-12 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-3 shadow-[0_1px_2px_rgba(15,23,42,0.04)]">
      <div className="mr-2 flex items-center gap-2">
        <img src="/favicon.svg" alt="" className="h-6 w-6" />
        <span className="text-[15px] font-semibold whitespace-nowrap text-slate-900">{t('appName')}</span>
      </div>
      <ChartMenu />
      <nav aria-label={t('toolbar')} className="flex items-center gap-0.5">
        <Divider />
        <ToolButton
          label={t('undo')}
          icon="undo"
          shortcut="Ctrl+Z"
          disabled={!canUndo}
          onClick={actions.undo}
        />
        <ToolButton
          label={t('redo')}
          icon="redo"
          shortcut="Ctrl+Shift+Z"
          disabled={!canRedo}
          onClick={actions.redo}
        />
        <Divider />
        <ToolButton
          label={t('addChild')}
          icon="addChild"
          shortcut="Tab"
          disabled={!selectedId}
          onClick={() => selectedId && actions.addChildTo(selectedId)}
        />
        <ToolButton
          label={t('deleteNode')}
          icon="trash"
          shortcut="Delete"
          disabled={!selectedId || isRootSelected}
          onClick={actions.deleteSelection}
        />
        <Divider />
        <ToolButton
          label={t('topDown')}
          icon="tb"
          pressed={direction === 'TB'}
          onClick={() => actions.setDirection('TB')}
        />
        <ToolButton
          label={t('leftRight')}
          icon="lr"
          pressed={direction === 'LR'}
          onClick={() => actions.setDirection('LR')}
        />
        <ToolButton
          label={t('compactMode')}
          icon="compact"
          pressed={compact}
          onClick={() => actions.setCompact(!compact)}
        />
        <ToolButton label={t('autoLayout')} icon="layout" onClick={actions.autoLayout} />
        <Divider />
        <ToolButton label={t('collapseAll')} icon="collapse" onClick={actions.collapseAll} />
        <ToolButton label={t('expandAll')} icon="expand" onClick={actions.expandAll} />
        <label className="sr-only" htmlFor="expand-level">
          {t('expandToLevel')}
        </label>
        <select
          id="expand-level"
          aria-label={t('expandToLevel')}
          title={t('expandToLevel')}
          className="h-8 w-[5.5rem] rounded-md border border-slate-200 bg-white px-1 text-sm text-slate-700"
          value=""
          onChange={(e) => e.target.value && actions.expandToLevel(Number(e.target.value))}
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
        <ToolButton label={t('fitView')} icon="fit" onClick={actions.requestFit} />
      </nav>
      <div className="ml-auto flex items-center gap-1">
        <SearchBox />
        <ToolButton label={t('export')} icon="export" shortcut="Ctrl+E" onClick={actions.openExport}>
          <span className="hidden 2xl:inline">{t('export')}</span>
        </ToolButton>
        <ImportButton />
        <ChartLanguageSelect />
        <ToolButton
          label={`${t('language')}: ${locale === 'zh-CN' ? t('switchToEnglish') : t('switchToChinese')}`}
          icon="globe"
          onClick={() => actions.setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
        >
          <span>{locale === 'zh-CN' ? t('switchToEnglish') : t('switchToChinese')}</span>
        </ToolButton>
      </div>
    </header>
  );
}
