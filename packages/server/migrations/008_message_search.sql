-- The public side of messages: search over the published texts, and the identical-body
-- throttle of `POST /api/v1/messages`. Rules: docs/architecture.md ("Published messages").

-- Search tokens of a published message, as the documents have them (src/documents/text.ts:
-- every CJK character and bigram, every word; field tags `t:` for the subject, `s:` for the
-- question), and its normalized subject, question and reply for the substring checks of longer
-- terms. Computed by the server (the same on PGlite and PostgreSQL), never by an engine's text
-- search configuration. NULL until computed: the list computes the missing ones before it
-- searches (src/messages/search.ts), whoever published the message.
ALTER TABLE messages
  ADD COLUMN search_tokens text[],
  ADD COLUMN search_fields text[] CHECK (search_fields IS NULL OR cardinality(search_fields) = 3),
  ADD CONSTRAINT messages_search_published CHECK (search_tokens IS NULL OR published_at IS NOT NULL);

-- Tokens of texts that changed are no longer theirs: a change of the published texts (or
-- unpublishing) drops them unless the same statement writes the new ones.
CREATE FUNCTION messages_search_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.published_subject IS DISTINCT FROM OLD.published_subject
      OR NEW.published_body IS DISTINCT FROM OLD.published_body
      OR NEW.published_reply IS DISTINCT FROM OLD.published_reply
      OR NEW.published_at IS NULL)
     AND NEW.search_tokens IS NOT DISTINCT FROM OLD.search_tokens THEN
    NEW.search_tokens := NULL;
    NEW.search_fields := NULL;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER messages_search_stale BEFORE UPDATE ON messages
  FOR EACH ROW EXECUTE FUNCTION messages_search_stale();

CREATE INDEX messages_search_tokens_idx ON messages USING gin (search_tokens)
  WHERE published_at IS NOT NULL;
-- The published messages whose tokens are still to be computed (usually none).
CREATE INDEX messages_search_pending_idx ON messages (id)
  WHERE published_at IS NOT NULL AND search_tokens IS NULL;

-- The identical-body throttle: SHA-256 of the site, the normalized subject and body, so that
-- the messages stored with the same text in the last 24 hours are counted through an index.
-- NULL for the messages stored before this migration (they never count).
ALTER TABLE messages ADD COLUMN text_hash bytea CHECK (text_hash IS NULL OR length(text_hash) = 32);
CREATE INDEX messages_text_hash_idx ON messages (text_hash, received_at) WHERE text_hash IS NOT NULL;
