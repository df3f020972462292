/**
 * Client sharing: every widget of a page that talks to the same API base URL uses the same SDK
 * client, and so the same in-flight request de-duplication and the same ETag cache. The page's
 * clients are core clients (the request pipeline alone): each component sends its own requests
 * through `request()`, so no component carries the code of another's resource.
 */
import { createCoreClient } from '@portal-kit/sdk';
import type { CoreClient } from '@portal-kit/sdk';
import { setDefaultLanguage } from '@portal-kit/i18n';

/** Page-wide defaults for Portal Kit elements, set by {@link configure}. */
export interface PortalConfig {
  /** API server origin used by elements without `api-base` or `client`. */
  apiBase?: string;
  /**
   * A ready client used by elements without `api-base` or `client` (wins over `apiBase`): one
   * made by `createClient()` or `createCoreClient()`.
   */
  client?: CoreClient;
  /**
   * Language of elements that find no `lang` on themselves, their ancestors or `<html>`
   * (default `zh-CN`).
   */
  lang?: string;
  /** Default site filter (one id or several) of elements without a `site` attribute. */
  site?: string | string[];
}

const clients = new Map<string, CoreClient>();
let config: Readonly<PortalConfig> = {};

/** Normalizes a base URL the way the registry keys it (no trailing slash). */
function keyOf(apiBase: string): string {
  return apiBase.trim().replace(/\/+$/, '');
}

/**
 * Sets page-wide defaults; later calls merge into earlier ones.
 *
 * @example
 * configure({ apiBase: 'https://api.example.gov.cn', site: ['main', 'us'] });
 */
export function configure(options: PortalConfig): void {
  config = { ...config, ...options };
  if (options.client) clients.set(keyOf(options.client.baseUrl), options.client);
  if (options.lang !== undefined) setDefaultLanguage(options.lang);
}

/** The current page-wide defaults. */
export function getConfig(): Readonly<PortalConfig> {
  return config;
}

/**
 * The page's one client for an API base URL, created on first use. A client handed to
 * `configure({ client })` is reused for its own base URL.
 */
export function clientFor(apiBase: string): CoreClient {
  const key = keyOf(apiBase);
  let client = clients.get(key);
  if (!client) {
    client = createCoreClient({ baseUrl: key });
    clients.set(key, client);
  }
  return client;
}

/**
 * The client an element should use: its own `client` property, else the page client of its
 * `api-base`, else the configured client, else the page client of the configured `apiBase`;
 * `undefined` when nothing is configured.
 */
export function resolveClient(own: {
  client?: CoreClient | undefined;
  apiBase?: string | undefined;
}): CoreClient | undefined {
  if (own.client) return own.client;
  if (own.apiBase) return clientFor(own.apiBase);
  if (config.client) return config.client;
  if (config.apiBase) return clientFor(config.apiBase);
  return undefined;
}

const clientIds = new WeakMap<CoreClient, number>();
let lastClientId = 0;

/**
 * A number standing for `client` (the same for the same client): part of a data component's
 * load key, so that another client loads again while the same one is never asked twice.
 */
export function clientId(client: CoreClient): number {
  let id = clientIds.get(client);
  if (id === undefined) clientIds.set(client, (id = ++lastClientId));
  return id;
}

/** The default site filter of a client made by `createClient({ site })`, if any. */
export function clientSite(client: CoreClient): string | string[] | undefined {
  return (client as { site?: string | string[] }).site;
}
