-- The business guides (业务指南): six guides, each a tree of sections, and the service items
-- (办事事项) the trees point to, with the fields of a government service guide.
--
-- Texts per language are jsonb objects keyed by language code ('zh-CN' always present), not a
-- texts table: a node's or an item's texts are read and written whole (one translation is one
-- unit), never filtered by field, and the corpus is a few hundred rows. The one thing queried,
-- the search, reads `search_text` instead: the item's name, conditions, materials and steps in
-- every language, normalized by the server (src/documents/text.ts normalizeSearchText), one
-- field per line, so a substring match is the same on PGlite and PostgreSQL.

CREATE TABLE guides (
  id text PRIMARY KEY CHECK (id IN ('china-market', 'foreign-trade', 'investment', 'cooperation',
    'trade-remedy', 'wto')),
  -- The portal's order of the guides.
  position integer NOT NULL UNIQUE CHECK (position >= 0),
  -- { "<lang>": { "title": "…", "summary": "…" } }
  texts jsonb NOT NULL CHECK (jsonb_typeof(texts) = 'object' AND texts ? 'zh-CN')
);

CREATE TABLE services (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9.-]{0,79}$'),
  -- 事项编码; a code not confirmed from a public source says so in its text (see the seed).
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
  -- 实施机关
  organ text NOT NULL REFERENCES organs (id),
  status text NOT NULL CHECK (status IN ('active', 'withdrawn')),
  withdrawn_on date,
  CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL)),
  -- 法定办结时限 and 承诺办结时限, in working days; NULL where none is set (or the law counts
  -- calendar days: the item's text says so).
  statutory_days integer CHECK (statutory_days >= 0),
  promised_days integer CHECK (promised_days >= 0),
  CHECK (promised_days IS NULL OR statutory_days IS NULL OR promised_days <= statutory_days),
  online_url text CHECK (online_url ~ '^https?://'),
  phone text CHECK (length(phone) <= 64),
  -- 设定依据: [{ "documentId": "<documents.id>" | null, "titles": { "<lang>": "…" } }]
  legal_basis jsonb NOT NULL CHECK (jsonb_typeof(legal_basis) = 'array'),
  -- { "<lang>": { name, conditions[], materials[{name, form, copies, note}],
  --   steps[{id, title, text, mode}], fees, where, when, faq[{question, answer}],
  --   withdrawnNote } }
  texts jsonb NOT NULL CHECK (jsonb_typeof(texts) = 'object' AND texts ? 'zh-CN'),
  -- What `q` searches: normalized name, conditions, materials and steps of every language.
  search_text text NOT NULL
);

CREATE TABLE guide_nodes (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9.-]{0,79}$'),
  guide text NOT NULL REFERENCES guides (id) ON DELETE CASCADE,
  -- The section the node is in; NULL at the top of the guide.
  parent text REFERENCES guide_nodes (id) ON DELETE CASCADE,
  -- Tree order within the guide (depth first): a node comes after its parent and its earlier
  -- siblings with their descendants.
  position integer NOT NULL CHECK (position >= 0),
  kind text NOT NULL CHECK (kind IN ('section', 'service')),
  -- A service node is the item itself: its id is the item's.
  service text REFERENCES services (id),
  CHECK ((kind = 'service') = (service IS NOT NULL) AND (service IS NULL OR service = id)),
  -- Sections: { "<lang>": { "title": "…", "body": [{ "kind", "text" }] } }; services: NULL.
  texts jsonb CHECK ((kind = 'section') = (texts IS NOT NULL)
    AND (texts IS NULL OR (jsonb_typeof(texts) = 'object' AND texts ? 'zh-CN'))),
  UNIQUE (guide, position)
);
CREATE INDEX guide_nodes_parent_idx ON guide_nodes (parent);
