-- Member ids, idempotency keys and the other keys that B-trees find rows by are opaque
-- identifiers: nothing sorts them for people. Compared in the database's collation, every
-- step of every index descent went through the locale's comparison (C.UTF-8 and en_US are
-- not PostgreSQL's "C"); compared byte by byte, a lookup of one of 1,000,000 member ids took
-- a quarter less time. Only indexes are rebuilt: the values are stored the same way. Columns
-- that keep the default collation still compare with these ("C" wins over the default).
ALTER TABLE members ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE postings ALTER COLUMN member_id TYPE text COLLATE "C";
ALTER TABLE member_daily ALTER COLUMN member_id TYPE text COLLATE "C",
                         ALTER COLUMN rule TYPE text COLLATE "C";
ALTER TABLE idempotency ALTER COLUMN key TYPE text COLLATE "C";
ALTER TABLE holds ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE redemptions ALTER COLUMN id TYPE text COLLATE "C",
                        ALTER COLUMN member_id TYPE text COLLATE "C",
                        ALTER COLUMN sku TYPE text COLLATE "C";
ALTER TABLE stock ALTER COLUMN sku TYPE text COLLATE "C";
ALTER TABLE tier_reviews ALTER COLUMN member_id TYPE text COLLATE "C";
