import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';
import { Icon } from './Icon';

/** The dotted "works with" lines of a node: listed, removable, and added by picking a second node. */
export function NodeLinks({ id }: { id: string }) {
  const t = useT();
  const links = useChartStore((s) => selectShownChart(s).links);
  const nodes = useChartStore((s) => selectShownChart(s).nodes);
  const picking = useChartStore((s) => s.linkSourceId === id);
  const startLink = useChartStore((s) => s.startLink);
  const removeLink = useChartStore((s) => s.removeLinkById);
  const mine = links.filter((l) => l.source === id || l.target === id);
  const titleOf = (nodeId: string) => nodes.find((n) => n.id === nodeId)?.title ?? nodeId;
  return (
    <section aria-label={t('links')} className="px-2">
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500">{t('links')}</h3>
      <ul className="space-y-1">
        {mine.map((l) => {
          const other = l.source === id ? l.target : l.source;
          return (
            <li key={l.id} className="flex items-center gap-2 text-sm">
              <span className="h-0 w-5 border-t-2 border-dashed border-slate-400" aria-hidden="true" />
              <span className="flex-1 truncate">{titleOf(other)}</span>
              {l.label ? <span className="truncate text-xs text-slate-500">{l.label}</span> : null}
              <button
                type="button"
                className="rounded p-1 text-slate-400 hover:bg-slate-100"
                aria-label={`${t('removeLink')}: ${titleOf(other)}`}
                onClick={() => removeLink(l.id)}
              >
                <Icon name="close" className="h-3.5 w-3.5" />
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className={`mt-1 inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs ${picking ? 'bg-amber-100 text-amber-900' : 'text-blue-700 hover:bg-blue-50'}`}
        onClick={() => startLink(id)}
      >
        <Icon name="link" className="h-3 w-3" />
        {picking ? t('pickLinkTarget') : t('addLink')}
      </button>
    </section>
  );
}
