/**
 * `DataController` on a minimal Lit host, loading through a real SDK client from the fixture API:
 * states, last good data kept on error, retry, abort on input change and on disconnect, and no
 * unhandled rejection anywhere.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createClient } from '@portal-kit/sdk';
import type { NewsItem, Page } from '@portal-kit/sdk';
import { DataController, isAbortError } from '../src/controllers/data-controller.js';
import { apiSession } from './support/api.js';
import './support/quiet.js';

class DataHost extends LitElement {
  static override properties = { column: {}, base: {} };
  declare column: string;
  declare base: string;
  renders = 0;
  readonly data = new DataController<{ base: string; column: string }, Page<NewsItem>>(this, {
    args: () => (this.base ? { base: this.base, column: this.column } : null),
    task: ({ base, column }, { signal }) =>
      createClient({ baseUrl: base, retries: 0 }).news.list(
        { column: column as 'headlines', lang: 'en', limit: 2 },
        { signal },
      ),
    isEmpty: (page) => page.items.length === 0,
  });

  constructor() {
    super();
    this.column = 'headlines';
    this.base = '';
  }

  override render() {
    this.renders += 1;
    return html`${this.data.state}`;
  }
}
customElements.define('data-host', DataHost);

describe('DataController', () => {
  it('is idle without inputs, then loading, then ready', async () => {
    const api = apiSession();
    const host = await fixture<DataHost>(html`<data-host></data-host>`);
    expect(host.data.state).to.equal('idle');
    host.base = api.base('slow100');
    await host.updateComplete;
    expect(host.data.state).to.equal('loading');
    await host.data.settled;
    expect(host.data.state).to.equal('ready');
    expect(host.data.data?.items.map((i) => i.column)).to.deep.equal(['headlines', 'headlines']);
  });

  it('reports empty data', async () => {
    const api = apiSession();
    const host = await fixture<DataHost>(html`<data-host .base=${api.base('empty')}></data-host>`);
    await waitUntil(() => host.data.state === 'empty');
    expect(host.data.data?.items).to.deep.equal([]);
  });

  it('keeps the last good data on error, and retry() loads again', async () => {
    const api = apiSession();
    const host = await fixture<DataHost>(html`<data-host .base=${api.base('flaky')}></data-host>`);
    await waitUntil(() => host.data.state === 'ready');
    const good = host.data.data;
    host.data.retry();
    expect(host.data.state).to.equal('loading');
    expect(host.data.data).to.equal(good);
    await host.data.settled;
    // The client keeps no cache across createClient calls here: a plain error.
    expect(host.data.state).to.equal('error');
    expect(host.data.data).to.equal(good);
    expect((host.data.error as Error).name).to.equal('PortalHttpError');
  });

  it('aborts the previous load when the inputs change; only the newest answer lands', async () => {
    const api = apiSession();
    const host = await fixture<DataHost>(
      html`<data-host .base=${api.base('slowfirst500')}></data-host>`,
    );
    await waitUntil(async () => (await api.log()).length === 1);
    host.column = 'briefs';
    await host.updateComplete;
    await host.data.settled;
    expect(host.data.data?.items.every((i) => i.column === 'briefs')).to.equal(true);
    await waitUntil(async () => (await api.log())[0]?.aborted === true);
  });

  it('aborts on disconnect and loads again on reconnect', async () => {
    const api = apiSession();
    const host = await fixture<DataHost>(
      html`<data-host .base=${api.base('slowfirst400')}></data-host>`,
    );
    const parent = host.parentElement as HTMLElement;
    await waitUntil(async () => (await api.log()).length === 1);
    host.remove();
    await waitUntil(async () => (await api.log())[0]?.aborted === true);
    parent.append(host);
    await waitUntil(() => host.data.state === 'ready');
    expect(await api.log()).to.have.length(2);
  });

  it('goes idle and drops its data when the inputs go away', async () => {
    const api = apiSession();
    const host = await fixture<DataHost>(html`<data-host .base=${api.base()}></data-host>`);
    await waitUntil(() => host.data.state === 'ready');
    host.base = '';
    await host.updateComplete;
    expect(host.data.state).to.equal('idle');
    expect(host.data.data).to.equal(undefined);
  });

  it('recognises abort errors', () => {
    expect(isAbortError(new DOMException('x', 'AbortError'))).to.equal(true);
    expect(isAbortError(new Error('x'))).to.equal(false);
    expect(isAbortError(null)).to.equal(false);
  });
});
