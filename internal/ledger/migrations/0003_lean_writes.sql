-- Nothing reads entries by member through an index: statements go through postings, and
-- Verify scans the whole journal. Every posting paid for this index twice.
DROP INDEX entries_member;

-- Entries are written only together with their posting, in the same statement batch; checking
-- the reference row by row cost more than any other part of writing a posting. Verify checks
-- that every entry has its posting.
ALTER TABLE entries DROP CONSTRAINT entries_posting_id_fkey;
