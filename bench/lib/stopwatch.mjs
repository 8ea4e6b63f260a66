/**
 * Arms an in-page stopwatch: it starts in a capture-phase listener for the event (so before
 * the app sees it) and stops just after the first frame painted once the DOM matches `done`,
 * checked on every mutation. "Painted" is a message posted from that frame's rAF callback:
 * it runs once the frame's style, layout and paint work is done. Plain data only: the page's
 * CSP forbids eval, so no predicate functions cross over.
 * @param {import('@playwright/test').Page} page
 * @param {{ event: 'keydown' | 'click', key?: string, within?: string,
 *   done: { selector: string, attr?: string, value?: string, noInput?: boolean, text?: string, allMeasured?: boolean,
 *     placedAt?: { x: number, y: number } } }} spec
 */
export async function armStopwatch(page, spec) {
  await page.evaluate((spec) => {
    const watch = { start: null, end: null };
    window.__bench.stopwatch = watch;
    const matches = (event) =>
      (spec.key === undefined || event.key === spec.key) &&
      (spec.within === undefined ||
        (event.target instanceof Element && event.target.closest(spec.within) !== null));
    const onEvent = (event) => {
      if (watch.start !== null || !matches(event)) return;
      watch.start = performance.now();
      window.removeEventListener(spec.event, onEvent, true);
    };
    window.addEventListener(spec.event, onEvent, true);
    const d = spec.done;
    const done = () => {
      const el = document.querySelector(d.selector);
      if (d.placedAt) {
        // Gone from the screen, or translated to its place in the new layout.
        const m = el && /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(el.style.transform);
        if (
          el &&
          !(m && Math.abs(Number(m[1]) - d.placedAt.x) < 0.5 && Math.abs(Number(m[2]) - d.placedAt.y) < 0.5)
        )
          return false;
      } else if (!el) return false;
      if (d.attr !== undefined && el?.getAttribute(d.attr) !== d.value) return false;
      if (d.noInput && el?.querySelector('input')) return false;
      if (d.text !== undefined && !el?.textContent.includes(d.text)) return false;
      if (d.allMeasured) {
        for (const n of document.getElementsByClassName('react-flow__node'))
          if (n.style.visibility === 'hidden') return false;
      }
      return true;
    };
    let waiting = false;
    const check = () => {
      if (watch.start === null || waiting || !done()) return;
      waiting = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (watch.end = performance.now());
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }, spec);
}

export async function readStopwatch(page, timeout) {
  const handle = await page.waitForFunction(
    () => {
      const w = window.__bench.stopwatch;
      return w && w.end !== null ? w.end - w.start : null;
    },
    null,
    { timeout, polling: 50 },
  );
  return handle.jsonValue();
}
