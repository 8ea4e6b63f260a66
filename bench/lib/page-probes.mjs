/**
 * Runs in the page before any of its scripts (page.addInitScript). It watches every animation
 * frame from the start until the chart is on screen and still, and offers a frame recorder.
 * Everything it exposes lives on `window.__bench`; the app is not touched.
 * @param {{ rootId: string, stableFrames: number, stableMs: number }} options
 */
export function installProbes({ rootId, stableFrames, stableMs }) {
  if (window.top !== window) return;
  const nodes = document.getElementsByClassName('react-flow__node');
  const bench = {
    /** ms since navigation start of the frame painted after the chart first appeared in its final, fitted state. */
    ready: null,
    readyNodes: 0,
    readyOverview: false,
    transform: '',
    frames: null,
  };
  window.__bench = bench;

  // The state a frame would paint: null until the view has moved from identity (fitted) and the
  // chart is drawn: either as cards (the root card measured and visible) or, for a big chart seen
  // from afar, as the overview bitmap (its canvas gets its size in the effect that draws it).
  const snapshot = () => {
    const viewport = document.querySelector('.react-flow__viewport');
    const transform = viewport ? viewport.style.transform : '';
    if (!transform || transform === 'translate(0px, 0px) scale(1)') return null;
    const overview = document.querySelector('canvas[data-testid="chart-overview"]');
    if (overview && overview.width > 1)
      return {
        key: `overview ${overview.width}x${overview.height}|${transform}`,
        count: 0,
        transform,
        overview: true,
      };
    if (nodes.length === 0) return null;
    const root = document.querySelector(`.react-flow__node[data-id="${CSS.escape(rootId)}"]`);
    if (!root || root.style.visibility === 'hidden') return null;
    return { key: `${nodes.length}|${transform}`, count: nodes.length, transform, overview: false };
  };

  let lastKey = null;
  let since = 0;
  let same = 0;
  let paintedAt = null;
  let generation = 0;
  const channel = new MessageChannel();
  // A message posted from a rAF callback runs once that frame's style, layout and paint are done.
  channel.port1.onmessage = (event) => {
    if (event.data === generation && paintedAt === null) paintedAt = performance.now();
  };
  const watch = () => {
    const now = performance.now();
    const state = snapshot();
    const key = state ? state.key : null;
    if (key !== lastKey) {
      lastKey = key;
      since = now;
      same = 0;
      paintedAt = null;
      channel.port2.postMessage(++generation);
    } else same++;
    if (state && paintedAt !== null && same >= stableFrames && now - since >= stableMs) {
      bench.ready = paintedAt;
      bench.readyNodes = state.count;
      bench.readyOverview = state.overview;
      bench.transform = state.transform;
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  bench.startFrames = () => {
    const frames = [];
    bench.frames = frames;
    const loop = () => {
      if (bench.frames !== frames) return;
      frames.push(performance.now());
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => {
    const frames = bench.frames ?? [];
    bench.frames = null;
    return frames;
  };
  /** Resolves once the next frame has been painted (two frames on, so any work it started is done too). */
  bench.nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
    );
}
