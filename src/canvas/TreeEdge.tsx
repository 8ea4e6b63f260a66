import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { elbowPoints, roundedPath } from '../layout/connectors';
import type { TreeEdge as TreeEdgeType } from './flow-adapter';

/** A parent–child connector drawn by the same rule the exports use, so screen and file agree. */
function TreeEdgeView({ sourceX, sourceY, targetX, targetY, data }: EdgeProps<TreeEdgeType>) {
  const points = elbowPoints(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    data?.direction ?? 'TB',
    data?.stacked ?? false,
  );
  return <BaseEdge path={roundedPath(points)} />;
}

export const TreeEdge = memo(TreeEdgeView);
