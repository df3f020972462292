/**
 * A service item (办事事项) as a structured page: code, handling organ, legal basis (linked to the
 * portal's document pages), conditions, materials (a table), the process as numbered, expandable
 * steps whose sub-steps say "all of" or "one of", the time limits with the day a decision is due
 * when applying today (the SDK's working-day calendar), fees, where and when, the online service,
 * the enquiry phone and frequent questions. A withdrawn item says so, with its date and note,
 * and offers nothing. `<portal-guide-navigator>` loads this module when a service item is first
 * opened (a chunk of its own in bundles).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { addWorkingDays, isCalendarError, portalDate } from '@portal-kit/sdk';
import type { Service, ServiceStep } from '@portal-kit/sdk';
import { formatNumber } from '@portal-kit/i18n';
import type { BaseLocalizeController, GuideNavigatorStrings } from '@portal-kit/i18n';
import { safeHref } from '../base/safe-href.js';
import { servicePageStyles } from './service-page.styles.js';

export { servicePageStyles };

type Localize = BaseLocalizeController<GuideNavigatorStrings>;

/** What the page needs besides the service. */
export interface ServicePageOptions {
  /** Level of the page's section headings (the panel's title is one above). */
  readonly level: number;
  /** A portal document's page, `{id}` standing for its id; `undefined`: no links. */
  readonly documentHref: string | undefined;
  /** The day an application made today is made on (`YYYY-MM-DD`, Beijing). */
  readonly today: string;
}

/**
 * The day a decision is due for an application made on `today`, `days` working days later, in
 * the reader's language: `apply today → decision by 22 December 2026`; the same day for 0; and,
 * for a day beyond the holiday calendar the SDK knows, a message saying the date cannot be told
 * yet — never a date computed without the calendar.
 */
export function decisionText(l: Localize, today: string, days: number): string {
  if (days === 0) return l.t('sameDay');
  try {
    return l.t('decisionBy', { date: l.formatDate(addWorkingDays(today, days)) });
  } catch (error) {
    if (isCalendarError(error)) return l.t('noDate');
    throw error;
  }
}

/** `n` working days, the number in the reader's digits. */
function workingDays(l: Localize, n: number): string {
  return l.t('workingDays', { count: n, n: formatNumber(n, l.lang) });
}

/** The steps under `parent` ('' for the top), in order: `2.1` is under `2`. */
function stepsUnder(steps: readonly ServiceStep[], parent: string): ServiceStep[] {
  return steps.filter((s) => s.id.slice(0, Math.max(s.id.lastIndexOf('.'), 0)) === parent);
}

function stepView(l: Localize, steps: readonly ServiceStep[], step: ServiceStep): TemplateResult {
  const subs = stepsUnder(steps, step.id);
  return html`<li part="step" class="step" data-step=${step.id}>
    <details part="step-details" open>
      <summary>
        <span part="step-number" class="step-number">${step.id}</span>
        <span>${step.title}</span>
      </summary>
      ${step.text ? html`<p>${step.text}</p>` : nothing}
      ${
        subs.length > 0
          ? html`${
                step.mode
                  ? html`<p part="step-mode" class="mode" data-mode=${step.mode}>
                      ${l.t(`modes.${step.mode}` as const)}
                    </p>`
                  : nothing
              }
              <ol class="steps">
                ${subs.map((sub) => stepView(l, steps, sub))}
              </ol>`
          : nothing
      }
    </details>
  </li>`;
}

function section(level: number, name: string, title: string, content: unknown): unknown {
  return html`<section part=${`field field-${name}`} class="field" data-field=${name}>
    <div class="sub" role="heading" aria-level=${Math.min(level, 6)}>${title}</div>
    ${content}
  </section>`;
}

function list(items: readonly unknown[]): unknown {
  return items.length === 0
    ? nothing
    : html`<ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
}

function timeLimitView(l: Localize, service: Service, today: string): unknown {
  const { statutory, promised } = service.timeLimit;
  const row = (kind: string, label: string, days: number | null) =>
    days === null
      ? nothing
      : html`<dt>${label}</dt>
          <dd data-limit=${kind}>
            ${workingDays(l, days)}
            <span part="decision" class="decision">${decisionText(l, today, days)}</span>
          </dd>`;
  if (statutory === null && promised === null) return nothing;
  return html`<dl class="limits">
    ${row('statutory', l.t('statutory'), statutory)} ${row('promised', l.t('promised'), promised)}
  </dl>`;
}

/** The page of `service` (its title is the panel's, above it). */
export function servicePage(
  l: Localize,
  service: Service,
  options: ServicePageOptions,
): TemplateResult {
  const { level } = options;
  const withdrawn = service.status === 'withdrawn';
  const legal = service.legalBasis.map((basis) => {
    const href =
      basis.documentId === null || options.documentHref === undefined
        ? undefined
        : safeHref(options.documentHref.replaceAll('{id}', encodeURIComponent(basis.documentId)));
    return href === undefined
      ? basis.title
      : html`<a part="document-link" href=${href}>${basis.title}</a>`;
  });
  const head = html`<dl part="summary" class="summary">
      <dt>${l.t('code')}</dt>
      <dd><bdi dir="ltr">${service.code}</bdi></dd>
      <dt>${l.t('organ')}</dt>
      <dd>${service.organ.name}</dd>
    </dl>
    ${legal.length > 0 ? section(level, 'legal-basis', l.t('legalBasis'), list(legal)) : nothing}`;
  if (withdrawn) {
    return html`<div part="withdrawn" class="message notice" role="note">
        <p class="error-title">
          ${
            service.withdrawnOn
              ? l.t('withdrawnOn', { date: l.formatDate(service.withdrawnOn) })
              : l.t('withdrawn')
          }
        </p>
        ${service.withdrawnNote ? html`<p>${service.withdrawnNote}</p>` : nothing}
      </div>
      ${head}`;
  }
  const online = service.onlineUrl === null ? undefined : safeHref(service.onlineUrl);
  return html`${head}
  ${
    service.conditions.length > 0
      ? section(level, 'conditions', l.t('conditions'), list(service.conditions))
      : nothing
  }
  ${
    service.materials.length > 0
      ? section(
          level,
          'materials',
          l.t('materials'),
          html`<div class="scroll">
            <table part="materials">
              <thead>
                <tr>
                  <th scope="col">${l.t('material')}</th>
                  <th scope="col">${l.t('form')}</th>
                  <th scope="col">${l.t('copies')}</th>
                </tr>
              </thead>
              <tbody>
                ${service.materials.map(
                  (m) =>
                    html`<tr>
                      <td>
                        ${m.name}${m.note ? html`<div class="muted">${m.note}</div>` : nothing}
                      </td>
                      <td>${l.t(`forms.${m.form}` as const)}</td>
                      <td>${formatNumber(m.copies, l.lang)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
        )
      : nothing
  }
  ${
    service.steps.length > 0
      ? section(
          level,
          'process',
          l.t('process'),
          html`<ol part="steps" class="steps">
            ${stepsUnder(service.steps, '').map((step) => stepView(l, service.steps, step))}
          </ol>`,
        )
      : nothing
  }
  ${section(level, 'time-limit', l.t('timeLimit'), timeLimitView(l, service, options.today))}
  ${section(level, 'fees', l.t('fees'), html`<p>${service.fees}</p>`)}
  ${section(level, 'where', l.t('where'), html`<p>${service.where}</p>`)}
  ${section(level, 'when', l.t('when'), html`<p>${service.when}</p>`)}
  ${
    online === undefined
      ? nothing
      : html`<p class="actions">
          <a part="online" class="button" href=${online}>${l.t('online')}</a>
        </p>`
  }
  ${
    service.phone === null
      ? nothing
      : section(
          level,
          'enquiry',
          l.t('phone'),
          html`<p>
            <a part="phone" href=${`tel:${service.phone.replace(/[^\d+]/g, '')}`}
              ><bdi dir="ltr">${service.phone}</bdi></a
            >
          </p>`,
        )
  }
  ${
    service.faq.length > 0
      ? section(
          level,
          'faq',
          l.t('faq'),
          service.faq.map(
            (item) =>
              html`<details part="faq" class="faq">
                <summary>${item.question}</summary>
                <p>${item.answer}</p>
              </details>`,
          ),
        )
      : nothing
  }`;
}

/** The day an application made now is made on, in Beijing. */
export const todayInBeijing = (): string => portalDate(new Date());
