import { useT } from '../store/use-t';

export function DropOverlay() {
  const t = useT();
  return (
    <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center border-4 border-dashed border-blue-500 bg-blue-50/70">
      <p className="rounded-lg bg-white px-5 py-3 text-base font-medium text-blue-900 shadow">
        {t('dropToImport')}
      </p>
    </div>
  );
}
