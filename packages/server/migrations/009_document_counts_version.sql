-- A version of `document_counts`: raised, in the same transaction, by every statement that
-- changes `document_facets` (and so, through its triggers, the counts). A server process keeps
-- the counts in memory and counts the facets of a list without a text query there
-- (src/documents/counts.ts): it reads this one row per list and reloads the counts when the
-- version moved, whichever process or tool wrote.
CREATE TABLE document_counts_version (
  singleton boolean PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO document_counts_version (singleton, version) VALUES (TRUE, 1);

CREATE FUNCTION document_counts_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE document_counts_version SET version = version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER document_counts_bump AFTER INSERT OR UPDATE OR DELETE ON document_facets
  FOR EACH STATEMENT EXECUTE FUNCTION document_counts_bump();
