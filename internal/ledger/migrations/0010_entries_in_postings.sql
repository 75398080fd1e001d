-- A posting's double entries are kept on the posting itself, as three arrays of the same
-- length (account, signed amount, rule per entry, in entry order), instead of one row each in
-- a table of their own. Entries were only ever written and read with their posting, and every
-- posting paid for two or more rows, each with its tuple header and its primary-key entry:
-- about a tenth of the database's time in batches of 1,000 events. The entries of a member
-- account ('member' or 'held') are the posting's member's.
--
-- The journal keeps its shape for anyone who reads it in SQL: the view entries has the
-- columns the table had.

-- Entries whose member is not their posting's, or with no posting, cannot be kept this way.
-- Neither is ever written by the ledger; refuse to migrate rather than lose them.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM entries e LEFT JOIN postings p ON p.id = e.posting_id
               WHERE p.id IS NULL
                  OR (e.account IN ('member', 'held') AND e.member_id IS DISTINCT FROM p.member_id)
                  OR (e.account NOT IN ('member', 'held') AND e.member_id IS NOT NULL)) THEN
        RAISE EXCEPTION 'entries without their posting, or of another member than their posting''s: run tally ledger verify';
    END IF;
END
$$;

ALTER TABLE postings
    ADD COLUMN entry_accounts text[] NOT NULL DEFAULT '{}',
    ADD COLUMN entry_amounts bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN entry_rules text[] NOT NULL DEFAULT '{}';

UPDATE postings p SET entry_accounts = e.accounts, entry_amounts = e.amounts, entry_rules = e.rules
FROM (SELECT posting_id, array_agg(account ORDER BY seq) AS accounts, array_agg(amount ORDER BY seq) AS amounts,
             array_agg(rule ORDER BY seq) AS rules
      FROM entries GROUP BY posting_id) e
WHERE e.posting_id = p.id;

DROP TABLE entries;

CREATE VIEW entries AS
SELECT p.id AS posting_id,
       (e.n - 1)::smallint AS seq,
       e.account,
       CASE WHEN e.account IN ('member', 'held') THEN p.member_id END AS member_id,
       e.amount,
       e.rule
FROM postings p,
     unnest(p.entry_accounts, p.entry_amounts, p.entry_rules) WITH ORDINALITY AS e(account, amount, rule, n);

-- A ledger process of the version before this one, still running while its Deployment rolls
-- to the new version, inserts its postings with empty arrays and then their entries, in
-- order, into the view (INSERT or COPY). Each such entry is appended to its posting, so that
-- those writes succeed and keep the books whole until the last old process is gone. The
-- current ledger never inserts into the view.
CREATE FUNCTION append_entry() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE postings
    SET entry_accounts = entry_accounts || NEW.account,
        entry_amounts = entry_amounts || NEW.amount,
        entry_rules = entry_rules || coalesce(NEW.rule, '')
    WHERE id = NEW.posting_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'entry %/% has no posting', NEW.posting_id, NEW.seq;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER append_entry INSTEAD OF INSERT ON entries FOR EACH ROW EXECUTE FUNCTION append_entry();
