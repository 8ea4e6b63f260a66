import { useMemo } from 'react';
import { indexChart, pathToRoot } from '../model/tree';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';

/** The node's path from the root; each step can be clicked to go there. */
export function Breadcrumbs({ id }: { id: string }) {
  const t = useT();
  const chart = useChartStore(selectShownChart);
  const reveal = useChartStore((s) => s.revealNode);
  const path = useMemo(() => pathToRoot(indexChart(chart), id), [chart, id]);
  return (
    <nav aria-label={t('breadcrumbs')} className="px-4 pt-1">
      <ol className="flex flex-wrap items-center gap-x-1 text-xs text-slate-500">
        {path.map((n, i) => (
          <li key={n.id} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {n.id === id ? (
              <span aria-current="page" className="font-medium text-slate-700">
                {n.title}
              </span>
            ) : (
              <button
                type="button"
                className="rounded hover:text-blue-700 hover:underline"
                onClick={() => reveal(n.id)}
              >
                {n.title}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
