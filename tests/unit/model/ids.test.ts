import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId, takeId, usedIds } from '../../../src/model/ids';
import { makeChart, makeNode } from './make-chart';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('newId', () => {
  it('is the prefix plus ten base-36 characters', () => {
    expect(newId()).toMatch(/^n[0-9a-z]{10}$/);
    expect(newId('chart')).toMatch(/^chart[0-9a-z]{10}$/);
  });

  it('never returns an id that is already taken', () => {
    const taken = new Set<string>();
    const values = [0, 0, 0, 1];
    let call = 0;
    // Force the first two draws to collide so the retry path runs.
    vi.stubGlobal('crypto', {
      getRandomValues: (bytes: Uint8Array) => bytes.fill(values[Math.min(call++, values.length - 1)] ?? 0),
    });
    const first = newId('n', taken);
    taken.add(first);
    expect(newId('n', taken)).not.toBe(first);
  });

  it('falls back to a counter without Web Crypto, still unique', () => {
    vi.stubGlobal('crypto', undefined);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) seen.add(newId('n', seen));
    expect(seen.size).toBe(1000);
  });
});

describe('usedIds / takeId', () => {
  it('collects node and link ids, and takeId records what it mints', () => {
    const chart = {
      ...makeChart([makeNode('r', null)]),
      links: [{ id: 'l1', source: 'r', target: 'r', kind: 'works-with' as const }],
    };
    const used = usedIds(chart);
    expect([...used].sort()).toEqual(['l1', 'r']);
    const id = takeId(used, 'l');
    expect(id).toMatch(/^l/);
    expect(used.has(id)).toBe(true);
  });
});
