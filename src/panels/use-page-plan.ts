import { useEffect, useMemo, useState } from 'react';
import { useChartStore } from '../store/store';
import { exportChart } from './export-language';
import { planForAsync, type PlanOutcome } from './export-pages';
import { planInput, type ExportSettings } from './export-run';

/** Typing a page size or a text size re-plans once the typing pauses, not on every key. */
const SETTLE_MS = 150;

/**
 * The page plan for the dialog's current choices, made after typing pauses and, for large
 * charts, in the planner's worker, so the dialog and the tab stay responsive; null while
 * planning or when pages are not wanted. A stale answer (choices changed meanwhile) is dropped.
 */
export function usePagePlan(settings: ExportSettings, selectedId: string | null, wanted: boolean) {
  // The chart in the export's language (cached per document and language, so a stable selector).
  const chart = useChartStore((s) => exportChart(s, settings));
  const input = planInput(settings, selectedId);
  const key = JSON.stringify(input);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `input`
  const stable = useMemo(() => input, [key]);
  const [made, setMade] = useState<{ key: string; chart: unknown; outcome: PlanOutcome } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const timer = setTimeout(() => {
      void planForAsync(chart, stable).then((outcome) => {
        if (live) setMade({ key, chart, outcome });
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [chart, stable, key, wanted]);
  if (!wanted || !made || made.key !== key || made.chart !== chart) return null;
  return made.outcome;
}
