import type { ChartNode } from '../model/schema';
import { useChartStoreApi } from '../store/store';
import { useT } from '../store/use-t';
import { Icon } from './Icon';

export function NodeActions({ node }: { node: ChartNode }) {
  const t = useT();
  const a = useChartStoreApi().getState();
  const isRoot = node.parentId === null;
  const btn =
    'inline-flex items-center gap-1 rounded-md border border-slate-200 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 disabled:opacity-40';
  return (
    <div className="flex flex-wrap gap-1.5 border-t border-slate-100 px-4 py-2.5">
      <button type="button" className={btn} onClick={() => a.addChildTo(node.id)}>
        <Icon name="addChild" className="h-3.5 w-3.5" />
        {t('addChild')}
      </button>
      <button type="button" className={btn} disabled={isRoot} onClick={() => a.addSiblingOf(node.id)}>
        <Icon name="plus" className="h-3.5 w-3.5" />
        {t('addSibling')}
      </button>
      <button type="button" className={btn} disabled={isRoot} onClick={() => a.duplicate(node.id)}>
        <Icon name="copy" className="h-3.5 w-3.5" />
        {t('duplicate')}
      </button>
      <button
        type="button"
        className={`${btn} text-red-700`}
        disabled={isRoot}
        onClick={() => a.requestDelete(node.id)}
      >
        <Icon name="trash" className="h-3.5 w-3.5" />
        {t('deleteNode')}
      </button>
    </div>
  );
}
