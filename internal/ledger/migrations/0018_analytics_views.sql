-- Views for BI tools (docs/analytics.md). The program's analytics role, when the program
-- asks for one (spec.export.analytics), may read these and nothing else: they run with the
-- rights of their owner, so the role needs no grant on any table. Their columns are a stable
-- interface: later versions add columns, and never rename or remove one.

-- The program's settings that the views need: its time zone (days are the program's days)
-- and the cash value of a point, from the active rule set.
CREATE VIEW analytics_settings AS
SELECT coalesce(nullif(body->'program'->>'timeZone', ''), 'UTC') AS time_zone,
       coalesce(nullif(body->'program'->>'pointValue', ''), '0')::numeric AS point_value,
       body->'program'->>'currency' AS currency,
       version AS ruleset_version
FROM rulesets WHERE active;

-- Members without personal data: points, tier and when they joined.
CREATE VIEW analytics_members AS
SELECT m.id AS member_id, m.balance, m.held, m.tier, m.tier_reached_at, m.created_at AS joined_at,
       m.id LIKE '~erased-%' AS erased
FROM members m;

-- What the brand told the program about each member: readable only with
-- spec.export.analytics.personalData.
CREATE VIEW analytics_member_profiles AS
SELECT m.id AS member_id, nullif(m.birthday, '') AS birthday, m.attributes, coalesce(m.segments, '{}') AS segments,
       m.referred_by
FROM members m;

-- Every posting, with the rule set version that judged its event. category sorts postings
-- for reports: issued, adjusted, redeemed, reversed, expired, held (a hold or its release,
-- which moves points between available and held).
CREATE VIEW analytics_postings AS
SELECT p.id AS posting_id, p.created_at, p.kind,
       CASE
         WHEN p.kind = 'credit' AND 'adjusted' = ANY (p.entry_accounts) THEN 'adjusted'
         WHEN p.kind = 'credit' THEN 'issued'
         WHEN p.kind = 'debit' AND 'redeemed' = ANY (p.entry_accounts) THEN 'redeemed'
         WHEN p.kind = 'debit' THEN 'adjusted'
         WHEN p.kind IN ('redeem', 'capture') THEN 'redeemed'
         WHEN p.kind IN ('reverse', 'refund', 'cancel') THEN 'reversed'
         WHEN p.kind IN ('expire', 'forfeit') THEN 'expired'
         ELSE 'held'
       END AS category,
       p.member_id, p.points, p.event_id, CASE WHEN p.kind = 'credit' AND p.event_id IS NOT NULL THEN p.reason END AS event_type,
       p.ruleset_version, p.reason, p.ref
FROM postings p;

-- Each posting's points per rule, on the member's side (available and held points): the
-- change of the liability that each rule caused.
CREATE VIEW analytics_posting_rules AS
SELECT p.posting_id, p.created_at, p.category, p.member_id, e.rule, e.account, e.amount AS points
FROM analytics_postings p
JOIN postings j ON j.id = p.posting_id,
     unnest(j.entry_accounts, j.entry_amounts, j.entry_rules) AS e(account, amount, rule)
WHERE e.account IN ('member', 'held');

-- Daily facts, per day of the program's time zone, rule and the member's tier now: points
-- issued, adjusted, redeemed, reversed and expired, the day's net change of the liability,
-- and the liability at the end of the day (points and cash value) for that rule and tier.
CREATE VIEW analytics_daily AS
WITH days AS (
    SELECT (r.created_at AT TIME ZONE s.time_zone)::date AS day, r.rule, m.tier,
           sum(r.points) FILTER (WHERE r.category = 'issued')   AS issued,
           sum(r.points) FILTER (WHERE r.category = 'adjusted') AS adjusted,
           -sum(r.points) FILTER (WHERE r.category = 'redeemed') AS redeemed,
           sum(r.points) FILTER (WHERE r.category = 'reversed') AS reversed,
           -sum(r.points) FILTER (WHERE r.category = 'expired')  AS expired,
           sum(r.points) AS net
    FROM analytics_posting_rules r
    CROSS JOIN analytics_settings s
    LEFT JOIN members m ON m.id = r.member_id
    GROUP BY 1, 2, 3
)
SELECT d.day, d.rule, coalesce(d.tier, '') AS tier,
       coalesce(d.issued, 0) AS issued, coalesce(d.adjusted, 0) AS adjusted, coalesce(d.redeemed, 0) AS redeemed,
       coalesce(d.reversed, 0) AS reversed, coalesce(d.expired, 0) AS expired, d.net,
       sum(d.net) OVER (PARTITION BY d.rule, d.tier ORDER BY d.day) AS liability_points,
       sum(d.net) OVER (PARTITION BY d.rule, d.tier ORDER BY d.day) * s.point_value AS liability_value
FROM days d CROSS JOIN analytics_settings s;
