import { useEffect, useMemo, useRef } from 'react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useT } from '../store/use-t';
import { useChartStoreApi } from '../store/store';

/**
 * The canvas element, with two jobs.
 *
 * React Flow renders the cards inside a container it gives no role; the cards are
 * `treeitem`s, so that container becomes their `tree`, named in the UI language.
 * React Flow never sets these attributes, so setting them after each render is enough.
 */
export function useTreeRole() {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const store = useChartStoreApi();
  const label = t('chartTree');
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    // React Flow unmounts cards that pan out of view; focus on such a card would drop to the
    // page and the next key would be lost. The canvas keeps it (and the keys) instead.
    const onFocusOut = (e: FocusEvent) => {
      const gone = e.target as Element;
      if (e.relatedTarget) return;
      requestAnimationFrame(() => {
        if (!gone.isConnected && document.activeElement === document.body && canvas.isConnected)
          canvas.focus({ preventScroll: true });
      });
    };
    // A card's request for keyboard focus (see ChartNodeCard) lasts until focus goes anywhere
    // but the canvas or a card, or a pointer takes over.
    const closeFocusRequest = () => {
      if (store.getState().cardFocus) store.getState().clearCardFocus();
    };
    const onFocusIn = (e: FocusEvent) => {
      const to = e.target as Element;
      if (!(to instanceof Element) || !to.matches('[data-chart-canvas], .react-flow__node'))
        closeFocusRequest();
    };
    canvas.addEventListener('focusout', onFocusOut);
    canvas.addEventListener('pointerdown', closeFocusRequest, true);
    document.addEventListener('focusin', onFocusIn);
    // React Flow leaves off-screen cards out of the DOM: with the selected card (the tab stop)
    // among them, the canvas itself is the chart's tab stop, so Tab still reaches the chart.
    const nodes = canvas.querySelector('.react-flow__nodes');
    const keepTabStop = () => {
      const stop = canvas.querySelector('.react-flow__node[tabindex="0"]');
      canvas.tabIndex = stop ? -1 : 0;
    };
    keepTabStop();
    const observer = new MutationObserver(keepTabStop);
    if (nodes) observer.observe(nodes, { childList: true, subtree: true, attributeFilter: ['tabindex'] });
    return () => {
      canvas.removeEventListener('focusout', onFocusOut);
      canvas.removeEventListener('pointerdown', closeFocusRequest, true);
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, [store]);
  useEffect(() => {
    const nodes = ref.current?.querySelector('.react-flow__nodes');
    if (!nodes) return;
    if (nodes.getAttribute('role') !== 'tree') nodes.setAttribute('role', 'tree');
    if (nodes.getAttribute('aria-label') !== label) nodes.setAttribute('aria-label', label);
  });
  return ref;
}

/** React Flow's built-in English aria texts, replaced with ours in the UI language. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('rfNodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('rfNodeHelp'),
      'node.a11yDescription.ariaLiveMessage': () => '',
      'edge.a11yDescription.default': '',
      'controls.ariaLabel': t('rfControls'),
      'controls.zoomIn.ariaLabel': t('rfZoomIn'),
      'controls.zoomOut.ariaLabel': t('rfZoomOut'),
      'controls.fitView.ariaLabel': t('rfFitView'),
      'controls.interactive.ariaLabel': t('rfControls'),
      'minimap.ariaLabel': t('rfMinimap'),
      'handle.ariaLabel': t('rfHandle'),
    }),
    [t],
  );
}
