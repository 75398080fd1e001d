-- What an event said beyond what its posting and its stored result (amount, time) record: its
-- attributes and its items (each bounded as the API bounds events), for the events that have
-- any. The export sends them with the change, rule simulations replay them; the expiry job
-- deletes those older than the program's retention (spec.export.eventDetails.retention), and
-- an erasure the member's.
CREATE TABLE event_details (
    posting_id   bigint PRIMARY KEY,     -- the event's credit posting
    occurred_at  timestamptz NOT NULL,
    amount       text NOT NULL DEFAULT '',
    currency     text NOT NULL DEFAULT '',
    attributes   jsonb,
    items        jsonb,
    created_at   timestamptz NOT NULL
);
CREATE INDEX event_details_created ON event_details USING brin (created_at);
