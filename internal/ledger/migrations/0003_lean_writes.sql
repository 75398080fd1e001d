-- Nothing reads entries by member through an index: statements go through postings, and
-- Verify scans the whole journal. Every posting paid for this index twice.
DROP INDEX entries_member;
