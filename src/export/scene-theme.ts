import type { SceneBackground } from './scene-types';

/** Colours of everything that is not tinted by a region tone. Cards stay light on every background. */
export type SceneTheme = {
  background: string | null;
  title: string;
  edge: string;
  link: string;
  linkLabelFill: string;
  linkLabelText: string;
  legendText: string;
  cardTitle: string;
  cardSubtitle: string;
  badgeFill: string;
  badgeText: string;
  /** Dark: regions become a translucent wash of the accent with light labels. */
  darkRegions: boolean;
};

const LIGHT: Omit<SceneTheme, 'background'> = {
  title: '#0f172a',
  edge: '#94a3b8',
  link: '#64748b',
  linkLabelFill: '#ffffff',
  linkLabelText: '#334155',
  legendText: '#334155',
  cardTitle: '#0f172a',
  cardSubtitle: '#64748b',
  badgeFill: '#f1f5f9',
  badgeText: '#475569',
  darkRegions: false,
};

const DARK: Omit<SceneTheme, 'background'> = {
  ...LIGHT,
  title: '#f1f5f9',
  edge: '#94a3b8',
  link: '#cbd5e1',
  linkLabelFill: '#1e293b',
  linkLabelText: '#e2e8f0',
  legendText: '#e2e8f0',
  darkRegions: true,
};

export function themeFor(background: SceneBackground): SceneTheme {
  switch (background) {
    case 'white':
      return { ...LIGHT, background: '#ffffff' };
    case 'transparent':
      return { ...LIGHT, background: null };
    case 'transparent-dark':
      return { ...DARK, background: null };
    case 'dark':
      return { ...DARK, background: '#0f172a' };
  }
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** Colours end up in SVG attributes: anything but #rrggbb (e.g. from an unvalidated document) is replaced. */
export function safeColor(value: string | undefined, fallback: string): string {
  return value !== undefined && HEX.test(value) ? value : fallback;
}
