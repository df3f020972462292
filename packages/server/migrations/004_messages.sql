-- Messages to the ministry (留言), their status history, and the idempotency records of
-- `POST /api/v1/messages`. Rules: docs/rules/tracking-numbers.md, docs/architecture.md.

CREATE TABLE messages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Canonical spelling, `M26-7KQ4-9XHC`.
  tracking_number text NOT NULL UNIQUE
    CHECK (tracking_number ~ '^M[0-9]{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
  -- SHA-256 of the access code, salted with the tracking number; the code itself is not kept.
  access_code_hash bytea NOT NULL CHECK (length(access_code_hash) = 32),
  site text NOT NULL REFERENCES sites (id),
  kind text NOT NULL CHECK (kind IN ('consultation', 'suggestion', 'complaint')),
  -- Text exactly as sent (validated by the contract): never markup, never trimmed here.
  subject text NOT NULL,
  body text NOT NULL,
  name text,
  email text,
  phone text,
  publish boolean NOT NULL,
  lang text,
  received_at timestamptz NOT NULL,
  due_date date NOT NULL,
  status text NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'forwarded', 'replied', 'published')),
  reply_text text,
  replied_at timestamptz,
  CHECK ((reply_text IS NULL) = (replied_at IS NULL))
);

CREATE INDEX messages_site_due_idx ON messages (site, due_date);

-- Every status a message went through, oldest first.
CREATE TABLE message_events (
  message_id bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'forwarded', 'replied', 'published')),
  at timestamptz NOT NULL,
  PRIMARY KEY (message_id, seq)
);

-- One row per `Idempotency-Key` of `POST /api/v1/messages`, kept 7 days. The key itself is not
-- stored (its SHA-256 is), nor the receipt in clear: `receipt` is the 201 body encrypted
-- (AES-256-GCM) with a key derived from the Idempotency-Key and the request body, so only a
-- client holding both can have it replayed.
CREATE TABLE message_idempotency (
  key_hash bytea PRIMARY KEY CHECK (length(key_hash) = 32),
  request_hash bytea NOT NULL CHECK (length(request_hash) = 32),
  message_id bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  receipt bytea NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX message_idempotency_created_idx ON message_idempotency (created_at);
