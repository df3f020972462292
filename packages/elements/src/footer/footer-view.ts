/**
 * The pieces of `<portal-footer>` for a valid site record: the government-site mark's neutral
 * placeholder, the links row, the organizer, the contact and the record numbers, and the
 * loading placeholder with the same rows.
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { Site } from '@portal-kit/sdk';
import { ICP_RECORD_URL, inLanguage, publicSecurityHref } from './footer-links.js';

/** The words of the facts, in the footer's language. */
export interface FactLabels {
  organizer: string;
  siteCode: string;
  icp: string;
  publicSecurity: string;
  phone: string;
  email: string;
  address: string;
}

/**
 * The kit's neutral stand-in for the government-site mark (党政机关网站标识), decorative: the
 * page puts the mark it was issued, with its verification link, in the `mark` slot.
 */
export const placeholderMark = svg`<svg class="mark-placeholder" viewBox="0 0 48 48"
  aria-hidden="true" focusable="false">
  <path d="M24 4l17 6v13c0 10-7 18-17 21C14 41 7 33 7 23V10z" fill="none"
    stroke="currentColor" stroke-width="3" />
  <path d="M16 24l6 6 11-12" fill="none" stroke="currentColor" stroke-width="3" />
</svg>`;

/** A label and its value, kept together on a line. */
const fact = (label: string, value: unknown) => html`<span class="fact">${label} ${value}</span>`;

/** The organizer (主办单位) in `lang`, else in Chinese (`part="organizer"`). */
export function organizerView(site: Site, lang: string, label: string): TemplateResult {
  const organizer = inLanguage(site.organizer, lang);
  return html`<p part="organizer" class="line">
    ${fact(label, html`<span lang=${organizer.lang}>${organizer.text}</span>`)}
  </p>`;
}

/** The contact facts of the record: phone, email (a `mailto:` link), address (`part="contact"`). */
export function contactView(site: Site, labels: FactLabels): TemplateResult {
  const { phone, email, address } = site.contact;
  return html`<p part="contact" class="line">
    ${
      phone === undefined
        ? nothing
        : fact(labels.phone, html`<span dir="ltr" translate="no">${phone}</span>`)
    }
    ${
      email === undefined
        ? nothing
        : fact(
            labels.email,
            html`<a part="email-link" dir="ltr" translate="no" href="mailto:${email}">${email}</a>`,
          )
    }
    ${
      address === undefined
        ? nothing
        : fact(labels.address, html`<span lang="zh-CN">${address}</span>`)
    }
  </p>`;
}

/**
 * The site identification code and the two record numbers (`part="records"`), each number a
 * link to its record (described as an external site by `#external`), in Chinese as written.
 */
export function recordsView(site: Site, labels: FactLabels): TemplateResult {
  const security = publicSecurityHref(site.publicSecurity);
  return html`<p part="records" class="line">
    ${fact(labels.siteCode, html`<span part="site-code" dir="ltr" translate="no">${site.siteCode}</span>`)}
    ${fact(
      labels.icp,
      html`<a part="icp-link" lang="zh-CN" href=${ICP_RECORD_URL} aria-describedby="external"
        >${site.icp}</a
      >`,
    )}
    ${fact(
      labels.publicSecurity,
      security === undefined
        ? html`<span lang="zh-CN">${site.publicSecurity}</span>`
        : html`<a
            part="public-security-link"
            lang="zh-CN"
            href=${security}
            aria-describedby="external"
            >${site.publicSecurity}</a
          >`,
    )}
  </p>`;
}

/** The placeholder while loading (`part="skeleton"`, `aria-busy`): the mark and four lines. */
export function footerSkeleton(label: string): TemplateResult {
  return html`<div part="skeleton" class="inner skeleton" aria-busy="true">
    ${label ? html`<span class="visually-hidden">${label}</span>` : nothing}
    <span class="mark bone-block" aria-hidden="true"></span>
    <div class="facts" aria-hidden="true">
      <span class="bone-line short"></span><span class="bone-line"></span
      ><span class="bone-line"></span><span class="bone-line"></span>
    </div>
  </div>`;
}
