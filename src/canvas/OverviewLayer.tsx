import { memo, useEffect, useMemo, useRef } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useChartStore } from '../store/store';
import { useChartLayout } from '../store/use-chart-layout';
import { selectShownChart } from '../store/shown-chart';
import { nodeTones } from '../layout/palette';
import { drawOverview, overviewScale } from './overview-draw';
import { drawnBounds } from '../layout/box';

/** The whole chart as one bitmap, shown instead of DOM cards while a large chart is seen from afar. */
function OverviewLayerView() {
  const chart = useChartStore(selectShownChart);
  const layout = useChartLayout();
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useMemo(() => {
    const drawn = drawnBounds(layout);
    return { ...drawn, scale: overviewScale(drawn.width, drawn.height) };
  }, [layout]);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    el.width = Math.max(1, Math.ceil(box.width * box.scale));
    el.height = Math.max(1, Math.ceil(box.height * box.scale));
    drawOverview(ctx, chart, layout, nodeTones(chart), box, box.scale);
  }, [chart, layout, box]);

  return (
    <ViewportPortal>
      <canvas
        ref={canvas}
        data-testid="chart-overview"
        aria-hidden="true"
        className="opschart-overview pointer-events-none top-0 left-0"
        style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
      />
    </ViewportPortal>
  );
}

export const OverviewLayer = memo(OverviewLayerView);
