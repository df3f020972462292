/**
 * `<portal-message-form>` fed the naughty-strings corpus (tests/support/naughty-strings.ts):
 * every string typed into every text field is kept in the draft as typed and restored exactly
 * in a new element; pasted oversized text is cut, never thrown on; nothing becomes markup —
 * no element appears in the shadow trees or the document, no payload runs (it would set
 * `window[NAUGHTY_FLAG]` or call `alert`/`confirm`/`prompt`); the personal-data check and the
 * character count never throw. The receipt (fixture API, `echo` mode: it shows the subject and
 * body sent) shows hostile values as text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createClient } from '@portal-kit/sdk';
import {
  describeNaughty,
  NAUGHTY_FLAG,
  NAUGHTY_STRINGS,
} from '../../../tests/support/naughty-strings.js';
import type { NaughtyString } from '../../../tests/support/naughty-strings.js';
import '../src/message-form/define.js';
import type { PortalMessageForm } from '../src/message-form/message-form.js';
import { draftStorageKey, readDraft } from '../src/message-form/draft.js';
import type { DraftValues } from '../src/message-form/draft.js';
import { findPii } from '../src/message-form/pii.js';
import type { PortalFormField } from '../src/form/form-field.js';
import { apiSession, part, parts } from './support/api.js';
import type { ApiSession } from './support/api.js';
import './support/quiet.js';

type Form = PortalMessageForm;
type TextName = 'subject' | 'body' | 'name' | 'email' | 'phone';
const TEXT_FIELDS: readonly TextName[] = ['subject', 'body', 'name', 'email', 'phone'];
/** Entries per test (each test has the runner's 10 s). */
const CHUNK = 40;
/** The strings typed: the oversized ones are pasted instead (a test of their own). */
const TYPED = NAUGHTY_STRINGS.filter((entry) => entry.text.length <= 100_000);
const chunks = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) =>
    items.slice(i * CHUNK, (i + 1) * CHUNK),
  );

/** What a payload did if it ran: the flag, and calls of the dialogs. */
const ran: string[] = [];
const dialogs = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
const flagged = () => (window as unknown as Record<string, unknown>)[NAUGHTY_FLAG] !== undefined;

const mounted: HTMLElement[] = [];
let site = '';

async function make(api: ApiSession, mode = 'ok'): Promise<Form> {
  const element = document.createElement('portal-message-form');
  element.setAttribute('lang', 'en');
  Object.assign(element, {
    site,
    client: createClient({ baseUrl: api.base(mode), retries: 0, baseDelayMs: 0 } as never),
  });
  document.body.append(element);
  mounted.push(element);
  await waitUntil(() => parts(element, 'portal-text-field').length === 5, 'no fields');
  await element.updateComplete;
  return element;
}

const field = (el: Form, name: string) => part<PortalFormField>(el, `[name="${name}"]`);
const control = (el: Form, name: string) =>
  field(el, name).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('#control')!;

function enter(el: Form, name: string, value: string): void {
  const c = control(el, name);
  c.value = value;
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The tags of an element's shadow tree and of every shadow tree inside it, in order. */
function shape(root: ParentNode): string[] {
  const tags: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    tags.push(element.localName);
    if (element.shadowRoot) tags.push('[', ...shape(element.shadowRoot), ']');
  }
  return tags;
}

/**
 * What the browser makes of `text` typed into a field (HTML's value sanitization): a single-line
 * input drops line breaks, an email input also trims ASCII white space, a text area turns CR
 * and CRLF into LF. `null` when the field would cut it (beyond its cap).
 */
function asTyped(text: string, name: TextName, cap: number): string | null {
  let value = name === 'body' ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]/g, '');
  if (name === 'email') value = value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  return value.length >= cap ? null : value;
}

/** `text` as a form value (a USVString): each lone surrogate becomes U+FFFD. */
const usv = (text: string) =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** A payload ran, or markup appeared: the failures to report. */
function markupFailures(what: string, documentSize: number, expectedShape: string[], el: Form) {
  const failures: string[] = [];
  if (flagged()) failures.push(`${what}: a payload set window.${NAUGHTY_FLAG}`);
  if (ran.length > 0) failures.push(`${what}: a payload called ${ran.join(', ')}`);
  if (document.querySelectorAll('*').length !== documentSize)
    failures.push(`${what}: the document gained elements`);
  if (shape(el.shadowRoot!).join(' ') !== expectedShape.join(' '))
    failures.push(`${what}: the form's shadow tree changed shape`);
  return failures;
}

describe('<portal-message-form> over hostile text', () => {
  let api: ApiSession;
  before(() => {
    window.alert = () => void ran.push('alert');
    window.confirm = () => (ran.push('confirm'), false);
    window.prompt = () => (ran.push('prompt'), null);
  });
  after(() => {
    Object.assign(window, dialogs);
  });
  beforeEach(() => {
    api = apiSession();
    site = `hostile-${Math.random().toString(36).slice(2)}`;
  });
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
    for (let i = localStorage.length - 1; i >= 0; i -= 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(draftStorageKey('hostile-'))) localStorage.removeItem(key);
    }
  });

  it('finds personal data in every corpus string without throwing', () => {
    for (const entry of NAUGHTY_STRINGS) {
      const found = findPii(entry.text);
      expect(Array.isArray(found), describeNaughty(entry)).to.equal(true);
    }
    expect(findPii('My ID is 11010519491231002X.')).to.deep.equal(['idNumber']);
  });

  for (const [index, chunk] of chunks(TYPED).entries()) {
    const first = chunk[0]!.id;
    it(`keeps typed text exactly in the draft and restores it, never as markup (${first}…)`, async () => {
      const writer = await make(api);
      const reader = await make(api);
      await waitUntil(() => field(reader, 'body').shadowRoot?.querySelector('[part~="count"]'));
      const plainShape = shape(reader.shadowRoot!);
      const documentSize = document.querySelectorAll('*').length;
      const failures: string[] = [];
      for (const [n, entry] of chunk.entries()) {
        const what = describeNaughty(entry);
        const draftSite = `${site}-${index}-${n}`;
        writer.site = draftSite;
        await writer.updateComplete;
        const typed = {} as Record<TextName, string>;
        for (const name of TEXT_FIELDS) {
          enter(writer, name, entry.text);
          typed[name] = control(writer, name).value;
          const expected = asTyped(
            entry.text,
            name,
            (field(writer, name) as unknown as { cap: number }).cap,
          );
          if (expected !== null && typed[name] !== expected)
            failures.push(`${what}: ${name} shows ${JSON.stringify(typed[name].slice(0, 40))}`);
        }
        writer.remove(); // the draft is saved at once when the element leaves the page
        const draft = readDraft(draftSite);
        for (const name of TEXT_FIELDS) {
          if (draft?.values[name as keyof DraftValues] !== usv(typed[name]))
            failures.push(`${what}: the draft changed ${name}`);
        }
        reader.site = draftSite;
        await reader.updateComplete;
        await Promise.all(
          parts<PortalFormField>(reader, 'portal-text-field').map((f) => f.updateComplete),
        );
        for (const name of TEXT_FIELDS) {
          if (control(reader, name).value !== usv(typed[name]))
            failures.push(`${what}: ${name} was restored changed`);
        }
        failures.push(...markupFailures(what, documentSize - 1, plainShape, reader));
        document.body.append(writer);
        localStorage.removeItem(draftStorageKey(draftSite));
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('cuts oversized text pasted into each field to its cap, and keeps the cut text', async () => {
    const el = await make(api);
    const oversized = NAUGHTY_STRINGS.filter((entry) => entry.category === 'oversized');
    for (const entry of oversized) {
      for (const name of TEXT_FIELDS) {
        const c = control(el, name);
        const cap = (field(el, name) as unknown as { cap: number }).cap;
        c.value = '';
        c.focus();
        const paste = new ClipboardEvent('paste', {
          clipboardData: new DataTransfer(),
          bubbles: true,
          cancelable: true,
        });
        paste.clipboardData!.setData('text/plain', entry.text);
        c.dispatchEvent(paste);
        const what = `${name} ← ${describeNaughty(entry)}`;
        if (entry.text.length > cap) {
          expect(c.value.length, what).to.be.at.most(cap);
          expect(c.value.length, what).to.be.at.least(cap - 1);
          expect(entry.text.startsWith(c.value), what).to.equal(true);
        }
      }
      el.remove(); // saved now
      expect(readDraft(site)?.values.body, describeNaughty(entry)).to.equal(
        control(el, 'body').value,
      );
      document.body.append(el);
      await el.updateComplete;
    }
    expect(flagged()).to.equal(false);
  });

  /** The strings the form sends as they are: a valid subject (trimmed) and a valid body. */
  const sendable = (entry: NaughtyString) =>
    entry.text.trim() !== '' && entry.text.length <= 200 && !/[\r\n]/.test(entry.text);

  for (const chunk of chunks(NAUGHTY_STRINGS.filter(sendable)).map((c) => c.slice(0, 20))) {
    it(`shows the receipt's hostile values as text (${chunk[0]!.id}…)`, async () => {
      const el = await make(api, 'echo');
      const failures: string[] = [];
      for (const entry of chunk) {
        const what = describeNaughty(entry);
        enter(el, 'kind', 'consultation');
        enter(el, 'subject', entry.text);
        enter(el, 'body', entry.text);
        el.requestSubmit();
        await waitUntil(() => el.state === 'sent' || el.state === 'error', `${what}: stuck`, {
          timeout: 5000,
        });
        await el.updateComplete;
        if (el.state !== 'sent') {
          failures.push(`${what}: not sent (${el.state})`);
          break;
        }
        const receipt = part(el, '[part~="receipt"]');
        if (part(el, '#tracking-number').textContent !== entry.text.trim())
          failures.push(`${what}: the tracking number is shown changed`);
        if (part(el, '#access-code').textContent !== entry.text)
          failures.push(`${what}: the access code is shown changed`);
        const shown = shape(receipt).filter(
          (tag) => !['div', 'dl', 'dt', 'dd', 'code', 'button', 'p'].includes(tag),
        );
        if (shown.length > 0) failures.push(`${what}: the receipt holds ${shown.join(', ')}`);
        if (flagged() || ran.length > 0) failures.push(`${what}: a payload ran`);
        part<HTMLButtonElement>(el, '[part~="another-button"]').click();
        await waitUntil(() => el.state === 'editing', `${what}: no new form`);
        await waitUntil(() => parts(el, 'portal-text-field').length === 5, 'no fields');
      }
      expect(failures).to.deep.equal([]);
    });
  }
});
