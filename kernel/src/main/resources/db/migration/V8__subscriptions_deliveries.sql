-- Where published bulletins (and, when asked, the scheduled drafts) are sent. The secret signs each message, so it is
-- kept as given; the API never returns it.
CREATE TABLE subscriptions (
  id          uuid        PRIMARY KEY,
  name        text        NOT NULL,
  kind        text        NOT NULL CHECK (kind IN ('dingtalk', 'webhook')),
  url         text        NOT NULL,
  secret      text        NOT NULL,
  events      text[]      NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  text        NOT NULL
);

-- The outbox: one row per subscription and event, written in the transaction that published the revision (or saved
-- the draft), so a revision exists exactly when its deliveries do. A worker claims a due row by setting claimed_by
-- and lease_until; another worker skips it until the lease ends.
CREATE TABLE deliveries (
  id               uuid        PRIMARY KEY,
  subscription_id  uuid        NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  event            text        NOT NULL CHECK (event IN ('published', 'draft')),
  bulletin_date    date        NOT NULL,
  revision         integer,
  notice           jsonb       NOT NULL,
  state            text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts         integer     NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL DEFAULT now(),
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  claimed_by       text,
  lease_until      timestamptz,
  last_attempt_at  timestamptz,
  last_status      integer,
  last_error       text,
  delivered_at     timestamptz
);

CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX deliveries_of_subscription ON deliveries (subscription_id, created_at);
