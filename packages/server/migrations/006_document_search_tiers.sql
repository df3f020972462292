-- Relevance tiers from the index. A text query ranks each term's matches title (0) over summary
-- (1) over body (2). Ranking every match with a substring test of its title and summary cost
-- ~80 ms for a word in 39% of 100,000 documents; now the tokens carry field tags, so the GIN
-- index finds a term's title and summary matches and only the page's rows are read:
--  - `t:<token>` for each token of the document that its normalized title holds as a
--    substring, `s:<token>` for the summary (src/documents/text.ts `fieldTags` writes the same
--    tags for new rows; no token holds a ':', so a tag is never a token).
-- Title and summary are no longer read for every match: out of line like the body and the
-- tokens, so a match's row (the filter values the facets count) is a few hundred bytes and the
-- matches of a common word are a few thousand pages instead of ~7,500.
ALTER TABLE document_search
  ALTER COLUMN title SET STORAGE EXTERNAL,
  ALTER COLUMN summary SET STORAGE EXTERNAL;

UPDATE document_search s
SET tokens = s.tokens
  || ARRAY(SELECT 't:' || t.token FROM unnest(s.tokens) WITH ORDINALITY AS t (token, n)
           WHERE strpos(s.title, t.token) > 0 ORDER BY t.n)
  || ARRAY(SELECT 's:' || t.token FROM unnest(s.tokens) WITH ORDINALITY AS t (token, n)
           WHERE strpos(s.summary, t.token) > 0 ORDER BY t.n);

-- The planner costs a GIN scan by the index's pending list (rows inserted, not yet merged):
-- after a bulk insert it made the index look dearer than a sequential scan that reads every
-- document's tokens (at 2,623 documents, 1,547 against 138, for 32 ms instead of 2). The
-- repository merges the list after each bulk insert (`insertCorpus`); here the rows already
-- written.
SELECT gin_clean_pending_list('document_search_tokens_idx'::regclass);
