-- Notices: an outbox of what a brand's messaging system tells members (points that expire
-- soon, tier changes). Each is written in the transaction that decides it, and read in id
-- order; the id is the cursor.
CREATE TABLE notices (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL,          -- PointsExpiring, TierChanged
    member_id   text NOT NULL,
    body        jsonb NOT NULL,
    created_at  timestamptz NOT NULL
);

-- How far the consumer of notices has acknowledged. One row.
CREATE TABLE notice_cursor (
    one    boolean PRIMARY KEY DEFAULT true CHECK (one),
    acked  bigint NOT NULL DEFAULT 0
);
INSERT INTO notice_cursor DEFAULT VALUES;

-- A lot is announced once, when it first falls within the notice window.
ALTER TABLE lots ADD COLUMN noticed boolean NOT NULL DEFAULT false;

-- Tier reviews: one row per member and review day (in the program's time zone), what the
-- review found and did. A member is reviewed at most once a day.
CREATE TABLE tier_reviews (
    member_id    text NOT NULL,
    day          date NOT NULL,
    from_tier    text NOT NULL,
    to_tier      text NOT NULL,
    renewed      boolean NOT NULL,
    metric       bigint NOT NULL,
    reviewed_at  timestamptz NOT NULL,
    PRIMARY KEY (member_id, day)
);

-- Growth value counts for tiers from this day on: a review that resets growth value moves it.
ALTER TABLE members ADD COLUMN metric_since date;
