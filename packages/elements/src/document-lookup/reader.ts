/**
 * How `<portal-document-lookup>` reads the number as it is typed: the "read as" line (once
 * typing pauses, never per keystroke), the field's check and its messages. The parser is loaded
 * on the first focus or edit of the field (a chunk of its own in bundles); a submit that comes
 * before it waits for it, so a number is always checked the same way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  BaseLocalizeController,
  DocumentLookupStrings,
  TranslationKey,
} from '@portal-kit/i18n';
import { lazy } from '../base/lazy.js';
import type { Validator } from '../form/validators.js';
import type { PortalTextField } from '../text-field/text-field.js';
import type * as ParserModule from './file-number-parser.js';

/** How long after the last keystroke the "read as" line is updated and announced. */
const READ_DELAY = 400;

/** A left-to-right isolate (U+2066 … U+2069): a number inside a sentence of any direction. */
export const isolate = (text: string): string => `\u2066${text}\u2069`;

/** What the reader needs of its host. */
export interface ReaderOptions {
  /** The host's localize controller. */
  localize: BaseLocalizeController<DocumentLookupStrings>;
  /** The field read. */
  field: () => PortalTextField | null;
  /** Submits the form again (with the checks), as `submitter` did. */
  submit: (submitter: HTMLElement | null) => void;
}

/** Reads the lookup's field: the "read as" line, the check, the parser loaded on use. */
export class NumberReader implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ReaderOptions;
  readonly #parser = lazy<typeof ParserModule>(() => import('./file-number-parser.js'));
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The value waiting for the parser to be read (the last one typed wins). */
  #toRead = '';
  /** A submit waiting for the parser: one is enough. */
  #resubmit = false;

  /** What the "read as" line says: how the number reads, or why it cannot. */
  readAs = '';

  constructor(host: ReactiveControllerHost, options: ReaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Why a number cannot be read, for an error code (the parser's or the server's). */
  explain(code: string): string {
    const l = this.#options.localize;
    return l.t(`errors.${code}` as TranslationKey<DocumentLookupStrings>, {
      defaultValue: l.t('errors.unknown-form'),
    });
  }

  /** Starts loading the parser (first focus or edit of the field). */
  readonly prepare = (): void => {
    if (!this.#parser.value) void this.#parser.get().then(() => this.#host.requestUpdate());
  };

  /**
   * The canonical spelling of `number`: a string, `null` when it cannot be read, `undefined`
   * when the parser could not be loaded (the server reads it then).
   */
  async canonical(number: string): Promise<string | null | undefined> {
    const parsed = (await this.#parser.get())?.parseFileNumber(number);
    return parsed && (parsed.ok ? parsed.value.canonical : null);
  }

  #reading(value: string): string {
    const parsed = value.trim() === '' ? null : this.#parser.value?.parseFileNumber(value);
    if (!parsed) return '';
    return parsed.ok
      ? this.#options.localize.t('readAs', { number: isolate(parsed.value.canonical) })
      : this.explain(parsed.error.code);
  }

  /** Updates the "read as" line now (once the parser is here). */
  readNow(value: string): void {
    clearTimeout(this.#timer);
    this.#toRead = value;
    if (this.#parser.value) this.#show();
    else void this.#parser.get().then(() => this.#show());
  }

  #show(): void {
    this.readAs = this.#reading(this.#toRead);
    this.#host.requestUpdate();
  }

  /** The field's `input`: read once typing pauses. */
  readonly onInput = (event: Event): void => {
    const value = (event.target as PortalTextField).value;
    this.prepare();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.readNow(value), READ_DELAY);
  };

  /**
   * The field's check: the number must be readable; the message explains why it is not. (Until
   * the parser is here it passes: a submit waits for the parser, see {@link onSubmit}.)
   */
  readonly validator: Validator = {
    id: 'fileNumber',
    validate: (value) => {
      const parsed = value.trim() === '' ? null : this.#parser.value?.parseFileNumber(value);
      return parsed && !parsed.ok ? { key: parsed.error.code } : null;
    },
  };

  /** The field's messages: "enter a number", and each parse error's once the parser is here. */
  messages(): Record<string, string> {
    const codes = this.#parser.value?.FILE_NUMBER_ERROR_CODES ?? [];
    return Object.fromEntries([
      ['required', this.explain('empty')],
      ...codes.map((code) => [code, this.explain(code)]),
    ]);
  }

  /**
   * The form's `submit`, before the form controller's (capture): while the parser is still
   * loading (a number submitted at once), the submit waits for it and is made again.
   */
  readonly onSubmit = {
    capture: true,
    handleEvent: (event: SubmitEvent): void => {
      const { field, submit } = this.#options;
      if (this.#parser.value || (field()?.value ?? '').trim() === '') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (this.#resubmit) return;
      this.#resubmit = true;
      void this.#parser.get().then(async () => {
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        await field()?.updateComplete;
        this.#resubmit = false;
        submit(event.submitter);
      });
    },
  };
}
