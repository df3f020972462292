-- A text query reads one table: the search rows also carry the filter values (as in
-- `document_facets`), so the matches the token index finds are filtered, ranked and counted
-- without a join to another table.
--
-- No statistics are kept on `tokens`: the planner does not cost reading the tokens out of line,
-- so with the true frequency of a common bigram (a third of the documents) it preferred a
-- sequential scan that reads every document's tokens (~450 MB at 100,000 documents) over the
-- GIN index. Without statistics it estimates a small match set and always takes the index,
-- the faster path at every frequency. The table is rebuilt so that no earlier statistics on
-- `tokens` remain.
ALTER TABLE document_search RENAME TO document_search_v1;
ALTER INDEX document_search_pkey RENAME TO document_search_v1_pkey;
ALTER INDEX document_search_tokens_idx RENAME TO document_search_v1_tokens_idx;

CREATE TABLE document_search (
  document text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  site text NOT NULL,
  category text NOT NULL,
  type text NOT NULL,
  year integer NOT NULL,
  validity text NOT NULL,
  organs text[] NOT NULL,
  organ_list text NOT NULL,
  languages text[] NOT NULL,
  published_on date NOT NULL,
  title text NOT NULL,
  summary text NOT NULL,
  body text NOT NULL,
  tokens text[] NOT NULL
) WITH (toast_tuple_target = 128);
-- The filter values are short: kept plain in the row. With the low toast_tuple_target, text of
-- the default (extended) storage would be moved out of line too, and every count would fetch it.
ALTER TABLE document_search
  ALTER COLUMN site SET STORAGE PLAIN,
  ALTER COLUMN category SET STORAGE PLAIN,
  ALTER COLUMN type SET STORAGE PLAIN,
  ALTER COLUMN validity SET STORAGE PLAIN,
  ALTER COLUMN organs SET STORAGE PLAIN,
  ALTER COLUMN organ_list SET STORAGE PLAIN,
  ALTER COLUMN languages SET STORAGE PLAIN,
  ALTER COLUMN title SET STORAGE MAIN,
  ALTER COLUMN summary SET STORAGE MAIN,
  ALTER COLUMN body SET STORAGE EXTERNAL,
  ALTER COLUMN tokens SET STORAGE EXTERNAL,
  ALTER COLUMN tokens SET STATISTICS 0;

INSERT INTO document_search (document, site, category, type, year, validity, organs, organ_list,
  languages, published_on, title, summary, body, tokens)
SELECT d.document, d.site, d.category, d.type, d.year, d.validity, d.organs, d.organ_list,
       d.languages, d.published_on, s.title, s.summary, s.body, s.tokens
FROM document_search_v1 s JOIN document_facets d ON d.document = s.document;

DROP TABLE document_search_v1;
CREATE INDEX document_search_tokens_idx ON document_search USING gin (tokens);

-- The facet counts of a list without a text query read a summary instead of one row per
-- document: how many documents share each combination of filter values (at 100,000 documents,
-- about a third as many rows). Triggers on `document_facets` keep it exact on every insert,
-- update and delete (a deleted document's facet row goes with it), whoever writes.
CREATE TABLE document_counts (
  site text NOT NULL,
  category text NOT NULL,
  type text NOT NULL,
  year integer NOT NULL,
  validity text NOT NULL,
  organs text[] NOT NULL,
  organ_list text NOT NULL,
  languages text[] NOT NULL,
  n integer NOT NULL CHECK (n >= 0),
  UNIQUE (site, category, type, year, validity, organ_list, languages)
);

CREATE FUNCTION document_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE document_counts c SET n = c.n - o.n
    FROM (SELECT site, category, type, year, validity, organ_list, languages, count(*)::int AS n
          FROM old_rows GROUP BY site, category, type, year, validity, organ_list, languages) o
    WHERE c.site = o.site AND c.category = o.category AND c.type = o.type AND c.year = o.year
      AND c.validity = o.validity AND c.organ_list = o.organ_list AND c.languages = o.languages;
    DELETE FROM document_counts WHERE n = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO document_counts AS c (site, category, type, year, validity, organs, organ_list,
      languages, n)
    SELECT site, category, type, year, validity, organs, organ_list, languages, count(*)::int
    FROM new_rows
    GROUP BY site, category, type, year, validity, organs, organ_list, languages
    ON CONFLICT (site, category, type, year, validity, organ_list, languages)
      DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER document_counts_insert AFTER INSERT ON document_facets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION document_counts_apply();
CREATE TRIGGER document_counts_update AFTER UPDATE ON document_facets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION document_counts_apply();
CREATE TRIGGER document_counts_delete AFTER DELETE ON document_facets
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION document_counts_apply();

INSERT INTO document_counts (site, category, type, year, validity, organs, organ_list, languages, n)
SELECT site, category, type, year, validity, organs, organ_list, languages, count(*)::int
FROM document_facets
GROUP BY site, category, type, year, validity, organs, organ_list, languages;
