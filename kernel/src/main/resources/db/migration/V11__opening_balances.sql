-- The totals a series had when the product took over (from the last hand-made bulletin): a unit's counted fields up
-- to and including a day. One per series; a later one replaces it. Cumulative figures of windows ending on or after
-- the day start from it; weekly figures never see it.
CREATE TABLE opening_balances (
  measurement  text        NOT NULL,
  series       text        NOT NULL,
  tags         jsonb       NOT NULL,
  as_of        date        NOT NULL,
  counters     jsonb       NOT NULL,
  set_at       timestamptz NOT NULL DEFAULT now(),
  set_by       text        NOT NULL,
  PRIMARY KEY (measurement, series)
);
