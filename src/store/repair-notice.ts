import type { Notice } from './types';

/** "Imported, and this was repaired": the count in the UI language, the details as importChart wrote them. */
export function repairNotice(title: string, warnings: string[]): Omit<Notice, 'id'> & { id: string } {
  const details = warnings.slice(0, 3).join(' ') + (warnings.length > 3 ? ' …' : '');
  return {
    id: 'import',
    tone: 'warning',
    key: 'importedWithRepairs',
    params: { title, count: warnings.length, details },
    persistent: true,
  };
}
