// Portal Kit in a React 19 app. The tags are typed by `@portal-kit/elements/react` (listed in
// tsconfig `types`); importing a component's `define` module registers its tag.
import { useState } from 'react';
import '@portal-kit/elements/language-switcher/define';
import '@portal-kit/elements/news-feed/define';
import '@portal-kit/elements/policy-list/define';

/** The sites whose news the page shows: an array, set as the feed's `site` PROPERTY. */
const SITES = ['wms', 'guangdong'];

export function App({ apiBase }: { apiBase: string }) {
  const [language, setLanguage] = useState<string>(document.documentElement.lang);
  const [news, setNews] = useState(0);
  const [documents, setDocuments] = useState<number | null>(null);
  return (
    <>
      <header>
        <portal-language-switcher
          languages={['en', 'zh-CN', 'fr']}
          no-remember
          onportal-language-change={(event) => setLanguage(event.detail.lang)}
        />
      </header>
      <main>
        <h1>Portal Kit in React</h1>
        <p id="status">
          Language: <output id="language">{language}</output>. News shown:{' '}
          <output id="news-count">{news}</output>. Documents found:{' '}
          <output id="documents-total">{documents ?? '…'}</output>.
        </p>
        <portal-news-feed
          apiBase={apiBase}
          site={SITES}
          column="updates"
          page-size="5"
          onportal-load={(event) => setNews(event.detail.items.length)}
        />
        <portal-policy-list
          apiBase={apiBase}
          pageSize={5}
          heading-level="2"
          no-url-state
          onportal-load={(event) => setDocuments(event.detail.page.total)}
        />
      </main>
    </>
  );
}
