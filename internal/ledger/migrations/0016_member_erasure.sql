-- Erasure of a member (POST /v1/members/{id}/erase, Ledger.Erase): the member's personal data
-- goes, and their id is replaced by a pseudonym wherever it is stored, so that the journal,
-- the liability and `tally ledger verify` still balance.
--
-- The journal, the idempotency records, the notices, the tier reviews, the badges and the
-- profiles' history are append-only for the ledger's login role (dbconfig.LedgerPrivileges).
-- Renaming a member in them is the one change they ever need, so it is done by this function,
-- which runs as the schema's owner, and nothing else: it renames one member whose points are
-- all forfeited (balance and held zero) to a pseudonym of the form Ledger.Erase makes, which
-- no member has, and rewrites only the stored results of that member's own postings. The
-- login role may execute it (dbconfig.LedgerFunctions) and gains no other way to change the
-- journal.

-- Others referred by the erased member, and their notices, are found by index.
CREATE INDEX members_referred_by ON members (referred_by) WHERE referred_by IS NOT NULL;
CREATE INDEX notices_member ON notices (member_id);

CREATE FUNCTION erase_member(old text, alias text, keys text[], responses bytea[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    referrer text;
    derived text[];
    renamed text[];
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

    UPDATE members SET id = alias, birthday = '', attributes = '{}', segments = NULL, referred_by = NULL,
                       activity = NULL
    WHERE id = old;
    UPDATE members SET referred_by = alias WHERE referred_by = old;

    UPDATE postings SET member_id = alias WHERE member_id = old;
    -- Lots, holds and redemptions are found through the member's postings, which made them.
    UPDATE lots SET member_id = alias
    WHERE posting_id IN (SELECT id FROM postings WHERE member_id = alias) AND member_id = old;
    UPDATE holds SET member_id = alias
    WHERE id IN (SELECT ref FROM postings WHERE member_id = alias AND kind = 'hold') AND member_id = old;
    UPDATE redemptions SET member_id = alias
    WHERE id IN (SELECT ref FROM postings WHERE member_id = alias AND kind = 'redeem') AND member_id = old;

    -- Every stored result of the member's operations names them: Ledger.Erase sends each one
    -- rewritten, and only the keys of the member's own postings are taken.
    UPDATE idempotency i SET response = r.response, result = NULL
    FROM unnest(keys, responses) AS r(key, response)
    WHERE i.key = r.key AND r.key IN (SELECT idempotency_key FROM postings WHERE member_id = alias);

    -- The referral a profile's referredBy made is an event whose id names the member
    -- (program.ProfileReferralID), and so is the event that rewarded the referrer.
    derived := ARRAY['~referral:' || old, '~referrer:~referral:' || old];
    renamed := ARRAY['~referral:' || alias, '~referrer:~referral:' || alias];
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
REVOKE ALL ON FUNCTION erase_member(text, text, text[], bytea[]) FROM PUBLIC;
