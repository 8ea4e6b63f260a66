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
    transform: '',
    frames: null,
  };
  window.__bench = bench;

  // The state a frame would paint: null until the chart's root card is measured and the view moved from identity.
  const snapshot = () => {
    if (nodes.length === 0) return null;
    const root = document.querySelector(`.react-flow__node[data-id="${CSS.escape(rootId)}"]`);
    if (!root || root.style.visibility === 'hidden') return null;
    const viewport = document.querySelector('.react-flow__viewport');
    const transform = viewport ? viewport.style.transform : '';
    if (!transform || transform === 'translate(0px, 0px) scale(1)') return null;
    return { key: `${nodes.length}|${transform}`, count: nodes.length, transform };
  };

  let lastKey = null;
  let since = 0;
  let same = 0;
  let paintedAt = null;
  const watch = () => {
    const now = performance.now();
    const state = snapshot();
    const key = state ? state.key : null;
    if (key !== lastKey) {
      lastKey = key;
      since = now;
      same = 0;
      paintedAt = null;
    } else {
      same++;
      // This callback runs in the frame after the one that first showed the state, so that one was painted.
      if (paintedAt === null) paintedAt = now;
    }
    if (state && same >= stableFrames && now - since >= stableMs) {
      bench.ready = paintedAt;
      bench.readyNodes = state.count;
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
  /** Resolves with performance.now() in the rAF after the next one: the next frame has been painted. */
  bench.nextPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
}
