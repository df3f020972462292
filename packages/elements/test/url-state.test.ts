/**
 * The URL-state controller on a small filterable element (category, year, query text, page
 * cursor): read on connect, pushState on choices and replaceState while typing, back/forward
 * restore, prefixes that keep two components apart, hostile query strings giving defaults, and
 * the `no-url-state` opt-out.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  UrlStateController,
  integerCodec,
  oneOfCodec,
  textCodec,
  tokenCodec,
} from '../src/controllers/url-state.js';
import './support/quiet.js';

interface Filters {
  category: 'trade' | 'investment' | null;
  year: number | null;
  q: string;
  cursor: string | null;
}

const DEFAULTS: Filters = { category: null, year: null, q: '', cursor: null };

class TestFilters extends LitElement {
  static override properties = {
    noUrlState: { type: Boolean, attribute: 'no-url-state' },
  };

  /** The opt-out, as a component exposes it (`no-url-state`). */
  noUrlState = false;
  filters: Filters = { ...DEFAULTS };
  applied = 0;

  readonly url = new UrlStateController<Filters>(this, {
    prefix: 'f-',
    codecs: {
      category: oneOfCodec(['trade', 'investment'] as const),
      year: integerCodec(1949, 2100),
      q: textCodec(50),
      cursor: tokenCodec(100),
    },
    apply: (state) => {
      this.filters = state;
      this.applied += 1;
      this.requestUpdate();
    },
  });

  choose(patch: Partial<Filters>, typing = false): void {
    this.filters = { ...this.filters, ...patch };
    if (typing) this.url.replace(this.filters);
    else this.url.push(this.filters);
    this.requestUpdate();
  }

  override render() {
    return html`<p>${this.filters.q}</p>`;
  }
}
customElements.define('test-filters', TestFilters);

/** A second component with another prefix. */
class OtherFilters extends LitElement {
  filters = { year: null as number | null };
  readonly url = new UrlStateController<{ year: number | null }>(this, {
    prefix: 'g-',
    codecs: { year: integerCodec(1949, 2100) },
    apply: (state) => {
      this.filters = state;
    },
  });
}
customElements.define('test-other-filters', OtherFilters);

let start: string;
beforeEach(() => {
  start = location.href;
});
afterEach(() => {
  history.replaceState(null, '', start);
});

function setQuery(query: string): void {
  const url = new URL(start);
  for (const [key, value] of new URLSearchParams(query)) url.searchParams.append(key, value);
  history.replaceState(null, '', url);
}

const param = (name: string) => new URL(location.href).searchParams.get(name);

describe('UrlStateController', () => {
  it('reads the state on connect, keeping the page’s other parameters', async () => {
    setQuery('f-category=trade&f-year=2024&f-q=steel&f-cursor=abc_1&other=1');
    const el = await fixture<TestFilters>(html`<test-filters></test-filters>`);
    expect(el.filters).to.deep.equal({
      category: 'trade',
      year: 2024,
      q: 'steel',
      cursor: 'abc_1',
    });
    expect(param('other')).to.equal('1');
  });

  it('pushes a choice, replaces while typing, leaves defaults out', async () => {
    const el = await fixture<TestFilters>(html`<test-filters></test-filters>`);
    const length = history.length;
    el.choose({ year: 2023 });
    expect(history.length).to.equal(length + 1);
    expect(param('f-year')).to.equal('2023');
    el.choose({ q: 'ste' }, true);
    el.choose({ q: 'steel' }, true);
    expect(history.length, 'typing adds no entry').to.equal(length + 1);
    expect(param('f-q')).to.equal('steel');
    el.choose({ year: null });
    expect(param('f-year')).to.equal(null);
    const before = history.length;
    el.choose({});
    expect(history.length, 'no entry when nothing changed').to.equal(before);
    expect(new URL(location.href).searchParams.has('wtr-session-id')).to.equal(
      new URL(start).searchParams.has('wtr-session-id'),
    );
  });

  it('restores the state on back and forward', async () => {
    const el = await fixture<TestFilters>(html`<test-filters></test-filters>`);
    el.choose({ category: 'trade' });
    el.choose({ category: 'investment', year: 2020 });
    const applied = el.applied;
    history.back();
    await waitUntil(() => el.applied > applied, 'popstate applied');
    expect(el.filters).to.deep.equal({ ...DEFAULTS, category: 'trade' });
    history.forward();
    await waitUntil(() => el.applied > applied + 1, 'popstate applied again');
    expect(el.filters).to.deep.equal({ ...DEFAULTS, category: 'investment', year: 2020 });
  });

  it('gives defaults for hostile query strings, never an error or markup', async () => {
    const hostile = [
      'f-year=08&f-category=__proto__&f-cursor=../../etc/passwd',
      'f-year=1e3&f-category=constructor&f-cursor=%00',
      'f-year=2024.5&f-category=TRADE&f-cursor=a%20b',
      `f-year=${'9'.repeat(400)}&f-cursor=${'a'.repeat(101)}`,
      'f-year=-0&f-year=2024&f-category=trade%00',
      'f-year=%E0%A4%A&f-q=%',
      'f-year=0x7E8&f-category[]=trade',
      'f-year=1948&f-q=' + 'x'.repeat(5000),
    ];
    for (const query of hostile) {
      setQuery(query);
      const el = await fixture<TestFilters>(html`<test-filters></test-filters>`);
      expect(el.filters.category, query).to.equal(null);
      expect(el.filters.year, query).to.equal(null);
      expect(el.filters.cursor, query).to.equal(null);
      history.replaceState(null, '', start);
    }
    setQuery(`f-q=${encodeURIComponent('<script>window.__pwned=1</script>\u0000\u0007 ok')}`);
    const el = await fixture<TestFilters>(html`<test-filters></test-filters>`);
    expect(el.filters.q).to.equal('<script>window.__pwned=1</script> ok'.slice(0, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.contain('<script>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps two components apart by their prefixes', async () => {
    setQuery('f-year=2001&g-year=2002');
    const container = await fixture<HTMLDivElement>(
      html`<div><test-filters></test-filters><test-other-filters></test-other-filters></div>`,
    );
    const a = container.querySelector<TestFilters>('test-filters')!;
    const b = container.querySelector<OtherFilters>('test-other-filters')!;
    expect(a.filters.year).to.equal(2001);
    expect(b.filters.year).to.equal(2002);
    a.choose({ year: 2010 });
    expect(param('f-year')).to.equal('2010');
    expect(param('g-year')).to.equal('2002');
  });

  it('reads and writes nothing with no-url-state (attribute or property)', async () => {
    setQuery('f-year=2024');
    const el = await fixture<TestFilters>(html`<test-filters no-url-state></test-filters>`);
    expect(el.filters.year).to.equal(null);
    expect(el.url.enabled).to.equal(false);
    const href = location.href;
    el.choose({ year: 2020 });
    expect(location.href).to.equal(href);
    el.removeAttribute('no-url-state');
    await el.updateComplete;
    el.noUrlState = true;
    el.choose({ year: 2021 });
    expect(location.href).to.equal(href);
  });
});
