-- Postings are written in time order, so a BRIN index finds a day's postings for the daily
-- report at a fraction of a B-tree's upkeep: every posting paid for postings_created, and the
-- report, which compared a computed date, did not use it. Building it reads the table once.
DROP INDEX postings_created;
CREATE INDEX postings_created ON postings USING brin (created_at);
