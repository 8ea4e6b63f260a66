import { indexChart } from '../model/tree';
import { memo } from 'react';
import { Panel } from '@xyflow/react';
import { toneAt } from '../layout/palette';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';
import { useChartLayout } from '../store/use-chart-layout';
import type { ChartLayout } from '../layout/types';

const regionsOf = (layout: ChartLayout) => layout.regions;

/** Room kept to the legend's right for the minimap (200 px and its margins), so the two never overlap. */
const BESIDE_MINIMAP = '!max-w-[calc(100%-300px)]';

function LegendView({ besideMinimap }: { besideMinimap: boolean }) {
  const t = useT();
  const regions = useChartLayout(regionsOf);
  const chart = useChartStore(selectShownChart);
  if (regions.length === 0) return null;
  const byId = indexChart(chart).byId;
  return (
    <Panel
      position="bottom-left"
      className={`!mb-4 !ml-14 ${besideMinimap ? BESIDE_MINIMAP : '!max-w-[calc(100%-80px)]'}`}
    >
      <section
        aria-label={t('legend')}
        className="rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-xs shadow-sm"
      >
        <h2 className="mb-1 font-semibold text-slate-700">{t('legend')}</h2>
        <ul className="space-y-1">
          {regions.map((r) => {
            const tone = toneAt(r.tone);
            const node = byId.get(r.nodeId);
            return (
              <li
                key={r.nodeId}
                className="flex flex-wrap items-center gap-x-2"
                style={{ paddingLeft: r.level * 12 }}
              >
                <span className="inline-flex items-center gap-2 font-medium whitespace-nowrap text-slate-800">
                  <span
                    className="inline-block h-3 w-3 shrink-0 rounded-sm border"
                    style={{ backgroundColor: tone.fill, borderColor: tone.accent }}
                  />
                  {node?.title}
                </span>
                {/* Where the legend is narrow (details open on a tablet) the goal wraps under the title. */}
                {node?.goal ? <span className="text-slate-500">{node.goal}</span> : null}
              </li>
            );
          })}
        </ul>
      </section>
    </Panel>
  );
}

export const Legend = memo(LegendView);
