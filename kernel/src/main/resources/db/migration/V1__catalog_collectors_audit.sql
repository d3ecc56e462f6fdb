-- The unit catalog: departments, districts, companies and special sources, in catalog order.
CREATE TABLE units (
  id          bigserial PRIMARY KEY,
  name        text        NOT NULL UNIQUE,
  kind        text        NOT NULL CHECK (kind IN ('department', 'district', 'company', 'special')),
  position    integer     NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Other names a unit is reported under; a name is either a unit's or one alias, never both.
CREATE TABLE unit_aliases (
  alias    text   PRIMARY KEY,
  unit_id  bigint NOT NULL REFERENCES units (id) ON DELETE CASCADE
);
CREATE INDEX unit_aliases_unit ON unit_aliases (unit_id);

-- Collectors post counts with a bearer token; only its SHA-256 is kept.
CREATE TABLE collectors (
  id          uuid        PRIMARY KEY,
  name        text        NOT NULL,
  families    text[]      NOT NULL,
  token_hash  bytea       NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

-- Every admin action, who did it and what it carried.
CREATE TABLE audit_log (
  id      bigserial   PRIMARY KEY,
  at      timestamptz NOT NULL DEFAULT now(),
  actor   text        NOT NULL,
  action  text        NOT NULL,
  detail  jsonb       NOT NULL
);
