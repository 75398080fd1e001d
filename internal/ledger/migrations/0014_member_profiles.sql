-- Profiles as a brand knows its members: segments (names such as "vip") beside the birthday
-- and attributes that rules already read, and who referred the member. Every change of a
-- profile is kept, with who made it and when.
ALTER TABLE members
    ADD COLUMN segments     text[] NOT NULL DEFAULT '{}',
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
