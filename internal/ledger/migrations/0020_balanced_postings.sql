-- Every posting balances: its entries (an account and an amount each) sum to zero, and the
-- points it moves are the sum of its member-account entries. `tally ledger verify` has checked
-- this after the fact; from this version PostgreSQL refuses a posting that breaks it, whoever
-- writes it.
--
-- Written to run while the ledger writes (docs/operator.md, "Upgrades and online
-- migrations"). The first step adds the constraint NOT VALID: it holds the table's lock for a
-- moment and checks new rows only. The second validates the rows already there under a lock
-- that lets the ledger's inserts and updates through, however long the journal.
--
-- The ledger of migration 0009 and before wrote a posting's entries one at a time into the
-- entries view (migration 0010's append_entry), so that its postings were unbalanced until
-- their last entry. That bridge goes: an upgrade comes from the previous release, whose
-- ledger writes whole postings.

-- A loop rather than SQL over unnest: the check runs for every posting the ledger writes.
CREATE OR REPLACE FUNCTION posting_balanced(accounts text[], amounts bigint[], points bigint) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    total bigint := 0;
    member bigint := 0;
BEGIN
    IF cardinality(accounts) <> cardinality(amounts) THEN
        RETURN false;
    END IF;
    FOR i IN 1 .. cardinality(amounts) LOOP
        total := total + amounts[i];
        IF accounts[i] = 'member' THEN
            member := member + amounts[i];
        END IF;
    END LOOP;
    RETURN total = 0 AND member = points;
END
$$;

DROP TRIGGER IF EXISTS append_entry ON entries;
DROP FUNCTION IF EXISTS append_entry();

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'postings'::regclass AND conname = 'postings_balanced') THEN
        ALTER TABLE postings ADD CONSTRAINT postings_balanced
            CHECK (posting_balanced(entry_accounts, entry_amounts, points)) NOT VALID;
    END IF;
END
$$;

-- tally:step
ALTER TABLE postings VALIDATE CONSTRAINT postings_balanced;
