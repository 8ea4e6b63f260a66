import { indexChart } from '../model/tree';
import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { toneAt } from '../layout/palette';
import { LABEL_INSET } from '../layout/region-label';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';

/** Tinted areas behind the chains and sides, drawn in chart coordinates under the cards and edges. */
function RegionsLayerView() {
  const regions = useChartStore((s) => s.layout.regions);
  const chart = useChartStore(selectShownChart);
  if (regions.length === 0) return null;
  const titleOf = indexChart(chart).byId;
  return (
    <ViewportPortal>
      <div className="opschart-regions" aria-hidden="true">
        {regions.map((r) => {
          const tone = toneAt(r.tone);
          return (
            <div
              key={r.nodeId}
              className="rounded-2xl border"
              data-region={r.nodeId}
              style={{
                transform: `translate(${r.x}px, ${r.y}px)`,
                width: r.width,
                height: r.height,
                backgroundColor: tone.fill,
                borderColor: tone.stroke,
              }}
            />
          );
        })}
      </div>
      {/* Labels sit above the connectors, so a line into a region passes behind its label. */}
      <div className="opschart-region-labels" aria-hidden="true">
        {regions.map((r) => {
          const tone = toneAt(r.tone);
          const node = titleOf.get(r.nodeId);
          return (
            <div
              key={r.nodeId}
              className="truncate rounded px-1.5 text-[21px] leading-[26px] font-semibold"
              style={{
                transform: `translate(${r.x + LABEL_INSET - 6}px, ${r.y + 2}px)`,
                maxWidth: r.width - 2 * LABEL_INSET + 12,
                color: tone.text,
                backgroundColor: tone.fill,
              }}
            >
              {node?.title}
              {node?.goal ? <span className="font-normal"> · {node.goal}</span> : null}
            </div>
          );
        })}
      </div>
    </ViewportPortal>
  );
}

export const RegionsLayer = memo(RegionsLayerView);
