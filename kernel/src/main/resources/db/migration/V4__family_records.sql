-- Kinds of data that are lists, text or exact decimals rather than time series: one JSON value per family, day and
-- key; a re-post of the same (family, day, key) replaces it.
CREATE TABLE family_records (
  family      text        NOT NULL,
  day         date        NOT NULL,
  key         text        NOT NULL,
  value       jsonb       NOT NULL,
  written_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family, day, key)
);
