-- Published bulletins: each publication freezes the figures and every rendered document as a new revision.
CREATE TABLE bulletin_revisions (
  bulletin_date  date        NOT NULL,
  revision       integer     NOT NULL,
  published_at   timestamptz NOT NULL DEFAULT now(),
  published_by   text        NOT NULL,
  content        jsonb       NOT NULL,
  html           bytea       NOT NULL,
  markdown       bytea       NOT NULL,
  docx           bytea       NOT NULL,
  pdf            bytea       NOT NULL,
  PRIMARY KEY (bulletin_date, revision)
);

-- The ranking tables as published, one row per table, for dashboards and audits.
CREATE TABLE ranking_snapshots (
  bulletin_date  date    NOT NULL,
  revision       integer NOT NULL,
  table_name     text    NOT NULL,
  content        jsonb   NOT NULL,
  PRIMARY KEY (bulletin_date, revision, table_name),
  FOREIGN KEY (bulletin_date, revision) REFERENCES bulletin_revisions (bulletin_date, revision)
);

-- Drafts the scheduler built on bulletin days; the row is claimed first, so one instance in a cluster builds it.
CREATE TABLE bulletin_drafts (
  bulletin_date  date        PRIMARY KEY,
  claimed_at     timestamptz NOT NULL DEFAULT now(),
  claimed_by     text        NOT NULL,
  built_at       timestamptz,
  content        jsonb
);
