-- Export (internal/export): every change of a member's points goes to the program's sinks as
-- a CloudEvent. The outbox is the journal itself: a posting, or a notice, is the change, and
-- it is written in the transaction that makes it. Nothing more is written per change.
--
-- A reader must find each committed change once, and a member's changes in their order.
-- Neither posting ids nor notice ids are in commit order (ids are drawn before commit), so
-- each row records the transaction that wrote it (txid), and the reader works from PostgreSQL
-- snapshots: the rows new since its last snapshot are those whose transaction that snapshot
-- did not see as committed (pg_visible_in_snapshot) and the current one does. A transaction
-- writes a member's rows only under the member's lock, so when one is visible, every earlier
-- change of the member is too.
--
-- Both columns are added without a default first, so that no existing row is rewritten: rows
-- written before this migration have no txid and are never exported (a sink receives the
-- changes made after it was added). The default then applies to new rows only.
ALTER TABLE postings ADD COLUMN txid bigint;
ALTER TABLE postings ALTER COLUMN txid SET DEFAULT pg_current_xact_id()::text::bigint;
-- Rows are appended in about the order of their transactions: a block range index finds the
-- recent ones for a few pages of index.
CREATE INDEX postings_txid ON postings USING brin (txid);

-- A notice is ordered among its member's postings by seq, drawn from the postings' sequence
-- when it is written, which is under the member's lock and after the postings of its
-- transaction took their ids.
ALTER TABLE notices ADD COLUMN txid bigint, ADD COLUMN seq bigint;
ALTER TABLE notices ALTER COLUMN txid SET DEFAULT pg_current_xact_id()::text::bigint,
                    ALTER COLUMN seq SET DEFAULT nextval('postings_id_seq');
CREATE INDEX notices_txid ON notices USING brin (txid);
-- A reading walks a window of changes by seq: the postings by their primary key, the
-- notices by this.
CREATE INDEX notices_seq ON notices (seq);

-- Where each sink is: the snapshot its changes were last read up to (done), the snapshot
-- being worked through (upto) and the last change of it delivered (after, a seq). Written by
-- the dispatcher, read by the operator for the program's status.
CREATE TABLE export_cursors (
    sink            text PRIMARY KEY,
    done            text NOT NULL,          -- a pg_snapshot
    upto            text,                   -- a pg_snapshot, while one is worked through
    after           bigint NOT NULL DEFAULT 0,
    last            bigint NOT NULL DEFAULT 0,  -- the highest seq of that window
    delivered       bigint NOT NULL DEFAULT 0,
    last_delivered  timestamptz,            -- when the last batch was accepted
    oldest_pending  timestamptz,            -- when the oldest change not yet accepted was made
    failing_since   timestamptz,
    last_error      text NOT NULL DEFAULT '',
    dead_letters    bigint NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Changes a sink refused for longer than its retry limit, with the CloudEvent as it was sent.
-- A replay marks them; the dispatcher sends marked ones again and deletes those accepted.
CREATE TABLE export_dead_letters (
    id          bigserial PRIMARY KEY,
    sink        text NOT NULL,
    event_id    text NOT NULL,
    member_id   text NOT NULL,
    kind        text NOT NULL,
    event       jsonb NOT NULL,
    attempts    int NOT NULL,
    last_error  text NOT NULL,
    failed_at   timestamptz NOT NULL,
    replay      boolean NOT NULL DEFAULT false
);
CREATE INDEX export_dead_letters_sink ON export_dead_letters (sink, id);
-- The dispatcher looks for replays before every batch: found at once, however many wait.
CREATE INDEX export_dead_letters_replay ON export_dead_letters (sink, id) WHERE replay;
CREATE INDEX export_dead_letters_member ON export_dead_letters (member_id);
