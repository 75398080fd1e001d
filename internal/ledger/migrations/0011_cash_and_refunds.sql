-- A redemption keeps the money due besides its points (the catalog item's cash part times
-- the quantity, as priced when it was made), so that a cancellation says what to refund even
-- after the catalog changed.
ALTER TABLE redemptions ADD COLUMN cash numeric;

-- A captured hold can be refunded, whole or in part, into the lots it took points from:
-- captured is what its capture spent, refunded what refunds gave back since. The order's
-- amount, when the hold was made for one, measures a refund given in money.
ALTER TABLE holds
    ADD COLUMN captured bigint NOT NULL DEFAULT 0,
    ADD COLUMN refunded bigint NOT NULL DEFAULT 0,
    ADD COLUMN order_amount numeric;
-- A capture posting gives back what it did not spend: the hold's points less that were captured.
UPDATE holds h SET captured = h.points - p.points
FROM postings p
WHERE h.status = 'captured' AND p.member_id = h.member_id AND p.kind = 'capture' AND p.ref = h.id;
