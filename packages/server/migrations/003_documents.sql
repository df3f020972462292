-- Policies and other official documents: issuing organs, documents with their file numbers,
-- texts per language, issuing organs in order, amendments and repeals, attachments,
-- interpretations, and the search index (bigrams of Chinese text, words of Latin text).
-- The formats are those of the contract in @portal-kit/sdk; the repository writes them, the
-- checks here are the database's last line of defence.

CREATE TABLE organs (
  id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{0,31}$'),
  -- Names per language code; 'zh-CN' always present.
  names jsonb NOT NULL CHECK (jsonb_typeof(names) = 'object' AND names ? 'zh-CN')
);

CREATE TABLE documents (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  site text NOT NULL REFERENCES sites (id),
  -- The file number (发文字号) as parseFileNumber reads it: canonical spelling, the key lookups
  -- match on, form, issuer, year (none for a series without years: 国务院令第792号), sequence.
  file_number text,
  file_number_key text,
  file_number_form text,
  file_number_issuer text,
  file_number_year integer,
  file_number_sequence integer CHECK (file_number_sequence >= 1),
  CHECK ((file_number IS NULL) = (file_number_key IS NULL)
     AND (file_number IS NULL) = (file_number_form IS NULL)
     AND (file_number IS NULL) = (file_number_issuer IS NULL)
     AND (file_number IS NULL) = (file_number_sequence IS NULL)),
  -- 索引号
  index_number text CHECK (length(index_number) <= 64),
  type text NOT NULL CHECK (type IN ('resolution', 'decision', 'order', 'communique',
    'announcement', 'public-notice', 'opinion', 'notice', 'circular', 'report', 'request',
    'reply', 'motion', 'letter', 'minutes', 'bulletin')),
  category text NOT NULL CHECK (category ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
  -- Issuing organ ids, the lead organ first (also in document_organs, in order, with names).
  organs text[] NOT NULL CHECK (cardinality(organs) > 0),
  -- Language codes the document has texts in, 'zh-CN' first.
  languages text[] NOT NULL CHECK (languages[1] = 'zh-CN'),
  written_on date NOT NULL,
  published_on date NOT NULL,
  -- The year filters and facets use: the year of publication.
  year integer NOT NULL,
  effective_on date,
  validity text NOT NULL CHECK (validity IN ('in-force', 'amended', 'repealed', 'expired')),
  url text NOT NULL CHECK (url ~ '^[Hh][Tt][Tt][Pp][Ss]?://'),
  CHECK (year = extract(year FROM published_on))
);

-- Relations and lookups list the documents of a number newest first.
CREATE INDEX documents_newest_idx ON documents (published_on DESC, id DESC);
-- Lookup by file number, and the "did you mean" neighbours (same issuer, near sequence).
CREATE INDEX documents_file_number_key_idx ON documents (file_number_key);
CREATE INDEX documents_issuer_sequence_idx
  ON documents (file_number_issuer, file_number_sequence, file_number_year);

CREATE TABLE document_texts (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  lang text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  summary text NOT NULL CHECK (length(summary) <= 2000),
  -- [{ "kind": "heading" | "paragraph", "text": "…" }]: plain text, never markup.
  body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'array'),
  PRIMARY KEY (document, lang)
);

CREATE TABLE document_organs (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  -- 0 is the lead organ, whose number the document carries.
  position integer NOT NULL CHECK (position >= 0),
  organ text NOT NULL REFERENCES organs (id),
  PRIMARY KEY (document, position),
  UNIQUE (document, organ)
);
CREATE INDEX document_organs_organ_idx ON document_organs (organ, document);

-- A later document amends or repeals an earlier one.
CREATE TABLE document_relations (
  from_document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  to_document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('amends', 'repeals')),
  date date NOT NULL,
  PRIMARY KEY (from_document, to_document, kind),
  CHECK (from_document <> to_document)
);
CREATE INDEX document_relations_to_idx ON document_relations (to_document);

CREATE TABLE document_attachments (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  media_type text NOT NULL CHECK (length(media_type) <= 100),
  size bigint NOT NULL CHECK (size >= 0),
  url text NOT NULL CHECK (url ~ '^[Hh][Tt][Tt][Pp][Ss]?://'),
  PRIMARY KEY (document, position)
);

CREATE TABLE document_interpretations (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  url text NOT NULL CHECK (url ~ '^[Hh][Tt][Tt][Pp][Ss]?://'),
  PRIMARY KEY (document, position)
);

-- The list's index, one narrow row per document: the filter values, as in `documents`, and
-- nothing else, so that counting the facets of tens of thousands of documents reads a few
-- megabytes. Lists and facet counts read this table (joined to `document_search` for a text
-- query); the repository writes it with the document.
CREATE TABLE document_facets (
  document text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  site text NOT NULL,
  category text NOT NULL,
  type text NOT NULL,
  year integer NOT NULL,
  validity text NOT NULL,
  organs text[] NOT NULL,
  -- The same organs as one comma-separated text: facets group by it (hashing a text is far
  -- cheaper than hashing an array).
  organ_list text NOT NULL,
  languages text[] NOT NULL,
  published_on date NOT NULL
);
CREATE INDEX document_facets_newest_idx ON document_facets (published_on DESC, document DESC);
CREATE INDEX document_facets_site_idx ON document_facets (site, published_on DESC, document DESC);

-- The search index, one row per document, written by the server (src/documents/store.ts), so
-- PGlite and PostgreSQL index and answer alike:
--  - title, summary, body: the normalized text (NFKC, lower case, no zero-width characters,
--    spaces collapsed) of every language of the document, one language per line;
--  - tokens: every token of the three fields — each CJK character and each pair of adjacent
--    ones (bigrams), each Latin word (letters and digits). A query's tokens select candidates
--    through the GIN index; terms longer than a bigram are then checked as substrings.
-- Title and summary, which the relevance rank reads for every match, stay in the row; the body
-- and the tokens are moved out of line (toast_tuple_target), read only by the index build and
-- by the substring check.
CREATE TABLE document_search (
  document text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  title text NOT NULL,
  summary text NOT NULL,
  body text NOT NULL,
  tokens text[] NOT NULL
) WITH (toast_tuple_target = 128);
ALTER TABLE document_search
  ALTER COLUMN title SET STORAGE MAIN,
  ALTER COLUMN summary SET STORAGE MAIN,
  ALTER COLUMN body SET STORAGE EXTERNAL,
  ALTER COLUMN tokens SET STORAGE EXTERNAL;
CREATE INDEX document_search_tokens_idx ON document_search USING gin (tokens);
