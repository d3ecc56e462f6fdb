-- People who sign in to the desk. Only an Argon2id hash of the password is kept.
CREATE TABLE accounts (
  id             uuid        PRIMARY KEY,
  name           text        NOT NULL UNIQUE,
  password_hash  text        NOT NULL,
  role           text        NOT NULL CHECK (role IN ('admin', 'editor', 'reporter', 'reader')),
  units          text[]      NOT NULL DEFAULT '{}',
  families       text[]      NOT NULL DEFAULT '{}',
  locked_until   timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Failed sign-ins, kept for the lock's window: counted across every cluster member, not per process.
CREATE TABLE signin_failures (
  account_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signin_failures_account ON signin_failures (account_id, at);

-- A signed-in browser. Only the SHA-256 of its cookie is kept, so a copy of this table signs nobody in; the
-- session's form token (csrf) is random and is no secret from the person it was shown to.
CREATE TABLE sessions (
  id_hash     bytea       PRIMARY KEY,
  account_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf        text        NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  seen_at     timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
