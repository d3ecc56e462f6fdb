-- Running totals of each time series at weekly boundaries (the end of a bulletin window), so that a ranking reads
-- at most a few weeks of raw points however long the history. One row per measurement, boundary and series (the
-- values of all the schema's tags, in its order): counters summed over every point before the boundary, the last
-- gauges and texts before it, and the time of the series' first point.
CREATE TABLE series_rollups (
  measurement text NOT NULL,
  boundary timestamptz NOT NULL,
  tags text[] NOT NULL,
  cumulative jsonb NOT NULL,
  last jsonb NOT NULL,
  first_time timestamptz NOT NULL,
  PRIMARY KEY (measurement, boundary, tags)
);

-- Which boundaries of a measurement hold trusted roll-ups: every one from valid_from to valid_until (none when
-- valid_until is null or below valid_from). generation changes whenever a write reaches back before a boundary that
-- could be rolled, and whenever roll-ups are committed, so a reader commits what it computed only if nothing
-- changed while it computed.
CREATE TABLE series_rollup_state (
  measurement text PRIMARY KEY,
  valid_from timestamptz,
  valid_until timestamptz,
  generation bigint NOT NULL DEFAULT 0
);
