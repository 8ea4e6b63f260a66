import { indexChart, childrenOf } from '../model/tree';
import { TONES } from '../layout/palette';
import { useChartStore, useChartStoreApi } from '../store/store';
import { useT } from '../store/use-t';
import { selectShownChart } from '../store/shown-chart';
import { selectSelectedId } from '../store/selectors';
import {
  MenuContent,
  MenuItem,
  MenuRoot,
  MenuSeparator,
  MenuSub,
  MenuSubContent,
  MenuSubTrigger,
  MenuTrigger,
} from '../panels/Menu';
import { shortcutFor } from './key-map';
import { cardElement } from './focus-place';

const COLORS = ['blue', 'violet', 'teal', 'amber', 'rose', 'slate'] as const;

/**
 * A card's actions, each with its shortcut, at the point where it was asked for: right-click,
 * long-press on touch, Shift+F10 or the Menu key. Radix keeps it on screen at the window edge.
 * Loaded on demand (see App.tsx).
 */
export function CardMenu() {
  const t = useT();
  const at = useChartStore((s) => s.cardMenu);
  // The shown chart: its titles are plain text in the chart language (the stored one holds both).
  const node = useChartStore((s) =>
    s.cardMenu ? indexChart(selectShownChart(s)).byId.get(s.cardMenu.id) : undefined,
  );
  const hasChildren = useChartStore((s) =>
    s.cardMenu ? childrenOf(indexChart(s.chart), s.cardMenu.id).length > 0 : false,
  );
  const close = useChartStore((s) => s.closeCardMenu);
  const store = useChartStoreApi();
  if (!at || !node) return null;
  const a = store.getState();
  const id = node.id;
  const isRoot = node.parentId === null;
  const copy = (text: string | null) => {
    // The clipboard may refuse (permissions); the store keeps the copy for Paste either way.
    if (text) void navigator.clipboard?.writeText(text).catch(() => {});
  };
  const paste = () => {
    const read = navigator.clipboard?.readText?.();
    if (!read) return a.pasteText('');
    read.then((text) => a.pasteText(text)).catch(() => a.pasteText(''));
  };

  return (
    // Not modal: a modal menu hides the page with aria-hidden while its buttons stay focusable
    // (axe: aria-hidden-focus). Focus still moves in, arrows stay inside, Escape and an outside click close.
    <MenuRoot open modal={false} onOpenChange={(open) => !open && close()}>
      <MenuTrigger asChild>
        {/* Zero-size anchor at the pointer (or the card's corner), so the menu opens there. */}
        <span
          aria-hidden="true"
          tabIndex={-1}
          className="pointer-events-none fixed h-0 w-0"
          style={{ left: at.x, top: at.y }}
        />
      </MenuTrigger>
      <MenuContent
        label={`${t('cardMenu')}: ${node.title}`}
        align="start"
        className="w-64"
        onCloseAutoFocus={(e) => {
          e.preventDefault();
          // An action that put focus somewhere (rename's field) keeps it; otherwise the card gets it back.
          const now = document.activeElement;
          if (now && now !== document.body) return;
          const card = cardElement(selectSelectedId(store.getState()) ?? id);
          card?.focus({ preventScroll: true });
        }}
      >
        <MenuItem shortcut={shortcutFor('openDetails')} onSelect={() => a.openPanel(id)}>
          {t('menuDetails')}
        </MenuItem>
        <MenuItem shortcut={shortcutFor('rename')} onSelect={() => a.startEditing(id)}>
          {t('rename')}
        </MenuItem>
        <MenuSeparator />
        <MenuItem shortcut={shortcutFor('addChild')} onSelect={() => a.addChildTo(id)}>
          {t('addChild')}
        </MenuItem>
        <MenuItem shortcut={shortcutFor('addSibling')} disabled={isRoot} onSelect={() => a.addSiblingOf(id)}>
          {t('addSibling')}
        </MenuItem>
        <MenuItem shortcut={shortcutFor('duplicate')} disabled={isRoot} onSelect={() => a.duplicate(id)}>
          {t('duplicate')}
        </MenuItem>
        <MenuSeparator />
        <MenuItem shortcut={shortcutFor('copy')} onSelect={() => copy(a.copySelection())}>
          {t('keyCopy')}
        </MenuItem>
        <MenuItem shortcut={shortcutFor('cut')} disabled={isRoot} onSelect={() => copy(a.cutSelection())}>
          {t('keyCut')}
        </MenuItem>
        <MenuItem shortcut={shortcutFor('paste')} onSelect={paste}>
          {t('menuPaste')}
        </MenuItem>
        <MenuSeparator />
        {hasChildren ? (
          <MenuItem onSelect={() => a.toggleCollapse(id)}>
            {node.collapsed ? t('menuExpand') : t('menuCollapse')}
          </MenuItem>
        ) : null}
        <MenuItem onSelect={() => a.startLink(id)}>{t('menuAddLink')}</MenuItem>
        <MenuSub>
          <MenuSubTrigger>{t('menuColor')}</MenuSubTrigger>
          <MenuSubContent>
            {COLORS.map((name, i) => (
              <MenuItem
                key={name}
                icon={
                  <span
                    aria-hidden="true"
                    className="h-3 w-3 rounded-full"
                    style={{ backgroundColor: TONES[i]!.accent }}
                  />
                }
                onSelect={() => a.recolorSelection(TONES[i]!.accent)}
              >
                {t(`color_${name}`)}
              </MenuItem>
            ))}
            <MenuSeparator />
            <MenuItem onSelect={() => a.recolorSelection(undefined)}>{t('menuColorDefault')}</MenuItem>
          </MenuSubContent>
        </MenuSub>
        <MenuSeparator />
        <MenuItem
          shortcut={shortcutFor('deleteSelection')}
          disabled={isRoot}
          destructive
          onSelect={() => a.requestDelete(id)}
        >
          {t('deleteNode')}
        </MenuItem>
      </MenuContent>
    </MenuRoot>
  );
}
