-- The staff side of messages: who may act for which sites (staff tokens), where a message is
-- handled (forwarded by the main site's office to a department: 转办), who did each step, and
-- the published question and reply, personal data removed. Rules: docs/architecture.md.

-- One row per staff token. The token itself is shown once by `npm run portal -- staff create`
-- and never stored: its SHA-256 is. A token acts only for its own sites.
CREATE TABLE staff_tokens (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  -- Who holds it (a person or a desk), as given to `staff create --name`.
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  sites text[] NOT NULL CHECK (cardinality(sites) >= 1),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);

-- The site whose staff handles the message now: the site it was sent to until the main site's
-- office forwards it to a department.
ALTER TABLE messages ADD COLUMN handled_by text REFERENCES sites (id);
UPDATE messages SET handled_by = site;
ALTER TABLE messages ALTER COLUMN handled_by SET NOT NULL;

-- What the public sees once published (asker's consent given): the subject, the question and
-- the reply with personal data (ID numbers, phone numbers, e-mail addresses, the asker's name)
-- replaced, never the stored originals. NULL until published.
ALTER TABLE messages
  ADD COLUMN published_subject text,
  ADD COLUMN published_body text,
  ADD COLUMN published_reply text,
  ADD COLUMN published_at timestamptz,
  ADD CONSTRAINT messages_published_whole CHECK (
    (published_at IS NULL AND published_subject IS NULL AND published_body IS NULL
      AND published_reply IS NULL)
    OR (published_at IS NOT NULL AND published_subject IS NOT NULL
      AND published_body IS NOT NULL AND published_reply IS NOT NULL)),
  ADD CONSTRAINT messages_published_consented CHECK (published_at IS NULL OR publish);

CREATE INDEX messages_handled_due_idx ON messages (handled_by, due_date) WHERE status <> 'published';
CREATE INDEX messages_published_idx ON messages (site, published_at DESC, id DESC)
  WHERE published_at IS NOT NULL;
CREATE INDEX messages_received_idx ON messages (site, received_at);

-- Each step records who took it (NULL: the asker, or the system) and, for a forward, where to.
ALTER TABLE message_events
  ADD COLUMN actor bigint REFERENCES staff_tokens (id),
  ADD COLUMN to_site text REFERENCES sites (id),
  ADD CONSTRAINT message_events_forward_target CHECK ((status = 'forwarded') = (to_site IS NOT NULL));
