import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, fileNameFor } from '../../../src/export/download';

describe('fileNameFor', () => {
  it.each([
    ['电商平台运营分工图', 'png', '电商平台运营分工图.png'],
    ['Platform ops  chart', 'svg', 'Platform-ops-chart.svg'],
    ['a/b\\c:d*e?f"g<h>i|j', 'json', 'a-b-c-d-e-f-g-h-i-j.json'],
    ['  ..hidden.. ', 'pptx', 'hidden.pptx'],
    ['tab\tnew\nline', '.png', 'tab-new-line.png'],
    ['', 'png', 'opschart.png'],
    ['///', 'png', 'opschart.png'],
    ['CON', 'png', 'opschart.png'],
    ['运营 · 分工 (2024)', 'png', '运营-·-分工-(2024).png'],
  ])('%j → %j', (title, ext, expected) => {
    expect(fileNameFor(title, ext)).toBe(expected);
  });

  it('trims to 80 characters without splitting a character', () => {
    const name = fileNameFor('运'.repeat(100) + '🚀'.repeat(100), 'png');
    const stem = name.replace(/\.png$/, '');
    expect(Array.from(stem)).toHaveLength(80);
    expect(stem).toBe('运'.repeat(80));
    const emoji = fileNameFor('🚀'.repeat(100), 'png').replace(/\.png$/, '');
    expect(Array.from(emoji)).toHaveLength(80);
    expect(emoji).not.toMatch(/[\ud800-\udbff]$/);
  });
});

describe('downloadBlob', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clicks a temporary link with the file name and an object URL', () => {
    const create = vi.fn(() => 'blob:fake');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const blob = new Blob(['x'], { type: 'text/plain' });
    downloadBlob(blob, '图.png');
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(create).toHaveBeenCalledWith(blob);
    expect(clicked?.download).toBe('图.png');
    expect(clicked?.href).toBe('blob:fake');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
