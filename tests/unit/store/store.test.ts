import { beforeEach, describe, expect, it } from 'vitest';
import { loadTemplate, templateChart } from '../../../src/model/templates';
import { updateNode } from '../../../src/model/tree-edit';
import { selectCanRedo, selectCanUndo } from '../../../src/store/store';
import { HISTORY_LIMIT } from '../../../src/store/history';
import { expectValid, resetStore, store, undoAll, shownNodeOf, selectedId } from './store-helpers';

beforeEach(() => resetStore('zh-CN'));

const rename = (id: string, title: string) => {
  const r = updateNode(store().chart, id, { title: { 'zh-CN': title } });
  if (!r.ok) throw new Error(r.reason);
  return r.chart;
};

describe('commit', () => {
  it('records exactly one undo step and clears redo', () => {
    const before = store().chart;
    store().commit(rename('root', 'A'));
    expect(store().past).toHaveLength(1);
    expect(store().past[0]).toBe(before);
    store().undo();
    expect(store().future).toHaveLength(1);
    store().commit(rename('root', 'B'));
    expect(store().future).toHaveLength(0);
  });

  it("with history 'skip' changes the chart without an undo step", () => {
    store().commit(rename('root', 'A'), { history: 'skip' });
    expect(shownNodeOf('root').title).toBe('A');
    expect(store().past).toHaveLength(0);
    expect(selectCanUndo(store())).toBe(false);
  });

  it('ignores a commit of the very same document', () => {
    store().commit(store().chart);
    expect(store().past).toHaveLength(0);
  });
});

describe('load', () => {
  it('is never an undo step and starts a fresh history', async () => {
    store().commit(rename('root', 'A'));
    store().undo();
    expect(selectCanRedo(store())).toBe(true);
    const other = { ...(await loadTemplate('shop-path')), id: 'other' };
    store().load(other);
    expect(store().chart).toBe(other);
    expect(store().past).toEqual([]);
    expect(store().future).toEqual([]);
    store().undo();
    expect(store().chart).toBe(other);
  });
});

describe('undo / redo', () => {
  const roundTrip = (edit: () => void) => {
    const before = store().chart;
    edit();
    const after = store().chart;
    expect(after.nodes).not.toEqual(before.nodes);
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().chart.nodes).toEqual(before.nodes);
    expect(store().chart.links).toEqual(before.links);
    store().redo();
    expect(store().chart.nodes).toEqual(after.nodes);
    expectValid(store().chart);
  };

  it('restores the document after adding a child', () => roundTrip(() => store().addChildTo('platform-ops')));
  it('restores the document after deleting a subtree', () =>
    roundTrip(() => store().deleteNode('platform-side', 'subtree')));
  it('restores the document after deleting and lifting children', () =>
    roundTrip(() => store().deleteNode('platform-ops', 'lift')));
  it('restores the document after a move', () =>
    roundTrip(() => store().moveNodeTo('plat-membership', 'acquisition')));
  it('restores the document after a rename', () =>
    roundTrip(() => store().updateNodeFields('plat-membership', { title: '会员中心' })));

  it('does nothing when there is nothing to undo or redo', () => {
    const before = store().chart;
    store().undo();
    store().redo();
    expect(store().chart).toBe(before);
    expect(store().past).toEqual([]);
    expect(store().future).toEqual([]);
  });

  it('keeps at least 200 steps over a long session', () => {
    const edits = HISTORY_LIMIT + 20;
    for (let i = 0; i < edits; i++) store().updateNodeFields('plat-membership', { title: `会员 ${i}` });
    expect(store().past.length).toBeGreaterThanOrEqual(200);
    for (let i = 0; i < 200; i++) store().undo();
    expect(shownNodeOf('plat-membership').title).toBe(`会员 ${edits - 201}`);
  });

  it('never yields an empty or invalid chart, even undoing past the start', () => {
    store().addChildTo('root');
    store().deleteNode('maintenance', 'lift');
    store().moveNodeTo('acq-content', 'platform-ops');
    store().duplicate('acquisition');
    store().deleteNode('acquisition', 'subtree');
    expect(undoAll()).toBe(5);
    store().undo();
    expectValid(store().chart);
    expect(store().chart.nodes).toEqual(templateChart('default').nodes);
  });

  it('clears a selection that the undone step had created', () => {
    store().addChildTo('platform-ops');
    const added = selectedId();
    expect(added).not.toBeNull();
    store().undo();
    expect(selectedId()).toBeNull();
    expect(store().selectedIds).not.toContain(added);
  });
});
