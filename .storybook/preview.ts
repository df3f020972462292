/**
 * The preview: every story is wrapped in a story root that carries the toolbar's language
 * (`lang`), direction (`dir`) and theme (`--portal-*` token overrides), and Storybook reads the
 * components' API (Controls, docs tables) from the Custom Elements Manifest.
 */
import {
  LANGUAGES,
  PSEUDO_LANGUAGE,
  enablePseudoLocale,
  getLanguage,
  isPseudoLanguageEnabled,
  type Language,
} from '@portal-kit/i18n';
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { applyCareMode } from '@portal-kit/elements';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from 'virtual:portal-kit/custom-elements-manifest';
import { themes, type ThemeName } from './themes.js';

if (manifest) setCustomElementsManifest(manifest);

const defaultLanguage = LANGUAGES[0] as Language;

/**
 * The story root's language: one of the 19, or the pseudo-locale `en-XA` (accented, 40% longer,
 * bracketed English), which is enabled the first time it is chosen.
 */
function storyLanguage(locale: unknown): { code: string; dir: 'ltr' | 'rtl' } {
  if (locale === PSEUDO_LANGUAGE) {
    if (!isPseudoLanguageEnabled()) enablePseudoLocale();
    return { code: PSEUDO_LANGUAGE, dir: 'ltr' };
  }
  return getLanguage(String(locale)) ?? defaultLanguage;
}

/**
 * Wraps the story in `<div lang dir>` (the elements inherit both) painted with the theme; care
 * mode (the toolbar's, or a story's own) is the document's, as on a page.
 */
const withStoryRoot: Decorator = (story, context) => {
  // Every story starts from the document's state it asks for: the toolbar's care mode, or a
  // story's own `care` arg (the masthead's and footer's care-mode stories); never the last one's.
  applyCareMode(context.globals.care === 'on' || context.args.care === true);
  const language = storyLanguage(context.globals.locale);
  const direction = String(context.globals.direction ?? 'auto');
  const theme = themes[context.globals.theme as ThemeName] ?? themes.light;
  return html`<div
    class="portal-story-root"
    lang=${language.code}
    dir=${direction === 'ltr' || direction === 'rtl' ? direction : language.dir}
    style=${styleMap(theme.tokens)}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withStoryRoot],
  globalTypes: {
    locale: {
      description: 'Language of the stories (lang attribute of the story root)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          ...LANGUAGES.map((l) => ({ value: l.code, title: l.name, right: l.code })),
          { value: PSEUDO_LANGUAGE, title: 'Pseudo-locale [Ƥšéúðó~~]', right: PSEUDO_LANGUAGE },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction (dir attribute of the story root); auto follows the language',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (design-token overrides on the story root)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
    care: {
      description: 'Care mode (关怀版): larger text, stronger contrast, no motion',
      toolbar: {
        title: 'Care mode',
        icon: 'accessibility',
        items: [
          { value: 'story', title: 'Care mode as the story sets it' },
          { value: 'on', title: 'Care mode on' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: defaultLanguage.code,
    direction: 'auto',
    theme: 'light',
    care: 'story',
    backgrounds: { value: 'light' },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    backgrounds: {
      options: {
        light: { name: 'Light', value: themes.light.background },
        dark: { name: 'Dark', value: themes.dark.background },
        contrast: { name: 'High contrast', value: themes['high-contrast'].background },
      },
    },
  },
};

export default preview;
