import { act, renderHook, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDocumentLanguage } from '../../src/app/use-document-language';
import { ChartMenu } from '../../src/panels/ChartMenu';
import { resetStore, store } from '../unit/store/store-helpers';
import { textIn } from '../../src/model/local-text';

beforeEach(() => resetStore('en'));

describe('the tab title', () => {
  it('shows a bidi-spoofing chart title as typed, without the override', () => {
    act(() => store().renameChart('report\u202Egnp.exe'));
    renderHook(() => useDocumentLanguage());
    expect(document.title).toBe('reportgnp.exe · OpsChart');
    render(<ChartMenu />);
    expect(screen.getByRole('button', { name: 'Chart library: reportgnp.exe' })).toBeInTheDocument();
    // The document keeps what the user typed.
    expect(textIn(store().chart.title, 'en')).toBe('report\u202Egnp.exe');
  });

  it('starts with "● " while the chart has changes its file does not', () => {
    renderHook(() => useDocumentLanguage());
    expect(document.title).not.toMatch(/^●/);
    act(() =>
      store().linkFile(store().chart.id, {
        name: 'a.opschart.json',
        handle: null,
        savedAt: store().chart.updatedAt ?? 0,
      }),
    );
    expect(document.title).not.toMatch(/^●/);
    act(() => store().updateNodeFields(store().chart.nodes[1]!.id, { title: 'changed' }));
    expect(document.title).toMatch(/^● /);
  });
});
