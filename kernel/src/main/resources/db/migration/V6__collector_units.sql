-- The units a collector may post for, by canonical catalog name; empty: every unit, as before this column.
ALTER TABLE collectors ADD COLUMN units text[] NOT NULL DEFAULT '{}';
