-- The city level (杭州市本级) is a unit of its own kind: e-seal and one-window tables list it first, apart from districts.
ALTER TABLE units DROP CONSTRAINT units_kind_check;
ALTER TABLE units ADD CONSTRAINT units_kind_check CHECK (kind IN ('department', 'district', 'company', 'special', 'city'));
