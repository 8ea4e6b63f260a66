import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { curveMidpoint, linkCurve } from '../layout/connectors';
import { useChartLayout } from '../store/use-chart-layout';
import type { TreeEdge } from './flow-adapter';

/** A dashed "works with" line, on the same curve the exports draw. */
function LinkEdgeView({ source, target, label, markerEnd }: EdgeProps<TreeEdge>) {
  const a = useChartLayout((layout) => layout.nodes.get(source));
  const b = useChartLayout((layout) => layout.nodes.get(target));
  const direction = useChartLayout((layout) => layout.direction);
  const curve = a && b ? linkCurve(a, b, direction) : null;
  if (!curve) return null;
  const mid = curveMidpoint(curve);
  const path = `M${curve.from.x},${curve.from.y} Q${curve.control.x},${curve.control.y} ${curve.to.x},${curve.to.y}`;
  return (
    <BaseEdge
      path={path}
      {...(markerEnd ? { markerEnd } : {})}
      {...(label
        ? {
            label,
            labelX: mid.x,
            labelY: mid.y,
            labelShowBg: true,
            labelBgPadding: [4, 2] as [number, number],
            labelBgBorderRadius: 4,
            labelStyle: { fontSize: 11, fill: '#334155' },
          }
        : {})}
    />
  );
}

export const LinkEdge = memo(LinkEdgeView);
