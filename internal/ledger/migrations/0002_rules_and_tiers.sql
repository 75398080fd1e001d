-- Rule sets published to this program, by content version. One is active: the ledger
-- evaluates events with it, and every posting records the version it used.
CREATE TABLE rulesets (
    version       text PRIMARY KEY,
    body          jsonb NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now(),
    active        boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX rulesets_one_active ON rulesets (active) WHERE active;

-- What the rules know of a member beyond their points: the tier (with when it was reached,
-- for review), and the profile expressions may read.
ALTER TABLE members
    ADD COLUMN tier             text NOT NULL DEFAULT '',
    ADD COLUMN tier_reached_at  timestamptz,
    ADD COLUMN birthday         text NOT NULL DEFAULT '',
    ADD COLUMN attributes       jsonb NOT NULL DEFAULT '{}';
