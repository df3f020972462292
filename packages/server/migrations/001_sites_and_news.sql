-- The site group and the news its sites publish.

CREATE TABLE sites (
  id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{0,31}$'),
  kind text NOT NULL CHECK (kind IN ('main', 'department', 'commissioner', 'overseas', 'local')),
  -- Names per language code; 'zh-CN' always present.
  names jsonb NOT NULL CHECK (names ? 'zh-CN'),
  domain text NOT NULL UNIQUE,
  parent text REFERENCES sites (id),
  -- Language codes the site publishes in; the first is its default.
  languages text[] NOT NULL CHECK (cardinality(languages) > 0),
  -- Order of the site within its kind, as the registry lists it.
  position integer NOT NULL,
  CHECK ((kind = 'main') = (parent IS NULL))
);

CREATE INDEX sites_kind_position_idx ON sites (kind, position);

CREATE TABLE news (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  site text NOT NULL REFERENCES sites (id),
  news_column text NOT NULL CHECK (news_column IN ('headlines', 'updates', 'briefs')),
  lang text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL,
  body text NOT NULL,
  url text NOT NULL,
  -- Millisecond precision, so a JavaScript Date round-trips exactly through a cursor.
  published_at timestamptz(3) NOT NULL,
  -- The item this one translates, if any.
  translation_of text REFERENCES news (id)
);

-- Keyset pagination: newest first, ties broken by id.
CREATE INDEX news_published_idx ON news (published_at DESC, id DESC);
CREATE INDEX news_site_published_idx ON news (site, published_at DESC, id DESC);
