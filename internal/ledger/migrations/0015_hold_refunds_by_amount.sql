-- Money refunded so far on an order a captured hold paid for, so that refunds by amount take
-- back the share of all money refunded, counted once: pieces that add up to the order give
-- back every point, and no more money can be refunded than the order had.
ALTER TABLE holds ADD COLUMN refunded_amount numeric NOT NULL DEFAULT 0;
