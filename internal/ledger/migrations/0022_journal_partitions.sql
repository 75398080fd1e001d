-- The journal in monthly partitions, so that its hot indexes hold a month or two of postings
-- rather than all of history, and old months can be archived (`tally ledger archive`).
--
-- postings and event_details become tables partitioned by range of posting id. Everything
-- finds a posting by its id, and PostgreSQL requires a partitioned table's primary key to hold
-- the partition key, so the id is the key, and ids carry their month: the ids of month number
-- m (year * 12 + month - 1, in UTC) are [m << 32, (m + 1) << 32), four billion a month. The
-- highest month, of the year 174,762, stays below 2^53 (2^21 months of 2^32 ids), so an id is
-- exact as a JSON number in any client; today's months are about 1.04e14.
--
-- roll_journal(at) (below) makes the partitions of at's month and the next, and moves the
-- sequence postings_id_seq (which notices.seq draws from too) up to the base of at's month
-- when it is behind and the month's partition is committed. The ledger server calls it when it
-- starts and every hour. Should it not run in time, ids go on in the previous month's range,
-- which has room for four billion: no posting ever depends on the call's timing for its place,
-- only the partitions' sizes do.
--
-- The existing tables become each one partition, postings_legacy and event_details_legacy,
-- without being rewritten or their indexes rebuilt, while the ledger writes (docs/operator.md,
-- "Upgrades and online migrations"):
--
--  1. A CHECK (id < 2^32) NOT VALID, which only holds the table's lock for a moment.
--  2. VALIDATE CONSTRAINT, which scans the table and lets writes through.
--  3. One short step per table: the table is renamed, a partitioned table of the same columns,
--     defaults and checks (postings_balanced of 0020, the txid default of 0017) takes its name,
--     and the old table is attached as the partition FROM (MINVALUE) TO (2^32): the validated
--     check proves the partition's bound, so attaching scans nothing. The parent's primary key
--     and indexes take over the partition's own (PostgreSQL attaches an equal index instead of
--     building one; the indexes other than the key are attached one by one with ALTER INDEX
--     ... ATTACH PARTITION, which fails rather than builds when they differ, and the step checks
--     that the partition's indexes are the ones it had). Views bind to a table, not its name:
--     every view over the old table is made again from its own definition, so the views of
--     0010 (entries) and 0018 (analytics) read the parent. The table's grants (the login
--     role's and the analytics role's, read from the catalog: a migration knows no role names)
--     move to the parent; partitions carry no grants, all access goes through the parent.
--  4. The sequence's OWNED BY moves to the parent, in a step of its own: ALTER SEQUENCE waits
--     for every transaction that drew an id, and each of the ledger's draws its ids before it
--     writes its postings, so under the journal's lock (step 3) the two would wait for each
--     other until the lock timeout. Then the partitions of the current month and the next.
--  5. The sequence moved to the current month's base (roll_journal again, once the partitions
--     are committed): new postings go to the month's partition at once, old and new ledger's
--     alike.
--
-- Changes to the plan, and additions to it, with why:
--  - The old partition ends at 2^32, month number 0's end, not at the month the migration runs
--    in. Its bound then depends on no clock, every month since the year 0 can have a partition
--    (a ledger with a simulated clock, or one migrated late in a month, needs no special case),
--    and the ids the previous release draws while the migration runs (far below 2^32; the
--    first step refuses a ledger past 2^31) land in it as they always did. The ids between 2^32
--    and the first month's base are never drawn: the sequence jumps over them.
--  - Partitions are made as tables and then attached (ATTACH PARTITION takes SHARE UPDATE
--    EXCLUSIVE on the parent, which lets reads and writes through) rather than with CREATE
--    TABLE ... PARTITION OF, which takes ACCESS EXCLUSIVE on the parent and, behind a long
--    reader, would hold every write of the journal in the lock queue.
--  - Archiving (Ledger.Archive) keeps a carried-forward checkpoint in journal_checkpoint_sums:
--    per member and rule, what the archived postings did to the member's account and to the
--    held account; per system account, its sum. The rule is kept so that analytics_daily's
--    liability, a running sum over the journal, starts from what the archived months left
--    (the view is made again below), instead of falling by their amount.
--  - A redemption's allocations (the lots it took points from) are on its posting; the archive
--    copies those of active redemptions to redemptions.allocations, so that a redemption of an
--    archived month can still be cancelled. No other operation reads a posting: a reversal
--    finds the event's lots through its stored result, a hold refund through the hold.
--  - An erasure and an archive take turns (a transaction-level advisory lock, shared by
--    erasures), and erase_member renames the member in the archived tables still in the schema
--    and in the checkpoint too: an erasure otherwise missed the lots, holds, redemptions and
--    stored results that archived postings lead to.
--  - Months are months of UTC, whatever the program's time zone: partitions are storage, and a
--    posting near midnight at a month's end is in the same partition for every program.

DO $$
BEGIN
    -- The old partition holds the ids below 2^32; the previous release goes on drawing them
    -- from the sequence while the migration runs.
    IF (SELECT last_value FROM postings_id_seq) >= 2147483648 AND
       (SELECT relkind FROM pg_class WHERE oid = 'postings'::regclass) = 'r' THEN
        RAISE EXCEPTION 'postings_id_seq is past 2^31: this migration keeps the ids below 2^32 in one partition, and needs room for those drawn while it runs';
    END IF;
END
$$;

-- Archived months, one row each: the archived tables (dumped and dropped when the database's
-- owner chooses), their range of posting ids and how many postings they hold.
CREATE TABLE IF NOT EXISTS journal_checkpoints (
    name         text PRIMARY KEY,      -- the archived postings, e.g. archived_postings_2026_01
    details      text NOT NULL,         -- the archived event details of the same range
    id_from      bigint,                -- NULL: from the lowest id
    id_to        bigint NOT NULL,       -- ids below this, and at or above id_from
    postings     bigint NOT NULL,
    first_at     timestamptz,           -- created_at of its first and last posting
    last_at      timestamptz,
    archived_at  timestamptz NOT NULL
);

-- What every archived posting together did to each account, carried forward from archive to
-- archive: per member and rule for the member-side accounts ('member', 'held'), per account
-- (member_id and rule '') for the system accounts. Rows that come to zero are deleted.
CREATE TABLE IF NOT EXISTS journal_checkpoint_sums (
    account    text COLLATE "C" NOT NULL,
    member_id  text COLLATE "C" NOT NULL,
    rule       text COLLATE "C" NOT NULL,
    amount     bigint NOT NULL,
    PRIMARY KEY (account, member_id, rule)
);

-- The lots an active redemption took points from, copied from its posting when the posting is
-- archived; NULL while the posting is in the journal.
ALTER TABLE redemptions ADD COLUMN IF NOT EXISTS allocations jsonb;

DO $$
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = 'postings'::regclass) = 'r' AND
       NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'postings'::regclass AND conname = 'postings_legacy_bound') THEN
        ALTER TABLE postings ADD CONSTRAINT postings_legacy_bound CHECK (id < 4294967296) NOT VALID;
    END IF;
    IF (SELECT relkind FROM pg_class WHERE oid = 'event_details'::regclass) = 'r' AND
       NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'event_details'::regclass AND conname = 'event_details_legacy_bound') THEN
        ALTER TABLE event_details ADD CONSTRAINT event_details_legacy_bound CHECK (posting_id < 4294967296) NOT VALID;
    END IF;
END
$$;

-- tally:step
-- Scans each table under SHARE UPDATE EXCLUSIVE, which lets the ledger's writes through.
DO $$
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = 'postings'::regclass) = 'r' THEN
        ALTER TABLE postings VALIDATE CONSTRAINT postings_legacy_bound;
    END IF;
    IF (SELECT relkind FROM pg_class WHERE oid = 'event_details'::regclass) = 'r' THEN
        ALTER TABLE event_details VALIDATE CONSTRAINT event_details_legacy_bound;
    END IF;
END
$$;

-- The swap of a table for a partitioned one, for the next two steps, which the last drops. It
-- does nothing to a table already partitioned.
CREATE OR REPLACE FUNCTION partition_by_id(tbl text, key text) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    old oid := to_regclass(quote_ident(tbl));
    legacy text := tbl || '_legacy';
    bound_check text := tbl || '_legacy_bound';
    owner name;
    views text[] := '{}';
    defs text[] := '{}';
    indexes text[] := '{}';     -- the names of the old table's indexes other than its key
    keys text[] := '{}';        -- "ADD CONSTRAINT name def" of its primary key and unique constraints
    before oid[];
    after oid[];
    r record;
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = old) <> 'r' THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = old AND NOT tgisinternal)
       OR EXISTS (SELECT 1 FROM pg_constraint WHERE (confrelid = old OR conrelid = old) AND contype = 'f')
       OR EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = old)
       OR EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = old AND attacl IS NOT NULL)
       OR EXISTS (SELECT 1 FROM pg_depend d JOIN pg_rewrite w ON w.oid = d.objid JOIN pg_class v ON v.oid = w.ev_class
                  WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = old AND v.oid <> old AND v.relkind <> 'v') THEN
        RAISE EXCEPTION '%: a trigger, foreign key, policy, column grant or materialized view that this migration cannot move', tbl;
    END IF;
    SELECT relowner::regrole::name INTO owner FROM pg_class WHERE oid = old;

    -- What binds to the table and has to move: views by their definition (read while the
    -- table still has its name, so that they name it so), indexes and keys by name.
    FOR r IN SELECT DISTINCT v.oid, v.relname, v.reloptions FROM pg_depend d
             JOIN pg_rewrite w ON w.oid = d.objid JOIN pg_class v ON v.oid = w.ev_class
             WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = old AND v.oid <> old
             ORDER BY v.oid LOOP
        views := views || format('CREATE OR REPLACE VIEW %I%s AS %s', r.relname,
                                 CASE WHEN r.reloptions IS NOT NULL THEN ' WITH (' || array_to_string(r.reloptions, ', ') || ')' ELSE '' END,
                                 pg_get_viewdef(r.oid));
    END LOOP;
    FOR r IN SELECT i.indexrelid, c.relname, con.conname, pg_get_indexdef(i.indexrelid) AS def, pg_get_constraintdef(con.oid) AS condef
             FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
             LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = old
             WHERE i.indrelid = old ORDER BY c.relname LOOP
        IF r.conname IS NOT NULL THEN
            keys := keys || format('ADD CONSTRAINT %I %s', r.conname, r.condef);
        ELSE
            -- "CREATE INDEX name ON [ONLY] schema.table USING ...": the parent's index, by itself.
            defs := defs || regexp_replace(r.def, ' ON ([^ ]+) USING ', ' ON ONLY \1 USING ');
            indexes := indexes || r.relname::text;
        END IF;
        before := before || r.indexrelid;
        EXECUTE format('ALTER INDEX %I RENAME TO %I', r.relname,
                       left(CASE WHEN starts_with(r.relname, tbl || '_') THEN legacy || substr(r.relname, length(tbl) + 1)
                                 ELSE legacy || '_' || r.relname END, 63));
    END LOOP;

    EXECUTE format('ALTER TABLE %I RENAME TO %I', tbl, legacy);
    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMPRESSION) PARTITION BY RANGE (%I)',
                   tbl, legacy, key);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', tbl, bound_check);
    IF owner <> current_user THEN
        EXECUTE format('ALTER TABLE %I OWNER TO %I', tbl, owner);
    END IF;
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (MINVALUE) TO (4294967296)', tbl, legacy);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', legacy, bound_check);
    -- The key recurses to the partition and takes its equal index, with its constraint.
    FOR i IN 1 .. cardinality(keys) LOOP
        EXECUTE format('ALTER TABLE %I %s', tbl, keys[i]);
    END LOOP;
    FOR i IN 1 .. cardinality(defs) LOOP
        EXECUTE defs[i];
        EXECUTE format('ALTER INDEX %I ATTACH PARTITION %I', indexes[i],
                       left(CASE WHEN starts_with(indexes[i], tbl || '_') THEN legacy || substr(indexes[i], length(tbl) + 1)
                                 ELSE legacy || '_' || indexes[i] END, 63));
    END LOOP;
    SELECT array_agg(indexrelid ORDER BY indexrelid) INTO after FROM pg_index WHERE indrelid = to_regclass(quote_ident(legacy));
    IF (SELECT array_agg(o ORDER BY o) FROM unnest(before) o) IS DISTINCT FROM after THEN
        RAISE EXCEPTION '%: attaching built an index instead of taking the one there was', tbl;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_index WHERE indrelid = to_regclass(quote_ident(tbl)) AND NOT indisvalid) THEN
        RAISE EXCEPTION '%: an index of the partitioned table did not take its partition''s', tbl;
    END IF;

    FOR i IN 1 .. cardinality(views) LOOP
        EXECUTE views[i];
    END LOOP;
    IF EXISTS (SELECT 1 FROM pg_depend d JOIN pg_rewrite w ON w.oid = d.objid
               WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = to_regclass(quote_ident(legacy)) AND w.ev_class <> to_regclass(quote_ident(legacy))) THEN
        RAISE EXCEPTION '%: a view still reads %', tbl, legacy;
    END IF;

    -- The grants, as the catalog holds them, move to the parent.
    FOR r IN SELECT a.grantee, a.privilege_type, a.is_grantable
             FROM pg_class c, aclexplode(c.relacl) a
             WHERE c.oid = to_regclass(quote_ident(legacy)) AND a.grantee <> c.relowner LOOP
        EXECUTE format('GRANT %s ON %I TO %s%s', r.privilege_type, tbl,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.grantee::regrole::name) END,
                       CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
        EXECUTE format('REVOKE %s ON %I FROM %s', r.privilege_type, legacy,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.grantee::regrole::name) END);
    END LOOP;
END
$fn$;
REVOKE ALL ON FUNCTION partition_by_id(text, text) FROM PUBLIC;

-- tally:step
-- Catalog changes only, under the journal's lock for a moment.
SELECT partition_by_id('postings', 'id');

-- tally:step
SELECT partition_by_id('event_details', 'posting_id');

-- tally:step
-- The sequence, the first months' partitions, the functions and what reads the checkpoint.

-- The posting ids' sequence belongs to the journal, not to its oldest partition, which the
-- owner may drop once archived. Not moved in the swap's step: ALTER SEQUENCE waits for every
-- transaction that drew an id, and a writer that drew one waits for the journal's lock, which
-- that step holds.
ALTER SEQUENCE postings_id_seq OWNED BY postings.id;

-- The partitions of at's month (of UTC) and the next, made where missing, and the sequence
-- moved up to the base of at's month when it is behind, if that month's partition was there
-- before the call: setval is seen by every session at once, a new partition only once the call
-- commits, and a posting with an id of a partition not yet committed would find none. It
-- returns false when it left the sequence behind (it made at's month's partition, or
-- statements begun before it did still run), for the caller to call again once this call has
-- committed (Ledger.RollJournal does). It runs as the schema's owner: the ledger's login role
-- may call it (dbconfig.LedgerFunctions) but cannot make or drop a table itself. Concurrent
-- calls take turns. A month below the archived ones gets no partition.
CREATE OR REPLACE FUNCTION roll_journal(at timestamptz) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET lock_timeout = '10s' AS $$
DECLARE
    m bigint := extract(year FROM at AT TIME ZONE 'UTC')::bigint * 12 + extract(month FROM at AT TIME ZONE 'UTC')::bigint - 1;
    archived bigint := coalesce((SELECT max(id_to) FROM journal_checkpoints), 0);
    mm bigint;
    part text;
    tbl text;
    ready boolean := true;
BEGIN
    -- Month 0 is the old partition's; 2^21 months of 2^32 ids reach 2^53.
    IF m < 1 OR m + 2 > 2097152 THEN
        RAISE EXCEPTION 'roll_journal: % is out of the journal''s months', at;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('tally.roll_journal.' || current_schema()));
    FOREACH mm IN ARRAY ARRAY[m, m + 1] LOOP
        CONTINUE WHEN (mm << 32) < archived;
        FOREACH part IN ARRAY ARRAY['postings', 'event_details'] LOOP
            tbl := format('%s_%s_%s', part, lpad((mm / 12)::text, 4, '0'), lpad((mm % 12 + 1)::text, 2, '0'));
            IF to_regclass(format('%I', tbl)) IS NULL THEN
                ready := ready AND mm <> m;
                -- Made, then attached: ATTACH takes a lock on the parent that lets writes through.
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMPRESSION)',
                               tbl, part);
                EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', part, tbl,
                               mm << 32, (mm + 1) << 32);
            END IF;
        END LOOP;
    END LOOP;
    IF (SELECT last_value FROM postings_id_seq) >= (m << 32) OR (m << 32) < archived THEN
        RETURN true;
    END IF;
    IF NOT ready THEN
        RETURN false;
    END IF;
    -- A statement routes its rows by the partitions there were when it began: one that began
    -- before the month's partition was committed and draws its id after the move (nextval in
    -- the INSERT itself) would find none. Every such statement holds the journal's lock: the
    -- move waits for them, a moment at most, and is left to the next call when they take
    -- longer.
    BEGIN
        PERFORM set_config('lock_timeout', '200ms', true);
        LOCK TABLE ONLY postings IN SHARE MODE;
    EXCEPTION WHEN lock_not_available THEN
        RETURN false;
    END;
    PERFORM setval('postings_id_seq', m << 32, false);
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION roll_journal(timestamptz) FROM PUBLIC;

-- The month's partitions, taking postings from the last step on.
SELECT roll_journal(now());
DROP FUNCTION partition_by_id(text, text);

-- The stored results of a member's operations name the member, and an erasure rewrites them
-- (Ledger.Erase): the keys of those in the archived tables still in the schema, which only
-- the owner may read.
CREATE OR REPLACE FUNCTION archived_member_keys(member text) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    keys text[] := '{}';
    more text[];
    archive text;
BEGIN
    FOR archive IN SELECT name FROM journal_checkpoints WHERE to_regclass(format('%I', name)) IS NOT NULL ORDER BY id_to LOOP
        EXECUTE format('SELECT coalesce(array_agg(idempotency_key), ''{}'') FROM %I WHERE member_id = $1 AND idempotency_key IS NOT NULL', archive)
        INTO more USING member;
        keys := keys || more;
    END LOOP;
    RETURN keys;
END
$$;
REVOKE ALL ON FUNCTION archived_member_keys(text) FROM PUBLIC;

-- erase_member of 0016, which also reaches the archived months: the member is renamed in the
-- archived tables still in the schema (found there by their member index) and in the
-- checkpoint, the event details of their archived postings go, and the lots, holds and
-- redemptions of those postings are renamed as those of the journal's are. When an archived
-- table has been dropped, what its postings made is found by member instead (a scan of lots,
-- holds and redemptions); the stored results of its operations can no longer be found, and
-- keep the old id (docs/ledger.md, "Storage layout").
CREATE OR REPLACE FUNCTION erase_member(old text, alias text, keys text[], responses bytea[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    referrer text;
    derived text[];
    renamed text[];
    archive record;
    ids bigint[] := '{}';
    holds_of text[] := '{}';
    redeemed text[] := '{}';
    archived_keys text[] := '{}';
    more_ids bigint[];
    more_holds text[];
    more_redeemed text[];
    more_keys text[];
    dropped boolean := false;
BEGIN
    IF alias !~ '^~erased-[a-z2-7]{26}$' THEN
        RAISE EXCEPTION 'erase_member: % is not a pseudonym', alias;
    END IF;
    IF EXISTS (SELECT 1 FROM members WHERE id = alias) THEN
        RAISE EXCEPTION 'erase_member: pseudonym % is taken', alias;
    END IF;
    SELECT referred_by INTO referrer FROM members WHERE id = old AND balance = 0 AND held = 0 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'erase_member: the member is unknown or still has points';
    END IF;
    -- Archives wait for erasures, and erasures for archives (Ledger.Archive).
    PERFORM pg_advisory_xact_lock_shared(hashtext('tally.archive.' || current_schema()));

    UPDATE members SET id = alias, birthday = '', attributes = '{}', segments = NULL, referred_by = NULL,
                       activity = NULL
    WHERE id = old;
    UPDATE members SET referred_by = alias WHERE referred_by = old;

    -- The referral a profile's referredBy made is an event whose id names the member
    -- (program.ProfileReferralID), and so is the event that rewarded the referrer.
    derived := ARRAY['~referral:' || old, '~referrer:~referral:' || old];
    renamed := ARRAY['~referral:' || alias, '~referrer:~referral:' || alias];

    UPDATE postings SET member_id = alias WHERE member_id = old;
    FOR archive IN SELECT name, details FROM journal_checkpoints ORDER BY id_to LOOP
        IF to_regclass(format('%I', archive.name)) IS NULL THEN
            dropped := true;
            CONTINUE;
        END IF;
        EXECUTE format('WITH p AS (UPDATE %I SET member_id = $2 WHERE member_id = $1 RETURNING id, kind, ref, idempotency_key)
                        SELECT coalesce(array_agg(id), ''{}''), coalesce(array_agg(ref) FILTER (WHERE kind = ''hold''), ''{}''),
                               coalesce(array_agg(ref) FILTER (WHERE kind = ''redeem''), ''{}''),
                               coalesce(array_agg(idempotency_key) FILTER (WHERE idempotency_key IS NOT NULL), ''{}'')
                        FROM p', archive.name)
        INTO more_ids, more_holds, more_redeemed, more_keys USING old, alias;
        EXECUTE format('UPDATE %I SET event_id = $3[array_position($2, event_id)],
                                      idempotency_key = ''event:'' || $3[array_position($2, event_id)]
                        WHERE member_id IN ($1, $4) AND event_id = ANY ($2)', archive.name)
        USING alias, derived, renamed, referrer;
        IF to_regclass(format('%I', archive.details)) IS NOT NULL THEN
            -- What the member's events said, and the referral events that name them.
            EXECUTE format('DELETE FROM %I WHERE posting_id = ANY ($1) OR posting_id IN (
                                SELECT p.id FROM %I p WHERE p.kind = ''credit'' AND (p.event_id = ANY ($2)
                                    OR p.reason = ''referral'' AND p.member_id IN (SELECT id FROM members WHERE referred_by = $3)))',
                           archive.details, archive.name)
            USING more_ids, renamed, alias;
        END IF;
        ids := ids || more_ids;
        holds_of := holds_of || more_holds;
        redeemed := redeemed || more_redeemed;
        archived_keys := archived_keys || more_keys;
    END LOOP;

    -- Lots, holds and redemptions are found through the member's postings, which made them.
    UPDATE lots SET member_id = alias
    WHERE (posting_id IN (SELECT id FROM postings WHERE member_id = alias) OR posting_id = ANY (ids)) AND member_id = old;
    UPDATE holds SET member_id = alias
    WHERE (id IN (SELECT ref FROM postings WHERE member_id = alias AND kind = 'hold') OR id = ANY (holds_of)) AND member_id = old;
    UPDATE redemptions SET member_id = alias
    WHERE (id IN (SELECT ref FROM postings WHERE member_id = alias AND kind = 'redeem') OR id = ANY (redeemed)) AND member_id = old;
    IF dropped THEN
        UPDATE lots SET member_id = alias WHERE member_id = old;
        UPDATE holds SET member_id = alias WHERE member_id = old;
        UPDATE redemptions SET member_id = alias WHERE member_id = old;
    END IF;
    UPDATE journal_checkpoint_sums SET member_id = alias WHERE account IN ('member', 'held') AND member_id = old;

    -- Every stored result of the member's operations names them: Ledger.Erase sends each one
    -- rewritten, and only the keys of the member's own postings are taken.
    UPDATE idempotency i SET response = r.response, result = NULL
    FROM unnest(keys, responses) AS r(key, response)
    WHERE i.key = r.key AND (r.key IN (SELECT idempotency_key FROM postings WHERE member_id = alias) OR r.key = ANY (archived_keys));

    UPDATE postings SET event_id = renamed[array_position(derived, event_id)],
                        idempotency_key = 'event:' || renamed[array_position(derived, event_id)]
    WHERE member_id IN (alias, referrer) AND event_id = ANY (derived);
    UPDATE lots SET event_id = renamed[array_position(derived, event_id)] WHERE event_id = ANY (derived);
    UPDATE idempotency SET key = 'event:' || renamed[array_position(derived, substr(key, 7))]
    WHERE key IN ('event:' || derived[1], 'event:' || derived[2]);
    UPDATE event_refunds SET event_id = renamed[array_position(derived, event_id)] WHERE event_id = ANY (derived);

    UPDATE member_daily SET member_id = alias WHERE member_id = old;
    UPDATE tier_reviews SET member_id = alias WHERE member_id = old;
    UPDATE notices SET member_id = alias WHERE member_id = old;
    UPDATE member_badges SET member_id = alias WHERE member_id = old;
    DELETE FROM profile_history WHERE member_id = old;
    -- A badge either side earned by the referral names its event.
    UPDATE member_badges SET event_id = renamed[array_position(derived, event_id)]
    WHERE member_id IN (alias, referrer) AND event_id = ANY (derived);
    UPDATE notices SET body = jsonb_set(body, '{eventId}', to_jsonb(renamed[array_position(derived, body->>'eventId')]))
    WHERE member_id IN (alias, referrer) AND body->>'eventId' = ANY (derived);
END
$$;

-- analytics_daily of 0018, whose liability (a running sum of each day's change, per rule and
-- tier) starts from what the archived months left, per rule and the member's tier now: the
-- same columns, and the same figures as before any archive.
CREATE OR REPLACE VIEW analytics_daily AS
WITH days AS (
    SELECT (r.created_at AT TIME ZONE s.time_zone)::date AS day, r.rule, m.tier,
           sum(r.points) FILTER (WHERE r.category = 'issued')   AS issued,
           sum(r.points) FILTER (WHERE r.category = 'adjusted') AS adjusted,
           -sum(r.points) FILTER (WHERE r.category = 'redeemed') AS redeemed,
           sum(r.points) FILTER (WHERE r.category = 'reversed') AS reversed,
           -sum(r.points) FILTER (WHERE r.category = 'expired')  AS expired,
           sum(r.points) AS net
    FROM analytics_posting_rules r
    CROSS JOIN analytics_settings s
    LEFT JOIN members m ON m.id = r.member_id
    GROUP BY 1, 2, 3
), opening AS (
    SELECT c.rule, m.tier, sum(c.amount) AS points
    FROM journal_checkpoint_sums c LEFT JOIN members m ON m.id = c.member_id
    WHERE c.account IN ('member', 'held')
    GROUP BY 1, 2
)
SELECT d.day, d.rule, coalesce(d.tier, '') AS tier,
       coalesce(d.issued, 0) AS issued, coalesce(d.adjusted, 0) AS adjusted, coalesce(d.redeemed, 0) AS redeemed,
       coalesce(d.reversed, 0) AS reversed, coalesce(d.expired, 0) AS expired, d.net,
       coalesce(o.points, 0) + sum(d.net) OVER (PARTITION BY d.rule, d.tier ORDER BY d.day) AS liability_points,
       (coalesce(o.points, 0) + sum(d.net) OVER (PARTITION BY d.rule, d.tier ORDER BY d.day)) * s.point_value AS liability_value
FROM days d CROSS JOIN analytics_settings s
LEFT JOIN opening o ON o.rule = d.rule AND o.tier IS NOT DISTINCT FROM d.tier;

-- tally:step
-- The sequence to the month's partition, committed in the step before.
SELECT roll_journal(now());
