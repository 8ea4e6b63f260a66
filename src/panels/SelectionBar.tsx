import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { Icon } from './Icon';

/** Shown while several nodes are selected (Shift-click or Shift-drag): recolour or delete them together. */
export function SelectionBar() {
  const t = useT();
  const count = useChartStore((s) => s.selectedIds.length);
  const recolor = useChartStore((s) => s.recolorSelection);
  const remove = useChartStore((s) => s.deleteSelection);
  const clear = useChartStore((s) => s.selectNode);
  if (count < 2) return null;
  return (
    <div
      role="toolbar"
      aria-label={t('selectionCount', { n: count })}
      className="absolute top-3 left-1/2 z-20 flex -translate-x-1/2 items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-sm shadow-md"
    >
      <span className="font-medium text-slate-700">{t('selectionCount', { n: count })}</span>
      <label className="flex items-center gap-1 text-slate-600">
        {t('color')}
        <input
          type="color"
          aria-label={t('color')}
          className="h-6 w-8 cursor-pointer rounded border border-slate-200"
          onChange={(e) => recolor(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="rounded px-1.5 py-0.5 text-slate-600 hover:bg-slate-100"
        onClick={() => recolor(undefined)}
      >
        {t('resetColor')}
      </button>
      <button
        type="button"
        className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-red-700 hover:bg-red-50"
        onClick={remove}
      >
        <Icon name="trash" className="h-3.5 w-3.5" />
        {t('deleteNode')}
      </button>
      <button
        type="button"
        aria-label={t('clearSelection')}
        className="rounded p-1 text-slate-500 hover:bg-slate-100"
        onClick={() => clear(null)}
      >
        <Icon name="close" className="h-3.5 w-3.5" />
      </button>
    </div>
  );
}
