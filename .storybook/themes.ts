/**
 * Themes of the Storybook toolbar: overrides of the public `--portal-*` design tokens, set on
 * the story root (the components inherit them). Each keeps WCAG 2.2 AA contrast: text ≥ 4.5:1
 * on its surfaces, accents ≥ 3:1 where they are not text.
 */
export type ThemeName = 'light' | 'dark' | 'high-contrast';

export interface Theme {
  title: string;
  /** Page background behind the story. */
  background: string;
  /** `--portal-*` custom properties and the root's own colours. */
  tokens: Record<string, string>;
}

export const themes: Record<ThemeName, Theme> = {
  light: {
    title: 'Light',
    background: '#ffffff',
    tokens: {
      background: '#ffffff',
      color: '#1f2328',
      '--portal-color-text': '#1f2328',
      '--portal-color-text-muted': '#57606a',
      '--portal-color-surface': '#ffffff',
      '--portal-color-surface-muted': '#eef1f4',
      '--portal-color-border': '#d0d7de',
      '--portal-color-accent': '#0b57a4',
      '--portal-color-accent-contrast': '#ffffff',
      '--portal-color-focus': '#0b57a4',
    },
  },
  dark: {
    title: 'Dark',
    background: '#15181c',
    tokens: {
      background: '#15181c',
      color: '#e6e8eb',
      '--portal-color-text': '#e6e8eb',
      '--portal-color-text-muted': '#aab3bd',
      '--portal-color-surface': '#15181c',
      '--portal-color-surface-muted': '#262b31',
      '--portal-color-border': '#3d444d',
      '--portal-color-accent': '#7cb7ff',
      '--portal-color-accent-contrast': '#0b1a2b',
      '--portal-color-danger': '#ff9a92',
      '--portal-color-notice': '#3b3000',
      '--portal-color-notice-text': '#ffe8a3',
      '--portal-color-focus': '#7cb7ff',
    },
  },
  'high-contrast': {
    title: 'High contrast',
    background: '#000000',
    tokens: {
      background: '#000000',
      color: '#ffffff',
      '--portal-color-text': '#ffffff',
      '--portal-color-text-muted': '#ffffff',
      '--portal-color-surface': '#000000',
      '--portal-color-surface-muted': '#1a1a1a',
      '--portal-color-border': '#ffffff',
      '--portal-color-accent': '#ffff00',
      '--portal-color-accent-contrast': '#000000',
      '--portal-color-danger': '#ff8080',
      '--portal-color-notice': '#000000',
      '--portal-color-notice-text': '#ffff00',
      '--portal-color-focus': '#00ffff',
    },
  },
};
