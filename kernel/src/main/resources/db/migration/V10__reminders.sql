-- The week's reminder of who has not reported: one row per bulletin day, claimed by the instance that queues it, so
-- that it goes out once however many instances run; silent is what it said (empty: everybody had reported).
CREATE TABLE reminders (
  bulletin_date  date        PRIMARY KEY,
  claimed_by     text        NOT NULL,
  queued_at      timestamptz NOT NULL DEFAULT now(),
  silent         jsonb       NOT NULL
);

ALTER TABLE deliveries DROP CONSTRAINT deliveries_event_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_event_check CHECK (event IN ('published', 'draft', 'reminder'));
