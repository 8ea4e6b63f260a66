import type { Chart } from '../model/schema';
import { selectShownChart } from './shown-chart';
import { useChartStore } from './store';

/** The chart in the chart language (plain strings), for components that draw or list it. */
export const useShownChart = (): Chart => useChartStore(selectShownChart);
