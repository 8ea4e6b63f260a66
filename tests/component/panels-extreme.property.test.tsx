import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartMenu } from '../../src/panels/ChartMenu';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { ExportDialog } from '../../src/panels/ExportDialog';
import { SearchBox } from '../../src/panels/SearchBox';
import { selectShownChart } from '../../src/store/shown-chart';
import { extremeChartArb } from '../unit/export/extreme-charts';
import { resetStore, store } from '../unit/store/store-helpers';

/** Whatever React or jsdom reports while the panels render: a render error lands here. */
let problems: string[] = [];
const onError = (e: ErrorEvent) => problems.push(`error event: ${e.message}`);

// The chart library menu's code loads on its first open; loaded here, before any timed wait,
// the first run does not spend its wait on a cold transform (one run in seven failed so under load).
beforeAll(async () => {
  await import('../../src/panels/ChartLibraryMenu');
}, 60_000);

beforeEach(() => {
  problems = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
  });
  // jsdom has no canvas: the preview's PNG is not drawn here, but its scene is still built.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  window.addEventListener('error', onError);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  vi.restoreAllMocks();
});

// Issue 9: `updatedAt: 1e300` blanked the app when the chart library opened, `x: 1e20` blanked it
// on Ctrl+E (the export preview); 17 of 60 schema-valid extreme charts did. Every panel is
// rendered here for charts at the edges of what importChart accepts.
describe('every panel renders any chart importChart accepts', { timeout: 120_000 }, () => {
  it('details panel, export dialog and preview, chart library, search', async () => {
    await fc.assert(
      fc.asyncProperty(
        extremeChartArb(),
        fc.constantFrom('zh-CN', 'en' as const),
        fc.nat(),
        async ({ text }, locale, pick) => {
          problems = [];
          resetStore(locale);
          // The real way in: the file's text through importChart into a new chart of the library.
          let imported = false;
          act(() => void (imported = store().importAsNewChart(text)));
          expect(imported).toBe(true);
          const shown = selectShownChart(store());
          const node = shown.nodes[pick % shown.nodes.length]!;
          act(() => store().openPanel(node.id));
          const user = userEvent.setup();
          render(<DetailsPanel />);
          // The details panel shows the picked node.
          expect(document.getElementById('details-heading')).not.toBeNull();
          cleanup();
          render(
            <>
              <ChartMenu />
              <SearchBox />
            </>,
          );
          // The chart library lists the chart with its date.
          // (A title of only invisible characters, e.g. U+202E, shows as nothing: the name ends at the colon.)
          await user.click(screen.getByRole('button', { name: /^(图表库|Chart library):/ }));
          // Its menu's code loads on the first open (Radix, on demand).
          const menu = await screen.findByRole('menu', {}, { timeout: 8000 });
          expect(within(menu).getAllByRole('menuitemradio').length).toBeGreaterThanOrEqual(1);
          // Search for a piece of a title: the hits list renders.
          const box = screen.getByRole('combobox');
          fireEvent.focus(box);
          fireEvent.change(box, { target: { value: [...node.title].slice(0, 3).join('') } });
          expect(screen.getByRole('listbox')).toBeInTheDocument();
          cleanup();
          // The export dialog and its preview (the scene is built in the preview's effect).
          act(() => store().openExport());
          render(<ExportDialog />);
          expect(screen.getByRole('dialog')).toBeInTheDocument();
          await act(async () => {
            await new Promise((r) => setTimeout(r, 0));
          });
          expect(problems).toEqual([]);
          cleanup();
        },
      ),
      { numRuns: 12 },
    );
  });
});
