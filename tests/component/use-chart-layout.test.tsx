import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateChart } from '../../src/model/generate-chart';
import { templateChart } from '../../src/model/templates';
import type { ChartLayout } from '../../src/layout/types';
import { useChartLayout } from '../../src/store/use-chart-layout';
import { docOf } from '../unit/model/doc-of';
import { resetStore, store } from '../unit/store/store-helpers';

describe('useChartLayout', () => {
  it('renders again only when the part it selects changes', () => {
    resetStore('zh-CN', templateChart('default'));
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useChartLayout((layout: ChartLayout) => layout.nodes.get('plat-membership'));
    });
    const box = result.current;
    expect(box).toBeDefined();
    const before = renders;
    act(() => void store().updateNodeFields('plat-membership', { description: '只改说明' }));
    act(() => store().hoverNode('root'));
    expect(renders).toBe(before);
    expect(result.current).toBe(box);
    act(() => store().setDirection('LR'));
    expect(result.current).not.toEqual(box);
  });

  it('on a large chart shows the previous layout, then the worker’s answer without another store change', async () => {
    const big = docOf(generateChart(2100, 5));
    resetStore('zh-CN', big);
    // Nothing else changes in the store afterwards (no save status), so only the worker's answer can re-render.
    act(() => store().suspendSaving());
    const { result } = renderHook(() => useChartLayout());
    const first = result.current;
    act(() => store().addChildTo(big.nodes[1]!.id));
    expect(result.current).toBe(first);
    await waitFor(() => expect(result.current.nodes.size).toBe(2101));
  });
});
