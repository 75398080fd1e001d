-- Points past their expiry are never spendable nor shown, whether or not the expiry job has
-- run. expires_next is no later than the earliest expiry of a member's lots with points (NULL
-- when none of them expires): only a member whose expires_next has passed can hold such
-- points, so only theirs are looked for. The ledger keeps it in the transactions that
-- change the member's lots.
ALTER TABLE members ADD COLUMN expires_next timestamptz;

UPDATE members m SET expires_next = l.first
FROM (SELECT member_id, min(expires_at) AS first FROM lots
      WHERE remaining > 0 AND expires_at IS NOT NULL GROUP BY member_id) l
WHERE m.id = l.member_id;
