-- Monthly totals of member_daily, so that what a write reads of a member's counters is bounded
-- by the program's windows, not by the member's history. An event reads its member's counters
-- over its caps' periods and its tier window (a rolling year, say): a member active every day
-- has a row per day and rule in it, 1,500 rows for four rules, where the months before the
-- current one are twelve rows per rule here. Daily rows are still read for the current month
-- and the week that reaches into the previous one, and for a month a window starts in the
-- middle of; every month between is read from here.
--
-- A member's months are rolled up when a write first needs them (members.rollup_from and
-- rollup_to say which months are here: [from, to)), under the member's lock, from the daily
-- rows, and every later change of a daily row in those months (a late event, a refund of an
-- old one) changes the month's row in the same transaction. rollup_empty says the member had
-- no counters in those months, which spares every read of them. Nothing is backfilled: the
-- members of a ledger in service are rolled up as they come, each once per month.
CREATE TABLE member_monthly (
    member_id     text COLLATE "C" NOT NULL,
    month         date NOT NULL,
    rule          text COLLATE "C" NOT NULL,
    points        bigint NOT NULL,
    awards        bigint NOT NULL,
    spend         numeric NOT NULL,
    growth_value  bigint NOT NULL,
    PRIMARY KEY (member_id, month, rule)
);

-- The members of the ledger so far have their months rolled up when first needed (null). A
-- member created from now on has no counters before the month it is created in: every month
-- before it is rolled up, and empty. The defaults are set after the columns are added, so
-- that they apply to new members only and no row is rewritten.
ALTER TABLE members ADD COLUMN rollup_from date,
                    ADD COLUMN rollup_to date,
                    ADD COLUMN rollup_empty boolean NOT NULL DEFAULT false;
ALTER TABLE members ALTER COLUMN rollup_from SET DEFAULT '0001-01-01',
                    ALTER COLUMN rollup_to SET DEFAULT date_trunc('month', now())::date,
                    ALTER COLUMN rollup_empty SET DEFAULT true;
