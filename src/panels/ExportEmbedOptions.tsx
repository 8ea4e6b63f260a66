import { useT } from '../store/use-t';
import type { ExportSettings } from './export-run';

type Props = {
  settings: ExportSettings;
  set: <K extends keyof ExportSettings>(key: K, value: ExportSettings[K]) => void;
  /** A branch is exported (scope: selected subtree with a selection). */
  branch: boolean;
};

/** What leaves with the file: the editable chart (or only the branch, or nothing), and text for dark slides. */
export function ExportEmbedOptions({ settings, set, branch }: Props) {
  const t = useT();
  const carries = settings.format === 'png' || settings.format === 'svg';
  const transparent = settings.format !== 'json' && settings.background === 'transparent';
  const hint = !settings.embedChart ? t('embedNone') : branch ? t('embedBranch') : t('embedWhole');
  return (
    <div className="space-y-2">
      <label className={`flex items-center gap-2 text-sm ${transparent ? '' : 'opacity-40'}`}>
        <input
          type="checkbox"
          checked={settings.lightText}
          disabled={!transparent}
          onChange={(e) => set('lightText', e.target.checked)}
        />
        {t('lightText')}
      </label>
      <div className={carries ? '' : 'opacity-40'}>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={settings.embedChart}
            disabled={!carries}
            aria-describedby="export-embed-hint"
            onChange={(e) => set('embedChart', e.target.checked)}
          />
          {t('embedChart')}
        </label>
        <p id="export-embed-hint" className="mt-1 pl-6 text-xs text-slate-500">
          {carries ? hint : null}
        </p>
      </div>
    </div>
  );
}
