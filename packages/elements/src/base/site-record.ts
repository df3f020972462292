/**
 * The site record of the masthead and the footer: given as an object (`.site = {…}`) or by id
 * (`site="wms"`, loaded with `GET /api/v1/sites/{id}`), and shown only when `validateSite()`
 * accepts it — a record it rejects is never half shown: the component says which fields break
 * the naming rules instead. Both share the view of that refusal, {@link invalidSiteView}. The
 * rules themselves load on first use (site-rules.ts), beside the record.
 */
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { checkSiteId } from '@portal-kit/sdk';
import type { CoreClient, Site, SiteViolation } from '@portal-kit/sdk';
import { clientId, resolveClient } from '../client.js';
import { RecordController } from '../controllers/record-controller.js';
import type { LoadStatus } from '../status/status-views.js';
import { PortalErrorEvent } from './events.js';
import type { HydratingHost } from './hydration.js';
import { WAITS } from './hydration-keys.js';
import { lazy } from './lazy.js';
import type * as RulesModule from './site-rules.js';

/** The naming rules and the masthead's names, loaded once for every component of the page. */
const rules = lazy<typeof RulesModule>(() => import('./site-rules.js'));

/** What a component gives the site record: its `site`, and where to load it from. */
export interface SiteHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  /** A site id to load, or the record itself. */
  site?: string | Site | undefined;
  apiBase?: string | undefined;
  client?: CoreClient | undefined;
  dispatchEvent(event: Event): boolean;
}

/**
 * Where the record stands: `idle` (no site, or an id and nothing to load it with), `loading`,
 * `ready` (a valid record), `invalid` (a record `validateSite()` rejects), `error` or `offline`
 * (loading failed, nothing to show).
 */
export type SiteState = 'idle' | 'loading' | 'ready' | 'invalid' | 'error' | 'offline';

interface SiteArgs {
  client: CoreClient;
  id: string;
}

/**
 * The site record of a component, loaded when `site` is an id and checked by `validateSite()`.
 * A record kept from an earlier answer (a cached copy while a reload fails) is shown as it is:
 * the masthead of a page does not warn that it may be out of date.
 */
export class SiteRecord implements ReactiveController {
  readonly #host: SiteHost;
  readonly #record: RecordController<SiteArgs, Site>;
  readonly #checked = new WeakMap<object, readonly SiteViolation[]>();
  /** Why the rules could not be loaded (a failed chunk), while they are not. */
  #rulesError: unknown;

  constructor(host: SiteHost) {
    this.#host = host;
    host.addController(this);
    // Server-rendered markup shows the checked record: the rules must be there to render it on
    // a server and to hydrate it in a browser (hydrate.js and the server wait for `WAITS`).
    if (!rules.value) (host as HydratingHost)[WAITS] = rules.get();
    this.#record = new RecordController<SiteArgs, Site>(host, {
      args: () => {
        const { site } = host;
        if (typeof site !== 'string' || site === '') return null;
        const client = resolveClient({ client: host.client, apiBase: host.apiBase });
        return client ? { client, id: site } : null;
      },
      key: ({ client, id }) => `${clientId(client)} ${id}`,
      load: async ({ client, id }, { signal }) =>
        client.request('GET', '/sites/{id}', { params: { id: checkSiteId(id, 'site') }, signal }),
      onError: (error) => host.dispatchEvent(new PortalErrorEvent({ error })),
    });
  }

  hostConnected(): void {
    this.#loadRules();
  }

  #loadRules(): void {
    if (rules.value) return;
    this.#rulesError = undefined;
    void rules.get().then((module) => {
      if (!module) this.#rulesError = new Error('Portal Kit: the site rules could not be loaded.');
      this.#host.requestUpdate();
    });
  }

  /** The naming rules and the masthead's names, once loaded. */
  get rules(): typeof RulesModule | undefined {
    return rules.value;
  }

  /** The record as given or loaded, before any check (`undefined` while there is none). */
  get record(): unknown {
    const { site } = this.#host;
    return typeof site === 'object' && site !== null ? site : this.#record.data;
  }

  /** Every naming rule the record breaks (empty for a valid record, or none yet). */
  get violations(): readonly SiteViolation[] {
    const record = this.record;
    const validateSite = rules.value?.validateSite;
    if (record === undefined || !validateSite) return [];
    if (typeof record !== 'object' || record === null) return validateSite(record);
    let violations = this.#checked.get(record);
    if (!violations) this.#checked.set(record, (violations = validateSite(record)));
    return violations;
  }

  /** The record, once `validateSite()` accepts it. */
  get site(): Site | undefined {
    const record = this.record;
    return record !== undefined && rules.value && this.violations.length === 0
      ? (record as Site)
      : undefined;
  }

  get state(): SiteState {
    if (!rules.value) return this.#rulesError === undefined ? 'loading' : 'error';
    if (this.record !== undefined) return this.violations.length > 0 ? 'invalid' : 'ready';
    const { state, offline } = this.#record;
    if (state === 'error' || state === 'stale') return offline ? 'offline' : 'error';
    return state === 'loading' ? 'loading' : 'idle';
  }

  /** The load, for the status views (`noticeView()`): the record's, or the rules' failure. */
  get load(): LoadStatus {
    if (!rules.value && this.#rulesError !== undefined) {
      return { state: 'error', error: this.#rulesError, offline: this.#record.offline };
    }
    return this.#record;
  }

  /** Settles when the load started last has finished. */
  get settled(): Promise<void> {
    return this.#record.settled;
  }

  /** Loads the record again (the error box's Retry), and the rules if they failed. */
  retry(): void {
    if (!rules.value) this.#loadRules();
    this.#record.retry();
  }
}

/** The words of {@link invalidSiteView}, in the component's language. */
export interface InvalidSiteTexts {
  /** What cannot be shown and why. */
  title: string;
  /** The lead-in of the list of fields. */
  fields: string;
  /** The name of the record itself (a violation of field `''`: not an object at all). */
  whole: string;
}

/**
 * The refusal of a record `validateSite()` rejects (`part="error invalid"`, `role="alert"`):
 * what cannot be shown, and every field to correct, by its path in the record (`siteCode`,
 * `names.en`) — once each, left to right.
 */
export function invalidSiteView(
  violations: readonly SiteViolation[],
  texts: InvalidSiteTexts,
): TemplateResult {
  const fields = [...new Set(violations.map((v) => v.field))];
  return html`<div part="error invalid" class="message error" role="alert">
    <p class="error-title">${texts.title}</p>
    <p>${texts.fields}</p>
    <ul part="fields" class="fields">
      ${fields.map(
        (field) =>
          html`<li>
            ${field === '' ? texts.whole : html`<code dir="ltr" translate="no">${field}</code>`}
          </li>`,
      )}
    </ul>
  </div>`;
}
