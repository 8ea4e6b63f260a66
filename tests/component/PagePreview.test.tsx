import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_FORMATS, defaultPlanOptions } from '../../src/export/page-formats';
import { planPages } from '../../src/export/page-planner';
import { measureText } from '../../src/layout/text-width';
import { generateChart } from '../../src/model/generate-chart';
import { PagePreview } from '../../src/panels/PagePreview';
import { resetStore } from '../unit/store/store-helpers';

const plan = planPages(generateChart(120), null, {
  ...defaultPlanOptions(),
  format: PAGE_FORMATS['slide-16x9'],
  measure: measureText,
});

beforeEach(() => {
  resetStore('en');
  URL.createObjectURL = vi.fn(() => 'blob:page');
  URL.revokeObjectURL = vi.fn();
});

describe('PagePreview', () => {
  it('steps through the pages and shows their count and smallest text', async () => {
    render(<PagePreview outcome={{ ok: true, plan, ms: 12 }} minTextPt={10} />);
    const n = plan.pages.length;
    expect(n).toBeGreaterThan(1);
    expect(screen.getByText(`${n} pages`)).toBeInTheDocument();
    expect(screen.getByText(`Page 1 of ${n}`)).toBeInTheDocument();
    const smallest = Math.min(...plan.pages.map((p) => p.smallestPt)).toFixed(1);
    expect(screen.getByText(`Smallest text ${smallest} pt (minimum 10.0 pt)`)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: plan.pages[0]!.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText(`Page 2 of ${n}`)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: plan.pages[1]!.title })).toBeInTheDocument();
  });

  it('says plainly what the planner dropped', () => {
    render(
      <PagePreview outcome={{ ok: true, plan: { ...plan, droppedDetail: 'title' }, ms: 1 }} minTextPt={10} />,
    );
    expect(screen.getByText('To keep text readable, cards show less: Title only.')).toBeInTheDocument();
  });

  it('gives a clear message when no plan can be made, and while planning', () => {
    const { rerender } = render(<PagePreview outcome={null} minTextPt={10} />);
    expect(screen.getByText('Making pages…')).toBeInTheDocument();
    rerender(<PagePreview outcome={{ ok: false, code: 'page-too-small', message: 'x' }} minTextPt={10} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The page is too small for any text at this size.');
  });
});
