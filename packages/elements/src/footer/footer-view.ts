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

/**
 * The contact facts of the record: phone and email (a `mailto:` link) on one line
 * (`part="contact"`), the postal address on the next (`part="address"`); a line stays, empty,
 * when the record has neither of its facts, so the footer keeps its height.
 */
export function contactView(site: Site, labels: FactLabels): TemplateResult {
  const { phone, email, address } = site.contact;
  const phoneFact =
    phone === undefined
      ? nothing
      : fact(labels.phone, html`<span dir="ltr" translate="no">${phone}</span>`);
  const emailFact =
    email === undefined
      ? nothing
      : fact(
          labels.email,
          html`<a part="email-link" dir="ltr" translate="no" href="mailto:${email}">${email}</a>`,
        );
  const addressFact =
    address === undefined
      ? nothing
      : fact(labels.address, html`<span lang="zh-CN">${address}</span>`);
  return html`<p part="contact" class="line">${phoneFact} ${emailFact}</p>
    <p part="address" class="line">${addressFact}</p>`;
}

/**
 * The site identification code and the ICP record number (`part="records"`), then the
 * public-security record number (`part="public-security"`): each number a link to its record
 * (described as an external site by `#external`), in Chinese as written.
 */
export function recordsView(site: Site, labels: FactLabels): TemplateResult {
  const security = publicSecurityHref(site.publicSecurity);
  const code = html`<span part="site-code" dir="ltr" translate="no">${site.siteCode}</span>`;
  const icp = html`<a
    part="icp-link"
    lang="zh-CN"
    href=${ICP_RECORD_URL}
    aria-describedby="external"
    >${site.icp}</a
  >`;
  const publicSecurity =
    security === undefined
      ? html`<span lang="zh-CN">${site.publicSecurity}</span>`
      : html`<a
          part="public-security-link"
          lang="zh-CN"
          href=${security}
          aria-describedby="external"
          >${site.publicSecurity}</a
        >`;
  return html`<p part="records" class="line">
      ${fact(labels.siteCode, code)} ${fact(labels.icp, icp)}
    </p>
    <p part="public-security" class="line">${fact(labels.publicSecurity, publicSecurity)}</p>`;
}

/** The placeholder while loading (`part="skeleton"`, `aria-busy`): the mark and six lines. */
export function footerSkeleton(label: string): TemplateResult {
  return html`<div part="skeleton" class="inner skeleton" aria-busy="true">
    ${label ? html`<span class="visually-hidden">${label}</span>` : nothing}
    <span class="mark bone-block" aria-hidden="true"></span>
    <div class="facts" aria-hidden="true">
      ${[0, 1, 2, 3, 4, 5].map(
        (row) => html`<span class="bone-line ${row === 0 ? 'short' : ''}"></span>`,
      )}
    </div>
  </div>`;
}
