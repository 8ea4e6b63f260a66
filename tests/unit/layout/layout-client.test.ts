import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  disposeLayoutWorker,
  layoutInWorker,
  LayoutSupersededError,
  shouldUseWorker,
} from '../../../src/layout/layout-client';
import {
  deserializeLayout,
  runLayoutRequest,
  serializeLayout,
  type LayoutRequest,
} from '../../../src/layout/layout-message';
import { layoutChart } from '../../../src/layout/tree-layout';
import { generateChart } from '../../../src/model/generate-chart';
import { defaultLikeChart } from './fixtures';

/** Answers like the real worker (same message handler), asynchronously; or fails to load. */
class FakeWorker {
  static created = 0;
  static failing = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.created++;
  }
  postMessage(request: LayoutRequest) {
    setTimeout(
      () => (FakeWorker.failing ? this.onerror?.() : this.onmessage?.({ data: runLayoutRequest(request) })),
      0,
    );
  }
  terminate() {}
}

afterEach(() => {
  disposeLayoutWorker();
  vi.unstubAllGlobals();
  FakeWorker.created = 0;
  FakeWorker.failing = false;
});

describe('layout client', () => {
  test('uses a worker only above 2,000 nodes', () => {
    expect(shouldUseWorker(2000)).toBe(false);
    expect(shouldUseWorker(2001)).toBe(true);
  });

  test('without Worker (jsdom) it lays out in place', async () => {
    expect(typeof Worker).toBe('undefined');
    const chart = defaultLikeChart();
    await expect(layoutInWorker(chart, { direction: 'LR' })).resolves.toEqual(
      layoutChart(chart, { direction: 'LR' }),
    );
  });

  test('a newer request supersedes an older one; the result is a real Map', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const older = layoutInWorker(generateChart(100, 1));
    const chart = generateChart(120, 2);
    const newer = layoutInWorker(chart, { compact: true });
    await expect(older).rejects.toBeInstanceOf(LayoutSupersededError);
    const layout = await newer;
    expect(layout.nodes).toBeInstanceOf(Map);
    expect(layout).toEqual(layoutChart(chart, { compact: true }));
    expect(FakeWorker.created).toBe(1);
  });

  test('falls back to an in-place layout when the worker fails to load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failing = true;
    const chart = defaultLikeChart();
    await expect(layoutInWorker(chart)).resolves.toEqual(layoutChart(chart));
    // Later requests do not retry the broken worker.
    await expect(layoutInWorker(chart)).resolves.toEqual(layoutChart(chart));
    expect(FakeWorker.created).toBe(1);
  });

  test('a layout survives serialisation for postMessage', () => {
    const layout = layoutChart(defaultLikeChart());
    const wire = structuredClone(serializeLayout(layout));
    expect(Array.isArray(wire.nodes)).toBe(true);
    expect(deserializeLayout(wire)).toEqual(layout);
  });

  test('the message handler reports errors instead of throwing', () => {
    const response = runLayoutRequest({ id: 3, chart: null as never, options: {} });
    expect(response).toMatchObject({ id: 3, ok: false });
  });
});

describe('layout worker', () => {
  test('lays out only the newest of a burst of requests', async () => {
    const scope = {
      onmessage: null as ((event: { data: LayoutRequest }) => void) | null,
      postMessage: vi.fn(),
    };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    await import('../../../src/layout/layout-worker');
    const chart = defaultLikeChart();
    scope.onmessage!({ data: { id: 1, chart: generateChart(50), options: {} } });
    scope.onmessage!({ data: { id: 2, chart, options: { direction: 'LR' } } });
    await vi.waitFor(() => expect(scope.postMessage).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(scope.postMessage).toHaveBeenCalledTimes(1);
    const response = scope.postMessage.mock.calls[0]![0];
    expect(response).toMatchObject({ id: 2, ok: true });
    expect(deserializeLayout(response.layout)).toEqual(layoutChart(chart, { direction: 'LR' }));
  });
});
