/**
 * `<portal-masthead>` in every state — ready, loading, a failed load, an invalid record, care
 * mode on — each in Chinese, English and Arabic (right to left): one masthead per story, as a
 * page has one banner. The record comes through a real SDK client whose `fetch` plays the sites
 * endpoint (stories/fixtures/sites.ts). A story's `care` arg turns care mode on for it (the
 * preview applies it to the document, without remembering it), so one story's choice does not
 * follow you to the next; the toolbar's "Care mode" turns it on for any story.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@portal-kit/elements/masthead/define';
import { sitesClient, type SiteAnswer } from './fixtures/sites.js';

/** The controls of the stories. */
interface MastheadArgs {
  site: string;
  searchUrl: string;
  accessibilityUrl: string;
  /** Care mode on while the story shows. */
  care: boolean;
}

function masthead(args: MastheadArgs, lang: string, answer: SiteAnswer) {
  return html`<portal-masthead
      lang=${lang}
      site=${args.site}
      search-url=${args.searchUrl}
      accessibility-url=${args.accessibilityUrl}
      .client=${sitesClient(answer)}
    ></portal-masthead>
    <main id="main">
      <p>${lang === 'zh-CN' ? '正文' : lang === 'ar' ? 'المحتوى' : 'Content'}</p>
    </main>`;
}

const meta: Meta<MastheadArgs> = {
  title: 'Components/Masthead',
  component: 'portal-masthead',
  args: { site: 'wms', searchUrl: '/search', accessibilityUrl: '/accessibility.html', care: false },
  argTypes: {
    site: { control: 'text', description: 'The site id (`wms`; `broken` is an invalid record).' },
    searchUrl: { control: 'text', description: 'Where the search form sends `q`.' },
    accessibilityUrl: { control: 'text', description: 'The accessibility page.' },
    care: { control: 'boolean', description: 'Care mode (关怀版) on the document.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The shared masthead: skip link, emblem, ministry and unit names, languages, search, ' +
          'accessibility and care mode. See docs/components/masthead.md for the full API.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<MastheadArgs>;

const story = (lang: string, answer: SiteAnswer, args: Partial<MastheadArgs> = {}): Story => ({
  args,
  render: (all) => masthead(all, lang, answer),
});

/** The department's masthead: 中华人民共和国商务部 and 对外贸易司. */
export const ReadyZh = { ...story('zh-CN', 'ok'), name: 'Ready (zh-CN)' };
export const ReadyEn = { ...story('en', 'ok'), name: 'Ready (en)' };
/** Arabic: right to left; the unit has no Arabic name, so it shows in Chinese. */
export const ReadyAr = { ...story('ar', 'ok'), name: 'Ready (ar)' };

/** Loading: the masthead's final height is reserved. */
export const LoadingZh = { ...story('zh-CN', 'pending'), name: 'Loading (zh-CN)' };
export const LoadingEn = { ...story('en', 'pending'), name: 'Loading (en)' };
export const LoadingAr = { ...story('ar', 'pending'), name: 'Loading (ar)' };

/** The network is down: the reason, and Retry. */
export const ErrorZh = { ...story('zh-CN', 'offline'), name: 'Error (zh-CN)' };
export const ErrorEn = { ...story('en', 'offline'), name: 'Error (en)' };
export const ErrorAr = { ...story('ar', 'offline'), name: 'Error (ar)' };

/** A record the naming rules refuse: the fields to correct, never half a masthead. */
export const InvalidZh = {
  ...story('zh-CN', 'ok', { site: 'broken' }),
  name: 'Invalid record (zh-CN)',
};
export const InvalidEn = { ...story('en', 'ok', { site: 'broken' }), name: 'Invalid record (en)' };
export const InvalidAr = { ...story('ar', 'ok', { site: 'broken' }), name: 'Invalid record (ar)' };

/** Care mode on: larger text, stronger contrast, no motion — the toggle pressed. */
export const CareZh = { ...story('zh-CN', 'ok', { care: true }), name: 'Care mode (zh-CN)' };
export const CareEn = { ...story('en', 'ok', { care: true }), name: 'Care mode (en)' };
export const CareAr = { ...story('ar', 'ok', { care: true }), name: 'Care mode (ar)' };
