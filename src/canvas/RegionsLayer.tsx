import { indexChart } from '../model/tree';
import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { toneAt } from '../layout/palette';
import { LABEL_INSET, REGION_LABEL, regionLabelParts } from '../layout/region-label';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useChartLayout } from '../store/use-chart-layout';
import type { ChartLayout } from '../layout/types';

const regionsOf = (layout: ChartLayout) => layout.regions;

/** Tinted areas behind the chains and sides, drawn in chart coordinates under the cards and edges. */
function RegionsLayerView() {
  const regions = useChartLayout(regionsOf);
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
          // The band is wide enough for the title; the goal joins it only where it fits too.
          const label = regionLabelParts(titleOf.get(r.nodeId), r.width);
          return (
            <div
              key={r.nodeId}
              className="rounded leading-[26px] font-semibold whitespace-nowrap"
              data-region-label={r.nodeId}
              style={{
                transform: `translate(${r.x + LABEL_INSET - REGION_LABEL.padX}px, ${r.y + 2}px)`,
                maxWidth: r.width - 2 * LABEL_INSET + 2 * REGION_LABEL.padX,
                paddingInline: REGION_LABEL.padX,
                fontSize: REGION_LABEL.size,
                color: tone.text,
                backgroundColor: tone.fill,
              }}
            >
              {label.title}
              {label.goal ? <span className="font-normal"> · {label.goal}</span> : null}
            </div>
          );
        })}
      </div>
    </ViewportPortal>
  );
}

export const RegionsLayer = memo(RegionsLayerView);
