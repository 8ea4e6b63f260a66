import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { importChart } from '../../../src/model/import-chart';
import { loadTemplate } from '../../../src/model/templates';
import { exportChartText } from '../../../src/model/chart-text';

describe('zod runs without eval (CSP: no unsafe-eval)', () => {
  it('is configured jitless by the schema module itself', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('parses charts without ever calling Function', async () => {
    const text = exportChartText(await loadTemplate('default'));
    const original = globalThis.Function;
    let calls = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        calls++;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls++;
        return Reflect.apply(target, self, args);
      },
    });
    try {
      expect(importChart(text).ok).toBe(true);
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toBe(0);
  });
});
