-- Editorial notes: paragraphs an editor adds before (lead) and after (close) a section's generated text, for one
-- bulletin day; with carry they apply to later bulletins too, until a later day's notes of that section replace them.
CREATE TABLE bulletin_notes (
  bulletin_date  date        NOT NULL,
  section        smallint    NOT NULL CHECK (section BETWEEN 1 AND 5),
  lead           jsonb       NOT NULL,
  close          jsonb       NOT NULL,
  carry          boolean     NOT NULL,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  updated_by     text        NOT NULL,
  PRIMARY KEY (bulletin_date, section)
);
