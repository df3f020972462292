// Portal Kit in an Angular app. CUSTOM_ELEMENTS_SCHEMA lets the `portal-` tags through; with
// `strictTemplates`, each `(portal-…)` handler's `$event` is typed by the event map the
// components' `define` modules declare (`portal-language-change`: `LanguageChangeEvent`).
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { PortalLoadEvent } from '@portal-kit/elements';
import type { DocumentSummary, DocumentsPage } from '@portal-kit/sdk';
import '@portal-kit/elements/language-switcher/define';
import '@portal-kit/elements/news-feed/define';
import '@portal-kit/elements/policy-list/define';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <header>
      <portal-language-switcher
        [languages]="languages"
        no-remember
        (portal-language-change)="language.set($event.detail.lang)"
      ></portal-language-switcher>
    </header>
    <main>
      <h1>Portal Kit in Angular</h1>
      <p id="status">
        Language: <output id="language">{{ language() }}</output>. News shown:
        <output id="news-count">{{ news() }}</output>. Documents found:
        <output id="documents-total">{{ documents() ?? '…' }}</output>.
      </p>
      <portal-news-feed
        [apiBase]="apiBase"
        [site]="sites"
        column="updates"
        page-size="5"
        (portal-load)="news.set($event.detail.items.length)"
      ></portal-news-feed>
      <portal-policy-list
        [apiBase]="apiBase"
        [pageSize]="5"
        heading-level="2"
        no-url-state
        (portal-load)="onDocuments($event)"
      ></portal-policy-list>
    </main>
  `,
})
export class App {
  /** The Portal API's origin, set at build time (`VITE_PORTAL_API_BASE`). */
  readonly apiBase: string = import.meta.env['VITE_PORTAL_API_BASE'] ?? 'http://127.0.0.1:4173';
  /** The sites whose news the page shows: an array, bound to the feed's `site` PROPERTY. */
  readonly sites = ['wms', 'guangdong'];
  readonly languages = ['en', 'zh-CN', 'fr'];
  readonly language = signal(document.documentElement.lang);
  readonly news = signal(0);
  readonly documents = signal<number | null>(null);

  /**
   * The DOM's event map is one per event name, and types `portal-load` by the news feed's items:
   * the policy list's event carries documents and their `total`.
   */
  onDocuments(event: Event): void {
    this.documents.set(
      (event as PortalLoadEvent<DocumentSummary, DocumentsPage>).detail.page.total,
    );
  }
}
