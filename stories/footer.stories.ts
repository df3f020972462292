/**
 * `<portal-footer>` in every state — ready, loading, a failed load, an invalid record, care mode
 * on — each in Chinese, English and Arabic (right to left): one footer per story, as a page has
 * one content-info landmark. The record comes through a real SDK client whose `fetch` plays the
 * sites endpoint (stories/fixtures/sites.ts). A story's `care` arg turns care mode on for it (the
 * preview applies it to the document); the toolbar's "Care mode" turns it on for any story.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@portal-kit/elements/footer/define';
import { sitesClient, type SiteAnswer } from './fixtures/sites.js';

/** The controls of the stories. */
interface FooterArgs {
  site: string;
  sitemapUrl: string;
  contactUrl: string;
  /** Care mode on while the story shows. */
  care: boolean;
}

function footer(args: FooterArgs, lang: string, answer: SiteAnswer) {
  return html`<portal-footer
    lang=${lang}
    site=${args.site}
    sitemap-url=${args.sitemapUrl}
    contact-url=${args.contactUrl}
    .client=${sitesClient(answer)}
  ></portal-footer>`;
}

const meta: Meta<FooterArgs> = {
  title: 'Components/Footer',
  component: 'portal-footer',
  args: { site: 'wms', sitemapUrl: '/sitemap.html', contactUrl: '/contact.html', care: false },
  argTypes: {
    site: { control: 'text', description: 'The site id (`wms`; `broken` is an invalid record).' },
    sitemapUrl: { control: 'text', description: 'The site map.' },
    contactUrl: { control: 'text', description: 'The contact page.' },
    care: { control: 'boolean', description: 'Care mode (关怀版) on the document.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The shared footer: organizer, site identification code, ICP and public-security ' +
          'records, contact, error report, the government-site mark. See ' +
          'docs/components/footer.md for the full API.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<FooterArgs>;

const story = (lang: string, answer: SiteAnswer, args: Partial<FooterArgs> = {}): Story => ({
  args,
  render: (all) => footer(all, lang, answer),
});

/** The department's footer: 主办单位, 网站标识码, the record numbers, 我为政府网站找错. */
export const ReadyZh = { ...story('zh-CN', 'ok'), name: 'Ready (zh-CN)' };
export const ReadyEn = { ...story('en', 'ok'), name: 'Ready (en)' };
/** Arabic: right to left; the organizer has no Arabic name, so it shows in Chinese. */
export const ReadyAr = { ...story('ar', 'ok'), name: 'Ready (ar)' };

/** Loading: the footer's final height is reserved. */
export const LoadingZh = { ...story('zh-CN', 'pending'), name: 'Loading (zh-CN)' };
export const LoadingEn = { ...story('en', 'pending'), name: 'Loading (en)' };
export const LoadingAr = { ...story('ar', 'pending'), name: 'Loading (ar)' };

/** The network is down: the reason, and Retry. */
export const ErrorZh = { ...story('zh-CN', 'offline'), name: 'Error (zh-CN)' };
export const ErrorEn = { ...story('en', 'offline'), name: 'Error (en)' };
export const ErrorAr = { ...story('ar', 'offline'), name: 'Error (ar)' };

/** A record the naming rules refuse: the fields to correct, never half a footer. */
export const InvalidZh = {
  ...story('zh-CN', 'ok', { site: 'broken' }),
  name: 'Invalid record (zh-CN)',
};
export const InvalidEn = { ...story('en', 'ok', { site: 'broken' }), name: 'Invalid record (en)' };
export const InvalidAr = { ...story('ar', 'ok', { site: 'broken' }), name: 'Invalid record (ar)' };

/** Care mode on: larger text, stronger contrast. */
export const CareZh = { ...story('zh-CN', 'ok', { care: true }), name: 'Care mode (zh-CN)' };
export const CareEn = { ...story('en', 'ok', { care: true }), name: 'Care mode (en)' };
export const CareAr = { ...story('ar', 'ok', { care: true }), name: 'Care mode (ar)' };
