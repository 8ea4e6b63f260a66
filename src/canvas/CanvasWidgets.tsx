import { ControlButton, Controls, MiniMap } from '@xyflow/react';
import { toneAt } from '../layout/palette';
import { useChartLayout } from '../store/use-chart-layout';
import { useT } from '../store/use-t';
import { Icon } from '../panels/Icon';
import { BitmapMiniMap } from './BitmapMiniMap';
import type { CardNode } from './flow-adapter';
import { Legend } from './Legend';
import { useWidgetShown } from './use-widget-shown';

const minimapColor = (n: { data: unknown }) => toneAt((n.data as CardNode['data']).tone).accent;

/**
 * What floats over the canvas corners: zoom controls, the legend and the minimap. The
 * legend and minimap can be hidden from the controls (remembered per browser); a fit
 * steps around whatever is shown (see fit-around.ts).
 */
export function CanvasWidgets({ large, fit }: { large: boolean; fit: () => void }) {
  const t = useT();
  const [legend, setLegend] = useWidgetShown('legend-hidden');
  const [minimap, setMinimap] = useWidgetShown('minimap-hidden');
  const hasRegions = useChartLayout((layout) => layout.regions.length > 0);
  return (
    <>
      {minimap ? (
        large ? (
          <BitmapMiniMap />
        ) : (
          <MiniMap
            pannable
            zoomable
            nodeColor={minimapColor}
            nodeStrokeWidth={0}
            ariaLabel={t('minimap')}
            className="!border !border-slate-200 !shadow-sm"
          />
        )
      ) : null}
      <Controls showInteractive={false} showFitView={false} aria-label={t('zoomControls')}>
        <ControlButton onClick={fit} aria-label={t('fitView')} title={t('fitView')}>
          <Icon name="fit" />
        </ControlButton>
        {hasRegions ? (
          <ControlButton
            onClick={() => setLegend(!legend)}
            aria-label={t('legend')}
            aria-pressed={legend}
            title={t('legendToggleTip')}
            className={legend ? '!bg-blue-50 !text-blue-800' : ''}
          >
            <Icon name="legend" />
          </ControlButton>
        ) : null}
        <ControlButton
          onClick={() => setMinimap(!minimap)}
          aria-label={t('minimap')}
          aria-pressed={minimap}
          title={t('minimapToggleTip')}
          className={minimap ? '!bg-blue-50 !text-blue-800' : ''}
        >
          <Icon name="minimap" />
        </ControlButton>
      </Controls>
      {legend ? <Legend besideMinimap={minimap} /> : null}
    </>
  );
}
