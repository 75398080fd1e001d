-- Profiles as a brand knows its members: segments (names such as "vip") beside the birthday
-- and attributes that rules already read, and who referred the member. Every change of a
-- profile is kept, with who made it and when.
-- Columns a member may lack are NULL rather than empty: every write of a member rewrites its
-- row, and an empty array or string would be copied into each.
ALTER TABLE members
    ADD COLUMN segments     text[],
    ADD COLUMN referred_by  text;

CREATE TABLE profile_history (
    id          bigserial PRIMARY KEY,
    member_id   text NOT NULL,
    changed_at  timestamptz NOT NULL,
    actor       text NOT NULL,
    profile     jsonb NOT NULL
);
CREATE INDEX profile_history_member ON profile_history (member_id, id);

-- What the ledger keeps of each member's events per type (count, total amount, last day,
-- current and best daily streak), for rules to read as member.counts, member.streak and the
-- like; in a compact binary form (activity.go) on the member's row, which every write reads
-- and writes anyway.
ALTER TABLE members ADD COLUMN activity bytea;

-- Badges: the keys of those a member holds (a name, or a name and its year or month), one per
-- line, on the member's row for the rules to check; and each award, with the event and the
-- posting that earned it.
ALTER TABLE members ADD COLUMN badges text;
CREATE TABLE member_badges (
    member_id   text NOT NULL,
    badge_key   text NOT NULL,
    badge       text NOT NULL,
    rule        text NOT NULL,
    event_id    text NOT NULL,
    posting_id  bigint NOT NULL,
    awarded_at  timestamptz NOT NULL,
    PRIMARY KEY (member_id, badge_key)
);
CREATE INDEX member_badges_posting ON member_badges (posting_id);
