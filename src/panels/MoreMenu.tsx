import { useT } from '../store/use-t';
import { useChartStore } from '../store/store';
import { Icon } from './Icon';
import { MenuContent, MenuItem, MenuLabel, MenuRoot, MenuSeparator, MenuTrigger } from './Menu';
import { LEVELS, type Tool } from './toolbar-tools';

type Props = {
  /** The tools the bar has no room for, in bar order. */
  tools: Tool[];
  /** Whether the "expand to level" picker is in here too. */
  levels: boolean;
  run: (tool: Tool) => void;
};

/** The toolbar's overflow: every action the measured bar could not hold, with its shortcut. */
export function MoreMenu({ tools, levels, run }: Props) {
  const t = useT();
  const expandToLevel = useChartStore((s) => s.expandToLevel);
  return (
    <MenuRoot>
      <MenuTrigger asChild>
        <button
          type="button"
          aria-label={t('more')}
          title={t('more')}
          className="inline-flex h-8 min-w-8 items-center justify-center rounded-md px-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 data-[state=open]:bg-slate-100"
        >
          <Icon name="more" />
        </button>
      </MenuTrigger>
      <MenuContent label={t('more')} align="end" className="w-64">
        {tools.map((tool, i) => (
          <div key={tool.id}>
            {i > 0 && tools[i - 1]!.group !== tool.group ? <MenuSeparator /> : null}
            <MenuItem
              onSelect={() => run(tool)}
              shortcut={tool.shortcut}
              disabled={tool.disabled}
              icon={<Icon name={tool.icon} className="h-4 w-4 shrink-0 text-slate-500" />}
            >
              {tool.label}
              {tool.pressed ? <span className="sr-only"> ({t('on')})</span> : null}
              {tool.pressed ? <span aria-hidden="true"> ✓</span> : null}
            </MenuItem>
          </div>
        ))}
        {levels ? (
          <>
            {tools.length ? <MenuSeparator /> : null}
            <MenuLabel>{t('expandToLevel')}</MenuLabel>
            {LEVELS.map((n) => (
              <MenuItem key={n} onSelect={() => expandToLevel(n)}>
                {t('levelN', { n })}
              </MenuItem>
            ))}
          </>
        ) : null}
      </MenuContent>
    </MenuRoot>
  );
}
