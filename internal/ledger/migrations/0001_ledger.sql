-- The ledger of one program. Every object lives in the program's schema, which is the
-- search_path while migrations run; nothing here names a schema.

-- Members and their cached balances. balance is the sum of the member's lot remainders and
-- of the member's journal entries; held is the sum of the member's active holds. Both are
-- updated only in the transaction that writes the entries explaining them.
CREATE TABLE members (
    id          text PRIMARY KEY,
    balance     bigint NOT NULL DEFAULT 0,
    held        bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per posting: an operation that moved points. Append-only.
CREATE TABLE postings (
    id               bigint PRIMARY KEY,
    kind             text NOT NULL,          -- credit, debit, hold, capture, release, reverse, redeem, cancel, expire
    member_id        text NOT NULL,
    points           bigint NOT NULL,        -- signed change of the member's available balance
    idempotency_key  text,
    event_id         text,
    ruleset_version  text,
    reason           text NOT NULL DEFAULT '',
    actor            text NOT NULL DEFAULT '',
    ref              text NOT NULL DEFAULT '', -- hold id, redemption id or reversed event id
    allocations      jsonb,                   -- lots a debit took points from: [[posting,seq,points],...]
    shortfall        bigint NOT NULL DEFAULT 0, -- points a reversal or penalty could not take
    created_at       timestamptz NOT NULL
);
CREATE SEQUENCE postings_id_seq OWNED BY postings.id;
CREATE INDEX postings_member ON postings (member_id, id DESC);
CREATE INDEX postings_created ON postings (created_at);

-- Double entry: the entries of a posting sum to zero. Accounts are 'member' (a member's
-- available points) and the system accounts 'issued', 'redeemed', 'expired', 'adjusted' and
-- 'held'. member_id is set on 'member' and 'held' entries.
CREATE TABLE entries (
    posting_id  bigint NOT NULL REFERENCES postings (id),
    seq         smallint NOT NULL,
    account     text NOT NULL,
    member_id   text,
    amount      bigint NOT NULL,
    rule        text NOT NULL DEFAULT '',
    PRIMARY KEY (posting_id, seq)
);
CREATE INDEX entries_member ON entries (member_id, posting_id) WHERE member_id IS NOT NULL;

-- Lots: each award is a lot that debits consume, soonest-expiring first. A lot with negative
-- remaining is a debt (a penalty or refund beyond the balance, where the program allows it);
-- later credits pay it off first.
CREATE TABLE lots (
    posting_id  bigint NOT NULL,
    seq         smallint NOT NULL,
    member_id   text NOT NULL,
    event_id    text,
    rule        text NOT NULL DEFAULT '',
    amount      bigint NOT NULL,
    remaining   bigint NOT NULL,
    reversed    bigint NOT NULL DEFAULT 0,
    earned_at   timestamptz NOT NULL,
    expires_at  timestamptz,
    PRIMARY KEY (posting_id, seq)
);
CREATE INDEX lots_member_open ON lots (member_id) WHERE remaining <> 0;
CREATE INDEX lots_event ON lots (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX lots_expiring ON lots (expires_at) WHERE remaining > 0 AND expires_at IS NOT NULL;

-- Idempotency: the first result of every successful operation, by the caller's key.
CREATE TABLE idempotency (
    key           text PRIMARY KEY,
    request_hash  bytea NOT NULL,
    result        jsonb,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Points held at checkout. The points leave the member's lots when held (allocations says
-- which), go to 'redeemed' on capture and back to the same lots on release or expiry.
CREATE TABLE holds (
    id           text PRIMARY KEY,
    member_id    text NOT NULL,
    points       bigint NOT NULL,
    status       text NOT NULL,             -- active, captured, released, expired
    allocations  jsonb NOT NULL,
    expires_at   timestamptz NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX holds_active ON holds (expires_at) WHERE status = 'active';

-- Catalog stock: allotment is declared (NULL: unlimited); redeemed is counted here.
CREATE TABLE stock (
    sku        text PRIMARY KEY,
    allotment  bigint,
    redeemed   bigint NOT NULL DEFAULT 0
);

-- Redemptions of catalog items, for per-member limits and cancellation.
CREATE TABLE redemptions (
    id          text PRIMARY KEY,
    member_id   text NOT NULL,
    sku         text NOT NULL,
    quantity    int NOT NULL,
    points      bigint NOT NULL,
    posting_id  bigint NOT NULL,
    status      text NOT NULL,              -- active, cancelled
    created_at  timestamptz NOT NULL
);
CREATE INDEX redemptions_member_sku ON redemptions (member_id, sku) WHERE status = 'active';

-- Per member, per day (in the program's time zone), per rule: what caps and tiers count.
-- rule '' holds the member's totals for the day across rules.
CREATE TABLE member_daily (
    member_id     text NOT NULL,
    day           date NOT NULL,
    rule          text NOT NULL,
    points        bigint NOT NULL DEFAULT 0,
    awards        int NOT NULL DEFAULT 0,
    spend         numeric NOT NULL DEFAULT 0,
    growth_value  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, day, rule)
);
