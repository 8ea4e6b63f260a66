import { describe, expect, it } from 'vitest';
import { withDragPositions } from '../../../src/canvas/drag-positions';
import { buildScene } from '../../../src/export/scene';
import { chartToRows } from '../../../src/export/sheet-export';
import { importChart } from '../../../src/model/import-chart';
import { linkOf, unsavedToFile } from '../../../src/store/file-actions';
import { sceneOptions } from '../export/fixtures';
import { selectShownChart } from '../../../src/store/shown-chart';
import { textIn } from '../../../src/model/local-text';
import { resetStore, store, searchHits, shownLayout } from './store-helpers';

// Names of Object.prototype members (and the prototype itself) used as ids (issue 9 point 8).
const IDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

function hostileChart(): string {
  return JSON.stringify({
    format: 'opschart',
    version: 1,
    id: 'constructor',
    title: 'Prototype names',
    locale: 'en',
    direction: 'TB',
    nodes: [
      { id: 'root', parentId: null, kind: 'root', title: 'Root', responsibilities: [], metrics: [] },
      ...IDS.map((id, i) => ({
        id,
        parentId: i === 0 ? 'root' : IDS[i - 1],
        kind: 'function',
        title: `Node ${id}`,
        responsibilities: [],
        metrics: [],
      })),
    ],
    links: [{ id: 'toString', source: 'valueOf', target: 'constructor', kind: 'works-with' }],
  });
}

describe('ids named like Object.prototype members work everywhere', () => {
  it('import, layout, scene, spreadsheet, search and edits keep every node', () => {
    const result = importChart(hostileChart());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    resetStore('en', result.chart);
    const s = store();
    const layout = shownLayout();
    for (const id of IDS) expect(layout.nodes.has(id), id).toBe(true);
    const shown = selectShownChart(s);
    const scene = buildScene(shown, layout, sceneOptions());
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['root', ...IDS].sort());
    expect(scene.links).toHaveLength(1);
    expect(chartToRows(shown)).toHaveLength(IDS.length + 2);
    expect(s.chart.nodes.some((n) => n.id === '__proto__')).toBe(true);

    store().updateNodeFields('toString', { title: 'Renamed' });
    expect(textIn(store().chart.nodes.find((n) => n.id === 'toString')?.title, 'en')).toBe('Renamed');
    expect(store().moveNodeTo('valueOf', 'root')).toBe(true);
    store().pinPosition('__proto__', { x: 5, y: 5 });
    expect(store().chart.nodes.find((n) => n.id === '__proto__')?.position).toEqual({ x: 5, y: 5 });
    expect(store().chart.nodes.find((n) => n.id === 'valueOf')?.parentId).toBe('root');
    store().setSearchQuery('Node');
    expect(searchHits().map((h) => h.id)).toEqual(expect.arrayContaining(['constructor', '__proto__']));
  });

  it('a chart whose id is "constructor" has no file until it is saved to one', () => {
    const result = importChart(hostileChart());
    if (!result.ok) throw new Error('import');
    resetStore('en', result.chart);
    expect(linkOf(store().fileLinks, 'constructor')).toBeUndefined();
    expect(
      unsavedToFile(store().lastEdited(store().chart.id), linkOf(store().fileLinks, store().chart.id)),
    ).toBe(false);
  });

  it('cards being dragged keep their place whatever their ids', () => {
    const nodes = ['constructor', 'toString', '__proto__', 'plain'].map((id) => ({
      id,
      position: { x: 1, y: 2 },
    }));
    const moved = withDragPositions(nodes, { plain: { x: 9, y: 9 } });
    expect(moved.map((n) => n.position)).toEqual([
      { x: 1, y: 2 },
      { x: 1, y: 2 },
      { x: 1, y: 2 },
      { x: 9, y: 9 },
    ]);
  });
});
