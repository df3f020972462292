/**
 * One convention for list-valued inputs: `site`, `languages` and `preferredLanguages` take an
 * array or a string separated by spaces or commas — as an attribute, or as a PROPERTY, the way
 * React 19 and Vue 3 set `site="wms guangdong"` and `languages="en zh-CN fr"` — and always read
 * back as a clean array.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { listProperty, parseList } from '../src/base/list-property.js';
import '../src/language-switcher/define.js';
import {
  LANGUAGE_STORAGE_KEY,
  SUGGESTION_STORAGE_KEY,
} from '../src/language-switcher/language-switcher.js';
import type { PortalLanguageSwitcher } from '../src/language-switcher/language-switcher.js';
import { expectNoAxeViolations } from './support/axe.js';
import { part, parts } from './support/api.js';
import './support/quiet.js';

describe('parseList()', () => {
  const cases: [unknown, string[]][] = [
    ['wms guangdong', ['wms', 'guangdong']],
    ['main, us,eg', ['main', 'us', 'eg']],
    ['  en\tzh-CN\nfr  ', ['en', 'zh-CN', 'fr']],
    [
      ['main', ' us '],
      ['main', 'us'],
    ],
    [
      ['wms guangdong', 'us'],
      ['wms', 'guangdong', 'us'],
    ],
    [['main', 3, null, ''], ['main']],
    ['', []],
    [',, ,', []],
    [null, []],
    [undefined, []],
    [42, []],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(parseList(input)).to.deep.equal(expected);
    });
  }
});

class ListHost extends LitElement {
  static {
    listProperty(this, 'items');
  }
  declare items: string[];
  renders = 0;
  protected override updated(): void {
    this.renders += 1;
  }
}
customElements.define('test-list-host', ListHost);

describe('listProperty()', () => {
  it('defaults to [], normalizes strings and arrays, reflects nothing, parses the attribute', async () => {
    const el = await fixture<ListHost>(html`<test-list-host></test-list-host>`);
    expect(el.items).to.deep.equal([]);
    (el as unknown as { items: string }).items = 'a, b c';
    expect(el.items).to.deep.equal(['a', 'b', 'c']);
    el.items = ['d', ' e '];
    expect(el.items).to.deep.equal(['d', 'e']);
    el.setAttribute('items', 'x,y');
    expect(el.items).to.deep.equal(['x', 'y']);
    expect(el.getAttribute('items')).to.equal('x,y');
  });

  it('requests no update when the same list is assigned again in another form', async () => {
    const el = await fixture<ListHost>(html`<test-list-host items="a b"></test-list-host>`);
    await el.updateComplete;
    const renders = el.renders;
    (el as unknown as { items: string }).items = 'a,b';
    el.items = ['a', 'b'];
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
    el.items = ['a'];
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
  });
});

describe('<portal-language-switcher> list-valued properties', () => {
  beforeEach(() => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    localStorage.removeItem(SUGGESTION_STORAGE_KEY);
  });

  /** A switcher made as a framework makes it: created, properties set, connected. */
  async function made(properties: Record<string, unknown>): Promise<PortalLanguageSwitcher> {
    const el = document.createElement('portal-language-switcher');
    Object.assign(el, { noRemember: true, preferredLanguages: [] }, properties);
    const root = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    root.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="button"] .visually-hidden'));
    return el;
  }

  const offered = (el: HTMLElement) =>
    parts(el, '[part~="option"]').map((o) => o.getAttribute('lang'));

  it('offers the languages of a space-separated string property (React 19, Vue 3)', async () => {
    const el = await made({ languages: 'en zh-CN fr' });
    expect(offered(el)).to.deep.equal(['en', 'zh-CN', 'fr']);
    expect(el.languages).to.deep.equal(['en', 'zh-CN', 'fr']);
    await expectNoAxeViolations(el, 'string languages');
  });

  it('offers the languages of a comma-separated string, and of an array', async () => {
    const el = await made({ languages: 'ar,ru' });
    expect(offered(el)).to.deep.equal(['ar', 'ru']);
    el.languages = ['ja', 'ko'];
    await el.updateComplete;
    expect(offered(el)).to.deep.equal(['ja', 'ko']);
  });

  it('takes preferred languages as a string too (first-visit suggestion)', async () => {
    const el = await made({ languages: 'zh-CN en fr', preferredLanguages: 'fr-FR, en' });
    await waitUntil(() => parts(el, '[part~="suggestion"]').length === 1, 'no suggestion');
    expect(part(el, '[part~="suggestion"]').getAttribute('lang')).to.equal('fr');
    expect(el.preferredLanguages).to.deep.equal(['fr-FR', 'en']);
  });

  it('an empty string offers every language, as an absent attribute does', async () => {
    const el = await made({ languages: '' });
    expect(offered(el)).to.have.length(19);
  });
});
