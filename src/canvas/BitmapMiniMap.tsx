import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { Panel, useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { drawnBounds } from '../layout/box';
import { nodeTones } from '../layout/palette';
import { useChartStoreApi } from '../store/store';
import { useChartLayout } from '../store/use-chart-layout';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';
import { drawOverview } from './overview-draw';

const WIDTH = 200;
const HEIGHT = 150;

type Flow = { transform: [number, number, number]; width: number; height: number };
const viewOf = (s: Flow) => `${s.transform[0]},${s.transform[1]},${s.transform[2]},${s.width},${s.height}`;

/**
 * The minimap of a large chart: the overview picture drawn once, and one rectangle that
 * follows the viewport. React Flow's own minimap keeps a store subscription per node,
 * which costs every pan frame thousands of selector calls. Click to move the view there.
 */
function BitmapMiniMapView() {
  const t = useT();
  const layout = useChartLayout();
  const store = useChartStoreApi();
  const view = useFlowStore(viewOf);
  const flow = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useMemo(() => {
    const box = drawnBounds(layout);
    const scale = Math.min(WIDTH / Math.max(box.width, 1), HEIGHT / Math.max(box.height, 1));
    return { box, scale, left: (WIDTH - box.width * scale) / 2, top: (HEIGHT - box.height * scale) / 2 };
  }, [layout]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    const origin = { x: frame.box.x - frame.left / frame.scale, y: frame.box.y - frame.top / frame.scale };
    // Redrawn when the layout changes, not on every text edit: at this size no text is drawn.
    const chart = selectShownChart(store.getState());
    drawOverview(ctx, chart, layout, nodeTones(chart), origin, frame.scale);
  }, [layout, frame, store]);

  const [x, y, zoom, width, height] = view.split(',').map(Number) as [number, number, number, number, number];
  const rect = {
    x: frame.left + (-x / zoom - frame.box.x) * frame.scale,
    y: frame.top + (-y / zoom - frame.box.y) * frame.scale,
    width: (width / zoom) * frame.scale,
    height: (height / zoom) * frame.scale,
  };
  const moveTo = (e: MouseEvent<HTMLDivElement>) => {
    const bounds = e.currentTarget.getBoundingClientRect();
    const cx = frame.box.x + (e.clientX - bounds.left - frame.left) / frame.scale;
    const cy = frame.box.y + (e.clientY - bounds.top - frame.top) / frame.scale;
    void flow.setCenter(cx, cy, { zoom, duration: 200 });
  };

  return (
    <Panel position="bottom-right">
      <div
        role="img"
        aria-label={t('minimap')}
        className="relative cursor-pointer overflow-hidden rounded border border-slate-200 bg-white shadow-sm"
        style={{ width: WIDTH, height: HEIGHT }}
        onClick={moveTo}
      >
        <canvas ref={canvas} width={WIDTH} height={HEIGHT} className="absolute inset-0" />
        <svg
          className="pointer-events-none absolute inset-0"
          width={WIDTH}
          height={HEIGHT}
          aria-hidden="true"
        >
          <rect
            x={rect.x}
            y={rect.y}
            width={Math.max(2, rect.width)}
            height={Math.max(2, rect.height)}
            fill="rgba(37,99,235,0.08)"
            stroke="#2563eb"
            strokeWidth={1.5}
          />
        </svg>
      </div>
    </Panel>
  );
}

export const BitmapMiniMap = memo(BitmapMiniMapView);
