-- Money refunded so far on each event refunded in part by amount. A partial refund takes back
-- the points of all money refunded so far less what earlier refunds took, so that refunds
-- adding up to the event's amount take back every point it earned, and no more money can be
-- refunded than the event had.
CREATE TABLE event_refunds (
    event_id  text PRIMARY KEY,
    amount    numeric NOT NULL
);
