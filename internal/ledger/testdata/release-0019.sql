--
-- PostgreSQL database dump
--

\restrict SBKwNal9R443rx01JuLDHX70MsF3BGeN8MRe6172OibKfixGQ06EdgE1cOhox3a

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: program; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA program;


--
-- Name: append_entry(); Type: FUNCTION; Schema: program; Owner: -
--

CREATE FUNCTION program.append_entry() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'program'
    AS $$
BEGIN
    UPDATE postings
    SET entry_accounts = entry_accounts || NEW.account,
        entry_amounts = entry_amounts || NEW.amount,
        entry_rules = entry_rules || coalesce(NEW.rule, '')
    WHERE id = NEW.posting_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'entry %/% has no posting', NEW.posting_id, NEW.seq;
    END IF;
    RETURN NEW;
END
$$;


--
-- Name: erase_member(text, text, text[], bytea[]); Type: FUNCTION; Schema: program; Owner: -
--

CREATE FUNCTION program.erase_member(old text, alias text, keys text[], responses bytea[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'program'
    AS $_$
DECLARE
    referrer text;
    derived text[];
    renamed text[];
BEGIN
    IF alias !~ '^~erased-[a-z2-7]{26}$' THEN
        RAISE EXCEPTION 'erase_member: % is not a pseudonym', alias;
    END IF;
    IF EXISTS (SELECT 1 FROM members WHERE id = alias) THEN
        RAISE EXCEPTION 'erase_member: pseudonym % is taken', alias;
    END IF;
    SELECT referred_by INTO referrer FROM members WHERE id = old AND balance = 0 AND held = 0 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'erase_member: the member is unknown or still has points';
    END IF;

    UPDATE members SET id = alias, birthday = '', attributes = '{}', segments = NULL, referred_by = NULL,
                       activity = NULL
    WHERE id = old;
    UPDATE members SET referred_by = alias WHERE referred_by = old;

    UPDATE postings SET member_id = alias WHERE member_id = old;
    -- Lots, holds and redemptions are found through the member's postings, which made them.
    UPDATE lots SET member_id = alias
    WHERE posting_id IN (SELECT id FROM postings WHERE member_id = alias) AND member_id = old;
    UPDATE holds SET member_id = alias
    WHERE id IN (SELECT ref FROM postings WHERE member_id = alias AND kind = 'hold') AND member_id = old;
    UPDATE redemptions SET member_id = alias
    WHERE id IN (SELECT ref FROM postings WHERE member_id = alias AND kind = 'redeem') AND member_id = old;

    -- Every stored result of the member's operations names them: Ledger.Erase sends each one
    -- rewritten, and only the keys of the member's own postings are taken.
    UPDATE idempotency i SET response = r.response, result = NULL
    FROM unnest(keys, responses) AS r(key, response)
    WHERE i.key = r.key AND r.key IN (SELECT idempotency_key FROM postings WHERE member_id = alias);

    -- The referral a profile's referredBy made is an event whose id names the member
    -- (program.ProfileReferralID), and so is the event that rewarded the referrer.
    derived := ARRAY['~referral:' || old, '~referrer:~referral:' || old];
    renamed := ARRAY['~referral:' || alias, '~referrer:~referral:' || alias];
    UPDATE postings SET event_id = renamed[array_position(derived, event_id)],
                        idempotency_key = 'event:' || renamed[array_position(derived, event_id)]
    WHERE member_id IN (alias, referrer) AND event_id = ANY (derived);
    UPDATE lots SET event_id = renamed[array_position(derived, event_id)] WHERE event_id = ANY (derived);
    UPDATE idempotency SET key = 'event:' || renamed[array_position(derived, substr(key, 7))]
    WHERE key IN ('event:' || derived[1], 'event:' || derived[2]);
    UPDATE event_refunds SET event_id = renamed[array_position(derived, event_id)] WHERE event_id = ANY (derived);

    UPDATE member_daily SET member_id = alias WHERE member_id = old;
    UPDATE tier_reviews SET member_id = alias WHERE member_id = old;
    UPDATE notices SET member_id = alias WHERE member_id = old;
    UPDATE member_badges SET member_id = alias WHERE member_id = old;
    DELETE FROM profile_history WHERE member_id = old;
    -- A badge either side earned by the referral names its event.
    UPDATE member_badges SET event_id = renamed[array_position(derived, event_id)]
    WHERE member_id IN (alias, referrer) AND event_id = ANY (derived);
    UPDATE notices SET body = jsonb_set(body, '{eventId}', to_jsonb(renamed[array_position(derived, body->>'eventId')]))
    WHERE member_id IN (alias, referrer) AND body->>'eventId' = ANY (derived);
END
$_$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: postings; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.postings (
    id bigint NOT NULL,
    kind text NOT NULL,
    member_id text NOT NULL COLLATE pg_catalog."C",
    points bigint NOT NULL,
    idempotency_key text,
    event_id text,
    ruleset_version text,
    reason text DEFAULT ''::text NOT NULL,
    actor text DEFAULT ''::text NOT NULL,
    ref text DEFAULT ''::text NOT NULL,
    allocations jsonb,
    shortfall bigint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    entry_accounts text[] DEFAULT '{}'::text[] NOT NULL,
    entry_amounts bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    entry_rules text[] DEFAULT '{}'::text[] NOT NULL,
    txid bigint DEFAULT ((pg_current_xact_id())::text)::bigint
);


--
-- Name: analytics_postings; Type: VIEW; Schema: program; Owner: -
--

CREATE VIEW program.analytics_postings AS
 SELECT p.id AS posting_id,
    p.created_at,
    p.kind,
        CASE
            WHEN ((p.kind = 'credit'::text) AND ('adjusted'::text = ANY (p.entry_accounts))) THEN 'adjusted'::text
            WHEN (p.kind = 'credit'::text) THEN 'issued'::text
            WHEN ((p.kind = 'debit'::text) AND ('redeemed'::text = ANY (p.entry_accounts))) THEN 'redeemed'::text
            WHEN (p.kind = 'debit'::text) THEN 'adjusted'::text
            WHEN (p.kind = ANY (ARRAY['redeem'::text, 'capture'::text])) THEN 'redeemed'::text
            WHEN (p.kind = ANY (ARRAY['reverse'::text, 'refund'::text, 'cancel'::text])) THEN 'reversed'::text
            WHEN (p.kind = ANY (ARRAY['expire'::text, 'forfeit'::text])) THEN 'expired'::text
            ELSE 'held'::text
        END AS category,
    p.member_id,
    p.points,
    p.event_id,
        CASE
            WHEN ((p.kind = 'credit'::text) AND (p.event_id IS NOT NULL)) THEN p.reason
            ELSE NULL::text
        END AS event_type,
    p.ruleset_version,
    p.reason,
    p.ref
   FROM program.postings p;


--
-- Name: analytics_posting_rules; Type: VIEW; Schema: program; Owner: -
--

CREATE VIEW program.analytics_posting_rules AS
 SELECT p.posting_id,
    p.created_at,
    p.category,
    p.member_id,
    e.rule,
    e.account,
    e.amount AS points
   FROM (program.analytics_postings p
     JOIN program.postings j ON ((j.id = p.posting_id))),
    LATERAL UNNEST(j.entry_accounts, j.entry_amounts, j.entry_rules) e(account, amount, rule)
  WHERE (e.account = ANY (ARRAY['member'::text, 'held'::text]));


--
-- Name: rulesets; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.rulesets (
    version text NOT NULL,
    body jsonb NOT NULL,
    published_at timestamp with time zone DEFAULT now() NOT NULL,
    active boolean DEFAULT false NOT NULL
);


--
-- Name: analytics_settings; Type: VIEW; Schema: program; Owner: -
--

CREATE VIEW program.analytics_settings AS
 SELECT COALESCE(NULLIF(((rulesets.body -> 'program'::text) ->> 'timeZone'::text), ''::text), 'UTC'::text) AS time_zone,
    (COALESCE(NULLIF(((rulesets.body -> 'program'::text) ->> 'pointValue'::text), ''::text), '0'::text))::numeric AS point_value,
    ((rulesets.body -> 'program'::text) ->> 'currency'::text) AS currency,
    rulesets.version AS ruleset_version
   FROM program.rulesets
  WHERE rulesets.active;


--
-- Name: members; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.members (
    id text NOT NULL COLLATE pg_catalog."C",
    balance bigint DEFAULT 0 NOT NULL,
    held bigint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    tier text DEFAULT ''::text NOT NULL,
    tier_reached_at timestamp with time zone,
    birthday text DEFAULT ''::text NOT NULL,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    metric_since date,
    expires_next timestamp with time zone,
    segments text[],
    referred_by text,
    activity bytea,
    badges text
);


--
-- Name: analytics_daily; Type: VIEW; Schema: program; Owner: -
--

CREATE VIEW program.analytics_daily AS
 WITH days AS (
         SELECT ((r.created_at AT TIME ZONE s_1.time_zone))::date AS day,
            r.rule,
            m.tier,
            sum(r.points) FILTER (WHERE (r.category = 'issued'::text)) AS issued,
            sum(r.points) FILTER (WHERE (r.category = 'adjusted'::text)) AS adjusted,
            (- sum(r.points) FILTER (WHERE (r.category = 'redeemed'::text))) AS redeemed,
            sum(r.points) FILTER (WHERE (r.category = 'reversed'::text)) AS reversed,
            (- sum(r.points) FILTER (WHERE (r.category = 'expired'::text))) AS expired,
            sum(r.points) AS net
           FROM ((program.analytics_posting_rules r
             CROSS JOIN program.analytics_settings s_1)
             LEFT JOIN program.members m ON ((m.id = r.member_id)))
          GROUP BY (((r.created_at AT TIME ZONE s_1.time_zone))::date), r.rule, m.tier
        )
 SELECT d.day,
    d.rule,
    COALESCE(d.tier, ''::text) AS tier,
    COALESCE(d.issued, (0)::numeric) AS issued,
    COALESCE(d.adjusted, (0)::numeric) AS adjusted,
    COALESCE(d.redeemed, (0)::numeric) AS redeemed,
    COALESCE(d.reversed, (0)::numeric) AS reversed,
    COALESCE(d.expired, (0)::numeric) AS expired,
    d.net,
    sum(d.net) OVER (PARTITION BY d.rule, d.tier ORDER BY d.day) AS liability_points,
    (sum(d.net) OVER (PARTITION BY d.rule, d.tier ORDER BY d.day) * s.point_value) AS liability_value
   FROM (days d
     CROSS JOIN program.analytics_settings s);


--
-- Name: analytics_member_profiles; Type: VIEW; Schema: program; Owner: -
--

CREATE VIEW program.analytics_member_profiles AS
 SELECT m.id AS member_id,
    NULLIF(m.birthday, ''::text) AS birthday,
    m.attributes,
    COALESCE(m.segments, '{}'::text[]) AS segments,
    m.referred_by
   FROM program.members m;


--
-- Name: analytics_members; Type: VIEW; Schema: program; Owner: -
--

CREATE VIEW program.analytics_members AS
 SELECT m.id AS member_id,
    m.balance,
    m.held,
    m.tier,
    m.tier_reached_at,
    m.created_at AS joined_at,
    (m.id ~~ '~erased-%'::text) AS erased
   FROM program.members m;


--
-- Name: entries; Type: VIEW; Schema: program; Owner: -
--

CREATE VIEW program.entries AS
 SELECT p.id AS posting_id,
    ((e.n - 1))::smallint AS seq,
    e.account,
        CASE
            WHEN (e.account = ANY (ARRAY['member'::text, 'held'::text])) THEN p.member_id
            ELSE NULL::text
        END AS member_id,
    e.amount,
    e.rule
   FROM program.postings p,
    LATERAL UNNEST(p.entry_accounts, p.entry_amounts, p.entry_rules) WITH ORDINALITY e(account, amount, rule, n);


--
-- Name: event_details; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.event_details (
    posting_id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    amount text DEFAULT ''::text NOT NULL,
    currency text DEFAULT ''::text NOT NULL,
    attributes jsonb,
    items jsonb,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: event_refunds; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.event_refunds (
    event_id text NOT NULL,
    amount numeric NOT NULL
);


--
-- Name: export_cursors; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.export_cursors (
    sink text NOT NULL,
    done text NOT NULL,
    upto text,
    after bigint DEFAULT 0 NOT NULL,
    last bigint DEFAULT 0 NOT NULL,
    delivered bigint DEFAULT 0 NOT NULL,
    last_delivered timestamp with time zone,
    oldest_pending timestamp with time zone,
    failing_since timestamp with time zone,
    last_error text DEFAULT ''::text NOT NULL,
    dead_letters bigint DEFAULT 0 NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: export_dead_letters; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.export_dead_letters (
    id bigint NOT NULL,
    sink text NOT NULL,
    event_id text NOT NULL,
    member_id text NOT NULL,
    kind text NOT NULL,
    event jsonb NOT NULL,
    attempts integer NOT NULL,
    last_error text NOT NULL,
    failed_at timestamp with time zone NOT NULL,
    replay boolean DEFAULT false NOT NULL
);


--
-- Name: export_dead_letters_id_seq; Type: SEQUENCE; Schema: program; Owner: -
--

CREATE SEQUENCE program.export_dead_letters_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: export_dead_letters_id_seq; Type: SEQUENCE OWNED BY; Schema: program; Owner: -
--

ALTER SEQUENCE program.export_dead_letters_id_seq OWNED BY program.export_dead_letters.id;


--
-- Name: holds; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.holds (
    id text NOT NULL COLLATE pg_catalog."C",
    member_id text NOT NULL,
    points bigint NOT NULL,
    status text NOT NULL,
    allocations jsonb NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    captured bigint DEFAULT 0 NOT NULL,
    refunded bigint DEFAULT 0 NOT NULL,
    order_amount numeric,
    refunded_amount numeric DEFAULT 0 NOT NULL
);


--
-- Name: idempotency; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.idempotency (
    key text NOT NULL COLLATE pg_catalog."C",
    request_hash bytea NOT NULL,
    result jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    response bytea
);


--
-- Name: lots; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.lots (
    posting_id bigint NOT NULL,
    seq smallint NOT NULL,
    member_id text NOT NULL,
    event_id text,
    rule text DEFAULT ''::text NOT NULL,
    amount bigint NOT NULL,
    remaining bigint NOT NULL,
    reversed bigint DEFAULT 0 NOT NULL,
    earned_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone,
    noticed boolean DEFAULT false NOT NULL,
    event_keyed boolean DEFAULT false NOT NULL
);


--
-- Name: member_badges; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.member_badges (
    member_id text NOT NULL,
    badge_key text NOT NULL,
    badge text NOT NULL,
    rule text NOT NULL,
    event_id text NOT NULL,
    posting_id bigint NOT NULL,
    awarded_at timestamp with time zone NOT NULL
);


--
-- Name: member_daily; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.member_daily (
    member_id text NOT NULL COLLATE pg_catalog."C",
    day date NOT NULL,
    rule text NOT NULL COLLATE pg_catalog."C",
    points bigint DEFAULT 0 NOT NULL,
    awards integer DEFAULT 0 NOT NULL,
    spend numeric DEFAULT 0 NOT NULL,
    growth_value bigint DEFAULT 0 NOT NULL
);


--
-- Name: notice_cursor; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.notice_cursor (
    one boolean DEFAULT true NOT NULL,
    acked bigint DEFAULT 0 NOT NULL,
    CONSTRAINT notice_cursor_one_check CHECK (one)
);


--
-- Name: postings_id_seq; Type: SEQUENCE; Schema: program; Owner: -
--

CREATE SEQUENCE program.postings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: postings_id_seq; Type: SEQUENCE OWNED BY; Schema: program; Owner: -
--

ALTER SEQUENCE program.postings_id_seq OWNED BY program.postings.id;


--
-- Name: notices; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.notices (
    id bigint NOT NULL,
    kind text NOT NULL,
    member_id text NOT NULL,
    body jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    txid bigint DEFAULT ((pg_current_xact_id())::text)::bigint,
    seq bigint DEFAULT nextval('program.postings_id_seq'::regclass)
);


--
-- Name: notices_id_seq; Type: SEQUENCE; Schema: program; Owner: -
--

CREATE SEQUENCE program.notices_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notices_id_seq; Type: SEQUENCE OWNED BY; Schema: program; Owner: -
--

ALTER SEQUENCE program.notices_id_seq OWNED BY program.notices.id;


--
-- Name: profile_history; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.profile_history (
    id bigint NOT NULL,
    member_id text NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    actor text NOT NULL,
    profile jsonb NOT NULL
);


--
-- Name: profile_history_id_seq; Type: SEQUENCE; Schema: program; Owner: -
--

CREATE SEQUENCE program.profile_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profile_history_id_seq; Type: SEQUENCE OWNED BY; Schema: program; Owner: -
--

ALTER SEQUENCE program.profile_history_id_seq OWNED BY program.profile_history.id;


--
-- Name: redemptions; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.redemptions (
    id text NOT NULL COLLATE pg_catalog."C",
    member_id text NOT NULL COLLATE pg_catalog."C",
    sku text NOT NULL COLLATE pg_catalog."C",
    quantity integer NOT NULL,
    points bigint NOT NULL,
    posting_id bigint NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    cash numeric
);


--
-- Name: schema_migrations; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: stock; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.stock (
    sku text NOT NULL COLLATE pg_catalog."C",
    allotment bigint,
    redeemed bigint DEFAULT 0 NOT NULL
);


--
-- Name: tier_reviews; Type: TABLE; Schema: program; Owner: -
--

CREATE TABLE program.tier_reviews (
    member_id text NOT NULL COLLATE pg_catalog."C",
    day date NOT NULL,
    from_tier text NOT NULL,
    to_tier text NOT NULL,
    renewed boolean NOT NULL,
    metric bigint NOT NULL,
    reviewed_at timestamp with time zone NOT NULL
);


--
-- Name: export_dead_letters id; Type: DEFAULT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.export_dead_letters ALTER COLUMN id SET DEFAULT nextval('program.export_dead_letters_id_seq'::regclass);


--
-- Name: notices id; Type: DEFAULT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.notices ALTER COLUMN id SET DEFAULT nextval('program.notices_id_seq'::regclass);


--
-- Name: profile_history id; Type: DEFAULT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.profile_history ALTER COLUMN id SET DEFAULT nextval('program.profile_history_id_seq'::regclass);


--
-- Data for Name: event_details; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.event_details (posting_id, occurred_at, amount, currency, attributes, items, created_at) FROM stdin;
41	2026-01-08 01:13:00+00	41.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-01-08 07:04:00+00
77	2026-01-13 04:28:00+00	63.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-01-13 07:17:00+00
87	2026-01-16 02:05:00+00	20.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-01-16 07:17:00+00
104	2026-01-19 03:00:00+00		CNY	{"role": "new", "channel": "app-share", "referrer": "member-11"}	\N	2026-01-19 03:00:00+00
119	2026-01-23 06:25:00+00	90.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-01-23 07:17:00+00
134	2026-01-27 05:46:00+00	38.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-01-27 07:17:00+00
140	2026-01-28 05:59:00+00	91.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-01-28 07:17:00+00
144	2026-01-29 02:44:00+00	38.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-01-29 07:17:00+00
145	2026-01-29 04:02:00+00	93.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-01-29 07:17:00+00
170	2026-02-02 03:00:00+00	1800.00	CNY	{"store": "sh-jingan-01", "channel": "pos"}	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-02-02 03:00:00+00
183	2026-02-03 01:52:00+00	57.50	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-02-03 07:17:00+00
192	2026-02-05 02:05:00+00	64.50	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-02-05 07:17:00+00
196	2026-02-05 03:49:00+00	29.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-02-05 07:17:00+00
207	2026-02-08 04:41:00+00	64.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-02-08 07:17:00+00
212	2026-02-09 01:00:00+00	92.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-02-09 07:17:00+00
254	2026-02-16 03:00:00+00	200.00	CNY	{"store": "sh-jingan-01", "channel": "pos"}	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-02-16 03:00:00+00
271	2026-02-16 03:23:00+00	28.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-02-16 07:17:00+00
290	2026-02-19 05:59:00+00	60.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-02-19 07:17:00+00
291	2026-02-19 06:38:00+00	47.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-02-19 07:17:00+00
322	2026-02-23 05:46:00+00	44.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-02-23 07:17:00+00
333	2026-02-26 01:00:00+00	68.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-02-26 07:17:00+00
344	2026-02-28 05:07:00+00	87.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-02-28 07:17:00+00
345	2026-02-28 05:59:00+00	84.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-02-28 07:17:00+00
356	2026-03-02 03:00:00+00	120.00	CNY	{"store": "sh-jingan-01", "channel": "pos"}	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-03-02 03:00:00+00
366	2026-03-04 04:15:00+00	68.50	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-03-04 07:17:00+00
383	2026-03-08 02:05:00+00	34.50	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-03-08 07:17:00+00
389	2026-03-09 06:12:00+00	50.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-03-09 07:17:00+00
400	2026-03-11 05:20:00+00	40.50	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-03-11 07:17:00+00
405	2026-03-12 02:05:00+00	27.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-03-12 07:17:00+00
411	2026-03-13 06:38:00+00	40.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-03-13 07:17:00+00
446	2026-03-20 02:18:00+00	38.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-03-20 07:17:00+00
469	2026-03-23 02:05:00+00	55.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-03-23 07:17:00+00
476	2026-03-24 05:59:00+00	70.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-03-24 07:17:00+00
492	2026-03-27 06:25:00+00	71.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-03-27 07:17:00+00
501	2026-03-28 04:54:00+00	61.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-03-28 07:17:00+00
513	2026-03-31 04:02:00+00	86.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-03-31 07:17:00+00
517	2026-04-01 02:18:00+00	19.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-04-01 07:17:00+00
527	2026-04-02 03:49:00+00	42.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-04-02 07:17:00+00
561	2026-04-08 01:52:00+00	44.25	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-04-08 07:17:00+00
567	2026-04-09 01:39:00+00	50.50	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-04-09 07:17:00+00
575	2026-04-11 05:07:00+00	40.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-04-11 07:17:00+00
578	2026-04-12 02:05:00+00	93.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-04-12 07:17:00+00
581	2026-04-13 01:00:00+00	73.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-04-13 07:17:00+00
586	2026-04-14 01:13:00+00	53.50	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}, {"sku": "croissant", "price": 18.5, "category": "bakery", "quantity": 1}]	2026-04-14 07:17:00+00
613	2026-04-18 06:12:00+00	73.75	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-04-18 07:17:00+00
634	2026-04-22 01:00:00+00	67.00	CNY	\N	[{"sku": "latte-l", "price": 34, "category": "coffee", "quantity": 2}]	2026-04-22 07:17:00+00
\.


--
-- Data for Name: event_refunds; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.event_refunds (event_id, amount) FROM stdin;
order-07-r	50.000000
\.


--
-- Data for Name: export_cursors; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.export_cursors (sink, done, upto, after, last, delivered, last_delivered, oldest_pending, failing_since, last_error, dead_letters, updated_at) FROM stdin;
\.


--
-- Data for Name: export_dead_letters; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.export_dead_letters (id, sink, event_id, member_id, kind, event, attempts, last_error, failed_at, replay) FROM stdin;
\.


--
-- Data for Name: holds; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.holds (id, member_id, points, status, allocations, expires_at, created_at, updated_at, captured, refunded, order_amount, refunded_amount) FROM stdin;
checkout-05-a	member-05	300	captured	[[26, 0, 50], [86, 0, 41], [113, 0, 5], [152, 0, 5], [170, 0, 199]]	2026-02-02 03:15:00+00	2026-02-02 03:00:00+00	2026-02-02 03:00:00+00	300	0	30.00	0
checkout-05-c	member-05	200	released	[[170, 0, 200]]	2026-02-02 03:15:00+00	2026-02-02 03:00:00+00	2026-02-02 03:00:00+00	0	0	\N	0
checkout-05-d	member-05	100	expired	[[170, 0, 100]]	2026-02-02 03:10:00+00	2026-02-02 03:00:00+00	2026-02-02 16:15:00+00	0	0	\N	0
checkout-05-b	member-05	500	captured	[[170, 0, 500]]	2026-02-02 03:15:00+00	2026-02-02 03:00:00+00	2026-02-09 03:00:00+00	400	400	120.00	30.000000
checkout-29	~erased-ia27sypts5c3uehhklwkjapytu	40	forfeited	[[558, 0, 40]]	2026-04-21 03:00:00+00	2026-04-20 03:00:00+00	2026-04-20 03:00:00+00	0	0	\N	0
\.


--
-- Data for Name: idempotency; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.idempotency (key, request_hash, result, created_at, response) FROM stdin;
event:2025-order-01a	\\x35b9925e7d3a0a3301d68bf3ef9f799f5d7f725f211257ef0dc06b694a0dbca7	\N	2026-12-07 02:49:06.661922+00	\\x0202b009b0090000096d656d6265722d3031011037343366656364663939663534356436063630302e303002087075726368617365b009b0090180f0b3b30d0000000000020206c0e4d9f70c000307063630302e3030
event:2025-order-01b	\\xa5b1445a45f1589d457246f02563991a7964379166a5c3d3bcf9f0f34bc1cdaf	\N	2026-12-07 02:49:06.669778+00	\\x0204e80798110000096d656d6265722d3031011037343366656364663939663534356436063530302e303002087075726368617365e807e8070180f0b3b30d0000000653696c76657201020206c0e4d9f70c000307063530302e3030
event:2025-order-02a	\\xdf16f69b5f0eadb7ea1926c1311597bf9fee969392d01b0361f673bcdfeb8b2d	\N	2026-12-07 02:49:06.673538+00	\\x0208e012e0120000096d656d6265722d303201103734336665636466393966353435643607313230302e303002087075726368617365e012e0120180f0b3b30d0000000653696c76657201020206c0e4d9f70c00030807313230302e3030
event:2025-order-03a	\\x2f5cf1779a330af71ec89e6c747ce7763c3441b646170fdfccf4cad2d34ff3eb	\N	2026-12-07 02:49:06.674809+00	\\x020cb410b4100000096d656d6265722d303301103734336665636466393966353435643607313035302e303002087075726368617365b410b4100180f0b3b30d0000000653696c76657201020206c0e4d9f70c00030807313035302e3030
event:2025-order-04a	\\xbaa091e794a19fdbca9f781a5f693e97ffeb98f23bd08f7d37648680634d9a57	\N	2026-12-07 02:49:06.678207+00	\\x0210b001b0010000096d656d6265722d30340110373433666563646639396635343564360538382e303002087075726368617365b001b0010180f0b3b30d0000000000020206c0e4d9f70c0003060538382e3030
event:2025-order-01c	\\x7c2ea69692b5cbfe61222996c6428c819f36a5f3ef7b0df9e575bdbc3167bef3	\N	2026-12-07 02:49:06.680134+00	\\x0212a61dbe2e0000096d656d6265722d303101103734336665636466393966353435643607313530302e303002087075726368617365a61da61d0180f0b3b30d0000000653696c76657200040206c0cea3f80c00030807313530302e303004070653696c7665720506c0e4d9f70c00
event:2025-order-01d	\\xc060254bdc352572cdba59d1ea90730adcac4b694f8eb4b4044370cab2e109ea	\N	2026-12-07 02:49:06.684176+00	\\x02148827c6550000096d656d6265722d303101103734336665636466393966353435643607323030302e303002087075726368617365882788270180f0b3b30d00000004476f6c6401040206c0cea3f80c00030807323030302e303004070653696c7665720506c0e4d9f70c00
event:2025-sign-in-member-01-0	\\xc919f2f1bb225cee511481719c1d6e240ba80a23954a6c72dcb3033c2e70b4ad	\N	2026-12-07 02:49:06.687224+00	\\x02180ad0550000096d656d6265722d30310110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d00000004476f6c640003020690faa2f80c00040504476f6c640506c0cea3f80c00
event:2025-sign-in-member-02-0	\\x3c432a90d13eace44473a45dd8007f7f0085d5d29c3f682dac26a269b441aeec	\N	2026-12-07 02:49:06.691733+00	\\x021a0aea120000096d656d6265722d30320110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d0000000653696c7665720003020690faa2f80c0004070653696c7665720506c0e4d9f70c00
event:2025-sign-in-member-03-0	\\x8df28e1d7526545b06168be86a6e350b42d380cea6977c711deab2363fc015c5	\N	2026-12-07 02:49:06.693319+00	\\x021c0abe100000096d656d6265722d30330110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d0000000653696c7665720003020690faa2f80c0004070653696c7665720506c0e4d9f70c00
event:2025-sign-in-member-04-0	\\x7830f893b682c1c62a2d6a0bd2010ff64dd29d377592aed0cfd06fcdbe404448	\N	2026-12-07 02:49:06.7011+00	\\x021e0aba010000096d656d6265722d30340110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d000000000001020690faa2f80c00
event:2025-sign-in-member-01-1	\\x29961e50a6f6fef2693cde820c6e130942e037bac9fd352a2ca405b6a67b2a8c	\N	2026-12-07 02:49:06.704508+00	\\x02200ada550000096d656d6265722d30310110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d00000004476f6c640003020690c0adf80c00040504476f6c640506c0cea3f80c00
event:2025-sign-in-member-02-1	\\x34430a5484e8b87f7982f17c1744e7ef6a2041f6e21000b741a404c809e9c1b9	\N	2026-12-07 02:49:06.708238+00	\\x02220af4120000096d656d6265722d30320110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d0000000653696c7665720003020690c0adf80c0004070653696c7665720506c0e4d9f70c00
event:2025-sign-in-member-03-1	\\x5bfb6b7e82c9dc3ec9b456fb5b2cab37acb82dd6846396bcb21dbb2cd5775b76	\N	2026-12-07 02:49:06.709749+00	\\x02240ac8100000096d656d6265722d30330110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d0000000653696c7665720003020690c0adf80c0004070653696c7665720506c0e4d9f70c00
event:2025-sign-in-member-04-1	\\xe5c1d4b4f72b8b328638715604e33d86dd62375f287a779377647badc15c5c09	\N	2026-12-07 02:49:06.713346+00	\\x02260ac4010000096d656d6265722d30340110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d000000000001020690c0adf80c00
event:2025-sign-in-member-01-2	\\xc914e5d256c2f323c80fd4a0c42560c2f79d8168ec52873e13c45d0ea034e515	\N	2026-12-07 02:49:06.716323+00	\\x02280ae4550000096d656d6265722d30310110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d00000004476f6c64000302069086b8f80c00040504476f6c640506c0cea3f80c00
event:2025-sign-in-member-02-2	\\x4f83615c61ed7157b5d629d3acf6420bb208873aead8e3d9e4de5b64a5f8ec14	\N	2026-12-07 02:49:06.717847+00	\\x022a0afe120000096d656d6265722d30320110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d0000000653696c766572000302069086b8f80c0004070653696c7665720506c0e4d9f70c00
event:2025-sign-in-member-03-2	\\xd627fbbdc72c6b5fc74685927d62c3ed9bf4a9e3490458e5d9acfe277697d07b	\N	2026-12-07 02:49:06.71919+00	\\x022c0ad2100000096d656d6265722d30330110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d0000000653696c766572000302069086b8f80c0004070653696c7665720506c0e4d9f70c00
event:2025-sign-in-member-04-2	\\xadc8cf990cebf5ec03b7edb81f18c00b429348e024d9d16bdb5f0e8d4e59d2bc	\N	2026-12-07 02:49:06.722693+00	\\x022e0ace010000096d656d6265722d30340110373433666563646639396635343564360002077369676e2d696e0a0a0180f0b3b30d00000000000102069086b8f80c00
event:2025-review-04	\\x2e2f2d53a12259255c1b4a23f80785bd80db47d37f4bee78a694087718e62de2	\N	2026-12-07 02:49:06.728891+00	\\x023028f6010000096d656d6265722d303401103734336665636466393966353435643600020672657669657728280180f0b3b30d000000000001020680a9eef80c00
2025-spend-01	\\x0b428b61f77a5b5ab1e6447b922a4a23f779917b4dcaf9b550569bb8f2c02705	\N	2026-12-07 02:49:06.733604+00	\\x02329f06c44f0000096d656d6265722d30310000
welcome-member-05	\\xd2eba697c38abd2c770c40ec89d8782f63eab792dd053d75396ec6c78e37a139	\N	2026-12-07 02:49:06.780171+00	\\x023464640000096d656d6265722d30350000
welcome-member-09	\\xd50cee443a469b1aee7c61b76998b20ccbe9bbc7d64994c2a37596b2ec81c7f8	\N	2026-12-07 02:49:06.792272+00	\\x023664640000096d656d6265722d30390000
welcome-member-17	\\x30b72167fc784fe1df71533cbf767399b7d907cc543339e48ae0f533e0e099e4	\N	2026-12-07 02:49:06.804209+00	\\x023864640000096d656d6265722d31370000
welcome-member-21	\\x52391f6c7866ccf02f2bca5007601aa60448a44fdcc3bdad5af3de8043aa0e69	\N	2026-12-07 02:49:06.813676+00	\\x023a64640000096d656d6265722d32310000
welcome-member-25	\\x0ce65c27ca398d3b35ca9b12898ba492b7e8ceec3c3c4fe51c733cef0e52a860	\N	2026-12-07 02:49:06.818814+00	\\x023e64640000096d656d6265722d32350000
cny-promo-member-01	\\xe688f778154ed3c2daf4504854917174db720513deb59b203b3e47f3feb86f51	\N	2026-12-07 02:49:06.836264+00	\\x0242b001f4500000096d656d6265722d30310000
cny-promo-member-02	\\x2760fa93e282faa2f15c6e1d2e035d7a215f169849ba9a86954e8284f9e26b61	\N	2026-12-07 02:49:06.836264+00	\\x0244b001ae140000096d656d6265722d30320000
cny-promo-member-03	\\x05e07caca4e8112ddc02b762b55469412502a92d0ee7c945294b2af91c525857	\N	2026-12-07 02:49:06.836264+00	\\x0246b00182120000096d656d6265722d30330000
cny-promo-member-04	\\xdfbf57d49c629c7ef547ed066e04046fd6fb7161eade35299285ed24e710a81a	\N	2026-12-07 02:49:06.836264+00	\\x0248b001a6030000096d656d6265722d30340000
event:order-02-big	\\xab3443b82544466e7382fad88ac0ac8497abbe5c5ab4cd32145edf21e91d3db1	\N	2026-12-07 02:49:06.840198+00	\\x024aba16e82a0000096d656d6265722d303201103734336665636466393966353435643607313135302e303002087075726368617365ba16ba160180bebdd10d0000000653696c76657200040206e0a4d9950d00030807313135302e303004070653696c7665720506c0e4d9f70c00
event:sign-in-member-01-2026-01-05	\\x17b76c0e82f1c61c1a688db6055b434682ce8eed264bcf2d10a29e9fbb031dd5	\N	2026-12-07 02:49:06.844156+00	\\x024c0afe500000096d656d6265722d30310110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d00000004476f6c6400030206a0b4d8950d00040504476f6c640506c0cea3f80c00
event:sign-in-member-25-2026-01-06	\\xd0a100fac82081fa0236f9573bdd97dfa7663f937e840f89df538f711c469473	\N	2026-12-07 02:49:06.868912+00	\\x024e0a6e0000096d656d6265722d32350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e09ee5950d00
event:sign-in-member-25-2026-01-07	\\x6e847120d1fb95660bd4a58e0871622053265f6dea9581a361dea3f39f103691	\N	2026-12-07 02:49:06.891307+00	\\x02500a780000096d656d6265722d32350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e0e4ef950d00
event:order-member-02-2026-01-08	\\x50799cb5ff13342a3f8a3e312e4ad8c908ff5cd514fe16116da3dbd31a9d8ad6	\N	2026-12-07 02:49:06.916496+00	\\x025266ce2b0000096d656d6265722d30320110373433666563646639396635343564360534312e30300208707572636861736566660180bebdd10d0000000653696c76657200040206b892f8950d0003060534312e303004070653696c7665720506c0e4d9f70c00
event:order-member-02-2026-01-08-b	\\x5cf04c3bd099a6b52839c6ff03f6b77abde28d7d233c1179428ee388e2362aba	\N	2026-12-07 02:49:06.916496+00	\\x02548805d6300000096d656d6265722d3032011037343366656364663939663534356436063235392e353002087075726368617365880588050180bebdd10d0000000653696c76657200040206b892f8950d000307063235392e353004070653696c7665720506c0e4d9f70c00
event:order-member-01-2026-01-09	\\x10637720ce48aa2168953de293e415ec4134368089fc95e3e3edf2b5726d5aae	\N	2026-12-07 02:49:06.944061+00	\\x02589c019a520000096d656d6265722d30310110373433666563646639396635343564360535322e3530020870757263686173659c019c010180bebdd10d00000004476f6c6400040206a0cc82960d0003060535322e3530040504476f6c640506c0cea3f80c00
event:order-member-04-2026-01-09	\\xe00aa83f0bc3c5712f84a3b4204aab55ad9ed40c7e8ed22c1778c395f2e8c98c	\N	2026-12-07 02:49:06.944061+00	\\x025ab801de040000096d656d6265722d30340110373433666563646639396635343564360539322e353002087075726368617365b801b8010180bebdd10d0000000000020206e8f082960d0003060539322e3530
event:order-member-04-2026-01-09-b	\\x5d2544e847c02fc167dc909333d28adf9ca4df5d5af614e51eff4cc2a7585cd7	\N	2026-12-07 02:49:06.944061+00	\\x025cf405d20a0000096d656d6265722d3034011037343366656364663939663534356436063337382e353002087075726368617365f405f4050180bebdd10d0000000000020206e8f082960d000307063337382e3530
event:sign-in-member-25-2026-01-09	\\x605daa9481228c992e82de06d624c68bfe71958cb7b2d01b6dcb7ff0274607ea	\N	2026-12-07 02:49:06.944061+00	\\x025e0a82010000096d656d6265722d32350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e0f084960d00
event:order-member-04-2026-01-10	\\x3f57a6e720859d3d0129023e235052fe79172b62ea9809a5073187cf1eae4037	\N	2026-12-07 02:49:06.969101+00	\\x02603e900b0000096d656d6265722d30340110373433666563646639396635343564360533312e3530020870757263686173653e3e0180bebdd10d0000000000020206e8b68d960d0003060533312e3530
event:order-member-04-2026-01-10-b	\\x4122bb6bb621f9344d17180cce7927ed31612150a6e6061173575e06ffad6305	\N	2026-12-07 02:49:06.969101+00	\\x0262b004c00f0000096d656d6265722d3034011037343366656364663939663534356436063238302e373502087075726368617365b004b0040180bebdd10d0000000000020206e8b68d960d000307063238302e3735
event:sign-in-member-09-2026-01-11	\\x71ded71d0c3df3264e9ee2857987535b1f17ea6cb07068b6ae31332bd3dd02fd	\N	2026-12-07 02:49:06.995716+00	\\x02640a6e0000096d656d6265722d30390110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e0b998960d00
welcome-member-06	\\xb9f432c2bae403bfc8f71bb4069774adca31b12b00076f9e928018e67fc7a9bc	\N	2026-12-07 02:49:07.021641+00	\\x026864640000096d656d6265722d30360000
welcome-member-14	\\xe8210ff9671e3495bf7648b554eb9b9852651ac1146e55a1d5504b354dba2ad8	\N	2026-12-07 02:49:07.040252+00	\\x026e64640000096d656d6265722d31340000
welcome-member-18	\\xff742bf55538955fc4235bd89e213f6ce7e111db34238dc5c7a044bb49f223db	\N	2026-12-07 02:49:07.046183+00	\\x027064640000096d656d6265722d31380000
welcome-member-22	\\x64a50065e1c01841ad8e2f93005a9b15f01df490a9c95d76b8702f7d9ef621c6	\N	2026-12-07 02:49:07.048156+00	\\x027464640000096d656d6265722d32320000
welcome-member-26	\\x8d6c08f546e04ab398746159928b5c09abbe4e58beae3afedd42a7e37aea118c	\N	2026-12-07 02:49:07.052049+00	\\x027664640000096d656d6265722d32360000
welcome-member-30	\\x23cf26100487694533fbb697f39c34d0ec372be5267069dc555d8bbb87e3c238	\N	2026-12-07 02:49:07.057424+00	\\x027864640000096d656d6265722d33300000
event:sign-in-06-burst-0	\\xd445d2b1f642fbc9569e38b5a34d4cff6adeefc54e5fab2eb35cb4d6c90205f5	\N	2026-12-07 02:49:07.059638+00	\\x027a0a6e0000096d656d6265722d30360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e08ea3960d00
event:sign-in-06-burst-1	\\x3d52fe710b6ce71f8da73eb9f8a2627c98ff4b2a247f1a2e05ef6f96bd4468ea	\N	2026-12-07 02:49:07.061861+00	\\x027c0a780000096d656d6265722d30360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d88fa3960d00
event:sign-in-06-burst-2	\\x2426dc8c4e3d2ccd6d4c517a6b58e3f2002e63778f58cca3e79af1a72bc67a9a	\N	2026-12-07 02:49:07.064106+00	\\x027e0a82010000096d656d6265722d30360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c891a3960d00
event:sign-in-06-burst-3	\\x405e2cbdf3e4c8c4161ca351449b2b5c84c644dc739aac3095a5130731a659ac	\N	2026-12-07 02:49:07.066296+00	\\x0280010082010000096d656d6265722d30360110373433666563646639396635343564360001000000010206b094a3960d00
event:ref-11	\\xcdf7e3eacb58c36ad4affeb96b1474529a2a03d9968c90b91018076ee05fc751	\N	2026-12-07 02:49:07.068157+00	\\x028401c801c8010000096d656d6265722d3131011037343366656364663939663534356436000210726566657272616c2d77656c636f6d65c801c8010180bebdd10d0000000000010206b094a3960d00
event:ref-12	\\x72567d9acaed24d2fcd6a307c64d85bc38a843c89455430497caa59235316d52	\N	2026-12-07 02:49:07.0722+00	\\x028a01c801c8010000096d656d6265722d3132011037343366656364663939663534356436000210726566657272616c2d77656c636f6d65c801c8010180bebdd10d0000000000010206b094a3960d00
event:order-member-17-2026-01-12	\\xe0168d3a9589764e7d5bc1b6d3e5de09689e8381b86a03f58f394c3aecc5182c	\N	2026-12-07 02:49:07.084411+00	\\x02920146aa010000096d656d6265722d31370110373433666563646639396635343564360533352e37350208707572636861736546460180bebdd10d0000000000020206a0e1a3960d0003060533352e3735
event:order-member-26-2026-01-12	\\x2d2ff534d500edf8094e9406e41ec7710f949f0875b07de5103b34a47ab42013	\N	2026-12-07 02:49:07.084411+00	\\x0296016cd0010000096d656d6265722d32360110373433666563646639396635343564360535342e3735020870757263686173656c6c0180bebdd10d0000000000020206f8cea4960d0003060535342e3735
event:sign-in-member-11-2026-01-12	\\x3313fa3bbe0c33456c96d6e56bdd6d5710e4328166fa34891eb032b73d0c6083	\N	2026-12-07 02:49:07.084411+00	\\x0290010ad2010000096d656d6265722d31310110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d00000000000102069098a3960d00
event:sign-in-member-21-2026-01-12	\\x91636c5e08dd1908a49ebc8d75014e871deb76c2f3ab470eb03aa99dd7b7bc26	\N	2026-12-07 02:49:07.084411+00	\\x0294010a6e0000096d656d6265722d32310110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d00000000000102068092a4960d00
event:order-member-17-2026-01-13	\\x377f39fa8fbff1752ad927952a096489371328b4b5a89c2a7d199d90ffbb3ac0	\N	2026-12-07 02:49:07.106433+00	\\x029a017ea8020000096d656d6265722d31370110373433666563646639396635343564360536332e3235020870757263686173657e7e0180bebdd10d0000000000020206a0a7ae960d0003060536332e3235
event:order-member-04-2026-01-14	\\xa5ae865eb41ecf8e01b40cf9b73bcc4adcd42662ee4c83ffa0ff43195ba7a760	\N	2026-12-07 02:49:07.120767+00	\\x029e018601c6100000096d656d6265722d30340110373433666563646639396635343564360536372e353002087075726368617365860186010180bebdd10d0000000000020206e8ceb7960d0003060536372e3530
event:order-member-04-2026-01-14-b	\\x9256e88923cd36b4b2beec341afd3f284d0b1befc2e6983ca70ff3fcd30531b7	\N	2026-12-07 02:49:07.120767+00	\\x02a0019402da120000096d656d6265722d3034011037343366656364663939663534356436063133382e303002087075726368617365940294020180bebdd10d0000000653696c76657201020206e8ceb7960d000307063133382e3030
event:sign-in-member-11-2026-01-14	\\x9e7146eaca82cba8ac1315a76fef56ce887c57041cd2afe2cb42f54177a7bf6d	\N	2026-12-07 02:49:07.120767+00	\\x02a2010adc010000096d656d6265722d31310110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d000000000001020690a4b8960d00
spend-member-02-2026-01-15	\\x51b49ec4b5ef04bc8b2afc98924bce9420ad5d3efaee25538622097766290282	\N	2026-12-07 02:49:07.139763+00	\\x02a60171e42f0000096d656d6265722d30320000
event:order-member-02-2026-01-16	\\x9b35f5a61090353f98efdb0e63c52ce976df009570eccf7fa0a0b4b93bb8f26d	\N	2026-12-07 02:49:07.165898+00	\\x02a801b40198310000096d656d6265722d30320110373433666563646639396635343564360537322e353002087075726368617365b401b4010180bebdd10d0000000653696c76657200040206b8c2cc960d0003060537322e353004070653696c7665720506c0e4d9f70c00
event:order-member-02-2026-01-16-b	\\x51dfdf9f4a50573a1a8a21308f126288fd37ac7c3cf0256bc9acd4f2e8eb3a72	\N	2026-12-07 02:49:07.165898+00	\\x02aa01b607ce380000096d656d6265722d3032011037343366656364663939663534356436063338302e373502087075726368617365b607b6070180bebdd10d0000000653696c76657200040206b8c2cc960d000307063338302e373504070653696c7665720506c0e4d9f70c00
event:order-member-05-2026-01-16	\\x4fb08d9a3397a2aecbc79db1083ed651833f3ecbe0d7b5da70ca26c8210c2db8	\N	2026-12-07 02:49:07.165898+00	\\x02ac0152b6010000096d656d6265722d30350110373433666563646639396635343564360534312e35300208707572636861736552520180bebdd10d000000000002020680e7cc960d0003060534312e3530
event:order-member-06-2026-01-16	\\xbe0c482ed8c4e758b441a15a61dba531ea44d96b6efb95fb67f4bc0bfb40ba2d	\N	2026-12-07 02:49:07.165898+00	\\x02ae0128aa010000096d656d6265722d30360110373433666563646639396635343564360532302e30300208707572636861736528280180bebdd10d000000000002020698f3cc960d0003060532302e3030
event:order-member-12-2026-01-16	\\x6f8aff960249359cc2811e449aa0ba34b27151b035c4a122673724466c365146	\N	2026-12-07 02:49:07.165898+00	\\x02b2019c01e4020000096d656d6265722d31320110373433666563646639396635343564360537382e3530020870757263686173659c019c010180bebdd10d0000000000020206a8bccd960d0003060537382e3530
event:review-member-30-2026-01-16	\\x9be68f71c313cc802806afd5b2c23e838a9ef80811ef693a177ebfe82ad40e83	\N	2026-12-07 02:49:07.165898+00	\\x02b601288c010000096d656d6265722d333001103734336665636466393966353435643600020672657669657728280180bebdd10d0000000000010206d897cf960d00
event:sign-in-member-14-2026-01-16	\\x5c3cb1598de261ab1b44b958216d220f8b0ad36738bf08dbe2c77fd9653c3789	\N	2026-12-07 02:49:07.165898+00	\\x02b4010a6e0000096d656d6265722d31340110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d8d4cd960d00
event:order-member-11-2026-01-17	\\x4adf83c97cb924df90f4dbb3e17608c027a3fd76d2b7ef29ec7fdf4f830a7b38	\N	2026-12-07 02:49:07.191105+00	\\x02ba019c01f8020000096d656d6265722d31310110373433666563646639396635343564360537382e3030020870757263686173659c019c010180bebdd10d000000000002020690f6d7960d0003060537382e3030
event:sign-in-member-21-2026-01-17	\\x6bc541534434d8a1444c1fb05aa3d5fd73256f9fbd332e87fbab303f3fc18bf6	\N	2026-12-07 02:49:07.191105+00	\\x02bc010a780000096d656d6265722d32310110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d000000000001020680f0d8960d00
event:order-member-14-2026-01-18	\\x4cb00854b8128f7e3fbce05f5049afac6859c8c95302d483c8417a4dba144e7b	\N	2026-12-07 02:49:07.214777+00	\\x02be01b801a6020000096d656d6265722d31340110373433666563646639396635343564360539322e303002087075726368617365b801b8010180bebdd10d0000000000020206d8e0e2960d0003060539322e3030
welcome-member-07	\\xe2867e15874324637aca310a2950568b31e4e10cabed435a2fd4649eda94c1ab	\N	2026-12-07 02:49:07.237664+00	\\x02c20164640000096d656d6265722d30370000
welcome-member-15	\\xb34b8da28220f8de5da160f6495eb1e9985458299715c727856fa6231148ee39	\N	2026-12-07 02:49:07.243914+00	\\x02c40164640000096d656d6265722d31350000
welcome-member-19	\\xa79483ec149f394f7fd20fe536e950a30f6d9a0a69cb71b6792c28449fc54c66	\N	2026-12-07 02:49:07.245555+00	\\x02c80164640000096d656d6265722d31390000
welcome-member-23	\\x109ea9cd5686c74d23993c508d1ae54cf267a41c0fb342e8326412693f508d88	\N	2026-12-07 02:49:07.256092+00	\\x02ca0164640000096d656d6265722d32330000
welcome-member-27	\\x066ff43c86077c806d4578574438b35b89965708f2ecf3bf8542c209cd4837f5	\N	2026-12-07 02:49:07.264405+00	\\x02cc0164640000096d656d6265722d32370000
event:ref-13	\\x83b60c551dcea39c5803963286e84058e21362710928a3dab0f55c03ae0bbbf1	\N	2026-12-07 02:49:07.270068+00	\\x02d001c801c8010000096d656d6265722d3133011037343366656364663939663534356436000210726566657272616c2d77656c636f6d65c801c8010180bebdd10d0000000000010206e0f8ec960d00
event:~referrer:ref-13	\\x1de788348fe6db09142d35455550f3ce0ba2c8fb084d76a103bc511160484c20	\N	2026-12-07 02:49:07.279136+00	\\x02d201900388060000096d656d6265722d313101103734336665636466393966353435643600020f726566657272616c2d7468616e6b73900390030180bebdd10d0000000000010206e0f8ec960d00
event:sign-in-member-13-2026-01-19	\\xb8450ff7f19cec88a1495557d84f52f7fd35cc5e6a10227c7ac2f3e1c13e57f6	\N	2026-12-07 02:49:07.288704+00	\\x02d6010ad2010000096d656d6265722d31330110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c09aed960d00
redeem-member-01-2026-01-19	\\x5c6967f9d0380f863506eb02ef779048be6938d883abecac92b51fe37754ee43	\N	2026-12-07 02:49:07.288704+00	\\x02d401d704c24d0000096d656d6265722d30310000
event:order-member-14-2026-01-20	\\x5e2bbe704af9695f8dca99db08043506e30d0c8eb660b8fadba171bb57348555	\N	2026-12-07 02:49:07.315469+00	\\x02da01ae01d4030000096d656d6265722d31340110373433666563646639396635343564360538372e353002087075726368617365ae01ae010180bebdd10d0000000000020206d8ecf7960d0003060538372e3530
event:order-member-19-2026-01-20	\\x5de64d9d4d4bff625d66d55e8b34c3a0db4a91647d3ef0d7f2db70c805bed9f1	\N	2026-12-07 02:49:07.315469+00	\\x02dc012e92010000096d656d6265722d31390110373433666563646639396635343564360532332e3735020870757263686173652e2e0180bebdd10d0000000000020206d0a9f8960d0003060532332e3735
welcome-member-10	\\x7d2d6de7587f5214f392ecc8e35ac0109c54c71389cb726a464c5c1b629e50e9	\N	2026-12-07 02:49:07.028395+00	\\x026c64640000227e6572617365642d6c346876667075356a74707464786361346a35786772683666710000
event:sign-in-member-13-2026-01-20	\\xad844e8d088b8cbcdd4b0403e25ab35a01e5171eff98f29846108b1238a5d179	\N	2026-12-07 02:49:07.315469+00	\\x02d8010adc010000096d656d6265722d31330110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c0e0f7960d00
event:order-member-09-2026-01-21	\\xcd8153fe2b1d6fc383ba40bd6e73375dde3810f03071fe69f0e8b5e69939006f	\N	2026-12-07 02:49:07.348649+00	\\x02de014ebc010000096d656d6265722d30390110373433666563646639396635343564360533392e3735020870757263686173654e4e0180bebdd10d0000000000020206e0f581970d0003060533392e3735
spend-member-14-2026-01-21	\\x7017bda9115321489b79689a92ba96c1cd81f6e5f61f9223477b8a05f70dbf5f	\N	2026-12-07 02:49:07.348649+00	\\x02e00127ac030000096d656d6265722d31340000
event:order-member-07-2026-01-22	\\xbdeffdd425baad3e272fc7b2103381407669069d1e6ccec18a9c7de823bec03f	\N	2026-12-07 02:49:07.374835+00	\\x02e4016ed2010000096d656d6265722d30370110373433666563646639396635343564360535352e3530020870757263686173656e6e0180bebdd10d0000000000020206b0a38c970d0003060535352e3530
event:review-member-15-2026-01-22	\\xafe20fc742bfaa4eb67431b21a979a5606205ee1b350ff35a9fd16d6183f1909	\N	2026-12-07 02:49:07.374835+00	\\x02e601288c010000096d656d6265722d313501103734336665636466393966353435643600020672657669657728280180bebdd10d0000000000010206f0848d970d00
event:sign-in-member-05-2026-01-22	\\x364aaa3f9ab792518eaf3922108d171d098cc8b30d11f98e58f4a54b2a657f09	\N	2026-12-07 02:49:07.374835+00	\\x02e2010ac0010000096d656d6265722d30350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206808b8c970d00
event:order-member-15-2026-01-23	\\xb996078fefcb3e72b5a8db91a1489b9919caaf5a956e4523fc4b5ce1a30fea11	\N	2026-12-07 02:49:07.402508+00	\\x02ec017480020000096d656d6265722d31350110373433666563646639396635343564360535382e30300208707572636861736574740180bebdd10d0000000000020206f0ca97970d0003060535382e3030
event:order-member-26-2026-01-23	\\x03c7c6e49dc7d49e1986b01c7bceb708298b1bd3f6c3e902f63f125ddbd6380d	\N	2026-12-07 02:49:07.402508+00	\\x02ee01b40184030000096d656d6265722d32360110373433666563646639396635343564360539302e303002087075726368617365b401b4010180bebdd10d0000000000020206f8d098970d0003060539302e3030
event:review-member-01-2026-01-23	\\x44a9a8e8ea309b960b06a0ae80a674b1a29dee878a4c7396e7c1c775dfbe9d80	\N	2026-12-07 02:49:07.402508+00	\\x02e80128ea4d0000096d656d6265722d303101103734336665636466393966353435643600020672657669657728280180bebdd10d00000004476f6c6400030206a0a096970d00040504476f6c640506c0cea3f80c00
spend-member-07-2026-01-23	\\x4339a144243865b045b91be1ad40e42485e4f4f0d0d2b32295cc570e3996567f	\N	2026-12-07 02:49:07.402508+00	\\x02ea015d740000096d656d6265722d30370000
spend-member-25-2026-01-24	\\x092d885c610ae19cdcd2908f643b314c525f218a2ada8e4a1ad02259831f7d8a	\N	2026-12-07 02:49:07.429336+00	\\x02f201750c0000096d656d6265722d32350000
event:order-member-19-2026-01-25	\\x85dd1934e6ea2d06894cb5a8a9433d581e72806ce1ca04da2d9fd968ae9a3a35	\N	2026-12-07 02:49:07.454871+00	\\x02f60148da010000096d656d6265722d31390110373433666563646639396635343564360533362e32350208707572636861736548480180bebdd10d0000000000020206d087ad970d0003060533362e3235
event:sign-in-member-02-2026-01-25	\\x87ead1b78d2d6a7cd999004eea83d16b192a9a56783e55f0af982e2def72bcfb	\N	2026-12-07 02:49:07.454871+00	\\x02f4010ad8380000096d656d6265722d30320110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206b8b8ab970d0004070653696c7665720506c0e4d9f70c00
welcome-member-08	\\xf89eedb59075094c1375560e8df998a95fc530969a9dcb097ff5ddfa2c100c6d	\N	2026-12-07 02:49:07.481211+00	\\x02f80164640000096d656d6265722d30380000
welcome-member-16	\\xa576034f3d2fad4240702ccd17332109721b797b079527ce4d00eb452ab4cea0	\N	2026-12-07 02:49:07.482557+00	\\x02fa0164640000096d656d6265722d31360000
welcome-member-20	\\x596d0d47d6edd4f44cc5a0410416032aec41df41f995ce85b6c57ed4d1d8ec14	\N	2026-12-07 02:49:07.484817+00	\\x02fc0164640000096d656d6265722d32300000
welcome-member-24	\\x125ce12a0ecc23191c80fb803b187256056286ca04533acc9ffc6f9930914cb3	\N	2026-12-07 02:49:07.487048+00	\\x02fe0164640000096d656d6265722d32340000
welcome-member-28	\\x40dc5ec05cdfe34c479451fabaf242a16546f7492f5e8aca0d7935ae1ffe472e	\N	2026-12-07 02:49:07.488158+00	\\x02820264640000096d656d6265722d32380000
event:order-member-19-2026-01-26	\\xec82267d25802b603ef4fe1837e0dbf12e7199f871ee5ae20cd7a21f0a373608	\N	2026-12-07 02:49:07.490996+00	\\x0284024aa4020000096d656d6265722d31390110373433666563646639396635343564360533372e3735020870757263686173654a4a0180bebdd10d0000000000020206d0cdb7970d0003060533372e3735
event:order-member-23-2026-01-27	\\x2330d859ef7d98078fceda51eb2f7e13212f42677870d5e67601e8e2fe8d7934	\N	2026-12-07 02:49:07.51628+00	\\x028c024cb0010000096d656d6265722d32330110373433666563646639396635343564360533382e3235020870757263686173654c4c0180bebdd10d0000000000020206b0c4c2970d0003060533382e3235
event:sign-in-member-15-2026-01-27	\\xf8269f8cb839e00bdafbaa1e9000e3096e6b61d82e351553545a0a2d6796a49d	\N	2026-12-07 02:49:07.51628+00	\\x0288020a8a020000096d656d6265722d31350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f0e2c1970d00
spend-member-19-2026-01-27	\\x7df30677c80e9e3121f863daf81766eb874e557335aff1427c3c1117dd0d5a7a	\N	2026-12-07 02:49:07.51628+00	\\x028a025fc4010000096d656d6265722d31390000
event:order-member-06-2026-01-28	\\x5731087708b2dadd92d1a2a9298515e07b485c1ea93f4dbea909ff6f5db023c6	\N	2026-12-07 02:49:07.552149+00	\\x028e023ae4010000096d656d6265722d30360110373433666563646639396635343564360532392e3530020870757263686173653a3a0180bebdd10d000000000002020698bbcb970d0003060532392e3530
event:order-member-06-2026-01-28-b	\\x12a56894d5574e2d39b6fdecf6bfcae9cd2e4b94a8ed121071f3fd0fb5f4d899	\N	2026-12-07 02:49:07.552149+00	\\x029002b00594070000096d656d6265722d3036011037343366656364663939663534356436063334342e353002087075726368617365b005b0050180bebdd10d000000000002020698bbcb970d000307063334342e3530
event:order-member-08-2026-01-28	\\x2377946d05f197203847c3b8c7e561ed2ed7a113e73b193e2d82d2a2c33734fa	\N	2026-12-07 02:49:07.552149+00	\\x0292029801fc010000096d656d6265722d30380110373433666563646639396635343564360537362e303002087075726368617365980198010180bebdd10d0000000000020206c8d3cb970d0003060537362e3030
event:order-member-21-2026-01-28	\\x7eac64dca21a8cfcb873c2707481e8c2c5b038893ba0a0b5e1e48c2168d1b537	\N	2026-12-07 02:49:07.552149+00	\\x02960292018a020000096d656d6265722d32310110373433666563646639396635343564360537332e373502087075726368617365920192010180bebdd10d000000000002020680f2cc970d0003060537332e3735
event:order-member-24-2026-01-28	\\xd2c280e25bd6960c16b56378142915759fb0882855cbf92c7fd4fee46fde189f	\N	2026-12-07 02:49:07.552149+00	\\x029802b6019a020000096d656d6265722d32340110373433666563646639396635343564360539312e303002087075726368617365b601b6010180bebdd10d0000000000020206c896cd970d0003060539312e3030
event:sign-in-member-20-2026-01-28	\\x318413c6f87ac876d6f6a6d63b0278cc5e73ee58e4293f7408b3667aed20e79e	\N	2026-12-07 02:49:07.552149+00	\\x0294020a6e0000096d656d6265722d32300110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e8e5cc970d00
event:sign-in-member-30-2026-01-28	\\x4afbafb96f3855ab1a4e238c296b0e1549378883b802a977b3b230ad7fff0fc2	\N	2026-12-07 02:49:07.552149+00	\\x029c020a96010000096d656d6265722d33300110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d8dfcd970d00
refund-order-member-26-2026-01-23	\\x61acf5891d548dec648efb6a474b15aec7d20eeb153703054d11c8dbe29df1fb	\N	2026-12-07 02:49:07.552149+00	\\x029a02b301d0010000096d656d6265722d3236000107020000
event:review-20-2026-01-29	\\x0c08c5d79ef27a7a651948cbf4818eb433965f0a180357b294887c0be83c838f	\N	2026-12-07 02:49:07.603341+00	\\x029e022896010000096d656d6265722d323001103734336665636466393966353435643600020672657669657728280180bebdd10d000000000001020680afda970d00
event:order-member-09-2026-01-29	\\x9114e34970bdead9515495bb8d9ad7a9250a9022d24d0775342bb88674229102	\N	2026-12-07 02:49:07.616121+00	\\x02a0024c88020000096d656d6265722d30390110373433666563646639396635343564360533382e3235020870757263686173654c4c0180bebdd10d0000000000020206e0a5d6970d0003060533382e3235
event:order-member-15-2026-01-29	\\x2d546eeeebe3002dc1eb1e57fed0738cc68618dac9135a4ce199fda1b1c54674	\N	2026-12-07 02:49:07.616121+00	\\x02a202ba01c4030000096d656d6265722d31350110373433666563646639396635343564360539332e373502087075726368617365ba01ba010180bebdd10d0000000000020206f0eed6970d0003060539332e3735
event:order-member-23-2026-01-29	\\x49f9c98f32df9c4569cf533b120263d272bf6e882f1046398ea5e8b622478c73	\N	2026-12-07 02:49:07.616121+00	\\x02a6025080020000096d656d6265722d32330110373433666563646639396635343564360534302e37350208707572636861736550500180bebdd10d0000000000020206b0d0d7970d0003060534302e3735
event:order-member-25-2026-01-29	\\xdfe5bd8aba07d9527d3e92273336f1e08dd7c7ac494a90895f5deeaa37ab8afd	\N	2026-12-07 02:49:07.616121+00	\\x02a80226320000096d656d6265722d32350110373433666563646639396635343564360531392e35300208707572636861736526260180bebdd10d0000000000020206e0e8d7970d0003060531392e3530
refund-order-member-21-2026-01-28	\\x58eb3e84e82e5a40d4d0c906d209397a823f196bde3107c8b82c610f43e6c515	\N	2026-12-07 02:49:07.616121+00	\\x02a4029101780000096d656d6265722d3231000107020000
event:order-member-20-2026-01-30	\\x0e8c02e818106e4f4f9c190e69b5af160b68dc7f44b6e8c04ac9f2514dedcb33	\N	2026-12-07 02:49:07.656629+00	\\x02b402bc01d2020000096d656d6265722d32300110373433666563646639396635343564360539342e323502087075726368617365bc01bc010180bebdd10d0000000000020206e8f1e1970d0003060539342e3235
event:order-member-22-2026-01-30	\\x02fe1170845d0e4d7428a9c3b807aee885ac944cde60ec4f27af05c6c498aac0	\N	2026-12-07 02:49:07.656629+00	\\x02b6023296010000096d656d6265722d32320110373433666563646639396635343564360532352e30300208707572636861736532320180bebdd10d0000000000020206988ae2970d0003060532352e3030
event:sign-in-member-05-2026-01-30	\\x30f9bde243a51269c73eb22590c247b39ad612ccc19a4b847ec5156ab3d1aa25	\N	2026-12-07 02:49:07.656629+00	\\x02b0020aca010000096d656d6265722d30350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d000000000001020680bbe0970d00
event:sign-in-member-17-2026-01-30	\\x2db6f84d2c3439f1ce442cfec03cba9bd9249360a54464317a122c9bd5bb0754	\N	2026-12-07 02:49:07.656629+00	\\x02b2020ab2020000096d656d6265722d31370110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206a0cde1970d00
event:order-member-07-2026-01-31	\\xb073f143da2aa964b6818ec78f3de05e89e89b8ff149ba5ed6666edb68e82dde	\N	2026-12-07 02:49:07.690889+00	\\x02b8022498010000096d656d6265722d30370110373433666563646639396635343564360531382e37350208707572636861736524240180bebdd10d0000000000020206b099eb970d0003060531382e3735
event:order-member-08-2026-01-31	\\x283468a96c4388cf5244310cb637e19121cac6087a2559741aa9ca10dc752a8f	\N	2026-12-07 02:49:07.690889+00	\\x02ba023eba020000096d656d6265722d30380110373433666563646639396635343564360533312e3235020870757263686173653e3e0180bebdd10d0000000000020206c8a5eb970d0003060533312e3235
event:order-member-23-2026-01-31	\\xd5d06482fc69b5924b6e6091e52ebac03d6ef1e5dece364770a77dd8068a609a	\N	2026-12-07 02:49:07.690889+00	\\x02be02a001a0030000096d656d6265722d32330110373433666563646639396635343564360538302e353002087075726368617365a001a0010180bebdd10d0000000000020206b0dcec970d0003060538302e3530
event:review-member-27-2026-01-31	\\x21343989a0f4b31245f05dbdc03ce5cc57771479efba84e35b34377240656777	\N	2026-12-07 02:49:07.690889+00	\\x02c002288c010000096d656d6265722d323701103734336665636466393966353435643600020672657669657728280180bebdd10d0000000000010206908ded970d00
event:sign-in-member-12-2026-01-31	\\x25035d1ffecc1ed26d6aed6ce0f3d1b9477ee2fe8424c0eeb23098ea33ca5b05	\N	2026-12-07 02:49:07.690889+00	\\x02bc020aee020000096d656d6265722d31320110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206a8d6eb970d00
event:order-member-02-2026-02-01	\\x6f8a44403b549102c016eec94efe6bd22481bfb943d2381e13b091da5c24c64a	\N	2026-12-07 02:49:07.746915+00	\\x02c20266be390000096d656d6265722d30320110373433666563646639396635343564360534312e30300208707572636861736566660180bebdd10d0000000653696c76657200040206b8a2f5970d0003060534312e303004070653696c7665720506c0e4d9f70c00
event:order-member-02-2026-02-01-b	\\x7d258b9de24d53bc6960a8a0ebb121b59affcef5284a667bfb246c780c05b792	\N	2026-12-07 02:49:07.746915+00	\\x02c402bc06fa3f0000096d656d6265722d3032011037343366656364663939663534356436063333312e353002087075726368617365bc06bc060180bebdd10d0000000653696c76657200040206b8a2f5970d000307063333312e353004070653696c7665720506c0e4d9f70c00
event:review-member-30-2026-02-01	\\x8f0c4188a7547b669e8139a0339ff0409cc4d9ade3c38ad53df838516c358cab	\N	2026-12-07 02:49:07.746915+00	\\x02d20228be010000096d656d6265722d333001103734336665636466393966353435643600020672657669657728280180bebdd10d0000000000010206d8f7f7970d00
event:sign-in-member-08-2026-02-01	\\x0abaf71a8128ed380ed88e9e33232bb1830db2b7160085dcc57c6abb8e071a15	\N	2026-12-07 02:49:07.746915+00	\\x02c8020ac4020000096d656d6265722d30380110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c8ebf5970d00
event:sign-in-member-13-2026-02-01	\\x934e2641131bcf7980d9c63afb3ac602afc0e1e48f2eb600d562d389301295a3	\N	2026-12-07 02:49:07.746915+00	\\x02ca020ae6010000096d656d6265722d31330110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c0a8f6970d00
event:sign-in-member-14-2026-02-01	\\x6c45582b466690a0afdab19dcf5575e6329ccd5fc213aa0db50edce85d047b3b	\N	2026-12-07 02:49:07.746915+00	\\x02cc020ab6030000096d656d6265722d31340110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d8b4f6970d00
event:sign-in-member-23-2026-02-01	\\x5e56687846d5facba77901bc56938347543ce456a6ffdbae49ce96e50ed19931	\N	2026-12-07 02:49:07.746915+00	\\x02ce020aaa030000096d656d6265722d32330110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206b0a2f7970d00
event:sign-in-member-24-2026-02-01	\\x56400a0f65481a500039e50290617aea0f8214ed48be584456618506a22f1118	\N	2026-12-07 02:49:07.746915+00	\\x02d0020aa4020000096d656d6265722d32340110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c8aef7970d00
redeem-member-06-2026-02-01	\\x5a838bf75fdeb99d191206eda660d88563457fb65ed83826363ad3ef161a66e2	\N	2026-12-07 02:49:07.746915+00	\\x02c602d704bc020000096d656d6265722d30360000
event:order-05-feb	\\x14995f3dce3a73972db0ee30e1cababea064aef151d2f9c86ee00f593b4cecc4	\N	2026-12-07 02:49:07.792385+00	\\x02d402901cda1d0000096d656d6265722d303501103734336665636466393966353435643607313830302e303002087075726368617365901c901c0180bebdd10d0000000653696c76657201020206e0cc80980d00030807313830302e3030
hold-05-a	\\xdb880a4e68a07e4d038ea14948d1741c05fa61612d5018407eb7b8307e66b2b7	\N	2026-12-07 02:49:07.79411+00	\\x02d802d7048219d80400096d656d6265722d30350000
capture-05-a	\\xd2a518d7580e957951ea5fda4d295645ad54c1ff6750cfea3cead1e1e47cdbb0	\N	2026-12-07 02:49:07.798054+00	\\x02da020082190000096d656d6265722d30350000
hold-05-b	\\x78f40da6b310c6ea093be0b90d22a4178a54cc16f33dc49e3660cd514ea1efdf	\N	2026-12-07 02:49:07.803153+00	\\x02dc02e7079a11e80700096d656d6265722d30350000
capture-05-b	\\x3ef70edf1b962322d2962e0cbb72a286060b114c1fe45a8e5fb403b828ca7a23	\N	2026-12-07 02:49:07.804642+00	\\x02de02c801e2120000096d656d6265722d30350000
hold-05-c	\\x85da84a9062a47f2e593eb18cd001ddaad91759a9dce5e0a7f0e969b97a1a953	\N	2026-12-07 02:49:07.806165+00	\\x02e0028f03d20f900300096d656d6265722d30350000
release-05-c	\\x4912c686b8bcc6469bfbd4735d869275913e8bf31bde8feb32809e8d3fe8de2b	\N	2026-12-07 02:49:07.807619+00	\\x02e2029003e2120000096d656d6265722d30350000
hold-05-d	\\x2badfc27b99e413651db4fa55f2f6005816a438e054f84a137e2d3058bec7780	\N	2026-12-07 02:49:07.809127+00	\\x02e402c7019a11c80100096d656d6265722d30350000
event:order-member-05-2026-02-02	\\x3ce458729831f10a51dd8d116eb33fcd691fd2ade8435412e5558d9f7fbc53b1	\N	2026-12-07 02:49:07.810506+00	\\x02e602e8018213c80100096d656d6265722d30350110373433666563646639396635343564360539332e303002087075726368617365e801e8010180bebdd10d0000000653696c76657200040206808d80980d0003060539332e303004070653696c7665720506e0cc80980d00
event:order-member-05-2026-02-02-b	\\xd7d6c25cb6983b27f1bbc9c4becb1af06bd12e976b0c747a252f75f035a153c9	\N	2026-12-07 02:49:07.810506+00	\\x02e802ea05ec18c80100096d656d6265722d3035011037343366656364663939663534356436063239382e373502087075726368617365ea05ea050180bebdd10d0000000653696c76657200040206808d80980d000307063239382e373504070653696c7665720506e0cc80980d00
event:order-member-06-2026-02-02	\\x04961a21540f1c32050904f16d3c54f8c22c8ddb075fbc1401196eba1105a527	\N	2026-12-07 02:49:07.810506+00	\\x02ea0226e2020000096d656d6265722d30360110373433666563646639396635343564360531392e37350208707572636861736526260180bebdd10d0000000000020206989980980d0003060531392e3735
hold-expiry:checkout-05-d	\\xd8f3c7acd7e3c84e225aad5c7fd13f814b6a8d248268147d9acdadeffc8bf938	\N	2026-12-07 02:49:07.848921+00	\\x02ec02c801b41a0000096d656d6265722d30350000
event:order-member-05-2026-02-03	\\x9417522ad80cb93c924a7d35a0e670b3c628da4e9b4e84273aa842c13c6e2705	\N	2026-12-07 02:49:07.851261+00	\\x02ee028e01c21b0000096d656d6265722d30350110373433666563646639396635343564360535372e3530020870757263686173658e018e010180bebdd10d0000000653696c7665720004020680d38a980d0003060535372e353004070653696c7665720506e0cc80980d00
event:sign-in-member-24-2026-02-04	\\x5c27cc44bf0c00cd98131d54e299031d2d502343aeacd4e1e0c2b70734959cdc	\N	2026-12-07 02:49:07.88123+00	\\x02f0020aae020000096d656d6265722d32340110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c88097980d00
event:sign-in-member-30-2026-02-04	\\xfec398560f4f430f8ab4dfff1b63d87c7add236ae996c902d1922cbf166d7275	\N	2026-12-07 02:49:07.88123+00	\\x02f2020ac8010000096d656d6265722d33300110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d8c997980d00
event:review-20-2026-02-05	\\x4ce910f0d2c7c71378197e31ee1a79e605c2043d3665a44ce73b2730a71f39a1	\N	2026-12-07 02:49:07.916574+00	\\x02fc0228fa020000096d656d6265722d323001103734336665636466393966353435643600020672657669657728280180bebdd10d00000000000102068099a4980d00
event:order-member-06-2026-02-05	\\xb8827c3c5dd617c80a4f290b121048ecbdd5165e1dc2441a028c4d7a37dd597c	\N	2026-12-07 02:49:07.9248+00	\\x0280038001e2030000096d656d6265722d30360110373433666563646639396635343564360536342e353002087075726368617365800180010180bebdd10d000000000002020698eb9f980d0003060536342e3530
event:order-member-06-2026-02-05-b	\\x286b33176d94f06d000843dc8fb4f6d96ce31473c649c01fd40c38b348094b83	\N	2026-12-07 02:49:07.9248+00	\\x0282039c06fe090000096d656d6265722d3036011037343366656364663939663534356436063339382e3030020870757263686173659c069c060180bebdd10d000000000002020698eb9f980d000307063339382e3030
event:order-member-12-2026-02-05	\\xa4739308df5b47ccec4665f5463d524904ecd944495b39f79e57f74a548b2735	\N	2026-12-07 02:49:07.9248+00	\\x02860366d4030000096d656d6265722d31320110373433666563646639396635343564360535312e32350208707572636861736566660180bebdd10d0000000000020206a8b4a0980d0003060535312e3235
event:order-member-14-2026-02-05	\\x398c87eaf8e41e480ad9ee2eb663f31fda5b7923a1f383274b175621e4b98137	\N	2026-12-07 02:49:07.9248+00	\\x0288033af0030000096d656d6265722d31340110373433666563646639396635343564360532392e3235020870757263686173653a3a0180bebdd10d0000000000020206d8cca0980d0003060532392e3235
redeem-member-01-2026-02-05	\\x591129a4857cb0dcff0d8370de7e2d523d950b4bcd38395eca306a34f0afdf3a	\N	2026-12-07 02:49:07.9248+00	\\x02fe02d70492490000096d656d6265722d30310000
event:order-member-05-2026-02-06	\\x92b8358b6e7f30b02f3171f980387a3e0569fcea08e729c3261593f474b1adb6	\N	2026-12-07 02:49:07.965312+00	\\x028a03d601981d0000096d656d6265722d30350110373433666563646639396635343564360538362e323502087075726368617365d601d6010180bebdd10d0000000653696c7665720004020680a5aa980d0003060538362e323504070653696c7665720506e0cc80980d00
event:order-member-05-2026-02-06-b	\\x1ee12016b700d2f7b0279e7568e722e68c94807be3da9089ba4c1bbb81aa5938	\N	2026-12-07 02:49:07.965312+00	\\x028c03e607fe240000096d656d6265722d3035011037343366656364663939663534356436063339392e353002087075726368617365e607e6070180bebdd10d0000000653696c7665720004020680a5aa980d000307063339392e353004070653696c7665720506e0cc80980d00
event:order-member-19-2026-02-06	\\xd787bfced2b8801b11aa8e84dd0e81d1b181d67c8ae2b0e4436fe1d47c3e8508	\N	2026-12-07 02:49:07.965312+00	\\x028e033e82020000096d656d6265722d31390110373433666563646639396635343564360533312e3530020870757263686173653e3e0180bebdd10d0000000000020206d0cfab980d0003060533312e3530
event:order-member-27-2026-02-06	\\xa1a805db1a35f85df7be171090f19ce131e5bb5ece7183e52f77ec04e7305b22	\N	2026-12-07 02:49:07.965312+00	\\x02920344d0010000096d656d6265722d32370110373433666563646639396635343564360533342e37350208707572636861736544440180bebdd10d000000000002020690b1ac980d0003060533342e3735
spend-member-21-2026-02-06	\\x3fc0228617781cdf6d98c8da2685c7e8617fb180daaba52d317e017c7465a611	\N	2026-12-07 02:49:07.965312+00	\\x029003690e0000096d656d6265722d32310000
event:order-member-09-2026-02-07	\\x262c0f7948d8e8d7ae19e8f18562d9dc62571d9508860a56f4b92533fa4fe8da	\N	2026-12-07 02:49:08.010991+00	\\x029403ba01c2030000096d656d6265722d30390110373433666563646639396635343564360539332e373502087075726368617365ba01ba010180bebdd10d0000000000020206e09bb5980d0003060539332e3735
event:order-member-01-2026-02-08	\\x7fbe73c77bfabcb0d3662752299355e92a4e4bcf10d5969d51d3dfcdfd140378	\N	2026-12-07 02:49:08.052696+00	\\x02960362f4490000096d656d6265722d30310110373433666563646639396635343564360533332e30300208707572636861736562620180bebdd10d00000004476f6c6400040206a080bf980d0003060533332e3030040504476f6c640506c0cea3f80c00
event:order-member-13-2026-02-08	\\xfdd84adb78dd2f95472406de30382a9888ae70ef1b162bdc53ba6479368586d2	\N	2026-12-07 02:49:08.052696+00	\\x029c037ae0020000096d656d6265722d31330110373433666563646639396635343564360536312e3030020870757263686173657a7a0180bebdd10d0000000000020206c092c0980d0003060536312e3030
event:order-member-18-2026-02-08	\\xae6860b04bc79384d566b5ac499aa9e00aa522a787f55e82fcd5d09ca7fbb769	\N	2026-12-07 02:49:08.052696+00	\\x029e038001e4010000096d656d6265722d31380110373433666563646639396635343564360536342e373502087075726368617365800180010180bebdd10d0000000000020206b8cfc0980d0003060536342e3735
event:sign-in-member-04-2026-02-08	\\x88bb841137336e970513bf1fa18b5666cf5df83126a61e944a524950f4c9fc06	\N	2026-12-07 02:49:08.052696+00	\\x0298030ae4120000096d656d6265722d30340110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206e8a4bf980d0004070653696c7665720506d88bba960d00
event:sign-in-member-12-2026-02-08	\\xf77791eafb9e3d9082904a30d7ca78f494e8997bdf59b5534d5014b74468a3e7	\N	2026-12-07 02:49:08.052696+00	\\x029a030ade030000096d656d6265722d31320110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206a886c0980d00
refund-05-b-1	\\xb0a3d5da95e92ead36a2a5c41f3651e72937fd1f1e5b3c8bf719bf5dc353a133	\N	2026-12-07 02:49:08.086258+00	\\x02a003c801c6260000096d656d6265722d30350000
refund-05-b-2	\\xa8fcb4904aec77f1a7549b9e2ed17e6aab37b94df8885e0a2f0bbdaa82188520	\N	2026-12-07 02:49:08.089624+00	\\x02a20364aa270000096d656d6265722d30350000
refund-05-b-3	\\xc945d49527aabb796b0878bd3b3051375df3985d2ed5173accfa7559ddf2a83c	\N	2026-12-07 02:49:08.092547+00	\\x02a403f4039e2b0000096d656d6265722d30350000
event:order-member-01-2026-02-09	\\x2a6e27018e3c76f1e4f34bb2ba361d7d6979e93355ec86d3521379b1319d7145	\N	2026-12-07 02:49:08.099507+00	\\x02a80396028a4c0000096d656d6265722d30310110373433666563646639396635343564360539322e373502087075726368617365960296020180bebdd10d00000004476f6c6400040206a0c6c9980d0003060539322e3735040504476f6c640506c0cea3f80c00
refund-order-member-06-2026-03-12	\\xa24f4930a8693d92ef7b4b383cf8c4ae5f081afe864f96bc2564da4b68825366	\N	2026-12-07 02:49:09.398612+00	\\x02ca0641cc0c0000096d656d6265722d3036000107020000
event:order-member-01-2026-02-09-b	\\xd87854acd801c517bc97f97dbe2660c9566e6ea6a64eed9240abd9a4ee54e462	\N	2026-12-07 02:49:08.099507+00	\\x02aa03ea04f4500000096d656d6265722d3031011037343366656364663939663534356436063230362e303002087075726368617365ea04ea040180bebdd10d00000004476f6c6400040206a0c6c9980d000307063230362e3030040504476f6c640506c0cea3f80c00
event:order-member-21-2026-02-09	\\xcb1d5bbf17f4e895bf8558a782ecd7e4f65cf6e3973abe467c30607da6f51eb5	\N	2026-12-07 02:49:08.099507+00	\\x02ae03bc01ca010000096d656d6265722d32310110373433666563646639396635343564360539342e373502087075726368617365bc01bc010180bebdd10d000000000002020680bacb980d0003060539342e3735
refund-order-member-12-2026-02-05	\\xa99641eff6480f84a0bc31b4492731100d32450e3bb36fa31fe4c210a7d9f148	\N	2026-12-07 02:49:08.099507+00	\\x02ac0365f8020000096d656d6265722d3132000107020000
event:streak-19-2026-02-10	\\x8d287e15eb4ffd00b356b799b2088e42ec8295f7dce944eb0155a4a319ee117c	\N	2026-12-07 02:49:08.11939+00	\\x02b0030a8c020000096d656d6265722d31390110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f8c5d3980d00
event:order-member-08-2026-02-10	\\x30ebc73dd77dec1de220d419c70e6b3f23d922fb3e5a546732f8c6d673bb1c3c	\N	2026-12-07 02:49:08.126591+00	\\x02b203ac01f0030000096d656d6265722d30380110373433666563646639396635343564360538362e353002087075726368617365ac01ac010180bebdd10d0000000000020206c8e1d4980d0003060538362e3530
event:order-member-27-2026-02-10	\\x72b7f238fbaaa5158f5681d9ba09263811eca10fb394a9b78c4c157d4d23d450	\N	2026-12-07 02:49:08.126591+00	\\x02b8034696020000096d656d6265722d32370110373433666563646639396635343564360533352e30300208707572636861736546460180bebdd10d000000000002020690c9d6980d0003060533352e3030
event:sign-in-member-13-2026-02-10	\\x09f456d950db4af72ea7250fad0557eea7be23b809ee60d35df0f3cb8507c205	\N	2026-12-07 02:49:08.126591+00	\\x02b6030aea020000096d656d6265722d31330110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c09ed5980d00
spend-member-09-2026-02-10	\\xf0b1f8413ff402ffd9997f958452baa6250740440e83815195f6e99c0f267424	\N	2026-12-07 02:49:08.126591+00	\\x02b4033d84030000096d656d6265722d30390000
event:streak-19-2026-02-11	\\xceb01e940af328b99bfe8a56fc6a2035b5acb89c23a6354cac903e2345562047	\N	2026-12-07 02:49:08.156137+00	\\x02bc030a96020000096d656d6265722d31390110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f88bde980d00
event:order-member-07-2026-02-11	\\x86f54ebc87c2f7dfd6072e3dfec8de2c828b605cb515b2a5c3f957dc72c84b20	\N	2026-12-07 02:49:08.160698+00	\\x02be039601ae020000096d656d6265722d30370110373433666563646639396635343564360537352e353002087075726368617365960196010180bebdd10d0000000000020206b09bdf980d0003060537352e3530
event:order-member-19-2026-02-11	\\xbd08011a548259ede56853e8e3b72d28c0517cf2ec5bd5703dbd45a49029bd77	\N	2026-12-07 02:49:08.160698+00	\\x02c40366fc020000096d656d6265722d31390110373433666563646639396635343564360535312e32350208707572636861736566660180bebdd10d0000000000020206d0ade0980d0003060535312e3235
event:order-member-20-2026-02-11	\\x306cff393bd6c80da8cbe808673bc901d86a92be8775f50dd62fbeff9d2ea605	\N	2026-12-07 02:49:08.160698+00	\\x02c60378f2030000096d656d6265722d32300110373433666563646639396635343564360536302e30300208707572636861736578780180bebdd10d0000000000020206e8b9e0980d0003060536302e3030
event:order-member-22-2026-02-11	\\x2148af4aad7fa7ac048d21029be2d707f4dfa9c9b2a02d5194d6e19c45a1684f	\N	2026-12-07 02:49:08.160698+00	\\x02c8038e01a4020000096d656d6265722d32320110373433666563646639396635343564360537312e3235020870757263686173658e018e010180bebdd10d000000000002020698d2e0980d0003060537312e3235
event:order-member-28-2026-02-11	\\x76e00aca50c26bed3ac3d2cf41c25ccb783698fb5373ac45a2f927f49128d7dc	\N	2026-12-07 02:49:08.160698+00	\\x02ca036ed2010000096d656d6265722d32380110373433666563646639396635343564360535352e3530020870757263686173656e6e0180bebdd10d0000000000020206a89be1980d0003060535352e3530
event:sign-in-member-16-2026-02-11	\\xcdada4a46b2c7c0a9fdd6091239e5f6826960762259517fc74ad29443f434374	\N	2026-12-07 02:49:08.160698+00	\\x02c0030a6e0000096d656d6265722d31360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d00000000000102068889e0980d00
event:sign-in-member-17-2026-02-11	\\x60a1292fe55620deb11705f77ee8d694e2f22dd52bd68bda798eb595ed82dd3d	\N	2026-12-07 02:49:08.160698+00	\\x02c2030abc020000096d656d6265722d31370110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206a095e0980d00
event:streak-19-2026-02-12	\\x48907206d259aa7eb4a4710de0bd9ce45dfb7d34aafa0abc9ee346904fae8427	\N	2026-12-07 02:49:08.19256+00	\\x02d6030a86030000096d656d6265722d31390110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f8d1e8980d00
event:review-20-2026-02-12	\\x56205fd62d5a7615f522284bec8100d27ec36cf3e4da93cf3ef7502ecbe3c83e	\N	2026-12-07 02:49:08.194257+00	\\x02d803289a040000096d656d6265722d323001103734336665636466393966353435643600020672657669657728280180bebdd10d00000000000102068083ee980d00
event:order-member-21-2026-02-12	\\x16ea8ab21afb540e024116e08e4c6bf4f9b1621601d68c1f899df4ab7c19e991	\N	2026-12-07 02:49:08.198526+00	\\x02dc0364ae020000096d656d6265722d32310110373433666563646639396635343564360535302e37350208707572636861736564640180bebdd10d0000000000020206808ceb980d0003060535302e3735
event:sign-in-member-06-2026-02-12	\\x2aaa3b3101a6f63eb66adea78af49586b79f8e76bb3e20ee417a7b2c92759a9c	\N	2026-12-07 02:49:08.198526+00	\\x02da030a880a0000096d656d6265722d30360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d000000000001020698d5e9980d00
event:streak-19-2026-02-13	\\x5eaad53b162d3cfbd9d0e4ee5ee356c958192ea4bb01819b970825d3142c4c50	\N	2026-12-07 02:49:08.230391+00	\\x02de030a90030000096d656d6265722d31390110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f897f3980d00
event:sign-in-member-02-2026-02-13	\\x7386582945d4e3b6b1b49ef4c7f2034e2b217f6394dea66aa251b165e710762e	\N	2026-12-07 02:49:08.236168+00	\\x02e0030a84400000096d656d6265722d30320110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206b8eaf3980d0004070653696c7665720506c0e4d9f70c00
event:sign-in-member-25-2026-02-13	\\x0d372087a3b3d5da57889c26790fe5ee43f471cca2dc3756d7fa0ba1433359f6	\N	2026-12-07 02:49:08.236168+00	\\x02e2030a3c0000096d656d6265722d32350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e082f6980d00
event:sign-in-member-27-2026-02-13	\\x688390750c550562381acff8d483574f0d4afb27f88878bd8b91d0dde1fc6d69	\N	2026-12-07 02:49:08.236168+00	\\x02e4030aa0020000096d656d6265722d32370110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206909bf6980d00
event:streak-19-2026-02-14	\\x7449276fafd22ed7db2f9a92a0c133015a369f9a72bba0b0b6681ab9b03729ee	\N	2026-12-07 02:49:08.264754+00	\\x02e6030a9a030000096d656d6265722d31390110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f8ddfd980d00
event:order-member-27-2026-02-14	\\x1009194046fcd45452e63f07f922b43f2f4804045d0cf1715a50e9b3ac348c78	\N	2026-12-07 02:49:08.271208+00	\\x02ea032ccc020000096d656d6265722d32370110373433666563646639396635343564360532322e3235020870757263686173652c2c0180bebdd10d000000000002020690e180990d0003060532322e3235
refund-order-member-05-2026-02-06	\\xaf0e945df85bb9281370c3b76719c5eed02e649645d56781388be0043c9fbef4	\N	2026-12-07 02:49:08.271208+00	\\x02e803d501c8290000096d656d6265722d3035000107020000
event:streak-19-2026-02-15	\\xcc115298090f73cca89d978bbceb3237227c2f377ac31149bac5ac5fc18fcd67	\N	2026-12-07 02:49:08.300487+00	\\x02ec030aa4030000096d656d6265722d31390110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f8a388990d00
event:order-member-13-2026-02-15	\\x09cb21940ec22f8bd683b6b263f291c6a1a66955943255e65f568e1eab00f98f	\N	2026-12-07 02:49:08.302463+00	\\x02f20372dc030000096d656d6265722d31330110373433666563646639396635343564360535372e37350208707572636861736572720180bebdd10d0000000000020206c0fc89990d0003060535372e3735
event:order-member-17-2026-02-15	\\x199fd0c11c2c47c06d6ea11ac83706513bd6b1b307a49b7da3858a45a29d5b7d	\N	2026-12-07 02:49:08.302463+00	\\x02f603a001dc030000096d656d6265722d31370110373433666563646639396635343564360538302e323502087075726368617365a001a0010180bebdd10d0000000000020206a0ad8a990d0003060538302e3235
event:order-member-26-2026-02-15	\\xc58aa68df4bd4fa463f1e4dfec1f3d7423596e5860ee2f6c3278460c27115b25	\N	2026-12-07 02:49:08.302463+00	\\x02f803e002b0040000096d656d6265722d32360110373433666563646639396635343564360538382e3530030e62697274686461792d6d6f6e7468b001b0010180bebdd10d0000087075726368617365b001b0010180bebdd10d0000000000020206f89a8b990d0003060538382e3530
event:sign-in-member-06-2026-02-15	\\x7ddd3d5398e3631b7cc8467fef25582a8e2a9d9ef2dfab3a1a5fcbe1a0dce691	\N	2026-12-07 02:49:08.302463+00	\\x02ee030a920a0000096d656d6265722d30360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d000000000001020698a789990d00
event:sign-in-member-15-2026-02-15	\\xa1f22c7422395efccc137d9939ac7dad5dc7a14f3bd4649bb02ac07da4bc1aed	\N	2026-12-07 02:49:08.302463+00	\\x02f4030ace030000096d656d6265722d31350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f0948a990d00
event:order-07-r	\\xa390181bdf0548df90519cd7018cd5c95d5ff748b780a25e7c33df19fbabc953	\N	2026-12-07 02:49:08.335102+00	\\x02fc039003be050000096d656d6265722d3037011037343366656364663939663534356436063230302e303002087075726368617365900390030180bebdd10d0000000000020206e0a094990d000307063230302e3030
refund-07-r-1	\\xee9093594b5c5cfe71e9882503d187b591aee0e9528ab63265bcec5f97867862	\N	2026-12-07 02:49:08.337056+00	\\x02fe0363da040000096d656d6265722d303700010707000535302e3030
refund-07-r-2	\\xd5ed2fc91a32b1c7aa3cf7a1b8f32267907c0a60b53f42a715d51ae1a08a65d7	\N	2026-12-07 02:49:08.340218+00	\\x0280043b9e040000096d656d6265722d3037000107023c00
event:order-08-big	\\x8797b13a6fb0ff071aa3745800a867236497cd715bf8d9b2431005a86592f015	\N	2026-12-07 02:49:08.342741+00	\\x028204981188150000096d656d6265722d303801103734336665636466393966353435643607313130302e303002087075726368617365981198110180bebdd10d0000000653696c76657201020206e0a094990d00030807313130302e3030
refund-08-big	\\x05c3abc79a97bd4a71bffb56d347f72dc05e1b11ca1c6eb46f5f20645cf71ae0	\N	2026-12-07 02:49:08.352253+00	\\x0286049711f0030000096d656d6265722d3038000107020000
event:order-09-s	\\x79296af447f4bf08054b3a830ecb89999eef9d5131d9f14312f4410837b154fb	\N	2026-12-07 02:49:08.356241+00	\\x028a04bc05c0080000096d656d6265722d3039011037343366656364663939663534356436063335302e303002087075726368617365bc05bc050180bebdd10d0000000000020206e0a094990d000307063335302e3030
redeem-09-drink	\\x1ed7d1b701825f6649a0fc1adef670648782a91c558cfe5d0966f4cbb0dd452a	\N	2026-12-07 02:49:08.360226+00	\\x028c04d704e8030000096d656d6265722d30390000
spend-09-voucher	\\x38715a89a39b64e1242ab1c949ba6d8762b63b4e5e9882109be3db6cf5b5bf39	\N	2026-12-07 02:49:08.363192+00	\\x028e04ab033c0000096d656d6265722d30390000
refund-09-s	\\x5ef1889d4132d0a2e8bb979e184b773d272ca598241eb08c691165ef8e4d6565	\N	2026-12-07 02:49:08.370015+00	\\x0290043b00008005096d656d6265722d3039000107020000
event:streak-19-2026-02-16	\\x01dcfb055b8a1522ad783c264d0c55209c6fd923028b207983c21cfff64f4b21	\N	2026-12-07 02:49:08.3722+00	\\x0292046e92040000096d656d6265722d3139011037343366656364663939663534356436000310736576656e2d6461792d73747265616b64640180bebdd10d0000077369676e2d696e0a0a0180bebdd10d0000000000020206f8e992990d00060e010c372d6461792073747265616b
event:order-member-10-2026-02-15	\\x0f3c7bc05413d90dde63d5f3d474b84a15396814d147801501aaea748331804b	\N	2026-12-07 02:49:08.302463+00	\\x02f003b601bc040000227e6572617365642d6c346876667075356a74707464786361346a35786772683666710110373433666563646639396635343564360539312e323502087075726368617365b601b6010180bebdd10d0000000000020206f8d789990d0003060539312e3235
event:order-member-05-2026-02-16	\\xd1500afb6648f20203d19b1211f2bbe8a7a9ab68c18eedd8c5a289f46f092e3b	\N	2026-12-07 02:49:08.380639+00	\\x0296048a01d22a0000096d656d6265722d30350110373433666563646639396635343564360535352e3530020870757263686173658a018a010180bebdd10d0000000653696c7665720004020680e193990d0003060535352e353004070653696c7665720506e0cc80980d00
event:order-member-05-2026-02-16-b	\\x5aa9acf51cb0431a7ec17f83a0b00c1f30f39fd1b6b27cee6e5073c157671d6f	\N	2026-12-07 02:49:08.380639+00	\\x0298049606e8300000096d656d6265722d3035011037343366656364663939663534356436063331362e303002087075726368617365960696060180bebdd10d0000000653696c7665720004020680e193990d000307063331362e303004070653696c7665720506e0cc80980d00
event:order-member-07-2026-02-16	\\x55823edbf6bd3e4d8b99c1bf4c1c9dbaea4f0dd2a701fe50bd2899d5a6327e9a	\N	2026-12-07 02:49:08.380639+00	\\x029a04b201d0050000096d656d6265722d30370110373433666563646639396635343564360538392e353002087075726368617365b201b2010180bebdd10d0000000000020206b0f993990d0003060538392e3530
event:order-member-08-2026-02-16	\\x6cffadd38a17bccb80c5f8be152d8187d5bf9837d5c3522a27a30830e6a7aade	\N	2026-12-07 02:49:08.380639+00	\\x029c048001f0040000096d656d6265722d30380110373433666563646639396635343564360536342e373502087075726368617365800180010180bebdd10d0000000000020206c88594990d0003060536342e3735
event:order-member-12-2026-02-16	\\x64d84d011683a6a77fb5eee015b8f3e12467e1dcf57d207ae139c5c3f4a377dd	\N	2026-12-07 02:49:08.380639+00	\\x029e0438b0030000096d656d6265722d31320110373433666563646639396635343564360532382e32350208707572636861736538380180bebdd10d0000000000020206a8b694990d0003060532382e3235
event:order-member-21-2026-02-16	\\x273d7e854f198f0471eceb01e1fe836b5a2ad41e6caaf4d7f687ed97f3fe5dc8	\N	2026-12-07 02:49:08.380639+00	\\x02a40478a6030000096d656d6265722d32310110373433666563646639396635343564360536302e37350208707572636861736578780180bebdd10d000000000002020680a495990d0003060536302e3735
event:order-member-24-2026-02-16	\\x88a36ff87dba4971b41a87f11be06cd72e8d786b3aa699c1251c98fb92f28550	\N	2026-12-07 02:49:08.380639+00	\\x02a8045684030000096d656d6265722d32340110373433666563646639396635343564360534332e35300208707572636861736556560180bebdd10d0000000000020206c8c895990d0003060534332e3530
event:order-member-28-2026-02-16	\\x4ab991b21d071e3d887d9380486397d806d45846d257f7de4b203405178b6674	\N	2026-12-07 02:49:08.380639+00	\\x02ac0428fa010000096d656d6265722d32380110373433666563646639396635343564360532302e37350208707572636861736528280180bebdd10d0000000000020206a8f995990d0003060532302e3735
event:sign-in-member-15-2026-02-16	\\x31ae9fc0a6d85ac3038096015c4c22b1aecea71efa9e6f15314b57b0bbd2f657	\N	2026-12-07 02:49:08.380639+00	\\x02a0040ad8030000096d656d6265722d31350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f0da94990d00
event:sign-in-member-19-2026-02-16	\\x10b0ad53b1e17357faddf5bc59efc6f993b66812ab0eef9a9ef204a612c145ad	\N	2026-12-07 02:49:08.380639+00	\\x02a2046e80050000096d656d6265722d3139011037343366656364663939663534356436000310736576656e2d6461792d73747265616b64640180bebdd10d0000077369676e2d696e0a0a0180bebdd10d0000000000010206d08b95990d00
event:sign-in-member-23-2026-02-16	\\xe59184aa067d08e15833a27d4798b2c41efa379c4a04b24b56e4e8788b3fd2e3	\N	2026-12-07 02:49:08.380639+00	\\x02a6040ab4030000096d656d6265722d32330110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206b0bc95990d00
event:sign-in-member-27-2026-02-16	\\xd4c46b2926d026d86bee6a4a5a4230b2d6e2facf983e9a53dfb4b41136df9fb6	\N	2026-12-07 02:49:08.380639+00	\\x02aa040ad6020000096d656d6265722d32370110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d000000000001020690ed95990d00
refund-order-member-09-2026-02-07	\\x3debb9426880034c4e84ded81cfeccc51d6541b7aeb37b4a9440c130d89ae1dd	\N	2026-12-07 02:49:08.419109+00	\\x02ae04000000ba01096d656d6265722d3039000107020000
spend-member-28-2026-02-17	\\x9cce7aff52166cc04b12e7f561661ac31d83ac653e61fab8454e44588f9db97d	\N	2026-12-07 02:49:08.419109+00	\\x02b0046198010000096d656d6265722d32380000
event:order-member-05-2026-02-18	\\x90453d806a10951f008ebf9356042aafc7cc79f5da2cc5183b817ef45adaad15	\N	2026-12-07 02:49:08.443057+00	\\x02b2048c01f4310000096d656d6265722d30350110373433666563646639396635343564360535362e3530020870757263686173658c018c010180bebdd10d0000000653696c7665720004020680eda8990d0003060535362e353004070653696c7665720506e0cc80980d00
event:review-member-24-2026-02-18	\\x1ecf7a4a56bf7b32c39d0acd6378f0ffd0236d7f982ec1e24c7094a46217abc3	\N	2026-12-07 02:49:08.443057+00	\\x02b40428ac030000096d656d6265722d323401103734336665636466393966353435643600020672657669657728280180bebdd10d0000000000010206c8d4aa990d00
event:review-20-2026-02-19	\\x0512c0352898cf1abb8f55f88d9d2e210e0c2191f8dae4936d12baacf9801a9f	\N	2026-12-07 02:49:08.480091+00	\\x02c00428c2040000096d656d6265722d323001103734336665636466393966353435643600020672657669657728280180bebdd10d000000000001020680edb7990d00
event:order-member-24-2026-02-19	\\x7a1588b3597b1fe8919efd36f0826b2560c05e72a57e2e74aee1a397bbdf7d58	\N	2026-12-07 02:49:08.489096+00	\\x02c40478a4040000096d656d6265722d32340110373433666563646639396635343564360536302e37350208707572636861736578780180bebdd10d0000000000020206c89ab5990d0003060536302e3735
event:order-member-27-2026-02-19	\\xe621e3ec0efbb949d9b26bea03f26f19ddd222f92606363471adefc44f2d6e03	\N	2026-12-07 02:49:08.489096+00	\\x02c6045eb4030000096d656d6265722d32370110373433666563646639396635343564360534372e3030020870757263686173655e5e0180bebdd10d000000000002020690bfb5990d0003060534372e3030
refund-order-member-08-2026-02-16	\\x591658f392984d3c2873e8e8a390c1cacb008792f8a97847cdde2dea6bd49905	\N	2026-12-07 02:49:08.489096+00	\\x02c2047ff0030000096d656d6265722d3038000107020000
event:order-member-11-2026-02-20	\\x15ca407cfc56057e733da5224dbc7b17d369d14175db2eeeb807cbb9e05cdb63	\N	2026-12-07 02:49:08.523041+00	\\x02ca04b201ba070000096d656d6265722d31310110373433666563646639396635343564360538392e303002087075726368617365b201b2010180bebdd10d000000000002020690c2be990d0003060538392e3030
event:order-member-13-2026-02-20	\\x277836b357e1b22c278eb8c16b3709d63e4b4c4eb7f51a70ba487cc237d160fe	\N	2026-12-07 02:49:08.523041+00	\\x02cc048601e2040000096d656d6265722d31330110373433666563646639396635343564360536372e323502087075726368617365860186010180bebdd10d0000000000020206c0dabe990d0003060536372e3235
event:order-member-17-2026-02-20	\\x6f0889681ef9b0b11c69b3251d23473e416b37304acc11e9b4c1525f9b340ef0	\N	2026-12-07 02:49:08.523041+00	\\x02d004b80194050000096d656d6265722d31370110373433666563646639396635343564360539322e353002087075726368617365b801b8010180bebdd10d0000000000020206a08bbf990d0003060539322e3530
event:order-member-20-2026-02-20	\\x3fa4aef16e6a29544dd7244be3ef256151e15ed28702e29f6d3a57787f8165b0	\N	2026-12-07 02:49:08.523041+00	\\x02d2048601c8050000096d656d6265722d32300110373433666563646639396635343564360536372e373502087075726368617365860186010180bebdd10d0000000000020206e8afbf990d0003060536372e3735
event:sign-in-member-16-2026-02-20	\\x0feb6ad7e8ac650de13d71eca156a452eb20d186b736e4d9a2a753e462f9a1ec	\N	2026-12-07 02:49:08.523041+00	\\x02ce040a780000096d656d6265722d31360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d000000000001020688ffbe990d00
event:order-member-02-2026-02-21	\\x959b14dd90d7389da6f083a3f5342b1c38944a42b86d999eb7d05ede17c9b74c	\N	2026-12-07 02:49:08.557834+00	\\x02d4047e82410000096d656d6265722d30320110373433666563646639396635343564360535302e3735020870757263686173657e7e0180bebdd10d0000000653696c76657200040206b89ac8990d0003060535302e373504070653696c7665720506c0e4d9f70c00
event:order-member-17-2026-02-21	\\x4a90a9d12582b8c62d036fcac1f00338df2f8b0d85d26087bdb4e4335bb6de69	\N	2026-12-07 02:49:08.557834+00	\\x02dc04820196060000096d656d6265722d31370110373433666563646639396635343564360536352e373502087075726368617365820182010180bebdd10d0000000000020206a0d1c9990d0003060536352e3735
event:sign-in-member-04-2026-02-21	\\x7c26b5327d5c2ab5398a7cf75fe5bbeadfec97045bc2ca722937ee9272ebcf0f	\N	2026-12-07 02:49:08.557834+00	\\x02d6040aee120000096d656d6265722d30340110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206e8b2c8990d0004070653696c7665720506d88bba960d00
event:sign-in-member-05-2026-02-21	\\xe9cf20255809a04f60485d44d26e666f82cf2bde5211e96f82346570bc2c42ec	\N	2026-12-07 02:49:08.557834+00	\\x02d8040afe310000096d656d6265722d30350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020680bfc8990d0004070653696c7665720506e0cc80980d00
event:sign-in-member-19-2026-02-21	\\x722066b0d1d4d5ce828c9da7eaecf1109c471095e8670761c6f66ba3acaf7f29	\N	2026-12-07 02:49:08.557834+00	\\x02de040a8a050000096d656d6265722d31390110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d0e9c9990d00
event:sign-in-member-21-2026-02-21	\\x8e3c8cf370415e525e72c27e0ede7ce75ec5527a69c5c2aed86b6a28b856ccb0	\N	2026-12-07 02:49:08.557834+00	\\x02e0040ab0030000096d656d6265722d32310110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d00000000000102068082ca990d00
event:sign-in-member-25-2026-02-21	\\x8d3e20483528a03b21b1936f866cd76b55ee11b33d9d6af047bc3823200ae13b	\N	2026-12-07 02:49:08.557834+00	\\x02e2040a460000096d656d6265722d32350110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e0b2ca990d00
event:sign-in-member-26-2026-02-21	\\x6fcaf05e46f487385b5040ac04ef27191451bcd775ca8b6ce68edbdf224df860	\N	2026-12-07 02:49:08.557834+00	\\x02e4040aba040000096d656d6265722d32360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f8beca990d00
spend-member-14-2026-02-21	\\x95068f3156751bfabc068ce0c38911b8a8b190751a143c24b98fc43d4414239e	\N	2026-12-07 02:49:08.557834+00	\\x02da042bc4030000096d656d6265722d31340000
spend-member-30-2026-02-21	\\x61c8858fd7b1474a05567c03c2a3df09c43d9ab4a9b8f6573f991c52263c7fa8	\N	2026-12-07 02:49:08.557834+00	\\x02e8045f680000096d656d6265722d33300000
event:order-member-12-2026-02-22	\\x686ec9d22956ed55823518cbdb8748c0dec2f91a66d60e15d17e9e45a0b0daa3	\N	2026-12-07 02:49:08.597701+00	\\x02ec043eee030000096d656d6265722d31320110373433666563646639396635343564360533312e3530020870757263686173653e3e0180bebdd10d0000000000020206a8dad3990d0003060533312e3530
adjust-14	\\xb2798a27e1e0483cf571ca7d7f9b86a4f930fe716f66ba15315c527a0acea8eb	\N	2026-12-07 02:49:08.63692+00	\\x02ee04f001b4050000096d656d6265722d31340000
adjust-15	\\x53fde1561a268ed5f1653f52ba9e58cd4e777e5eff7ced0fa402970cd4b31136	\N	2026-12-07 02:49:08.640448+00	\\x02f00413c4030000096d656d6265722d31350000
penalty-16	\\x79d0958d0e2649cde0ff0d52586b803d508bac06aaf3004c3446f2aa9b5302e1	\N	2026-12-07 02:49:08.645561+00	\\x02f20427500000096d656d6265722d31360000
event:order-17-gift	\\x1b1edb80e3183fc51b2b47dd7946d91c4c6719757a97372e5999339f5e6b97d6	\N	2026-12-07 02:49:08.64857+00	\\x02f404940aaa100000096d656d6265722d3137011037343366656364663939663534356436063635302e303002087075726368617365940a940a0180bebdd10d0000000653696c76657201020206e08ade990d000307063635302e3030
redeem-17-gift	\\x3889194d0b9eb8d18ea86a6c48c6194af383132dcdad76f1359dce892fb86fed	\N	2026-12-07 02:49:08.65044+00	\\x02f804e707c2080000096d656d6265722d3137000101060531392e3930
event:order-member-23-2026-02-23	\\x0e004fd24d1a2e4e26dcb562d7a36227f0631cb8d6d7cc04f80a3889a4b80024	\N	2026-12-07 02:49:08.654624+00	\\x028405588c040000096d656d6265722d32330110373433666563646639396635343564360534342e32350208707572636861736558580180bebdd10d0000000000020206b0a6df990d0003060534342e3235
event:sign-in-member-07-2026-02-23	\\x53ec6e69eb25577cc1463d993033f2842b166350be41296d564b385a3b5c0451	\N	2026-12-07 02:49:08.654624+00	\\x02fa040ada050000096d656d6265722d30370110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206b0e3dd990d00
event:sign-in-member-14-2026-02-23	\\x4ef4f4c036a73dfa3d367188a57ca383e853d203b33f12c4673bcd34020bdcc1	\N	2026-12-07 02:49:08.654624+00	\\x0280050abe050000096d656d6265722d31340110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d8b8de990d00
event:sign-in-member-18-2026-02-23	\\x618202d23fa9f481549fcd20b846f021431b2c051e0d7026c37a5353598b89c9	\N	2026-12-07 02:49:08.654624+00	\\x0282050aee010000096d656d6265722d31380110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206b8e9de990d00
event:sign-in-member-30-2026-02-23	\\x8b496200f05f20450e8db956afc4f026d2f4e957f737761dbd9892420d6e6d93	\N	2026-12-07 02:49:08.654624+00	\\x0286050a720000096d656d6265722d33300110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d8fbdf990d00
refund-order-member-11-2026-02-20	\\x630634c2304cfcdc0dc757c018ed942b374e0158b1385dc1fb79e07b4698f81a	\N	2026-12-07 02:49:08.654624+00	\\x02fc04b10188060000096d656d6265722d3131000107020000
refund-order-member-12-2026-02-22	\\x11b3283306e80d2f7a2d6d582a3b81c1f4f1a43aaaba3127f712604e595b3b1f	\N	2026-12-07 02:49:08.654624+00	\\x02fe043db0030000096d656d6265722d3132000107020000
refund-order-member-27-2026-02-19	\\xdf00d16396a0e3d79846173ccb46c3dfdbbeb752c157ceb2348034c66cf0f83e	\N	2026-12-07 02:49:08.727156+00	\\x028c055dd6020000096d656d6265722d3237000107020000
spend-member-05-2026-02-25	\\x2337a2ec90341d0875aa00b12dc1c4389453fc5ca09a1a79dd57e582c4045af2	\N	2026-12-07 02:49:08.727156+00	\\x0288056994310000096d656d6265722d30350000
spend-member-24-2026-02-25	\\x9aabed20bad210b26097185a9114d9f7419355d69c2622f27f06042eb84e9de5	\N	2026-12-07 02:49:08.727156+00	\\x028a0551d2030000096d656d6265722d32340000
event:review-20-2026-02-26	\\x7ab8831514d96443169c991ee15422a34a2f047eb3bb96515f624c6897e5cc6e	\N	2026-12-07 02:49:08.763064+00	\\x02980528f0050000096d656d6265722d323001103734336665636466393966353435643600020672657669657728280180bebdd10d000000000001020680d7819a0d00
event:order-member-01-2026-02-26	\\x4d92f3de5108601ecfecbbfff7aac5effb9f79459fed5159a3b839126aac964a	\N	2026-12-07 02:49:08.768709+00	\\x029a05cc01c0520000096d656d6265722d30310110373433666563646639396635343564360536382e323502087075726368617365cc01cc010180bebdd10d00000004476f6c6400040206a0ecfc990d0003060536382e3235040504476f6c640506c0cea3f80c00
event:order-member-01-2026-02-26-b	\\x7a8369413691e6319eeb0a2ac7b246523e169859e5e9724ed802808d3fb06cf1	\N	2026-12-07 02:49:08.768709+00	\\x029c059606d6580000096d656d6265722d3031011037343366656364663939663534356436063236332e373502087075726368617365960696060180bebdd10d00000004476f6c6400040206a0ecfc990d000307063236332e3735040504476f6c640506c0cea3f80c00
event:order-member-07-2026-02-26	\\x2be7e3553f11e333ebb6408a2fbf9b07de351914d1fa970218f075c9f23b4211	\N	2026-12-07 02:49:08.768709+00	\\x02a0053c96060000096d656d6265722d30370110373433666563646639396635343564360533302e3030020870757263686173653c3c0180bebdd10d0000000000020206b0b5fd990d0003060533302e3030
event:review-member-04-2026-02-26	\\x11baadb0b93f1bf7b91c6689aabaffea5098433a4728591554b18c74e0bce9f1	\N	2026-12-07 02:49:08.768709+00	\\x029e052896130000096d656d6265722d303401103734336665636466393966353435643600020672657669657728280180bebdd10d0000000653696c76657200030206e890fd990d0004070653696c7665720506d88bba960d00
event:review-member-14-2026-02-26	\\x32b656b06e1c432daac63e08ebce704ba0443895866146e3bf88926d434d9cd1	\N	2026-12-07 02:49:08.768709+00	\\x02a20528e6050000096d656d6265722d313401103734336665636466393966353435643600020672657669657728280180bebdd10d0000000000010206d88afe990d00
event:sign-in-member-26-2026-02-26	\\xcbb70c39b512d2bbdd3a31e8d61dea357f9d8aa4326feefb7e7f1d32b6a155e7	\N	2026-12-07 02:49:08.768709+00	\\x02a4050ac4040000096d656d6265722d32360110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f89cff990d00
event:sign-in-member-07-2026-02-27	\\x94624419012c2e9b63c42a925d22e3151a15e5557d7ecc86057f8829c687bc5e	\N	2026-12-07 02:49:08.800109+00	\\x02a8050aa0060000096d656d6265722d30370110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206b0fb879a0d00
event:sign-in-member-20-2026-02-27	\\xcc066eec66a89ace0cf869a767785f490a9c680b3e2ef810f90103115cc56188	\N	2026-12-07 02:49:08.800109+00	\\x02aa050afa050000096d656d6265722d32300110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206e899899a0d00
event:sign-in-member-28-2026-02-27	\\x96b7772fa0b12fcd5aa0ec2ad5eafe57fbc2a84a21b5bfc8e5b313eb83952a7d	\N	2026-12-07 02:49:08.800109+00	\\x02ac050aa2010000096d656d6265722d32380110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206a8fb899a0d00
spend-member-06-2026-02-27	\\x748f4b4562ed9dbc13c65be876f37c7be7faa4859a5e32bee8e6c6549b5f1ca8	\N	2026-12-07 02:49:08.800109+00	\\x02a6055fb2090000096d656d6265722d30360000
event:order-member-19-2026-02-28	\\xd04bfbf9b790aea4af6b97a4b95a965f4824c2dd020ae040466b461a869833ff	\N	2026-12-07 02:49:08.838794+00	\\x02ae05ae01b8060000096d656d6265722d31390110373433666563646639396635343564360538372e353002087075726368617365ae01ae010180bebdd10d0000000000020206d0d3939a0d0003060538372e3530
event:order-member-20-2026-02-28	\\x968e728f36af6ab73ff2b9201594c31e11e5d476821b0fa1de3784173782a179	\N	2026-12-07 02:49:08.838794+00	\\x02b005ae01a8070000096d656d6265722d32300110373433666563646639396635343564360538372e373502087075726368617365ae01ae010180bebdd10d0000000000020206e8df939a0d0003060538372e3735
event:order-member-24-2026-02-28	\\x2abd00fb48638c51e82e59b216b1ec27d9db436900ca429e7c6572da7ccfab82	\N	2026-12-07 02:49:08.838794+00	\\x02b205a801fa040000096d656d6265722d32340110373433666563646639396635343564360538342e323502087075726368617365a801a8010180bebdd10d0000000000020206c890949a0d0003060538342e3235
event:order-member-18-2026-03-01	\\x984fcb883f941ea3aa9bd901bcb3cfe1c606ee8594142a4dba559b434f63a8ae	\N	2026-12-07 02:49:08.895016+00	\\x02c60538a6020000096d656d6265722d31380110373433666563646639396635343564360532382e30300208707572636861736538380180bebdd10d0000000000020206b88d9e9a0d0003060532382e3030
event:sign-in-member-11-2026-03-01	\\xf9e8144b0fc3e70d6722cdfcd5bfcec4f6f042fccc946eb396e3b9b72abe8a14	\N	2026-12-07 02:49:08.895016+00	\\x02c0050a92060000096d656d6265722d31310110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d000000000001020690b89d9a0d00
event:sign-in-member-14-2026-03-01	\\xfc844e7111a88fc9764c4af5f5a29f60ad1e41d5a55f8211c81f412f53c34585	\N	2026-12-07 02:49:08.895016+00	\\x02c2050af0050000096d656d6265722d31340110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206d8dc9d9a0d00
event:sign-in-member-17-2026-03-01	\\x1f762f2998dd74a78eb44b103f58dd8a80c86a0826cb1d9c7d5d8073a85b2b7a	\N	2026-12-07 02:49:08.895016+00	\\x02c4050acc080000096d656d6265722d31370110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206a0819e9a0d0004070653696c7665720506e08ade990d00
redeem-member-05-2026-03-01	\\x9cf5cdac4a6cc54e5a0ba3e608d1909aea3c8e8975741d3b1062600f19b7232a	\N	2026-12-07 02:49:08.895016+00	\\x02be05d704bc2c0000096d656d6265722d30350000
event:order-14-bday	\\x01d3fb592036c77013eb10f0734a7b06a27eb123988bd2c5b1e0c7431d16712d	\N	2026-12-07 02:49:08.934736+00	\\x02c805e003d0090000096d656d6265722d3134011030613061633938383938616136383666063132302e3030030e62697274686461792d6d6f6e7468f001f0010180bebdd10d0000087075726368617365f001f0010180bebdd10d0000000000020206e0f4a79a0d000307063132302e3030
redeem-01-mug	\\xc7b7e7f18cb6b310f72a9075759fea7ca6887758c6ef1495e8df4c73349d1481	\N	2026-12-07 02:49:08.936727+00	\\x02ca05bf0c964c0000096d656d6265722d30310000
redeem-02-mug	\\x43d191c9b7f7c39eb0cbab0d9ed6def754dc1d35be8cc5ab282b3a3d5770bd8e	\N	2026-12-07 02:49:08.946145+00	\\x02cc05bf0c84340000096d656d6265722d30320000
cancel-02-mug	\\xf6890c4164c42112b67bdd7c02d65cf0f5516d47b87ef17419275de986c5a3fa	\N	2026-12-07 02:49:08.951327+00	\\x02ce05c00cc4400000096d656d6265722d30320000
event:sign-in-member-16-2026-03-02	\\x07a64e8e1cf02099b6f879beb2bccdeb49f97b8d3c80e79c26cc39fb11a43e47	\N	2026-12-07 02:49:08.953688+00	\\x02d0050a5a0000096d656d6265722d31360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020688bba89a0d00
event:sign-in-member-24-2026-03-02	\\x03c675e1f94cedf1148b3f1ece863636044d2a8b93eafb855275c11e81a7d866	\N	2026-12-07 02:49:08.953688+00	\\x02d2050a84050000096d656d6265722d32340110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c89ca99a0d00
event:order-member-16-2026-03-03	\\xec0d320b5c2cf79bb9c652da795392047e7c124fd83e539b471f9adb7fa5845f	\N	2026-12-07 02:49:08.995663+00	\\x02d605b80192020000096d656d6265722d31360110306130616339383839386161363836660539322e373502087075726368617365b801b8010180bebdd10d00000000000202068881b39a0d0003060539322e3735
event:order-member-18-2026-03-03	\\x097fbe1321e6bc6e13af2d178919642aac5a61f156d6ecdec1e47e79e7486ad4	\N	2026-12-07 02:49:08.995663+00	\\x02d80528ce020000096d656d6265722d31380110306130616339383839386161363836660532302e32350208707572636861736528280180bebdd10d0000000000020206b899b39a0d0003060532302e3235
event:review-member-14-2026-03-03	\\xbe4c54b262dfe7d41f8cdfa9d6673ceac9ac4f2670fe28fc243468af951ad943	\N	2026-12-07 02:49:08.995663+00	\\x02d40532820a0000096d656d6265722d313401103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206d8e8b29a0d00
event:order-member-16-2026-03-04	\\xd9e45aef2411cf4d9214197efb3df52c456747c1f0782a82d1cad729c590f591	\N	2026-12-07 02:49:09.012984+00	\\x02dc0588019a030000096d656d6265722d31360110306130616339383839386161363836660536382e353002087075726368617365880188010180bebdd10d000000000002020688c7bd9a0d0003060536382e3530
event:sign-in-member-25-2026-03-04	\\x8e23ab10e36ce5c3e4bc7b28ea4911f6feaea1c7e0165b4464402c1e74bc6771	\N	2026-12-07 02:49:09.012984+00	\\x02de050a500000096d656d6265722d32350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206e0b4be9a0d00
redeem-member-01-2026-03-04	\\xe5a5eb99be798a63939baaa27aa3c5bfbe03cebe298f16cd8db5c87f09424414	\N	2026-12-07 02:49:09.012984+00	\\x02da05d704be470000096d656d6265722d30310000
event:review-20-2026-03-05	\\xa23fbe0dc577eb68138cc2cc61cb71edef2c8a11bb36d4fe74e78f03186a762a	\N	2026-12-07 02:49:09.04528+00	\\x02e00532da070000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d000000000001020680c1cb9a0d00
event:order-member-02-2026-03-05	\\x3e729711d5f9992961fee48e6bcc71fb5f765f28d69d4b78a28d87e33e64f8a1	\N	2026-12-07 02:49:09.047043+00	\\x02e20530f4400000096d656d6265722d30320110306130616339383839386161363836660531392e35300208707572636861736530300180bebdd10d0000000653696c76657200040206b8e2c69a0d0003060531392e353004070653696c766572050680a59a9a0d00
event:order-member-07-2026-03-05	\\xdecb3325368c76321d26415560b49b7b93c56132553211d3b41447a90c70927c	\N	2026-12-07 02:49:09.047043+00	\\x02e4059601b6070000096d656d6265722d30370110306130616339383839386161363836660537352e303002087075726368617365960196010180bebdd10d0000000000020206b09fc79a0d0003060537352e3030
event:sign-in-member-08-2026-03-05	\\x866998c89ce4b4e898b3bb9375fe9d8aec1329937b9881f577f4d9f111e23a44	\N	2026-12-07 02:49:09.047043+00	\\x02e6050afa030000096d656d6265722d30380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c8abc79a0d00
event:sign-in-member-14-2026-03-05	\\x4678600396ca8375bc7bf6177e9030fad2fb25f57c2f4a077def7ca859764427	\N	2026-12-07 02:49:09.047043+00	\\x02e8050a8c0a0000096d656d6265722d31340110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d8f4c79a0d00
event:sign-in-member-27-2026-03-05	\\x00efe368695777087f9f59e9445e0b899f3210af66486d6f1c234a53e4090d3d	\N	2026-12-07 02:49:09.047043+00	\\x02ea050ae0020000096d656d6265722d32370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d00000000000102069093c99a0d00
event:order-member-12-2026-03-06	\\x085340482c2f939cb639453ab5bfc71e18a7575b541a2d1f4a90cd2f30560e09	\N	2026-12-07 02:49:09.074577+00	\\x02ec0524d4030000096d656d6265722d31320110306130616339383839386161363836660531382e32350208707572636861736524240180bebdd10d0000000000020206a8a2d29a0d0003060531382e3235
event:sign-in-member-19-2026-03-06	\\xeb6c7b2cf4591f1129b4b9cf175887c43f39b768458210b0169448e91922234b	\N	2026-12-07 02:49:09.074577+00	\\x02ee050ac2060000096d656d6265722d31390110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d0f7d29a0d00
event:sign-in-member-28-2026-03-06	\\xf1ae929cba053152b73786737186768fdf873572f276928d4216ac6a01a4b1b8	\N	2026-12-07 02:49:09.074577+00	\\x02f0050aac010000096d656d6265722d32380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a8e5d39a0d00
event:review-member-25-2026-03-07	\\x2753f287e790e52d0130beef120638ac56185250a9e9985c46fb2cbdb3689eb8	\N	2026-12-07 02:49:09.100172+00	\\x02f8053282010000096d656d6265722d323501103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206e086de9a0d00
event:sign-in-member-13-2026-03-07	\\x234b10631a48184ea7601c8c3a024b8cf471fcc4cc41ff3aa4676afb02976484	\N	2026-12-07 02:49:09.100172+00	\\x02f6050aec040000096d656d6265722d31330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c0f4dc9a0d00
event:order-member-06-2026-03-08	\\x48fb29ae9d1cca487fd7cb5345059eaf3573aab97cc9cb9b9f342a2eeabf6750	\N	2026-12-07 02:49:09.145862+00	\\x02fe0544f6090000096d656d6265722d30360110306130616339383839386161363836660533342e35300208707572636861736544440180bebdd10d000000000002020698e5e69a0d0003060533342e3530
event:order-member-06-2026-03-08-b	\\x5b7cf9ae950177226636e97bfe9379cf18caa1fe7f9f0c344b40dcf68683b15a	\N	2026-12-07 02:49:09.145862+00	\\x028006cc02c20c0000096d656d6265722d3036011030613061633938383938616136383666063136362e373502087075726368617365cc02cc020180bebdd10d0000000653696c7665720102020698e5e69a0d000307063136362e3735
event:review-member-02-2026-03-08	\\x59bd8e67c6611814fb8a48b83843502204279d275d98132d8e10aa6c7c4a0778	\N	2026-12-07 02:49:09.145862+00	\\x02fa0532a6410000096d656d6265722d303201103061306163393838393861613638366600020672657669657732320180bebdd10d0000000653696c76657200030206b8b4e69a0d0004070653696c766572050680a59a9a0d00
event:review-member-04-2026-03-08	\\x94fdfb9d69c013a2ed288371d9377279eed2e214208ba399e714639b86cb9b8b	\N	2026-12-07 02:49:09.145862+00	\\x02fc053298120000096d656d6265722d303401103061306163393838393861613638366600020672657669657732320180bebdd10d0000000653696c76657200030206e8cce69a0d0004070653696c7665720506d88bba960d00
event:sign-in-member-13-2026-03-08	\\xc2862aa40856720b44c327db34fbe60b11560d92fd5689ef867bd489b56a17dd	\N	2026-12-07 02:49:09.145862+00	\\x0282060af6040000096d656d6265722d31330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c0bae79a0d00
event:sign-in-member-16-2026-03-08	\\x33de221a316ef3489135a1ad0bc55062c961a6245583cac15378485af777c878	\N	2026-12-07 02:49:09.145862+00	\\x0284060aa4030000096d656d6265722d31360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020688dfe79a0d00
event:order-member-25-2026-03-09	\\x7654eefaf81764529c5400a017f60a9c18299a2e5f757640c92a43fbf7c1aa4f	\N	2026-12-07 02:49:09.176892+00	\\x028a0664e6010000096d656d6265722d32350110306130616339383839386161363836660535302e30300208707572636861736564640180bebdd10d0000000000020206e092f39a0d0003060535302e3030
event:sign-in-member-07-2026-03-09	\\x4183dc16be53a2d5b894957d8382b0ca2ef96946b4955b9ac5727045a5e93723	\N	2026-12-07 02:49:09.176892+00	\\x0288060ac0070000096d656d6265722d30370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b0b7f19a0d00
event:order-member-02-2026-03-10	\\x1e8d8a40e96a962f8212dbae324179e99cd43f50d40957f6a2ce859fed069482	\N	2026-12-07 02:49:09.206082+00	\\x028e06a601cc420000096d656d6265722d30320110306130616339383839386161363836660536372e303002087075726368617365a601a6010180bebdd10d0000000653696c76657200040206b8c0fb9a0d0003060536372e303004070653696c766572050680a59a9a0d00
event:order-member-13-2026-03-10	\\xed2da271184b65e1930a8bb3e31564e6c0eaade35ebd090dd426debb23dc550c	\N	2026-12-07 02:49:09.206082+00	\\x02960656cc050000096d656d6265722d31330110306130616339383839386161363836660534332e30300208707572636861736556560180bebdd10d0000000000020206c0c6fc9a0d0003060534332e3030
event:sign-in-member-04-2026-03-10	\\x6f930caafbbd56f522cac9a6cfa87757acb25a9783dbe210151d1e29b20e634c	\N	2026-12-07 02:49:09.206082+00	\\x0290060aa2120000096d656d6265722d30340110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206e8d8fb9a0d0004070653696c7665720506d88bba960d00
event:sign-in-member-06-2026-03-10	\\xdd50667bfffd8ae6af1883b44676d5850fc81f0d36a657ec2a070a75c2b50eb6	\N	2026-12-07 02:49:09.206082+00	\\x0292060acc0c0000096d656d6265722d30360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020698f1fb9a0d0004070653696c7665720506d889e99a0d00
event:sign-in-member-12-2026-03-10	\\xeddc210d840f3e7115c59989451daac0c72aa4d9953a6c19dbbfa24e1ee88e04	\N	2026-12-07 02:49:09.206082+00	\\x0294060ade030000096d656d6265722d31320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a8bafc9a0d00
event:sign-in-member-26-2026-03-10	\\x5d432e225f2da09d2e6dab8c9b8c312d8342b3aa8f8b0d159fcec16fac022eb3	\N	2026-12-07 02:49:09.206082+00	\\x0298060ace040000096d656d6265722d32360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206f8e4fd9a0d00
event:order-member-07-2026-03-11	\\x017f0f3ad30ea6b18a120d939bb27a8e7b78dc30e66368832343b751ed9c2a7f	\N	2026-12-07 02:49:09.24721+00	\\x029a0630f0070000096d656d6265722d30370110306130616339383839386161363836660532342e35300208707572636861736530300180bebdd10d0000000000020206b0c3869b0d0003060532342e3530
event:order-member-14-2026-03-11	\\x3bf76fe0ef577914020ab35e32700b0403a307358aaadb54f566d50474dcab41	\N	2026-12-07 02:49:09.24721+00	\\x029e0670fc0a0000096d656d6265722d31340110306130616339383839386161363836660532382e3530030e62697274686461792d6d6f6e746838380180bebdd10d000008707572636861736538380180bebdd10d0000000000020206d898879b0d0003060532382e3530
event:order-member-21-2026-03-11	\\x95c80ddeb178e70ac763d7d505912a06e5a322dcd8f032c7eb66cb1f35715f6a	\N	2026-12-07 02:49:09.24721+00	\\x02a0065080040000096d656d6265722d32310110306130616339383839386161363836660534302e35300208707572636861736550500180bebdd10d000000000002020680ee879b0d0003060534302e3530
event:order-member-24-2026-03-11	\\x9463db0ad630ecac9651ad44c055c3557920544fa0e73fb02934bd7103b6a82e	\N	2026-12-07 02:49:09.24721+00	\\x02a206800184060000096d656d6265722d32340110306130616339383839386161363836660536342e303002087075726368617365800180010180bebdd10d0000000000020206c892889b0d0003060536342e3030
event:sign-in-member-30-2026-03-11	\\x2ab42c652f3df4591161c6bf234698fd5cac8fa3afef2283ee88c3334ef69922	\N	2026-12-07 02:49:09.24721+00	\\x02a4060a7c0000096d656d6265722d33300110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d8db889b0d00
event:review-20-2026-03-12	\\xb71a3bbfeb4bf5e418250790fe328aa5c08a40dcf2d786e2000c4253ee1bc323	\N	2026-12-07 02:49:09.282198+00	\\x02a606328c080000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d000000000001020680ab959b0d00
event:order-member-06-2026-03-12	\\x3ca94e5c0a4a77fa62ad93f7cf7f3933f9319ef6858a80253cd6a1808555b681	\N	2026-12-07 02:49:09.287355+00	\\x02aa06428e0d0000096d656d6265722d30360110306130616339383839386161363836660532372e30300208707572636861736542420180bebdd10d0000000653696c7665720004020698fd909b0d0003060532372e303004070653696c7665720506d889e99a0d00
event:sign-in-member-02-2026-03-12	\\xb9b92773e256eb535a03e55895749ab0f532a82161158c1a2f984b8fd40142de	\N	2026-12-07 02:49:09.287355+00	\\x02a8060ad6420000096d656d6265722d30320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206b8cc909b0d0004070653696c766572050680a59a9a0d00
event:sign-in-member-16-2026-03-12	\\xc99a8ef63bb686da7c3f81f060e51ddd668ef91145d6ad9ced98d89034203138	\N	2026-12-07 02:49:09.287355+00	\\x02ae060aae030000096d656d6265722d31360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020688f7919b0d00
spend-member-07-2026-03-12	\\x47efb0a01cef62ab543ef2c784a96cf1c341fe55d39f7241ac4b881e2157281f	\N	2026-12-07 02:49:09.287355+00	\\x02ac06638c070000096d656d6265722d30370000
event:order-member-16-2026-03-13	\\xa1895ac3f0f90293fc890678ab0c566215271091f361203df9d7efe892c0daa4	\N	2026-12-07 02:49:09.320593+00	\\x02b2064cfa030000096d656d6265722d31360110306130616339383839386161363836660533382e3530020870757263686173654c4c0180bebdd10d000000000002020688bd9c9b0d0003060533382e3530
event:order-member-27-2026-03-13	\\x4a312740ca1bd4531e66b22ce3e97c9fe8771a5c9c330f65b55e5ac9df6a764e	\N	2026-12-07 02:49:09.320593+00	\\x02b606a00180040000096d656d6265722d32370110306130616339383839386161363836660534302e3235030e62697274686461792d6d6f6e746850500180bebdd10d000008707572636861736550500180bebdd10d000000000002020690c39d9b0d0003060534302e3235
event:sign-in-member-13-2026-03-13	\\x32db5098a1f9e87ecfe568501bc81c6ace7c375382a1941a8ab94225faa13d03	\N	2026-12-07 02:49:09.320593+00	\\x02b0060ad6050000096d656d6265722d31330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c0989c9b0d00
spend-member-26-2026-03-13	\\x8aa271674a8dc312306a67a2554477571251ab1fa39d61dc76ecbfaa0b83bcfd	\N	2026-12-07 02:49:09.320593+00	\\x02b40633b6030000096d656d6265722d32360000
event:order-member-02-2026-03-14	\\x5010af7c5852e358798fae2384289157a834e236e4d6329b93a026c70b426b59	\N	2026-12-07 02:49:09.362055+00	\\x02c20676cc430000096d656d6265722d30320110306130616339383839386161363836660534372e35300208707572636861736576760180bebdd10d0000000653696c76657200040206b8d8a59b0d0003060534372e353004070653696c766572050680a59a9a0d00
event:order-member-02-2026-03-14-b	\\x78253cce3eea4f517f9d0f3e2fecd23fa913e556b48d507622f911499b332b84	\N	2026-12-07 02:49:09.362055+00	\\x02c406cc0598490000096d656d6265722d3032011030613061633938383938616136383666063238362e373502087075726368617365cc05cc050180bebdd10d0000000653696c76657200040206b8d8a59b0d000307063238362e373504070653696c766572050680a59a9a0d00
event:sign-in-member-13-2026-03-14	\\x8786cd22237a1a9aff95f47184d7b53abd87eba8412f9d913a1215a6d4e155fa	\N	2026-12-07 02:49:09.362055+00	\\x02c6060ae0050000096d656d6265722d31330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c0dea69b0d00
event:order-member-09-2026-03-15	\\x9a5ba54fe52e498066ded15deeeefec4d4d023722b01aebeb3b52480ec12544b	\N	2026-12-07 02:49:09.398612+00	\\x02ce06b401b4010000096d656d6265722d30390110306130616339383839386161363836660539302e323502087075726368617365b401b4010180bebdd10d0000000000020206e0f3b09b0d0003060539302e3235
event:sign-in-member-07-2026-03-15	\\x24b580f17a4bd17ef0607486f7b04c9a64b79ff2d468ad1f6a8949828bb53774	\N	2026-12-07 02:49:09.398612+00	\\x02cc060a96070000096d656d6265722d30370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b0dbb09b0d00
event:review-member-10-2026-03-07	\\xf954420f0639ee555fc8012d08de67eb471b91f407530485f89feddea3d06ffc	\N	2026-12-07 02:49:09.100172+00	\\x02f40532ee040000227e6572617365642d6c346876667075356a74707464786361346a357867726836667101103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206f8cfdc9a0d00
event:order-member-10-2026-03-11	\\x2b101ffae7c537d4f9de02fa6783febf6d6ff0ab03edb784b2826c7d360874c4	\N	2026-12-07 02:49:09.24721+00	\\x029c06a60194060000227e6572617365642d6c346876667075356a74707464786361346a35786772683666710110306130616339383839386161363836660538332e373502087075726368617365a601a6010180bebdd10d0000000000020206f8e7869b0d0003060538332e3735
event:order-member-08-2026-03-16	\\xf0a7a7d1cd5191464b312a5844e09decfbcd111f1ea76f53366937cca1e5f6ca	\N	2026-12-07 02:49:09.432437+00	\\x02d40668e2040000096d656d6265722d30380110306130616339383839386161363836660535322e37350208707572636861736568680180bebdd10d0000000000020206c8adbb9b0d0003060535322e3735
event:order-member-15-2026-03-16	\\x22075ef6d0c77f9bc8cc0cd5a9ad875c586b0a90ed5b86ec3cdd34aa5b3e35f8	\N	2026-12-07 02:49:09.432437+00	\\x02d806b801fc040000096d656d6265722d31350110306130616339383839386161363836660539322e323502087075726368617365b801b8010180bebdd10d0000000000020206f082bc9b0d0003060539322e3235
event:order-member-30-2026-03-16	\\x0931b85e1c40bbe58bdf94c0cba4010794bf848c669d0487f8f8028fcbffc625	\N	2026-12-07 02:49:09.432437+00	\\x02de066ce4010000096d656d6265722d33300110306130616339383839386161363836660535342e3735020870757263686173656c6c0180bebdd10d0000000000020206d8b9bd9b0d0003060535342e3735
event:sign-in-member-27-2026-03-16	\\xc1f6e04f8137b0fe4e67905e4b56315fac7a993d125c7be5ab801bf30ae03bf1	\N	2026-12-07 02:49:09.432437+00	\\x02da060a8a040000096d656d6265722d32370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d00000000000102069095bd9b0d00
spend-member-14-2026-03-16	\\xde04f44aec57cd6551af7e388c682757254109a73b1b5787901da33a41cee16a	\N	2026-12-07 02:49:09.432437+00	\\x02d60649a20a0000096d656d6265722d31340000
event:order-member-07-2026-03-17	\\x3508fa05a6d96c27227858d2fbc7f60eca2b5f9ac150f5656a0cd049460602fa	\N	2026-12-07 02:49:09.467323+00	\\x02e006be01d4080000096d656d6265722d30370110306130616339383839386161363836660539352e303002087075726368617365be01be010180bebdd10d0000000000020206b0e7c59b0d0003060539352e3030
event:order-member-17-2026-03-17	\\x5866507dec9f0940ec573f6a6d9cab5cf0f191d3133d419a843043c086b8d38e	\N	2026-12-07 02:49:09.467323+00	\\x02e4063884090000096d656d6265722d31370110306130616339383839386161363836660532322e37350208707572636861736538380180bebdd10d0000000653696c76657200040206a0e1c69b0d0003060532322e373504070653696c7665720506e08ade990d00
event:order-member-30-2026-03-17	\\xdeace4e113f4f905610359eef667cd981df854170a91b6c5816e708a36e0f892	\N	2026-12-07 02:49:09.467323+00	\\x02e80664c8020000096d656d6265722d33300110306130616339383839386161363836660535302e32350208707572636861736564640180bebdd10d0000000000020206d8ffc79b0d0003060535302e3235
event:sign-in-member-13-2026-03-17	\\xa72b7d796b2d7432c9d1fea08eb0548ad5b8d5294ec873166dc2bd0b4bff8f26	\N	2026-12-07 02:49:09.467323+00	\\x02e2060aea050000096d656d6265722d31330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c0b0c69b0d00
event:sign-in-member-18-2026-03-17	\\x4e7eef192831e23d5f4e69466bc10d413d6ca626d064814497147d530ffd0dbf	\N	2026-12-07 02:49:09.467323+00	\\x02e6060af4010000096d656d6265722d31380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b8edc69b0d00
event:order-member-02-2026-03-18	\\x9c482d9bfc32d314ea6b45c21d9776dff02b8979c363a2c9bfd160f4400be656	\N	2026-12-07 02:49:09.502292+00	\\x02ec063ed6490000096d656d6265722d30320110306130616339383839386161363836660532352e3235020870757263686173653e3e0180bebdd10d0000000653696c76657200040206b8f0cf9b0d0003060532352e323504070653696c766572050680a59a9a0d00
event:order-member-12-2026-03-18	\\xde7cd64e27e9eaa102b9a86767ecf8c3dc2c1d85af8f95b1a083a2e8142cae34	\N	2026-12-07 02:49:09.502292+00	\\x02f00642a0040000096d656d6265722d31320110306130616339383839386161363836660533332e35300208707572636861736542420180bebdd10d0000000000020206a8ead09b0d0003060533332e3530
event:order-member-24-2026-03-18	\\x0aa6a9694b9efff0dbaa41add9324b2e15b2912055295b0c75c3bc87f0d18664	\N	2026-12-07 02:49:09.502292+00	\\x02f20632b6060000096d656d6265722d32340110306130616339383839386161363836660532352e30300208707572636861736532320180bebdd10d0000000000020206c8fcd19b0d0003060532352e3030
event:review-member-30-2026-03-18	\\x220217b7043d1ab75357fed30ed7d11f5e5de381c5f83e2fdde32046e2a04aa7	\N	2026-12-07 02:49:09.502292+00	\\x02f60632fa020000096d656d6265722d333001103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206d8c5d29b0d00
event:sign-in-member-07-2026-03-18	\\x2647dd39fc5b4808a71c7a18b07d9de420f0b0e846eef9936fd4bfc2f3721be4	\N	2026-12-07 02:49:09.502292+00	\\x02ee060ade080000096d656d6265722d30370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b0add09b0d00
redeem-member-01-2026-03-18	\\xdb618610589bc750f49467a6d6cbf2551baf531e77d8235138403aaaea2aa3b2	\N	2026-12-07 02:49:09.502292+00	\\x02ea06d704e6420000096d656d6265722d30310000
event:review-20-2026-03-19	\\x1b42d2de61b3d27a2069c431f7f717f4fa87255e7fff4a3e2679d6c2825c3c91	\N	2026-12-07 02:49:09.541703+00	\\x02f80632be080000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d00000000000102068095df9b0d00
event:order-member-13-2026-03-19	\\x3a4607f7d5fb6e6f188ef412e1f12d84b27266a1b14183f81c481a1fd9f58cc2	\N	2026-12-07 02:49:09.547172+00	\\x02fa0640aa060000096d656d6265722d31330110306130616339383839386161363836660533322e30300208707572636861736540400180bebdd10d0000000000020206c0bcdb9b0d0003060533322e3030
event:order-member-07-2026-03-20	\\xd9592931d6895b547a35f096af6e295db11021e59bc7269626bba79d506161fe	\N	2026-12-07 02:49:09.580433+00	\\x02fc064caa090000096d656d6265722d30370110306130616339383839386161363836660533382e3235020870757263686173654c4c0180bebdd10d0000000000020206b0b9e59b0d0003060533382e3235
event:order-member-22-2026-03-20	\\xac870d5091dea11f05edc47ef59429612ea0806eef86893a005f5a32509f83b3	\N	2026-12-07 02:49:09.580433+00	\\x02880762a2020000096d656d6265722d32320110306130616339383839386161363836660534392e30300208707572636861736562620180bebdd10d000000000002020698f0e69b0d0003060534392e3030
event:review-member-30-2026-03-20	\\xc2196f97671f35a84358e99cf87953a944e065a01a16f8576f6d0c7dfc4f2442	\N	2026-12-07 02:49:09.580433+00	\\x028a0732ac030000096d656d6265722d333001103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206d8d1e79b0d00
event:sign-in-member-12-2026-03-20	\\x9b1abba276d43effe6736b90dd90eb18644555f125afa6b7b7c7c60d77f0ab2c	\N	2026-12-07 02:49:09.580433+00	\\x02fe060aaa040000096d656d6265722d31320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a8f6e59b0d00
event:sign-in-member-13-2026-03-20	\\xce867959de355ce9b506c9de224b9f38ef88968efdd17840ff11c891e34dfdee	\N	2026-12-07 02:49:09.580433+00	\\x0280070ab4060000096d656d6265722d31330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c082e69b0d00
event:sign-in-member-14-2026-03-20	\\xce5ae08efdfca77bd4890aac0c7173562173f5d0982da32c97158aded9ebf6d1	\N	2026-12-07 02:49:09.580433+00	\\x0282070aac0a0000096d656d6265722d31340110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d88ee69b0d00
redeem-member-19-2026-03-20	\\xdc89e535075b9ed176eb6cb6a358fc97b60eb74839bcc22f1d4bedbeb2223ec3	\N	2026-12-07 02:49:09.580433+00	\\x028407d704e6010000096d656d6265722d31390000
redeem-member-20-2026-03-20	\\xde09a360d89c87e09ce2a8ba76fc4965bdf52600e24e2dfe40115515ac80e4ae	\N	2026-12-07 02:49:09.580433+00	\\x028607d704e6030000096d656d6265722d32300000
event:order-member-01-2026-03-21	\\xd6c042f38ca1b3c259147f49403ad26e2351af8225527e97a13a473118f82bbe	\N	2026-12-07 02:49:09.621743+00	\\x0294073ea4430000096d656d6265722d30310110306130616339383839386161363836660532352e3530020870757263686173653e3e0180bebdd10d0000000653696c76657200040206a0b6ef9b0d0003060532352e353004070653696c766572050680a59a9a0d00
event:order-member-26-2026-03-22	\\x861e04ceb0b788159a35290dc68dec7c31a4f3468ee25746c6f94b9825e1a065	\N	2026-12-07 02:49:09.655566+00	\\x02a4079401ca040000096d656d6265722d32360110306130616339383839386161363836660537342e353002087075726368617365940194010180bebdd10d0000000000020206f8acfc9b0d0003060537342e3530
event:sign-in-member-07-2026-03-22	\\x4615e64c3e7c36acff647c57e871ec38a057b2f49f0c44121b66785b7732657b	\N	2026-12-07 02:49:09.655566+00	\\x029c070ab4090000096d656d6265722d30370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b0c5fa9b0d00
event:sign-in-member-17-2026-03-22	\\xaa855723192b9f75cbf3b5d62edb9a1430c19e33217acecd4ddb83f431924fa8	\N	2026-12-07 02:49:09.655566+00	\\x02a0070a8e090000096d656d6265722d31370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206a0bffb9b0d0004070653696c7665720506e08ade990d00
event:sign-in-member-22-2026-03-22	\\xc762c2697db8bd3a018bab8260697269025507055f6be91092f37f974939b017	\N	2026-12-07 02:49:09.655566+00	\\x02a2070aac020000096d656d6265722d32320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020698fcfb9b0d00
redeem-member-06-2026-03-22	\\x425e1a95d3b4436d0666335ddc11b568a0eb9d362793eb06d6d6f0916ee30208	\N	2026-12-07 02:49:09.655566+00	\\x029a07d704f4070000096d656d6265722d30360000
refund-order-member-01-2026-03-21	\\x63e9a4450677f63f1c83a18dd608cfef26660d80ed16f044c5b48046a5b3a22e	\N	2026-12-07 02:49:09.655566+00	\\x0298073de6420000096d656d6265722d3031000107020000
event:order-member-06-2026-03-23	\\x144dddec9bb991ec1be43e98c870a772b8b44a0355386ee021c35b1f63f4a0f6	\N	2026-12-07 02:49:09.701337+00	\\x02aa078a01fe080000096d656d6265722d30360110306130616339383839386161363836660535352e3735020870757263686173658a018a010180bebdd10d0000000653696c7665720004020698ff849c0d0003060535352e373504070653696c7665720506d889e99a0d00
event:order-member-11-2026-03-23	\\x339e0c3602308214f52c65930eb18340464ee184446b8852974c1aabb383bb83	\N	2026-12-07 02:49:09.701337+00	\\x02ac07800192070000096d656d6265722d31310110306130616339383839386161363836660536342e373502087075726368617365800180010180bebdd10d000000000002020690bc859c0d0003060536342e3735
event:order-member-20-2026-03-23	\\xc093e16c3441a7b75aac8addc369f8307737b4e0d430cd87d46078c8668e0c8a	\N	2026-12-07 02:49:09.701337+00	\\x02b0073096040000096d656d6265722d32300110306130616339383839386161363836660532342e37350208707572636861736530300180bebdd10d0000000000020206e8a9869c0d0003060532342e3735
event:order-member-23-2026-03-23	\\x3a8288a4a6b19a6149a9e83328f14bda90cf505809be3812c818d6fe5d674018	\N	2026-12-07 02:49:09.701337+00	\\x02b2074af2030000096d656d6265722d32330110306130616339383839386161363836660533372e3530020870757263686173654a4a0180bebdd10d0000000000020206b0ce869c0d0003060533372e3530
event:review-member-17-2026-03-23	\\xc02d3eb02ca1a5073cedb95875037df5c46abf90eb0e960bf580c403e33fcd87	\N	2026-12-07 02:49:09.701337+00	\\x02ae0732c0090000096d656d6265722d313701103061306163393838393861613638366600020672657669657732320180bebdd10d0000000653696c76657200030206a085869c0d0004070653696c7665720506e08ade990d00
event:sign-in-member-01-2026-03-23	\\xccde67949fd526b517355669a3086fd319ef63f0d7aa937a680ba8ca820568aa	\N	2026-12-07 02:49:09.701337+00	\\x02a6070af0420000096d656d6265722d30310110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206a0c2849c0d0004070653696c766572050680a59a9a0d00
event:sign-in-member-30-2026-03-23	\\xe727cfeb5c190fff59730cb48abcf72bce3f3be45ec2b959d272e72dbf6e7528	\N	2026-12-07 02:49:09.701337+00	\\x02b4070ab6030000096d656d6265722d33300110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d8a3879c0d00
redeem-member-02-2026-03-23	\\xab83ecf54d008ae34cad235cd6ba8f6f363bd1ea53144f31f6dea5ec134b0855	\N	2026-12-07 02:49:09.701337+00	\\x02a807d704fe440000096d656d6265722d30320000
event:review-member-10-2026-03-21	\\x1e23429869e40404fce6fb3d42a07b32b9e0a8bb152dd7e57a6c7866ac597ed3	\N	2026-12-07 02:49:09.621743+00	\\x02960732ec060000227e6572617365642d6c346876667075356a74707464786361346a357867726836667101103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206f8a3f09b0d00
event:order-member-23-2026-03-24	\\x3bebe222e00ac1b89c31ca77f881069dcd8d73eb9749302bbed3ebcb64bc92b2	\N	2026-12-07 02:49:09.726594+00	\\x02b60752c4040000096d656d6265722d32330110306130616339383839386161363836660534312e35300208707572636861736552520180bebdd10d0000000000020206b094919c0d0003060534312e3530
event:order-member-24-2026-03-24	\\xc2616b54795be85c9c3bb1b51fa1894cb0f6d934513440d671527435b66288e7	\N	2026-12-07 02:49:09.726594+00	\\x02b8078c01c2070000096d656d6265722d32340110306130616339383839386161363836660537302e3735020870757263686173658c018c010180bebdd10d0000000000020206c8a0919c0d0003060537302e3735
event:sign-in-member-12-2026-03-25	\\x18f1093afafb5f697bc857821e2fb6f6b33c2321cc2e363cc10606ed377c2f39	\N	2026-12-07 02:49:09.754774+00	\\x02bc070ab4040000096d656d6265722d31320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a8d49a9c0d00
event:sign-in-member-20-2026-03-25	\\x1356e2f43885895578d3bfbef8472575485b79d289f00eb7fc8f01a469efe2e2	\N	2026-12-07 02:49:09.754774+00	\\x02be070aa0040000096d656d6265722d32300110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206e8b59b9c0d00
event:review-20-2026-03-26	\\x915d94b3197f33cc99be6097f940a2151222a2f1aa12ca2551ad2754157b1a5e	\N	2026-12-07 02:49:09.789226+00	\\x02c00732d2040000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d000000000001020680ffa89c0d00
event:order-member-06-2026-03-26	\\x4669d02ef6a4f96f058e6a0b6e809c5bb7e279bd302a8871dd426a5f32580e0b	\N	2026-12-07 02:49:09.792826+00	\\x02c20740be090000096d656d6265722d30360110306130616339383839386161363836660532362e32350208707572636861736540400180bebdd10d0000000653696c7665720004020698d1a49c0d0003060532362e323504070653696c7665720506d889e99a0d00
event:order-member-06-2026-03-26-b	\\x5b2a8e6c0ab1222e41944a6cd1ed1d8cc364bacc7b1c94d2b19a066404c0148f	\N	2026-12-07 02:49:09.792826+00	\\x02c407fc04ba0e0000096d656d6265722d3036011030613061633938383938616136383666063235342e373502087075726368617365fc04fc040180bebdd10d0000000653696c7665720004020698d1a49c0d000307063235342e373504070653696c7665720506d889e99a0d00
event:order-member-09-2026-03-26	\\x2b5ec21127190dc074f7d6b013549279bb4855887edf35e9cee6dd35229e6b9d	\N	2026-12-07 02:49:09.792826+00	\\x02c807a601da020000096d656d6265722d30390110306130616339383839386161363836660538332e323502087075726368617365a601a6010180bebdd10d0000000000020206e0f5a49c0d0003060538332e3235
event:order-member-14-2026-03-26	\\x8f7386c4c3dc74b5ebb736db53eb8e66ce7111a6041f2f1a567d1ed68f572f6d	\N	2026-12-07 02:49:09.792826+00	\\x02d0078801b40b0000096d656d6265722d31340110306130616339383839386161363836660533342e3530030e62697274686461792d6d6f6e746844440180bebdd10d000008707572636861736544440180bebdd10d0000000000020206d8b2a59c0d0003060533342e3530
event:order-member-28-2026-03-26	\\x7296812c4ac50a3dc1978a7b42f269c05e8d38140ca7e0263af64f3e0b485023	\N	2026-12-07 02:49:09.792826+00	\\x02d207a601d2020000096d656d6265722d32380110306130616339383839386161363836660538332e303002087075726368617365a601a6010180bebdd10d0000000000020206a8dda69c0d0003060538332e3030
event:sign-in-member-08-2026-03-26	\\xe0ae7bd008ec3beaa52b27371c295301efae8b822e4a5ab77e7d3dc02721ed19	\N	2026-12-07 02:49:09.792826+00	\\x02c6070aec040000096d656d6265722d30380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c8e9a49c0d00
event:sign-in-member-11-2026-03-26	\\x32935f18aa06451931f6654814f27aa7ee10b12b9cfb1e3fa3865ddc63317d4d	\N	2026-12-07 02:49:09.792826+00	\\x02ca070a9c070000096d656d6265722d31310110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206908ea59c0d00
event:sign-in-member-12-2026-03-26	\\x5f0fdb560e402c0b4e6e4b37fa6e52ef2b803ac87e64e4f07a454fb0f24c0f12	\N	2026-12-07 02:49:09.792826+00	\\x02cc070abe040000096d656d6265722d31320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a89aa59c0d00
event:sign-in-member-13-2026-03-26	\\x3467495588ecbde043847a7243d844513896925c2921aba2abb65bd9a1d4e1cf	\N	2026-12-07 02:49:09.792826+00	\\x02ce070abe060000096d656d6265722d31330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c0a6a59c0d00
event:order-member-22-2026-03-27	\\x7feeae063b5167c40308ede479312c3f2662edaaa40479cae7e154c7abf8f9bd	\N	2026-12-07 02:49:09.81691+00	\\x02d6078001ac030000096d656d6265722d32320110306130616339383839386161363836660536342e373502087075726368617365800180010180bebdd10d000000000002020698dab09c0d0003060536342e3735
event:order-member-26-2026-03-27	\\x9950c70929c4c7ae705bac9c4ab7cb4e038a7d46073ccd17b88448c1eceb7885	\N	2026-12-07 02:49:09.81691+00	\\x02d8078e01d8050000096d656d6265722d32360110306130616339383839386161363836660537312e3735020870757263686173658e018e010180bebdd10d0000000000020206f88ab19c0d0003060537312e3735
event:order-member-27-2026-03-27	\\xcb71923bd70a8a7fadb79ab8a7eae1456f5724559c27889d8575b21c2b6ccc60	\N	2026-12-07 02:49:09.81691+00	\\x02da07c802ee050000096d656d6265722d32370110306130616339383839386161363836660538322e3735030e62697274686461792d6d6f6e7468a401a4010180bebdd10d0000087075726368617365a401a4010180bebdd10d00000000000202069097b19c0d0003060538322e3735
event:sign-in-member-19-2026-03-27	\\xf0dba6d5127adb0d5e8f7871b71b3124aacae9ebecf062bfea1591753173aab9	\N	2026-12-07 02:49:09.81691+00	\\x02d4070af0010000096d656d6265722d31390110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d0b5b09c0d00
event:order-member-19-2026-03-28	\\x1c510a777cef6cbe0603946ca73e5e6617a2199c3352b92b335b33cadd281cd3	\N	2026-12-07 02:49:09.851909+00	\\x02ea077aea020000096d656d6265722d31390110306130616339383839386161363836660536312e3735020870757263686173657a7a0180bebdd10d0000000000020206d0fbba9c0d0003060536312e3735
event:order-member-21-2026-03-28	\\x271973d6dbff078404f57f113a16c1a7f59b9bd1eeb506e07c8b6b86ce1dd1b0	\N	2026-12-07 02:49:09.851909+00	\\x02ee07a801a8050000096d656d6265722d32310110306130616339383839386161363836660538342e323502087075726368617365a801a8010180bebdd10d00000000000202068094bb9c0d0003060538342e3235
event:review-member-11-2026-03-28	\\x104ddbe678a36d7a6ac0910caab1ffc4fb09b354b42858d7951c3f5d6b51d296	\N	2026-12-07 02:49:09.851909+00	\\x02e80732ce070000096d656d6265722d313101103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206909aba9c0d00
event:sign-in-member-24-2026-03-28	\\x2657a002f62787efdfead18d673966810c1b845761f79acf1b2e498bf840df8b	\N	2026-12-07 02:49:09.851909+00	\\x02f0070aba070000096d656d6265722d32340110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c8b8bb9c0d00
refund-order-member-07-2026-03-20	\\x1294df1e310a2c143b5d20002d0985da26c9ec382c0bd7c6d04c49a50db79ecf	\N	2026-12-07 02:49:09.851909+00	\\x02e6074be8080000096d656d6265722d3037000107020000
spend-member-01-2026-03-28	\\xebf4d70cb60fc14753bc194eacc6e396e86842af3a578aff7b0ed8d8e89c641b	\N	2026-12-07 02:49:09.851909+00	\\x02e40749a6420000096d656d6265722d30310000
spend-member-20-2026-03-28	\\x07fec888f3eae0fe5569cc59c74a24c7a8d66347e363e451153ef42e5c5fb62d	\N	2026-12-07 02:49:09.851909+00	\\x02ec07359c040000096d656d6265722d32300000
event:order-member-06-2026-03-29	\\xf09e2580f6d6423341da94f696166b9a361237a2d710a915b0a716c4bb390803	\N	2026-12-07 02:49:09.87867+00	\\x02f207c80182100000096d656d6265722d30360110306130616339383839386161363836660538302e373502087075726368617365c801c8010180bebdd10d0000000653696c7665720004020698a3c49c0d0003060538302e373504070653696c7665720506d889e99a0d00
event:order-member-06-2026-03-29-b	\\x52db175206b0a30fbf4fb18598ef5b2f5f8a9dfb2eed57cd005bb99a7d2637fa	\N	2026-12-07 02:49:09.87867+00	\\x02f407de06e0160000096d656d6265722d3036011030613061633938383938616136383666063334352e303002087075726368617365de06de060180bebdd10d0000000653696c7665720004020698a3c49c0d000307063334352e303004070653696c7665720506d889e99a0d00
event:order-member-23-2026-03-29	\\xe68defbcdfe85be45a14473fe3a8e9adb85f5569d4c2bd1a140eada5d34e11dc	\N	2026-12-07 02:49:09.87867+00	\\x02f607b001f4050000096d656d6265722d32330110306130616339383839386161363836660538382e353002087075726368617365b001b0010180bebdd10d0000000000020206b0f2c59c0d0003060538382e3530
event:order-member-27-2026-03-29	\\x06c73edf1c2c6fd5abf813acd7f4bd46b79b5e84dd82b4ffbb46fb6c34820d60	\N	2026-12-07 02:49:09.87867+00	\\x02fa07980186070000096d656d6265722d32370110306130616339383839386161363836660533382e3235030e62697274686461792d6d6f6e74684c4c0180bebdd10d00000870757263686173654c4c0180bebdd10d000000000002020690a3c69c0d0003060533382e3235
event:sign-in-member-24-2026-03-29	\\xfae2fb4dc6f0c07fd6945568700f3d64aa5676b6d170fecdd14c8c090fe7b638	\N	2026-12-07 02:49:09.87867+00	\\x02f8070ac4070000096d656d6265722d32340110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c8fec59c0d00
event:order-member-27-2026-03-30	\\x0973ffc98a3b957c030ff874ec5e030b8756276352e5332a355174f0dcb2c3a7	\N	2026-12-07 02:49:09.912966+00	\\x028008b801be080000096d656d6265722d32370110306130616339383839386161363836660534362e3735030e62697274686461792d6d6f6e74685c5c0180bebdd10d00000870757263686173655c5c0180bebdd10d000000000002020690e9d09c0d0003060534362e3735
event:sign-in-member-16-2026-03-30	\\x1b5ac19e4b1ba2b0f51d2e00569e7c4072852be02d81603ec9463f033682b3b0	\N	2026-12-07 02:49:09.912966+00	\\x02fc070ac8030000096d656d6265722d31360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020688e3cf9c0d00
event:sign-in-member-25-2026-03-30	\\x27a54e9db9a88c1b8295e89fe0d72f8d041217651c42152d47b913c563e10651	\N	2026-12-07 02:49:09.912966+00	\\x02fe070af0010000096d656d6265722d32350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206e0d0d09c0d00
event:order-member-15-2026-03-31	\\xafc78e6c9c693920f4914efdc7145ea3cebf1299c91ba443ade172a94d8841b1	\N	2026-12-07 02:49:09.941246+00	\\x028208ac01d8050000096d656d6265722d31350110306130616339383839386161363836660538362e323502087075726368617365ac01ac010180bebdd10d0000000000020206f09cda9c0d0003060538362e3235
event:order-member-16-2026-03-31	\\x0770e3de0d527403517eb401a510590fd5e0c79359a48147a7b123413fd76679	\N	2026-12-07 02:49:09.941246+00	\\x0284088401cc040000096d656d6265722d31360110306130616339383839386161363836660536362e353002087075726368617365840184010180bebdd10d000000000002020688a9da9c0d0003060536362e3530
event:sign-in-member-18-2026-03-31	\\x518d331feb114ccfb53eaf6034c31810fa86b9ae6ed2ebbdc1bf77703ba5776c	\N	2026-12-07 02:49:09.941246+00	\\x0286080afe010000096d656d6265722d31380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b8c1da9c0d00
refund-order-member-20-2026-03-23	\\x71101cd78524411e6ac8c3064fe87125ef98a20ca501272a38b9a891587fc518	\N	2026-12-07 02:49:09.941246+00	\\x0288082fec030000096d656d6265722d3230000107020000
event:order-member-07-2026-04-01	\\x063baefd0ca7a3efd590aaa9a24954f735975e35b5141fc640762d2f77bc291f	\N	2026-12-07 02:49:09.987349+00	\\x028a08268e090000096d656d6265722d30370110306130616339383839386161363836660531392e32350208707572636861736526260180bebdd10d0000000000020206b081e49c0d0003060531392e3235
event:order-member-08-2026-04-01	\\x3bd836bf2366d5d82803aaf49aa0ebc10e4f1e7ecceae49951fd6157ca2586c1	\N	2026-12-07 02:49:09.987349+00	\\x028c085ee6040000096d656d6265722d30380110306130616339383839386161363836660534372e3030020870757263686173655e5e0180bebdd10d0000000000020206c88de49c0d0003060534372e3030
event:order-member-17-2026-04-01	\\xf266d3e5df80d9749a9c6687b7c4af1edab54c193feb541e30257a401392beee	\N	2026-12-07 02:49:09.987349+00	\\x028e088201c20a0000096d656d6265722d31370110306130616339383839386161363836660535322e373502087075726368617365820182010180bebdd10d0000000653696c76657200040206a0fbe49c0d0003060535322e373504070653696c7665720506e08ade990d00
event:sign-in-member-28-2026-04-01	\\xe1058de2e4aecebfde92216a57b6d149a814e70ff9351677bada69e0145a2bf5	\N	2026-12-07 02:49:09.987349+00	\\x0290080ada020000096d656d6265722d32380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a881e69c0d00
event:review-20-2026-04-02	\\xf26f4737c743e51dad169ff8e6d03e34028402d2fe776bde4a2f17aef1f3f6bb	\N	2026-12-07 02:49:10.020563+00	\\x029208329e040000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d000000000002020680e9f29c0d0006080106437269746963
event:order-member-11-2026-04-02	\\xc1127b5a0064356be9bc9d212a6efe0f1f46a5a10dd6d63b13624fc6cbcaee29	\N	2026-12-07 02:49:10.023555+00	\\x029c082af8070000096d656d6265722d31310110306130616339383839386161363836660532312e3030020870757263686173652a2a0180bebdd10d000000000002020690f8ee9c0d0003060532312e3030
event:order-member-14-2026-04-02	\\x5bb970a5b540d8067cbc1b74d54e26637e78878b0b2ad1c707fa01c1047a29e6	\N	2026-12-07 02:49:10.023555+00	\\x029e0854880c0000096d656d6265722d31340110306130616339383839386161363836660534322e30300208707572636861736554540180bebdd10d0000000000020206d89cef9c0d0003060534322e3030
event:order-member-22-2026-04-02	\\x8ab231042f3497a1a3c0f9d810ad195ed8cf04e83f163a0a5abd54b286b9e2bb	\N	2026-12-07 02:49:10.023555+00	\\x02a2087aa6040000096d656d6265722d32320110306130616339383839386161363836660536312e3530020870757263686173657a7a0180bebdd10d000000000002020698feef9c0d0003060536312e3530
event:order-member-28-2026-04-02	\\xda0d21091f2a2d89871dcdf3259200f4b3af5bf844e44115608c5974375bc058	\N	2026-12-07 02:49:10.023555+00	\\x02a808348e030000096d656d6265722d32380110306130616339383839386161363836660532362e37350208707572636861736534340180bebdd10d0000000000020206a8c7f09c0d0003060532362e3735
event:order-member-30-2026-04-02	\\xae623d8388a59d0ac27299eea38ef8b2b2d7302797ea867bb9e39969ad62aa6e	\N	2026-12-07 02:49:10.023555+00	\\x02ac0872a8040000096d656d6265722d33300110306130616339383839386161363836660535372e37350208707572636861736572720180bebdd10d0000000000020206d8dff09c0d0003060535372e3735
event:sign-in-member-02-2026-04-02	\\x2f922f0ec7ea2f26706b1ae4d26949bb5f9e945fdc8dab8032c6f7bb414aed4a	\N	2026-12-07 02:49:10.023555+00	\\x0296080a88450000096d656d6265722d30320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206b88aee9c0d0004070653696c766572050680a59a9a0d00
event:sign-in-member-23-2026-04-02	\\xf63ed2ec847bd5540b5978a304639699f7e8352fbf3d19028e3bc059df11cdc1	\N	2026-12-07 02:49:10.023555+00	\\x02a4080afe050000096d656d6265722d32330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b08af09c0d00
event:sign-in-member-27-2026-04-02	\\xc26d42cf27e0ef59ce25d7ec7dd3b110038f9378c38f13854411cd2822ffe2de	\N	2026-12-07 02:49:10.023555+00	\\x02a6080ac8080000096d656d6265722d32370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020690bbf09c0d00
refund-order-member-06-2026-03-29	\\x0c118e1a3a4568693d3476752723f21e2ddd23c78d994a458fb648151b74aa9b	\N	2026-12-07 02:49:10.023555+00	\\x029a08c70198150000096d656d6265722d3036000107020000
refund-order-member-17-2026-04-01	\\xbd9889fe22b72ada0dd4c9797c52831182a0cd0fe447fc64caa97fc928927707	\N	2026-12-07 02:49:10.023555+00	\\x02a0088101c0090000096d656d6265722d3137000107020000
spend-member-05-2026-04-02	\\x895a17689392e434ae6813dc6e316cda78c2c071b82d07a494b254c767456016	\N	2026-12-07 02:49:10.023555+00	\\x02980863d82b0000096d656d6265722d30350000
event:sign-in-member-04-2026-04-03	\\xc0458641e64fd9ba549306e05840f2a146cf830e7f2166bd606ed2c69efaa0f0	\N	2026-12-07 02:49:10.056303+00	\\x02ae080aac120000096d656d6265722d30340110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206e8e8f89c0d0004070653696c7665720506d88bba960d00
event:sign-in-member-15-2026-04-03	\\xd20f02bb37bd676516ef77403deb7ae65de5f54ee542297ffa4a92382ad878b5	\N	2026-12-07 02:49:10.056303+00	\\x02b0080ae2050000096d656d6265722d31350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206f0eef99c0d00
event:sign-in-member-23-2026-04-03	\\x0de30bb41dd862f12d3976abf06dc2bc7891381a27baf80771d226b5dfa01481	\N	2026-12-07 02:49:10.056303+00	\\x02b4080a88060000096d656d6265722d32330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b0d0fa9c0d00
refund-order-member-16-2026-03-31	\\x3a155722cb41ca9a6ed56b877b1fa250422b6cb1c58b656de6cf1a2f86090270	\N	2026-12-07 02:49:10.056303+00	\\x02b2088301c8030000096d656d6265722d3136000107020000
refund-order-member-27-2026-03-30	\\xeb56683aa7ed4d7914c3ee3396a09000d34c444322245ef52c235b6502375841	\N	2026-12-07 02:49:10.056303+00	\\x02b608b70190070000096d656d6265722d3237000107020000
event:order-member-30-2026-04-04	\\x1b7b6dd1f433a8d5b8ffbf91f13bd354ca67ca71bbcfbe86cf7e65b93eea6ee6	\N	2026-12-07 02:49:10.088525+00	\\x02c008b801e0050000096d656d6265722d33300110306130616339383839386161363836660539322e373502087075726368617365b801b8010180bebdd10d0000000000020206d8eb859d0d0003060539322e3735
event:sign-in-member-01-2026-04-04	\\x09307bfd22df32cae7e3be50292a658ac4a47c90936cab56daaaf19e89f3e216	\N	2026-12-07 02:49:10.088525+00	\\x02b8080ab0420000096d656d6265722d30310110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206a08a839d0d0004070653696c766572050680a59a9a0d00
event:sign-in-member-06-2026-04-04	\\x65424ee7d6cc4b745e5802953a69a282a8320393be8b7a019923d32ed27fd1d4	\N	2026-12-07 02:49:10.088525+00	\\x02ba080aa2150000096d656d6265722d30360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020698c7839d0d0004070653696c7665720506d889e99a0d00
spend-member-26-2026-04-04	\\xa783e1e04202ab90e17e2c43e12aa2ec55fbf572f4d37937e399b7791eac1ab0	\N	2026-12-07 02:49:10.088525+00	\\x02be084f88050000096d656d6265722d32360000
event:order-member-23-2026-04-05	\\x9a205be532853e00d94cfbd945a529354424f7f0d9eb47eceff62de1123e9372	\N	2026-12-07 02:49:10.116975+00	\\x02ca083cc4060000096d656d6265722d32330110306130616339383839386161363836660533302e3030020870757263686173653c3c0180bebdd10d0000000000020206b0dc8f9d0d0003060533302e3030
event:review-member-07-2026-04-05	\\x02eef2d2d74be663e9885eead4bd13aae1e961f60fb1bac0b362eeaecebd683f	\N	2026-12-07 02:49:10.116975+00	\\x02c40832c0090000096d656d6265722d303701103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206b0998e9d0d00
event:sign-in-member-05-2026-04-05	\\x84b12e691bda0512bf9754ff93723d3b3afc8b9b33f0a13b7122b98c4abac59e	\N	2026-12-07 02:49:10.116975+00	\\x02c2080ae22b0000096d656d6265722d30350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020680818e9d0d0004070653696c7665720506e0cc80980d00
event:sign-in-member-11-2026-04-05	\\xed87b0bd3deb93692a1c81fe2fb5fd95598c1cc34d80a4fa82099a8b90519498	\N	2026-12-07 02:49:10.116975+00	\\x02c6080a82080000096d656d6265722d31310110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020690ca8e9d0d00
event:sign-in-member-18-2026-04-05	\\x8d0a2b55a7cbcefb92d00201f0d29245ae5fd738ebae9bc876c49aa584341f1d	\N	2026-12-07 02:49:10.116975+00	\\x02c8080a88020000096d656d6265722d31380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b89f8f9d0d00
refund-order-member-26-2026-03-27	\\x158890796e7c7a7b97a168b85913212b807d04fa165f5a720fe2d4dae03785d4	\N	2026-12-07 02:49:10.116975+00	\\x02ce088d01fa030000096d656d6265722d3236000107020000
spend-member-25-2026-04-05	\\x351678e30a1982299b6eb6beb7ea89c0d550d0894aa366701636692dd7aa8dfd	\N	2026-12-07 02:49:10.116975+00	\\x02cc085798010000096d656d6265722d32350000
event:sign-in-member-28-2026-04-06	\\xe1c99ada21c347338d1f69b0b21dbd1ad5cf9aa0d8a4aaf23ce98bd750539226	\N	2026-12-07 02:49:10.149446+00	\\x02d0080a98030000096d656d6265722d32380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a8df9a9d0d00
event:order-member-12-2026-04-07	\\x5ab9171e2143c31a27e264386cb74d436d660337b90f231dc88558d54692635d	\N	2026-12-07 02:49:10.179458+00	\\x02d40872b0050000096d656d6265722d31320110306130616339383839386161363836660535372e35300208707572636861736572720180bebdd10d0000000000020206a8e2a39d0d0003060535372e3530
event:order-member-19-2026-04-07	\\xf85d96a1008399cd20b33aa65cc572c79c418fe0071085d1224dd2e3f9d1776b	\N	2026-12-07 02:49:10.179458+00	\\x02d60860ca030000096d656d6265722d31390110306130616339383839386161363836660534382e32350208707572636861736560600180bebdd10d0000000000020206d0b7a49d0d0003060534382e3235
event:order-member-22-2026-04-07	\\xc9c9d2b0aee7bdcfa67061e0b0d42104889a7fc81fdfab5ff925a131bbbb2a0d	\N	2026-12-07 02:49:10.179458+00	\\x02d80846ec040000096d656d6265722d32320110306130616339383839386161363836660533352e32350208707572636861736546460180bebdd10d000000000002020698dca49d0d0003060533352e3235
redeem-member-06-2026-04-07	\\xa238c8e24b03e7c8914715c12abf25da3c506c03b9f482cdb5b1993c535f19f4	\N	2026-12-07 02:49:10.179458+00	\\x02d208d704ca100000096d656d6265722d30360000
redeem-member-24-2026-04-07	\\x25dd3520561e73860b162b45e33d8b582a84562aee3ff316432ba6bd0a6a0add	\N	2026-12-07 02:49:10.179458+00	\\x02da08d704ec020000096d656d6265722d32340000
event:order-member-01-2026-04-08	\\xf6cc39938a76da703a321d06f23e547c7d37c36e46ba64337d557889821de4ba	\N	2026-12-07 02:49:10.218174+00	\\x02de085484430000096d656d6265722d30310110306130616339383839386161363836660533332e37350208707572636861736554540180bebdd10d0000000653696c76657200040206a0a2ad9d0d0003060533332e373504070653696c766572050680a59a9a0d00
event:order-member-01-2026-04-08-b	\\x7390ab74f3e3ef9f1d880439f2e9263fafa05961a2926933f0bc114151db9ccd	\N	2026-12-07 02:49:10.218174+00	\\x02e0088c0390460000096d656d6265722d3031011030613061633938383938616136383666063135382e3530020870757263686173658c038c030180bebdd10d0000000653696c76657200040206a0a2ad9d0d000307063135382e353004070653696c766572050680a59a9a0d00
event:order-member-05-2026-04-08	\\xa73de755e46a22ce92d6b50691187bbfa75b191a9d6ee8c679f0ce4433c97dd5	\N	2026-12-07 02:49:10.218174+00	\\x02e2086ed02c0000096d656d6265722d30350110306130616339383839386161363836660534342e3235020870757263686173656e6e0180bebdd10d0000000653696c7665720004020680d3ad9d0d0003060534342e323504070653696c7665720506e0cc80980d00
event:order-member-05-2026-04-08-b	\\x4d6fd2849afe833008fc501008c9af4984101b48a824a3eed6285c383b594613	\N	2026-12-07 02:49:10.218174+00	\\x02e408e803b8300000096d656d6265722d3035011030613061633938383938616136383666063139352e353002087075726368617365e803e8030180bebdd10d0000000653696c7665720004020680d3ad9d0d000307063139352e353004070653696c7665720506e0cc80980d00
event:order-member-13-2026-04-08	\\x4a504bb5e917444e08d91eef5f16848a566ec17e23affc1d2270344743d0b5eb	\N	2026-12-07 02:49:10.218174+00	\\x02e8086eac070000096d656d6265722d31330110306130616339383839386161363836660535352e3030020870757263686173656e6e0180bebdd10d0000000000020206c0b4ae9d0d0003060535352e3030
event:sign-in-member-07-2026-04-08	\\xf636e0bc00b6e5914ff669541f2351b0b0e409ed263c49df0b03ba99d5b8587e	\N	2026-12-07 02:49:10.218174+00	\\x02e6080aca090000096d656d6265722d30370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b0ebad9d0d00
event:review-20-2026-04-09	\\x4de696e9df790192710859d25f92badb88241ebab9b99c4e84d2ef592c1f1b6a	\N	2026-12-07 02:49:10.248256+00	\\x02ea0832d0040000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d000000000001020680d3bc9d0d00
event:order-member-04-2026-04-09	\\xfecd90ebc4ba40e704d11d726c9e23941d6e52ac4230cb83892853be42b2e9a7	\N	2026-12-07 02:49:10.25072+00	\\x02ee087eaa130000096d656d6265722d30340110306130616339383839386161363836660535302e3530020870757263686173657e7e0180bebdd10d0000000653696c76657200040206e88cb89d0d0003060535302e353004070653696c7665720506d88bba960d00
event:review-member-28-2026-04-09	\\x2dcb65dcfb19f183c5abe3214e37b35be0473f2aae1a6dabf13c3fe89fe44985	\N	2026-12-07 02:49:10.25072+00	\\x02f40832ca030000096d656d6265722d323801103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206a8b1ba9d0d00
event:sign-in-member-10-2026-04-04	\\x873963a5fce0b50675cfab056309b5e6feedc7b6c8f8afd50c1a2a7942ead8d4	\N	2026-12-07 02:49:10.088525+00	\\x02bc080ace070000227e6572617365642d6c346876667075356a74707464786361346a35786772683666710110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206f8f7839d0d00
event:sign-in-member-02-2026-04-09	\\xd3e46a5eadf593ceb65d151b457d148e81b2d30024e188a379372c6e5d5254a9	\N	2026-12-07 02:49:10.25072+00	\\x02ec080a92450000096d656d6265722d30320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206b8f4b79d0d0004070653696c766572050680a59a9a0d00
event:sign-in-member-26-2026-04-09	\\xe1429908059a04760c4b87f7cf42d04b7ea9b0cec3a41d67b9a1d345cabcd586	\N	2026-12-07 02:49:10.25072+00	\\x02f2080a84040000096d656d6265722d32360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206f898ba9d0d00
refund-order-member-11-2026-04-02	\\x1c5970faf48c934071fd31c42dd8591fe839b63e0758949a41d0528f337f092e	\N	2026-12-07 02:49:10.25072+00	\\x02f00829d8070000096d656d6265722d3131000107020000
event:order-member-15-2026-04-10	\\x867f883a73a9ff19bfebc95922a10c493bdee094b68268c88d07da019400e0fd	\N	2026-12-07 02:49:10.288624+00	\\x02f8088402e6070000096d656d6265722d31350110306130616339383839386161363836660536352e3030030e62697274686461792d6d6f6e7468820182010180bebdd10d0000087075726368617365820182010180bebdd10d0000000000020206f0d8c39d0d0003060536352e3030
event:order-member-23-2026-04-10	\\x2db23e968776e8f3ccccfbc870fa2fa67dbd98a3fa4c333f40e3246019f17e9f	\N	2026-12-07 02:49:10.288624+00	\\x02fa082ef2060000096d656d6265722d32330110306130616339383839386161363836660532332e3030020870757263686173652e2e0180bebdd10d0000000000020206b0bac49d0d0003060532332e3030
refund-order-member-08-2026-04-01	\\x03b4bc8f47f8f9d9a9797dec5c48535f4bbf75cd4a7e7844871bb3d607703287	\N	2026-12-07 02:49:10.288624+00	\\x02f6085d88040000096d656d6265722d3038000107020000
event:order-member-20-2026-04-11	\\x2a31e733299556cb589e07ef79b21177c42f53e9055b882d5cc66964dae711d7	\N	2026-12-07 02:49:10.324833+00	\\x02fe0850a0050000096d656d6265722d32300110306130616339383839386161363836660534302e37350208707572636861736550500180bebdd10d0000000000020206e8dbce9d0d0003060534302e3735
redeem-member-21-2026-04-11	\\xa4eb358887d69bfa150d37539b3222eba746863f5afa47361cc0b4590afbdbde	\N	2026-12-07 02:49:10.324833+00	\\x028009d704500000096d656d6265722d32310000
event:order-member-06-2026-04-12	\\x67dffd4be9bc54ee0e63784fef92e502f7b26b1ad1117b0580d275f420082d94	\N	2026-12-07 02:49:10.358729+00	\\x028409e801b2120000096d656d6265722d30360110306130616339383839386161363836660539332e303002087075726368617365e801e8010180bebdd10d0000000653696c7665720004020698f7d79d0d0003060539332e303004070653696c7665720506d889e99a0d00
event:order-member-06-2026-04-12-b	\\x2a37f1f6797586e03305aa74a747af7c45ff8ec8cd3a33affc172f43804a85af	\N	2026-12-07 02:49:10.358729+00	\\x028609ae07e0190000096d656d6265722d3036011030613061633938383938616136383666063337372e323502087075726368617365ae07ae070180bebdd10d0000000653696c7665720004020698f7d79d0d000307063337372e323504070653696c7665720506d889e99a0d00
event:sign-in-member-26-2026-04-12	\\x1569f9265e8e234b186947a4a5bad910e7f10a704473aee70256852b19f22554	\N	2026-12-07 02:49:10.358729+00	\\x0288090a8e040000096d656d6265722d32360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206f8ead99d0d00
event:order-member-01-2026-04-13	\\x48b66fad4fb7d7456ce0c72b3125177627e4d575c14fc4afe3ce903c281b5542	\N	2026-12-07 02:49:10.393907+00	\\x028a09b801c8470000096d656d6265722d30310110306130616339383839386161363836660537332e373502087075726368617365b801b8010180bebdd10d0000000653696c76657200040206a080e29d0d0003060537332e373504070653696c766572050680a59a9a0d00
event:order-member-24-2026-04-13	\\xeafa37e310e060a87c6a21b4bf2f3a22fbf8e3137b4049e0b0adfd2d8f0eb1b2	\N	2026-12-07 02:49:10.393907+00	\\x028e092a96030000096d656d6265722d32340110306130616339383839386161363836660532312e3530020870757263686173652a2a0180bebdd10d0000000000020206c898e49d0d0003060532312e3530
event:sign-in-member-12-2026-04-13	\\x60b39ba02b45587ea4bbef5fcd888d38cd3cbe0fec1d7983bb845d526f5b8728	\N	2026-12-07 02:49:10.393907+00	\\x028c090aba050000096d656d6265722d31320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a886e39d0d00
event:sign-in-member-25-2026-04-13	\\xf87e24c57bbc49bce1ffa504beac8d1bbcc2c8df1b56a65a5af16bd6730ec750	\N	2026-12-07 02:49:10.393907+00	\\x0290090aa2010000096d656d6265722d32350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206e0a4e49d0d00
event:order-member-02-2026-04-14	\\x073d490fbb178df6d64811dedf1dfe31cbf7091672d510454e08204dcb51486c	\N	2026-12-07 02:49:10.426628+00	\\x029409840196460000096d656d6265722d30320110306130616339383839386161363836660535332e353002087075726368617365840184010180bebdd10d0000000653696c76657200040206b8d2ec9d0d0003060535332e353004070653696c766572050680a59a9a0d00
event:order-member-02-2026-04-14-b	\\xcb15d54a4e35aa9ecfa6d249af7770907c7b46f583d12118e1eedbef51066bc3	\N	2026-12-07 02:49:10.426628+00	\\x029609ca06e04c0000096d656d6265722d3032011030613061633938383938616136383666063333372e303002087075726368617365ca06ca060180bebdd10d0000000653696c76657200040206b8d2ec9d0d000307063333372e303004070653696c766572050680a59a9a0d00
event:order-member-18-2026-04-14	\\x34737e02c2743d55dbce921c2510594e1c248e4bedf548a0409c8ee93bfd35c7	\N	2026-12-07 02:49:10.426628+00	\\x029c092cb4020000096d656d6265722d31380110306130616339383839386161363836660532322e3030020870757263686173652c2c0180bebdd10d0000000000020206b895ee9d0d0003060532322e3030
event:order-member-28-2026-04-14	\\x3f6724e45483d322ec6842f2d0db45791d94f442040e51d1cf38283a22e40a53	\N	2026-12-07 02:49:10.426628+00	\\x02a0097cc6040000096d656d6265722d32380110306130616339383839386161363836660536322e3530020870757263686173657c7c0180bebdd10d0000000000020206a88fef9d0d0003060536322e3530
event:review-member-07-2026-04-14	\\xb2789eb2b48f23476b4d4a8f3f084ce3f9e3913fc6409ef355dea2e34309aa24	\N	2026-12-07 02:49:10.426628+00	\\x029a0932fc090000096d656d6265722d303701103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206b08fed9d0d00
event:sign-in-member-01-2026-04-14	\\x3551bb8a2646e212edb1e5a92365d7f1232ab0e1e0980fa2edf214045f83d346	\N	2026-12-07 02:49:10.426628+00	\\x0292090ad2470000096d656d6265722d30310110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206a0c6ec9d0d0004070653696c766572050680a59a9a0d00
event:sign-in-member-05-2026-04-14	\\x9ba664006fdd0b472d1933ca56463aeaf4c70f8c3b8b5a5a9edb058689bfb055	\N	2026-12-07 02:49:10.426628+00	\\x0298090ac2300000096d656d6265722d30350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020680f7ec9d0d0004070653696c7665720506e0cc80980d00
event:sign-in-member-24-2026-04-14	\\x695bf363b32c672e92c8114ec8e65719e2fedf17e8dca61aa65c3fe9a9b94c6c	\N	2026-12-07 02:49:10.426628+00	\\x029e090aa0030000096d656d6265722d32340110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c8deee9d0d00
event:order-member-02-2026-04-15	\\xfbaeaa33191aeac28fe583b9e653ab0681c71c2ee7f494013dad80720c4a9597	\N	2026-12-07 02:49:10.452474+00	\\x02a20932924d0000096d656d6265722d30320110306130616339383839386161363836660532302e37350208707572636861736532320180bebdd10d0000000653696c76657200040206b898f79d0d0003060532302e373504070653696c766572050680a59a9a0d00
event:order-member-02-2026-04-15-b	\\x1ac6c8543afd2379397103279ae8a6ee1d151f99342f2649da95d376751cf7b4	\N	2026-12-07 02:49:10.452474+00	\\x02a409a405b6520000096d656d6265722d3032011030613061633938383938616136383666063237302e373502087075726368617365a405a4050180bebdd10d0000000653696c76657200040206b898f79d0d000307063237302e373504070653696c766572050680a59a9a0d00
event:order-member-04-2026-04-15	\\xee71e434f25832373fc65cfac1b273d544ef223cd6aae295b9cfbd14a7476b65	\N	2026-12-07 02:49:10.452474+00	\\x02a6099a01c4140000096d656d6265722d30340110306130616339383839386161363836660536322e3030020870757263686173659a019a010180bebdd10d0000000653696c76657200040206e8b0f79d0d0003060536322e303004070653696c7665720506d88bba960d00
event:order-member-11-2026-04-15	\\xf62b405b13297b4075df15250dba2f9ec3ccdb82c5ccc9a4a7896677b994e3c1	\N	2026-12-07 02:49:10.452474+00	\\x02aa09a201fa080000096d656d6265722d31310110306130616339383839386161363836660538312e303002087075726368617365a201a2010180bebdd10d00000000000202069086f89d0d0003060538312e3030
event:order-member-18-2026-04-15	\\x9c4fc796464e080bba241ad658739eecde91e25e62f4a2c03f83e7487ff166df	\N	2026-12-07 02:49:10.452474+00	\\x02ac09669a030000096d656d6265722d31380110306130616339383839386161363836660535312e35300208707572636861736566660180bebdd10d0000000000020206b8dbf89d0d0003060535312e3530
event:order-member-27-2026-04-15	\\xc7ff5fbc6a71ee3fa2cd0cc19b5973cb27cf397b0c74b4058db9ba4afdecb5ff	\N	2026-12-07 02:49:10.452474+00	\\x02ae097484080000096d656d6265722d32370110306130616339383839386161363836660535382e37350208707572636861736574740180bebdd10d000000000002020690c9f99d0d0003060535382e3735
event:order-member-28-2026-04-15	\\x187a22147ccb2629ae3d0592d0e56ed6a5c30837ddfc68dbd2ce3bf77f80fc07	\N	2026-12-07 02:49:10.452474+00	\\x02b00962a8050000096d656d6265722d32380110306130616339383839386161363836660534392e30300208707572636861736562620180bebdd10d0000000000020206a8d5f99d0d0003060534392e3030
event:sign-in-member-06-2026-04-15	\\x4c471a2c136157bcae6b31910f0d7c4f7a89da3c599c2e19895522a7219559ff	\N	2026-12-07 02:49:10.452474+00	\\x02a8090aea190000096d656d6265722d30360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020698c9f79d0d0004070653696c7665720506d889e99a0d00
event:review-20-2026-04-16	\\x9742ca5f15bd053b890a5666d853612a8443dc6c354feff6e0c41c715a74d7dd	\N	2026-12-07 02:49:10.480708+00	\\x02b20932d2050000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d000000000001020680bd869e0d00
event:order-member-07-2026-04-16	\\x073e9de330e3d2107878a4fad6a9e9505f15bd4a0d21e81b83fae107ec0bbcc5	\N	2026-12-07 02:49:10.484433+00	\\x02b40966e20a0000096d656d6265722d30370110306130616339383839386161363836660535312e35300208707572636861736566660180bebdd10d0000000000020206b09b829e0d0003060535312e3530
event:order-member-22-2026-04-16	\\x8af7a76536090fbcd42922d0d33de443bcd414e569f5f401c9a63e7105504d15	\N	2026-12-07 02:49:10.484433+00	\\x02b809aa0196060000096d656d6265722d32320110306130616339383839386161363836660538352e373502087075726368617365aa01aa010180bebdd10d000000000002020698d2839e0d0003060538352e3735
event:order-member-25-2026-04-16	\\x7a1e3da527f32a744ea47e278a14219aed3f25ae6c4caa4df605306ab06c6903	\N	2026-12-07 02:49:10.484433+00	\\x02ba098201a4020000096d656d6265722d32350110306130616339383839386161363836660536352e373502087075726368617365820182010180bebdd10d0000000000020206e0f6839e0d0003060536352e3735
event:sign-in-member-11-2026-04-16	\\x039264fea7b7a07059b03ffbee5dc87e4b988c5ea587024923a4d746bafbdd22	\N	2026-12-07 02:49:10.484433+00	\\x02b6090a84090000096d656d6265722d31310110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020690cc829e0d00
event:sign-in-member-30-2026-04-16	\\x41a1cecffc3ed54ad633d82bc8d1bd3572d2e48f041dbfd31e9d519273cf9e96	\N	2026-12-07 02:49:10.484433+00	\\x02bc090aea050000096d656d6265722d33300110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d8b3849e0d00
event:order-member-05-2026-04-17	\\x9ed0dd203832897245c4f3cf6dab1b6dc416cba3c0363f1c701b633b71d03e4a	\N	2026-12-07 02:49:10.526096+00	\\x02be09ea01ac320000096d656d6265722d30350110306130616339383839386161363836660539342e323502087075726368617365ea01ea010180bebdd10d0000000653696c7665720004020680c98c9e0d0003060539342e323504070653696c7665720506e0cc80980d00
event:order-member-06-2026-04-17	\\x8c8698d9bced5b4893275b3d742cc55c39e10834ace6d7b864205f6a33599617	\N	2026-12-07 02:49:10.526096+00	\\x02c0096ed81a0000096d656d6265722d30360110306130616339383839386161363836660534342e3735020870757263686173656e6e0180bebdd10d0000000653696c7665720004020698d58c9e0d0003060534342e373504070653696c7665720506d889e99a0d00
event:order-member-06-2026-04-17-b	\\x7fc236811cbf1cbe6f2257b952b1bd213bb8ef2282395455d431135cebfa8eb7	\N	2026-12-07 02:49:10.526096+00	\\x02c209ea03c21e0000096d656d6265722d3036011030613061633938383938616136383666063139362e303002087075726368617365ea03ea030180bebdd10d0000000653696c7665720004020698d58c9e0d000307063139362e303004070653696c7665720506d889e99a0d00
event:order-member-25-2026-04-17	\\x83a55d7eb6085147159ff65c081e490610ecd2dd52673f149fdf67c5e092f115	\N	2026-12-07 02:49:10.526096+00	\\x02c4098001a4030000096d656d6265722d32350110306130616339383839386161363836660536342e303002087075726368617365800180010180bebdd10d0000000000020206e0bc8e9e0d0003060536342e3030
spend-member-28-2026-04-17	\\x892055e6a643b8f2c3f8adb5e89d9f1a6b45a3a3a41ecc22afbab4169f73dc4f	\N	2026-12-07 02:49:10.526096+00	\\x02c6092bfc040000096d656d6265722d32380000
event:order-member-25-2026-04-18	\\x3565b4a2d79d436aee41ae0d8cc0199c79a8388962e2f5adca20557570c4ceaf	\N	2026-12-07 02:49:10.58394+00	\\x02ca099201b6040000096d656d6265722d32350110306130616339383839386161363836660537332e373502087075726368617365920192010180bebdd10d0000000000020206e082999e0d0003060537332e3735
event:sign-in-member-06-2026-04-18	\\xb754dd6edd6ada4ef204a488c6efb2372717df7bc411ee7d8931c81886f837ae	\N	2026-12-07 02:49:10.58394+00	\\x02c8090acc1e0000096d656d6265722d30360110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206989b979e0d0004070653696c7665720506d889e99a0d00
event:sign-in-member-28-2026-04-18	\\x6d6b0b668cdac81cc65537c9938f6779ba6903b2b2c63e320da106539851d4b2	\N	2026-12-07 02:49:10.58394+00	\\x02cc090a86050000096d656d6265722d32380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a8a7999e0d00
event:order-member-24-2026-04-19	\\x13f8186abdeccfdc577c803d25b5964427c0923f9452770c56db7d70bacce21f	\N	2026-12-07 02:49:10.620096+00	\\x02d4099001b0040000096d656d6265722d32340110306130616339383839386161363836660537322e353002087075726368617365900190010180bebdd10d0000000000020206c8bca39e0d0003060537322e3530
event:review-member-23-2026-04-19	\\x610e1bfb9b88eda48a260330aee2c441cd719a5fad38b2ac8094e4bf142604d2	\N	2026-12-07 02:49:10.620096+00	\\x02d20932a4070000096d656d6265722d323301103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206b0b0a39e0d00
event:sign-in-member-07-2026-04-19	\\xd932ac25d3c5f2ed6835213139f9c06572e8dee41c6f60e7b5edaacf6cfb0c8d	\N	2026-12-07 02:49:10.620096+00	\\x02d0090aec0a0000096d656d6265722d30370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206b0eda19e0d00
redeem-member-06-2026-04-19	\\x7a9d1a9ce9e82c0874b3a202a0754ff08367d98c505cc214a2da6a45f5f8db19	\N	2026-12-07 02:49:10.620096+00	\\x02ce09d704f4190000096d656d6265722d30360000
welcome-member-29	\\xd6a0d65aadef0efef42cffe3fc95deb9378ab5d2c48ed729699927ed8eb88d90	\N	2026-12-07 02:49:06.828177+00	\\x024064640000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750000
event:sign-in-member-29-2026-01-08	\\x5dfd669673d4f542c8e5ce8936b071f2a11fab233f4d7e5b12e089b203e5aeb3	\N	2026-12-07 02:49:06.916496+00	\\x02560a6e0000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c0dbfa950d00
event:order-member-29-2026-01-11	\\x4815b39765fad17e52f83861ab3f42a7a4c49d1f74099ae90c1dba26d0b01262	\N	2026-12-07 02:49:06.995716+00	\\x026634a2010000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360532362e32350208707572636861736534340180bebdd10d0000000000020206c0ad9a960d0003060532362e3235
event:order-member-29-2026-01-12	\\x5a387c1ae53c62190a6f51af6dacf7779dd8489600baa6606189bebe14ff9c76	\N	2026-12-07 02:49:07.084411+00	\\x0298016082020000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360534382e32350208707572636861736560600180bebdd10d0000000000020206c0f3a4960d0003060534382e3235
refund-order-member-29-2026-01-12	\\x6a2e91b2f2e154d807113c654f5f9f54c356a415672c34d099e53d1630962bb0	\N	2026-12-07 02:49:07.106433+00	\\x029c015fa2010000227e6572617365642d696132377379707473356333756568686b6c776b6a6170797475000107020000
event:order-member-29-2026-01-23	\\x92109eb6cf43fc0888ca2d524f068cf6db172e1d66e2a2a282b8edd14e335260	\N	2026-12-07 02:49:07.402508+00	\\x02f001688a020000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360535322e30300208707572636861736568680180bebdd10d0000000000020206c0f598970d0003060535322e3030
event:order-member-29-2026-01-26	\\x11521dca186eac469da133f876fd7c233f07179929e1cae0487bd9eb9cb5d712	\N	2026-12-07 02:49:07.490996+00	\\x02860252dc020000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360534312e35300208707572636861736552520180bebdd10d0000000000020206c0c7b8970d0003060534312e3530
event:order-member-29-2026-02-10	\\x71b239905f19d07fc76938281ae9ee40ca6d9638ee41ea999f07f74566c29711	\N	2026-12-07 02:49:08.126591+00	\\x02ba0346a2030000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360533352e37350208707572636861736546460180bebdd10d0000000000020206c0e1d6980d0003060533352e3735
event:order-member-29-2026-02-15	\\x30b3f8f33c9ed4cf610a44f3086c800c178dcf287867ac646053a3f53b4f4758	\N	2026-12-07 02:49:08.302463+00	\\x02fa03ac01ce040000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360538362e353002087075726368617365ac01ac010180bebdd10d0000000000020206c0bf8b990d0003060538362e3530
event:sign-in-member-29-2026-02-19	\\x4cf209f118c3521422d64a18a80bb77ef634ee6b36b1e79a25d109b6a2d85548	\N	2026-12-07 02:49:08.489096+00	\\x02c8040ad8040000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c0d7b5990d00
event:sign-in-member-29-2026-02-21	\\x8bfd4a884cc4068db9b19c6185231e88e380ebbcef109b03a84875fa69b7c827	\N	2026-12-07 02:49:08.557834+00	\\x02e6040ae2040000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206c0e3ca990d00
event:order-member-29-2026-03-09	\\xa85cdc071b8772be6a7c95a36381e0056ebbee40f2799801f4023098aff159f5	\N	2026-12-07 02:49:09.176892+00	\\x028c06a801a6050000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110306130616339383839386161363836660538342e303002087075726368617365a801a8010180bebdd10d0000000000020206c0c3f39a0d0003060538342e3030
spend-member-29-2026-03-14	\\xcce34ab9f4e13376df59c1d2da471ca4f53aeb6c54d4a6dd90b045db50d997de	\N	2026-12-07 02:49:09.362055+00	\\x02c80651d4040000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750000
event:sign-in-member-29-2026-03-15	\\x40a73d943b1b3db198cbf5228a3848f7bcfbfeea9f9d2093ff8ebb8550f39721	\N	2026-12-07 02:49:09.398612+00	\\x02d2060ade040000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c0e7b29b0d00
event:order-member-29-2026-03-16	\\xdbad0da6a94f4706dfa4225ce5f9279dccb40c527b2dfb6a4ef543ee7a59eac0	\N	2026-12-07 02:49:09.432437+00	\\x02dc06ae018c060000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110306130616339383839386161363836660538372e303002087075726368617365ae01ae010180bebdd10d0000000000020206c0adbd9b0d0003060538372e3030
refund-order-member-29-2026-03-16	\\xb5909e4e1327f0d9e8f2fd9dfbf7bdb2a38d31f87ec3d8cde4232557429ec71f	\N	2026-12-07 02:49:09.502292+00	\\x02f406ad01de040000227e6572617365642d696132377379707473356333756568686b6c776b6a6170797475000107020000
spend-member-29-2026-03-24	\\xcaa2f30afdeab3c4c30568dcc9f270ea709f551c96edd5144226627fd15f5385	\N	2026-12-07 02:49:09.726594+00	\\x02ba073da0040000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750000
event:sign-in-member-29-2026-04-02	\\xc3c8d99a4015e77faae8b1f9180cf4da91c78c4cd019b90cdcbe4a9fec74cac8	\N	2026-12-07 02:49:10.023555+00	\\x02aa080aaa040000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c0d3f09c0d00
event:order-member-29-2026-04-07	\\x63135ef844b6e98b66e28f6fb966adb0ddc0ab77b7703158f7bcf6df0a5b2f76	\N	2026-12-07 02:49:10.179458+00	\\x02dc08a401ce050000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110306130616339383839386161363836660538322e323502087075726368617365a401a4010180bebdd10d0000000000020206c0b1a59d0d0003060538322e3235
redeem-member-29-2026-04-10	\\x93623473df440c487efc0b4aa4fd16a83ceee6d6025d1d0cb745346e81491e8e	\N	2026-12-07 02:49:10.288624+00	\\x02fc08d704760000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750000
event:order-member-29-2026-04-11	\\x734b90ab0def0e1d6f5f8ed054caef7bbc9aaf1a548d86247c170e4de9ebc86f	\N	2026-12-07 02:49:10.324833+00	\\x02820932a8010000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750110306130616339383839386161363836660532352e32350208707572636861736532320180bebdd10d0000000000020206c0c9cf9d0d0003060532352e3235
hold-29	\\x7587f76b9c780baabbf0db95d8d4cd42b7f06d2998ef6018706ce48c17b03043	\N	2026-12-07 02:49:10.644543+00	\\x02d6094f585000227e6572617365642d696132377379707473356333756568686b6c776b6a61707974750000
event:~referrer:ref-11	\\x8ebe1f8efa6aa80269a2fd8b1cf5d5cfd5a65eb2f4cfdc7ae96b46e57106e4ca	\N	2026-12-07 02:49:07.070769+00	\\x0286019003f4030000227e6572617365642d6c346876667075356a74707464786361346a357867726836667101103734336665636466393966353435643600020f726566657272616c2d7468616e6b73900390030180bebdd10d0000000000010206b094a3960d00
event:~referrer:ref-12	\\xb4d410bc7b59860406484829257a93d686d585e34517b6b5e5092a84ad68abf0	\N	2026-12-07 02:49:07.07615+00	\\x028c01900384070000227e6572617365642d6c346876667075356a74707464786361346a357867726836667101103734336665636466393966353435643600020f726566657272616c2d7468616e6b73900390030180bebdd10d0000000000010206b094a3960d00
event:review-member-10-2026-01-12	\\x216886000ba0ae09b092715518ea07aebedbf600294546e1d6f2030791945881	\N	2026-12-07 02:49:07.084411+00	\\x028e0128ac070000227e6572617365642d6c346876667075356a74707464786361346a357867726836667101103734336665636466393966353435643600020672657669657728280180bebdd10d0000000000010206f88ba3960d00
event:sign-in-member-10-2026-01-16	\\xc2043d883a064ae5d3645f1e1e0015eb2348949c133bd3a642e282a47917f0fa	\N	2026-12-07 02:49:07.165898+00	\\x02b0010ab6070000227e6572617365642d6c346876667075356a74707464786361346a35786772683666710110373433666563646639396635343564360002077369676e2d696e0a0a0180bebdd10d0000000000010206f8a3cd960d00
event:review-member-10-2026-01-17	\\xb165e6b94e5e4126a15bed35f9f6affbdc10de09082e1de469d3bf0cfc7e32b9	\N	2026-12-07 02:49:07.191105+00	\\x02b80128de070000227e6572617365642d6c346876667075356a74707464786361346a357867726836667101103734336665636466393966353435643600020672657669657728280180bebdd10d0000000000010206f8e9d7960d00
redeem-member-10-2026-02-05	\\x1c7d032a6284f31c21f85d3a4a02bc0c3998d04df3839429cfa445c00476ade2	\N	2026-12-07 02:49:07.9248+00	\\x028403d70486030000227e6572617365642d6c346876667075356a74707464786361346a35786772683666710000
event:order-member-10-2026-03-15	\\x17913267a418e4df7215d13f1014adc7c44ed8114a5bf6870a2c3127bf7c887e	\N	2026-12-07 02:49:09.398612+00	\\x02d00626ba060000227e6572617365642d6c346876667075356a74707464786361346a35786772683666710110306130616339383839386161363836660531392e35300208707572636861736526260180bebdd10d0000000000020206f8ffb09b0d0003060531392e3530
event:order-member-10-2026-03-22	\\xbff056d433e32c4d3e709460595948e89546d10fbec83219524adea585a0f2c9	\N	2026-12-07 02:49:09.655566+00	\\x029e0758c4070000227e6572617365642d6c346876667075356a74707464786361346a35786772683666710110306130616339383839386161363836660534342e35300208707572636861736558580180bebdd10d0000000000020206f8e9fa9b0d0003060534342e3530
event:order-member-04-2026-04-20	\\x61583da66e37cc62baf284990154c663dd2af42464938f811e715ffed4ec2b1f	\N	2026-12-07 02:49:10.672412+00	\\x02e009d8019c160000096d656d6265722d30340110306130616339383839386161363836660538362e353002087075726368617365d801d8010180bebdd10d0000000653696c76657200040206e88eac9e0d0003060538362e353004070653696c7665720506d88bba960d00
event:order-member-04-2026-04-20-b	\\xbeb3be490fa9d189c47f8267fc20a3b60cbbfacb23530f55a44f0bf383e7d555	\N	2026-12-07 02:49:10.672412+00	\\x02e209d602f2180000096d656d6265722d3034011030613061633938383938616136383666063133372e323502087075726368617365d602d6020180bebdd10d0000000653696c76657200040206e88eac9e0d000307063133372e323504070653696c7665720506d88bba960d00
event:order-member-27-2026-04-20	\\x6931326295730e7a92ea97187a46ac3000b5948432e85e59132b82fd2a4f4c5f	\N	2026-12-07 02:49:10.672412+00	\\x02e6099e01a2090000096d656d6265722d32370110306130616339383839386161363836660537392e3235020870757263686173659e019e010180bebdd10d000000000002020690a7ae9e0d0003060537392e3235
event:review-member-30-2026-04-20	\\x6992d1e5fb6162f1e42551ce38b913dcb326ec9fbd42b95bf09942692047993f	\N	2026-12-07 02:49:10.672412+00	\\x02ea09329c060000096d656d6265722d333001103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206d8cbae9e0d00
event:sign-in-member-19-2026-04-20	\\x972fd6107b486dc8b6437dac8a06b10cac0716e3dd9c1f8bb6346f53b14ffb2a	\N	2026-12-07 02:49:10.672412+00	\\x02e4090ad4030000096d656d6265722d31390110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d0c5ad9e0d00
event:sign-in-member-28-2026-04-20	\\x9516673ffe7516e599df234cf49c16ad6278b2dc02e9e4ab95fd59243494539f	\N	2026-12-07 02:49:10.672412+00	\\x02e8090a90050000096d656d6265722d32380110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a8b3ae9e0d00
event:order-member-01-2026-04-21	\\x391a13b9f6c8452fb0d29431e5b7687c89417964b8c86f173306d0de2990e4a9	\N	2026-12-07 02:49:10.725831+00	\\x02ec098a01dc480000096d656d6265722d30310110306130616339383839386161363836660535352e3735020870757263686173658a018a010180bebdd10d0000000653696c76657200040206a0b0b69e0d0003060535352e373504070653696c766572050680a59a9a0d00
event:order-member-01-2026-04-21-b	\\x167fe09457f02a2cdc9166b6778d11332391cde199a11b45eef8639f9986d1b9	\N	2026-12-07 02:49:10.725831+00	\\x02ee09ce03aa4c0000096d656d6265722d3031011030613061633938383938616136383666063138352e323502087075726368617365ce03ce030180bebdd10d0000000653696c76657200040206a0b0b69e0d000307063138352e323504070653696c766572050680a59a9a0d00
event:order-member-13-2026-04-21	\\x25818c79fcdbef45970c7cf910754a477fe723cd9bd35bab6df550c7e211002c	\N	2026-12-07 02:49:10.725831+00	\\x02f009b401e0080000096d656d6265722d31330110306130616339383839386161363836660539302e373502087075726368617365b401b4010180bebdd10d0000000000020206c0c2b79e0d0003060539302e3735
event:order-member-25-2026-04-21	\\x38746d5f20528d581bf073275315b6d5f092578ae8398bbfd3df56b884baf3a2	\N	2026-12-07 02:49:10.725831+00	\\x02f2099801ce050000096d656d6265722d32350110306130616339383839386161363836660537362e303002087075726368617365980198010180bebdd10d0000000000020206e0d4b89e0d0003060537362e3030
event:order-member-01-2026-04-22	\\xcfef9eced10011e8601cffa2a81dc65e4744fba6bf92c5d6ffb4e0652c973455	\N	2026-12-07 02:49:10.751146+00	\\x02f409a601d04d0000096d656d6265722d30310110306130616339383839386161363836660536372e303002087075726368617365a601a6010180bebdd10d0000000653696c76657200040206a0f6c09e0d0003060536372e303004070653696c766572050680a59a9a0d00
event:order-member-04-2026-04-22	\\x740ed9b7ebfa1d977a4775a31f29883c89e92edef35b13159462cf5ab1ec80e3	\N	2026-12-07 02:49:10.751146+00	\\x02f60998018a1a0000096d656d6265722d30340110306130616339383839386161363836660536312e323502087075726368617365980198010180bebdd10d0000000653696c76657200040206e89ac19e0d0003060536312e323504070653696c7665720506d88bba960d00
event:order-member-04-2026-04-22-b	\\xf44fb8212f666411f66942a04b9b9e9078c2b9f6d4371f15f9024c1dc5d55ff4	\N	2026-12-07 02:49:10.751146+00	\\x02f809d607e0210000096d656d6265722d3034011030613061633938383938616136383666063339332e353002087075726368617365d607d6070180bebdd10d0000000653696c76657200040206e89ac19e0d000307063339332e353004070653696c7665720506d88bba960d00
event:order-member-14-2026-04-22	\\x1f3c1852bf087d2d62b38dd436142e500c6ac5716a026c60c6d230f25f0a4a25	\N	2026-12-07 02:49:10.751146+00	\\x02fe09b801c00d0000096d656d6265722d31340110306130616339383839386161363836660539322e373502087075726368617365b801b8010180bebdd10d0000000000020206d894c29e0d0003060539322e3735
event:order-member-30-2026-04-22	\\x06d24e0f18a15318dc46baaaaa29765e1d6ed43a1721e8dfc840a96261b572f1	\N	2026-12-07 02:49:10.751146+00	\\x02800a60fc060000096d656d6265722d33300110306130616339383839386161363836660534382e30300208707572636861736560600180bebdd10d0000000000020206d8d7c39e0d0003060534382e3030
event:sign-in-member-05-2026-04-22	\\x2180608dff5cf064ada18baf4b01dcc657fe8d5dd24feab38de937f31f157c0a	\N	2026-12-07 02:49:10.751146+00	\\x02fa090ab6320000096d656d6265722d30350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020680a7c19e0d0004070653696c7665720506e0cc80980d00
event:sign-in-member-13-2026-04-22	\\x28fe9be0071272b13f41224b888d5846b5270d8c6d8eb58d40e8e62e7f56417d	\N	2026-12-07 02:49:10.751146+00	\\x02fc090aea080000096d656d6265722d31330110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206c088c29e0d00
event:review-20-2026-04-23	\\x06218d88be106af2b5b211ef5c75905a7b95295f8d199101ed23d9b2c5d6d6bb	\N	2026-12-07 02:49:10.771228+00	\\x02820a3284060000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d000000000001020680a7d09e0d00
event:review-member-12-2026-04-23	\\x4ec9dd03af834dbf903f47b206b349afb7cf799c8ef4ef3dee3ca00528419452	\N	2026-12-07 02:49:10.778303+00	\\x02860a32ec050000096d656d6265722d313201103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206a8c2cc9e0d00
event:review-member-27-2026-04-23	\\x8e81051550df3d0d3c198c3cf99f7a08e7ea0ff6da750b9a0a9f79245b24799e	\N	2026-12-07 02:49:10.778303+00	\\x028a0a32d4090000096d656d6265722d323701103061306163393838393861613638366600020672657669657732320180bebdd10d000000000001020690f9cd9e0d00
event:sign-in-member-17-2026-04-23	\\x5f1d3c857580e2eae100f4496901996fd2c0e97a40d844e2e10f8bf7d532cee7	\N	2026-12-07 02:49:10.778303+00	\\x02880a0aca090000096d656d6265722d31370110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c76657200030206a0ffcc9e0d0004070653696c7665720506e08ade990d00
redeem-member-11-2026-04-23	\\x63482eb158e9e34405dc8edec15774d87378885e25be2d05f4f547b0c2cd8f52	\N	2026-12-07 02:49:10.778303+00	\\x02840ad704ac040000096d656d6265722d31310000
redeem-member-30-2026-04-23	\\x0a4da5b73a376260a995646999fc5332be5e80ffdf411c5c34dd12f8486aea02	\N	2026-12-07 02:49:10.778303+00	\\x028c0ad704a4020000096d656d6265722d33300000
event:order-member-26-2026-04-24	\\x5f642d385328e6d2408bd105eb4731f36469dae4f63ac78ef5400a9a1c2fadb7	\N	2026-12-07 02:49:10.812659+00	\\x02900a28b6040000096d656d6265722d32360110306130616339383839386161363836660532302e35300208707572636861736528280180bebdd10d0000000000020206f8b2d89e0d0003060532302e3530
spend-member-16-2026-04-24	\\x3a8144737c9b3475f6b406d8c06c5e6b05fe8e476bc19a51e1bfe7ed7826c861	\N	2026-12-07 02:49:10.812659+00	\\x028e0a69de020000096d656d6265722d31360000
event:order-member-01-2026-04-25	\\xf29f8dc9590169f7f9f981d4ba92fd70a2cc13cc096951943714b4ab5bf1aaf8	\N	2026-12-07 02:49:10.842285+00	\\x02920a68b84e0000096d656d6265722d30310110306130616339383839386161363836660534322e30300208707572636861736568680180bebdd10d0000000653696c76657200040206a0c8e09e0d0003060534322e303004070653696c766572050680a59a9a0d00
event:review-member-20-2026-04-25	\\xa7f96bb3a5c7e6aa412d2ec375df1b16cd2ae52e49c99582450772e8bbd4fce6	\N	2026-12-07 02:49:10.842285+00	\\x029c0a32b6060000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d0000000000010206e8afe29e0d00
event:sign-in-member-11-2026-04-25	\\x76f9d1b592d5801cae4b5af2105e56d05136fcae75643ebfd300f2d22fbe3d4a	\N	2026-12-07 02:49:10.842285+00	\\x02980a0ab6040000096d656d6265722d31310110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d000000000001020690c2e19e0d00
spend-member-05-2026-04-25	\\x8e13de361f05554241527f972e53cf119a2530e9daacea2f3fae03d46540fbdb	\N	2026-12-07 02:49:10.842285+00	\\x02940a2b8a320000096d656d6265722d30350000
spend-member-07-2026-04-25	\\xacdbb6a807ccfc2fba23e14c0fcf0eeeef5dccdeb231a1f7a173685365349b8b	\N	2026-12-07 02:49:10.842285+00	\\x02960a6b800a0000096d656d6265722d30370000
spend-member-19-2026-04-25	\\xc2dbe218ca2f9b35427c030f08e8e66f8c42be5da6cf08708a7d27d019e70c01	\N	2026-12-07 02:49:10.842285+00	\\x029a0a3b98030000096d656d6265722d31390000
event:order-member-07-2026-04-26	\\x2ea9e3268a099ef605c9125145777442cdc3a1de20253803d732ef8cfe4f21a0	\N	2026-12-07 02:49:10.866596+00	\\x029e0a48c80a0000096d656d6265722d30370110306130616339383839386161363836660533362e30300208707572636861736548480180bebdd10d0000000000020206b0d7eb9e0d0003060533362e3030
event:sign-in-member-12-2026-04-26	\\x8620ab6a21985b5ea1524e435ccdc6cd8488d2da77cc190eb115d7eb752d8006	\N	2026-12-07 02:49:10.866596+00	\\x02a00a0af6050000096d656d6265722d31320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a894ec9e0d00
event:sign-in-member-19-2026-04-26	\\x9060a85ba185b374fe60b0032fa74b11a16af19d3a12dd21834f56b984ef7970	\N	2026-12-07 02:49:10.866596+00	\\x02a20a0aa2030000096d656d6265722d31390110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206d0e9ec9e0d00
event:order-member-18-2026-04-27	\\x76034e28f98d4bc7756799a0aad8e4c74083da12a87104ada3737a772afdf2c5	\N	2026-12-07 02:49:10.902811+00	\\x02a60a9801b2040000096d656d6265722d31380110306130616339383839386161363836660537362e303002087075726368617365980198010180bebdd10d0000000000020206b8a3f79e0d0003060537362e3030
event:order-member-24-2026-04-27	\\xed9263c2b266a15804326672c60552001448eaa3f88cb21a327f78c7fc28f957	\N	2026-12-07 02:49:10.902811+00	\\x02a80a8a01ba050000096d656d6265722d32340110306130616339383839386161363836660536392e3530020870757263686173658a018a010180bebdd10d0000000000020206c8ecf79e0d0003060536392e3530
event:order-member-26-2026-04-27	\\x8b22fed2304f40d0a737684c91a41dc545d6580cba296465c01d0f0058d6e1bf	\N	2026-12-07 02:49:10.902811+00	\\x02aa0a42f8040000096d656d6265722d32360110306130616339383839386161363836660533332e32350208707572636861736542420180bebdd10d0000000000020206f884f89e0d0003060533332e3235
event:review-member-04-2026-04-27	\\x287f5f7d560e7f7f30c689f6156432200a380f4decd5ea5edeaa53abc760c0ef	\N	2026-12-07 02:49:10.902811+00	\\x02a40a3292220000096d656d6265722d303401103061306163393838393861613638366600020672657669657732320180bebdd10d0000000653696c76657200030206e8f8f59e0d0004070653696c7665720506d88bba960d00
event:order-member-18-2026-04-28	\\x1caa25ca8bb13ae28572510a0bc6d1c2b076841039b531abd9eae442ddebd990	\N	2026-12-07 02:49:10.932669+00	\\x02b00a8201b4050000096d656d6265722d31380110306130616339383839386161363836660536352e353002087075726368617365820182010180bebdd10d0000000000020206b8e9819f0d0003060536352e3530
event:order-member-20-2026-04-28	\\x246448848861844db4f543e4d3c108e61d9355211af624ae0023b3a7ec50a578	\N	2026-12-07 02:49:10.932669+00	\\x02b20a588e070000096d656d6265722d32300110306130616339383839386161363836660534342e30300208707572636861736558580180bebdd10d0000000000020206e881829f0d0003060534342e3030
event:order-member-27-2026-04-28	\\xd92c3877c98aae86afa87c327c5a436e13d4ef915419474b9e82772a9d94f7c5	\N	2026-12-07 02:49:10.932669+00	\\x02b40aae01820b0000096d656d6265722d32370110306130616339383839386161363836660538372e353002087075726368617365ae01ae010180bebdd10d000000000002020690d7829f0d0003060538372e3530
event:sign-in-member-05-2026-04-28	\\xf54522d585c57bc26c8f714e40059e0daa287e0bdd79a48f0675647f2f79c825	\N	2026-12-07 02:49:10.932669+00	\\x02ac0a0a94320000096d656d6265722d30350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020680cb809f0d0004070653696c7665720506e0cc80980d00
event:sign-in-member-15-2026-04-28	\\x491fc917655c71cebe4aa7680f0d4a664ac32c27f73864986d561a328ccd69db	\N	2026-12-07 02:49:10.932669+00	\\x02ae0a0af0070000096d656d6265722d31350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206f0c4819f0d00
event:order-member-28-2026-04-29	\\x0fd8d5e23744b0ca14a9e1121e32875f07efbd27cd3451fe25647122c114f4e9	\N	2026-12-07 02:49:10.955189+00	\\x02b60a58e8050000096d656d6265722d32380110306130616339383839386161363836660534342e32350208707572636861736558580180bebdd10d0000000000020206a8a98d9f0d0003060534342e3235
event:review-20-2026-04-30	\\xe56f1cd1643f56fbddef1959f04213e79a84cc943c04c466e152ef81a360d24a	\N	2026-12-07 02:49:10.978047+00	\\x02b80a32c0070000096d656d6265722d323001103061306163393838393861613638366600020672657669657732320180bebdd10d000000000001020680919a9f0d00
event:order-member-17-2026-04-30	\\x96687d9c29768f9b4fd49dd51219ab6b87e8afdc04582edfd7e704e2b4a4601f	\N	2026-12-07 02:49:10.99232+00	\\x02be0ab201fc0a0000096d656d6265722d31370110306130616339383839386161363836660537312e353002087075726368617365b201b2010180bebdd10d0000000653696c76657200040206a0e9969f0d0003060537312e353004070653696c7665720506e08ade990d00
event:sign-in-member-05-2026-04-30	\\x52b8f74415371c6bee290854dbcfb73229c43c7b301e9cc77c9d11c57a826059	\N	2026-12-07 02:49:10.99232+00	\\x02ba0a0a9e320000096d656d6265722d30350110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000653696c7665720003020680d7959f0d0004070653696c7665720506e0cc80980d00
event:sign-in-member-12-2026-04-30	\\x66a2f20a0c44b86e41edd827bfb9db23228dacf7356b941cc4993c3a6e785434	\N	2026-12-07 02:49:10.99232+00	\\x02bc0a0a80060000096d656d6265722d31320110306130616339383839386161363836660002077369676e2d696e0a0a0180bebdd10d0000000000010206a8ac969f0d00
\.


--
-- Data for Name: lots; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.lots (posting_id, seq, member_id, event_id, rule, amount, remaining, reversed, earned_at, expires_at, noticed, event_keyed) FROM stdin;
6	0	member-03	2025-order-03a	purchase	1050	1050	0	2025-01-06 02:00:00+00	2026-12-31 16:00:00+00	f	t
8	0	member-04	2025-order-04a	purchase	88	88	0	2025-01-06 02:00:00+00	2026-12-31 16:00:00+00	f	t
10	0	member-01	2025-order-01d	purchase	2500	2500	0	2025-01-13 02:00:00+00	2026-12-31 16:00:00+00	f	t
12	0	member-01	2025-sign-in-member-01-0	sign-in	5	5	0	2025-01-13 00:30:00+00	2026-12-31 16:00:00+00	f	t
13	0	member-02	2025-sign-in-member-02-0	sign-in	5	5	0	2025-01-13 00:30:00+00	2026-12-31 16:00:00+00	f	t
14	0	member-03	2025-sign-in-member-03-0	sign-in	5	5	0	2025-01-13 00:30:00+00	2026-12-31 16:00:00+00	f	t
15	0	member-04	2025-sign-in-member-04-0	sign-in	5	5	0	2025-01-13 00:30:00+00	2026-12-31 16:00:00+00	f	t
16	0	member-01	2025-sign-in-member-01-1	sign-in	5	5	0	2025-01-14 00:30:00+00	2026-12-31 16:00:00+00	f	t
17	0	member-02	2025-sign-in-member-02-1	sign-in	5	5	0	2025-01-14 00:30:00+00	2026-12-31 16:00:00+00	f	t
18	0	member-03	2025-sign-in-member-03-1	sign-in	5	5	0	2025-01-14 00:30:00+00	2026-12-31 16:00:00+00	f	t
19	0	member-04	2025-sign-in-member-04-1	sign-in	5	5	0	2025-01-14 00:30:00+00	2026-12-31 16:00:00+00	f	t
20	0	member-01	2025-sign-in-member-01-2	sign-in	5	5	0	2025-01-15 00:30:00+00	2026-12-31 16:00:00+00	f	t
21	0	member-02	2025-sign-in-member-02-2	sign-in	5	5	0	2025-01-15 00:30:00+00	2026-12-31 16:00:00+00	f	t
22	0	member-03	2025-sign-in-member-03-2	sign-in	5	5	0	2025-01-15 00:30:00+00	2026-12-31 16:00:00+00	f	t
23	0	member-04	2025-sign-in-member-04-2	sign-in	5	5	0	2025-01-15 00:30:00+00	2026-12-31 16:00:00+00	f	t
24	0	member-04	2025-review-04	review	20	20	0	2025-01-20 04:00:00+00	2026-12-31 16:00:00+00	f	t
37	0	member-02	order-02-big	purchase	1437	1437	0	2026-01-05 03:00:00+00	2027-12-31 16:00:00+00	f	t
38	0	member-01	sign-in-member-01-2026-01-05	sign-in	5	5	0	2026-01-05 07:04:00+00	2027-12-31 16:00:00+00	f	t
41	0	member-02	order-member-02-2026-01-08	purchase	51	51	0	2026-01-08 07:04:00+00	2027-12-31 16:00:00+00	f	t
42	0	member-02	order-member-02-2026-01-08-b	purchase	324	324	0	2026-01-08 07:04:00+00	2027-12-31 16:00:00+00	f	t
44	0	member-01	order-member-01-2026-01-09	purchase	78	78	0	2026-01-09 07:04:00+00	2027-12-31 16:00:00+00	f	t
45	0	member-04	order-member-04-2026-01-09	purchase	92	92	0	2026-01-09 07:04:00+00	2027-12-31 16:00:00+00	f	t
46	0	member-04	order-member-04-2026-01-09-b	purchase	378	378	0	2026-01-09 07:04:00+00	2027-12-31 16:00:00+00	f	t
48	0	member-04	order-member-04-2026-01-10	purchase	31	31	0	2026-01-10 07:04:00+00	2027-12-31 16:00:00+00	f	t
49	0	member-04	order-member-04-2026-01-10-b	purchase	280	280	0	2026-01-10 07:04:00+00	2027-12-31 16:00:00+00	f	t
69	0	member-12	ref-12	referral-welcome	100	100	0	2026-01-12 03:06:00+00	2027-12-31 16:00:00+00	f	t
39	0	member-25	sign-in-member-25-2026-01-06	sign-in	5	0	0	2026-01-06 07:04:00+00	2027-12-31 16:00:00+00	f	t
31	0	member-25	welcome-member-25	welcome-bonus	50	0	0	2026-01-05 00:05:00+00	2026-03-06 00:05:00+00	f	f
2	0	member-01	2025-order-01b	purchase	500	0	0	2025-01-06 02:00:00+00	2026-12-31 16:00:00+00	f	t
62	0	member-06	sign-in-06-burst-1	sign-in	5	0	0	2026-01-12 03:01:00+00	2027-12-31 16:00:00+00	f	t
52	0	member-06	welcome-member-06	welcome-bonus	50	0	0	2026-01-12 00:01:00+00	2026-03-13 00:01:00+00	f	f
61	0	member-06	sign-in-06-burst-0	sign-in	5	0	0	2026-01-12 03:00:00+00	2027-12-31 16:00:00+00	f	t
26	0	member-05	welcome-member-05	welcome-bonus	50	0	0	2026-01-05 00:01:00+00	2026-03-06 00:01:00+00	f	f
28	0	member-17	welcome-member-17	welcome-bonus	50	0	0	2026-01-05 00:03:00+00	2026-03-06 00:03:00+00	t	f
35	0	member-03	cny-promo-member-03	cny-promo	88	0	0	2026-01-05 03:00:00+00	2026-02-28 16:00:00+00	t	f
56	0	member-18	welcome-member-18	welcome-bonus	50	0	0	2026-01-12 00:04:00+00	2026-03-13 00:04:00+00	t	f
29	0	member-21	welcome-member-21	welcome-bonus	50	0	0	2026-01-05 00:04:00+00	2026-03-06 00:04:00+00	t	f
50	0	member-09	sign-in-member-09-2026-01-11	sign-in	5	0	0	2026-01-11 07:04:00+00	2027-12-31 16:00:00+00	f	t
27	0	member-09	welcome-member-09	welcome-bonus	50	0	0	2026-01-05 00:02:00+00	2026-03-06 00:02:00+00	t	f
36	0	member-04	cny-promo-member-04	cny-promo	88	0	0	2026-01-05 03:00:00+00	2026-02-28 16:00:00+00	t	f
34	0	member-02	cny-promo-member-02	cny-promo	88	0	0	2026-01-05 03:00:00+00	2026-02-28 16:00:00+00	t	f
58	0	member-22	welcome-member-22	welcome-bonus	50	0	0	2026-01-12 00:05:00+00	2026-03-13 00:05:00+00	t	f
59	0	member-26	welcome-member-26	welcome-bonus	50	0	0	2026-01-12 00:06:00+00	2026-03-13 00:06:00+00	t	f
55	0	member-14	welcome-member-14	welcome-bonus	50	0	0	2026-01-12 00:03:00+00	2026-03-13 00:03:00+00	t	f
4	0	member-02	2025-order-02a	purchase	1200	900	0	2025-01-06 02:00:00+00	2026-12-31 16:00:00+00	f	t
9	0	member-01	2025-order-01c	purchase	1875	626	0	2025-01-13 02:00:00+00	2026-12-31 16:00:00+00	f	t
47	0	member-25	sign-in-member-25-2026-01-09	sign-in	5	0	0	2026-01-09 07:04:00+00	2027-12-31 16:00:00+00	f	t
43	0	~erased-ia27sypts5c3uehhklwkjapytu	sign-in-member-29-2026-01-08	sign-in	5	0	0	2026-01-08 07:04:00+00	2027-12-31 16:00:00+00	f	t
51	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-01-11	purchase	26	0	0	2026-01-11 07:04:00+00	2027-12-31 16:00:00+00	f	t
32	0	~erased-ia27sypts5c3uehhklwkjapytu	welcome-member-29	welcome-bonus	50	0	0	2026-01-05 00:06:00+00	2026-03-06 00:06:00+00	t	f
67	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	~referrer:ref-11	referral-thanks	200	0	0	2026-01-12 03:06:00+00	2027-12-31 16:00:00+00	f	t
72	0	member-11	sign-in-member-11-2026-01-12	sign-in	5	0	0	2026-01-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
66	0	member-11	ref-11	referral-welcome	100	0	0	2026-01-12 03:06:00+00	2027-12-31 16:00:00+00	f	t
79	0	member-04	order-member-04-2026-01-14	purchase	67	67	0	2026-01-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
80	0	member-04	order-member-04-2026-01-14-b	purchase	138	138	0	2026-01-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
89	0	member-12	order-member-12-2026-01-16	purchase	78	78	0	2026-01-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
84	0	member-02	order-member-02-2026-01-16	purchase	90	90	0	2026-01-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
85	0	member-02	order-member-02-2026-01-16-b	purchase	475	475	0	2026-01-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
104	0	member-13	ref-13	referral-welcome	100	100	0	2026-01-19 03:00:00+00	2027-12-31 16:00:00+00	f	t
107	0	member-13	sign-in-member-13-2026-01-19	sign-in	5	5	0	2026-01-19 07:17:00+00	2027-12-31 16:00:00+00	f	t
1	0	member-01	2025-order-01a	purchase	600	0	0	2025-01-06 02:00:00+00	2026-12-31 16:00:00+00	f	t
33	0	member-01	cny-promo-member-01	cny-promo	88	0	0	2026-01-05 03:00:00+00	2026-02-28 16:00:00+00	f	f
108	0	member-13	sign-in-member-13-2026-01-20	sign-in	5	5	0	2026-01-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
109	0	member-14	order-member-14-2026-01-20	purchase	87	87	0	2026-01-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
115	0	member-15	review-member-15-2026-01-22	review	20	20	0	2026-01-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
116	0	member-01	review-member-01-2026-01-23	review	20	20	0	2026-01-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
118	0	member-15	order-member-15-2026-01-23	purchase	58	58	0	2026-01-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
122	0	member-02	sign-in-member-02-2026-01-25	sign-in	5	5	0	2026-01-25 07:17:00+00	2027-12-31 16:00:00+00	f	t
132	0	member-15	sign-in-member-15-2026-01-27	sign-in	5	5	0	2026-01-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
134	0	member-23	order-member-23-2026-01-27	purchase	38	38	0	2026-01-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
137	0	member-08	order-member-08-2026-01-28	purchase	76	76	0	2026-01-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
139	0	member-21	order-member-21-2026-01-28	purchase	73	0	73	2026-01-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
135	0	member-06	order-member-06-2026-01-28	purchase	29	0	0	2026-01-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
86	0	member-05	order-member-05-2026-01-16	purchase	41	0	0	2026-01-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
113	0	member-05	sign-in-member-05-2026-01-22	sign-in	5	0	0	2026-01-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
111	0	member-09	order-member-09-2026-01-21	purchase	39	0	0	2026-01-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
73	0	member-17	order-member-17-2026-01-12	purchase	35	0	0	2026-01-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
77	0	member-17	order-member-17-2026-01-13	purchase	63	0	0	2026-01-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
75	0	member-26	order-member-26-2026-01-12	purchase	54	0	0	2026-01-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
40	0	member-25	sign-in-member-25-2026-01-07	sign-in	5	0	0	2026-01-07 07:04:00+00	2027-12-31 16:00:00+00	f	t
100	0	member-19	welcome-member-19	welcome-bonus	50	0	0	2026-01-19 00:03:00+00	2026-03-20 00:03:00+00	t	f
140	0	member-24	order-member-24-2026-01-28	purchase	91	0	0	2026-01-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
97	0	member-07	welcome-member-07	welcome-bonus	50	0	0	2026-01-19 00:01:00+00	2026-03-20 00:01:00+00	t	f
95	0	member-14	order-member-14-2026-01-18	purchase	92	60	0	2026-01-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
90	0	member-14	sign-in-member-14-2026-01-16	sign-in	5	0	0	2026-01-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
123	0	member-19	order-member-19-2026-01-25	purchase	36	0	0	2026-01-25 07:17:00+00	2027-12-31 16:00:00+00	f	t
110	0	member-19	order-member-19-2026-01-20	purchase	23	0	0	2026-01-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
130	0	member-19	order-member-19-2026-01-26	purchase	37	0	0	2026-01-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
138	0	member-20	sign-in-member-20-2026-01-28	sign-in	5	0	0	2026-01-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
126	0	member-20	welcome-member-20	welcome-bonus	50	0	0	2026-01-26 00:03:00+00	2026-03-27 00:03:00+00	t	f
98	0	member-15	welcome-member-15	welcome-bonus	50	0	0	2026-01-19 00:02:00+00	2026-03-20 00:02:00+00	t	f
124	0	member-08	welcome-member-08	welcome-bonus	50	0	0	2026-01-26 00:01:00+00	2026-03-27 00:01:00+00	t	f
129	0	member-28	welcome-member-28	welcome-bonus	50	0	0	2026-01-26 00:05:00+00	2026-03-27 00:05:00+00	t	f
125	0	member-16	welcome-member-16	welcome-bonus	50	0	0	2026-01-26 00:02:00+00	2026-03-27 00:02:00+00	t	f
127	0	member-24	welcome-member-24	welcome-bonus	50	0	0	2026-01-26 00:04:00+00	2026-03-27 00:04:00+00	t	f
74	0	member-21	sign-in-member-21-2026-01-12	sign-in	5	0	0	2026-01-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
94	0	member-21	sign-in-member-21-2026-01-17	sign-in	5	0	0	2026-01-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
76	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-01-12	purchase	48	0	48	2026-01-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
120	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-01-23	purchase	52	0	0	2026-01-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
131	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-01-26	purchase	41	0	0	2026-01-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
88	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	sign-in-member-10-2026-01-16	sign-in	5	0	0	2026-01-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
93	0	member-11	order-member-11-2026-01-17	purchase	78	0	0	2026-01-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
142	0	member-30	sign-in-member-30-2026-01-28	sign-in	5	0	0	2026-01-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
81	0	member-11	sign-in-member-11-2026-01-14	sign-in	5	0	0	2026-01-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
105	0	member-11	~referrer:ref-13	referral-thanks	200	88	0	2026-01-19 03:00:00+00	2027-12-31 16:00:00+00	f	t
114	0	member-07	order-member-07-2026-01-22	purchase	55	0	0	2026-01-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
119	0	member-26	order-member-26-2026-01-23	purchase	90	0	90	2026-01-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
145	0	member-15	order-member-15-2026-01-29	purchase	93	93	0	2026-01-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
147	0	member-23	order-member-23-2026-01-29	purchase	40	40	0	2026-01-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
155	0	member-22	order-member-22-2026-01-30	purchase	25	25	0	2026-01-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
158	0	member-12	sign-in-member-12-2026-01-31	sign-in	5	5	0	2026-01-31 07:17:00+00	2027-12-31 16:00:00+00	f	t
159	0	member-23	order-member-23-2026-01-31	purchase	80	80	0	2026-01-31 07:17:00+00	2027-12-31 16:00:00+00	f	t
160	0	member-27	review-member-27-2026-01-31	review	20	20	0	2026-01-31 07:17:00+00	2027-12-31 16:00:00+00	f	t
157	0	member-08	order-member-08-2026-01-31	purchase	31	31	0	2026-01-31 07:17:00+00	2027-12-31 16:00:00+00	f	t
166	0	member-14	sign-in-member-14-2026-02-01	sign-in	5	5	0	2026-02-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
161	0	member-02	order-member-02-2026-02-01	purchase	51	51	0	2026-02-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
164	0	member-08	sign-in-member-08-2026-02-01	sign-in	5	5	0	2026-02-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
162	0	member-02	order-member-02-2026-02-01-b	purchase	414	414	0	2026-02-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
167	0	member-23	sign-in-member-23-2026-02-01	sign-in	5	5	0	2026-02-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
165	0	member-13	sign-in-member-13-2026-02-01	sign-in	5	5	0	2026-02-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
87	0	member-06	order-member-06-2026-01-16	purchase	20	0	0	2026-01-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
63	0	member-06	sign-in-06-burst-2	sign-in	5	0	0	2026-01-12 03:03:00+00	2027-12-31 16:00:00+00	f	t
152	0	member-05	sign-in-member-05-2026-01-30	sign-in	5	0	0	2026-01-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
179	0	member-05	order-member-05-2026-02-02	purchase	116	116	0	2026-02-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
180	0	member-05	order-member-05-2026-02-02-b	purchase	373	373	0	2026-02-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
183	0	member-05	order-member-05-2026-02-03	purchase	71	71	0	2026-02-03 07:17:00+00	2027-12-31 16:00:00+00	f	t
196	0	member-14	order-member-14-2026-02-05	purchase	29	29	0	2026-02-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
198	0	member-05	order-member-05-2026-02-06-b	purchase	499	499	0	2026-02-06 07:17:00+00	2027-12-31 16:00:00+00	f	t
201	0	member-27	order-member-27-2026-02-06	purchase	34	34	0	2026-02-06 07:17:00+00	2027-12-31 16:00:00+00	f	t
203	0	member-01	order-member-01-2026-02-08	purchase	49	49	0	2026-02-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
204	0	member-04	sign-in-member-04-2026-02-08	sign-in	5	5	0	2026-02-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
205	0	member-12	sign-in-member-12-2026-02-08	sign-in	5	5	0	2026-02-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
206	0	member-13	order-member-13-2026-02-08	purchase	61	61	0	2026-02-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
207	0	member-18	order-member-18-2026-02-08	purchase	64	64	0	2026-02-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
212	0	member-01	order-member-01-2026-02-09	purchase	139	139	0	2026-02-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
213	0	member-01	order-member-01-2026-02-09-b	purchase	309	309	0	2026-02-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
195	0	member-12	order-member-12-2026-02-05	purchase	51	0	51	2026-02-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
220	0	member-27	order-member-27-2026-02-10	purchase	35	35	0	2026-02-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
217	0	member-08	order-member-08-2026-02-10	purchase	86	86	0	2026-02-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
219	0	member-13	sign-in-member-13-2026-02-10	sign-in	5	5	0	2026-02-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
144	0	member-09	order-member-09-2026-01-29	purchase	38	0	0	2026-01-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
225	0	member-17	sign-in-member-17-2026-02-11	sign-in	5	0	0	2026-02-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
153	0	member-17	sign-in-member-17-2026-01-30	sign-in	5	0	0	2026-01-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
154	0	member-20	order-member-20-2026-01-30	purchase	94	0	0	2026-01-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
190	0	member-20	review-20-2026-02-05	review	20	0	0	2026-02-05 12:00:00+00	2027-12-31 16:00:00+00	f	t
192	0	member-06	order-member-06-2026-02-05	purchase	64	0	0	2026-02-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
136	0	member-06	order-member-06-2026-01-28-b	purchase	344	0	0	2026-01-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
181	0	member-06	order-member-06-2026-02-02	purchase	19	0	0	2026-02-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
148	0	member-25	order-member-25-2026-01-29	purchase	19	0	0	2026-01-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
184	0	member-24	sign-in-member-24-2026-02-04	sign-in	5	0	0	2026-02-04 07:17:00+00	2027-12-31 16:00:00+00	f	t
193	0	member-06	order-member-06-2026-02-05-b	purchase	398	0	0	2026-02-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
168	0	member-24	sign-in-member-24-2026-02-01	sign-in	5	0	0	2026-02-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
215	0	member-21	order-member-21-2026-02-09	purchase	94	0	0	2026-02-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
221	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-02-10	purchase	35	0	0	2026-02-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
185	0	member-30	sign-in-member-30-2026-02-04	sign-in	5	0	0	2026-02-04 07:17:00+00	2027-12-31 16:00:00+00	f	t
169	0	member-30	review-member-30-2026-02-01	review	20	0	0	2026-02-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
224	0	member-16	sign-in-member-16-2026-02-11	sign-in	5	0	0	2026-02-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
170	0	member-05	order-05-feb	purchase	1800	1176	0	2026-02-02 03:00:00+00	2027-12-31 16:00:00+00	f	t
223	0	member-07	order-member-07-2026-02-11	purchase	75	47	0	2026-02-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
156	0	member-07	order-member-07-2026-01-31	purchase	18	0	0	2026-01-31 07:17:00+00	2027-12-31 16:00:00+00	f	t
228	0	member-22	order-member-22-2026-02-11	purchase	71	71	0	2026-02-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
242	0	member-27	sign-in-member-27-2026-02-13	sign-in	5	5	0	2026-02-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
240	0	member-02	sign-in-member-02-2026-02-13	sign-in	5	5	0	2026-02-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
245	0	member-27	order-member-27-2026-02-14	purchase	22	22	0	2026-02-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
197	0	member-05	order-member-05-2026-02-06	purchase	107	0	107	2026-02-06 07:17:00+00	2027-12-31 16:00:00+00	f	t
249	0	member-13	order-member-13-2026-02-15	purchase	57	57	0	2026-02-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
250	0	member-15	sign-in-member-15-2026-02-15	sign-in	5	5	0	2026-02-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
252	1	member-26	order-member-26-2026-02-15	purchase	88	88	0	2026-02-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
254	0	member-07	order-07-r	purchase	200	120	80	2026-02-16 03:00:00+00	2027-12-31 16:00:00+00	f	t
257	0	member-08	order-08-big	purchase	1100	0	1100	2026-02-16 03:00:00+00	2027-12-31 16:00:00+00	f	t
261	0	member-09	order-09-s	purchase	350	0	350	2026-02-16 03:00:00+00	2027-12-31 16:00:00+00	f	t
275	0	member-23	sign-in-member-23-2026-02-16	sign-in	5	5	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
268	0	member-05	order-member-05-2026-02-16-b	purchase	395	395	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
269	0	member-07	order-member-07-2026-02-16	purchase	89	89	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
272	0	member-15	sign-in-member-15-2026-02-16	sign-in	5	5	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
277	0	member-27	sign-in-member-27-2026-02-16	sign-in	5	5	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
278	0	member-28	order-member-28-2026-02-16	purchase	20	20	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
267	0	member-05	order-member-05-2026-02-16	purchase	69	69	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
271	0	member-12	order-member-12-2026-02-16	purchase	28	28	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
202	0	member-09	order-member-09-2026-02-07	purchase	93	0	93	2026-02-07 07:17:00+00	2027-12-31 16:00:00+00	f	t
281	0	member-05	order-member-05-2026-02-18	purchase	70	70	0	2026-02-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
270	0	member-08	order-member-08-2026-02-16	purchase	64	0	64	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
294	0	member-13	order-member-13-2026-02-20	purchase	67	67	0	2026-02-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
298	0	member-02	order-member-02-2026-02-21	purchase	63	63	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
299	0	member-04	sign-in-member-04-2026-02-21	sign-in	5	5	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
296	0	member-17	order-member-17-2026-02-20	purchase	92	0	0	2026-02-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
293	0	member-11	order-member-11-2026-02-20	purchase	89	0	89	2026-02-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
291	0	member-27	order-member-27-2026-02-19	purchase	47	0	47	2026-02-19 07:17:00+00	2027-12-31 16:00:00+00	f	t
239	0	member-19	streak-19-2026-02-13	sign-in	5	0	0	2026-02-12 23:45:00+00	2027-12-31 16:00:00+00	f	t
235	0	member-19	streak-19-2026-02-12	sign-in	5	0	0	2026-02-11 23:45:00+00	2027-12-31 16:00:00+00	f	t
101	0	member-23	welcome-member-23	welcome-bonus	50	0	0	2026-01-19 00:04:00+00	2026-03-20 00:04:00+00	t	f
102	0	member-27	welcome-member-27	welcome-bonus	50	0	0	2026-01-19 00:05:00+00	2026-03-20 00:05:00+00	t	f
252	0	member-26	order-member-26-2026-02-15	birthday-month	88	76	0	2026-02-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
241	0	member-25	sign-in-member-25-2026-02-13	sign-in	5	0	0	2026-02-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
237	0	member-06	sign-in-member-06-2026-02-12	sign-in	5	0	0	2026-02-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
290	0	member-24	order-member-24-2026-02-19	purchase	60	0	0	2026-02-19 07:17:00+00	2027-12-31 16:00:00+00	f	t
282	0	member-24	review-member-24-2026-02-18	review	20	0	0	2026-02-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
276	0	member-24	order-member-24-2026-02-16	purchase	43	0	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
238	0	member-21	order-member-21-2026-02-12	purchase	50	0	0	2026-02-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
274	0	member-21	order-member-21-2026-02-16	purchase	60	0	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
229	0	member-28	order-member-28-2026-02-11	purchase	55	33	0	2026-02-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
247	0	member-06	sign-in-member-06-2026-02-15	sign-in	5	0	0	2026-02-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
253	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-02-15	purchase	86	0	0	2026-02-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
292	0	~erased-ia27sypts5c3uehhklwkjapytu	sign-in-member-29-2026-02-19	sign-in	5	0	0	2026-02-19 07:17:00+00	2027-12-31 16:00:00+00	f	t
248	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	order-member-10-2026-02-15	purchase	91	0	0	2026-02-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
295	0	member-16	sign-in-member-16-2026-02-20	sign-in	5	0	0	2026-02-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
303	0	member-19	sign-in-member-19-2026-02-21	sign-in	5	0	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
273	1	member-19	sign-in-member-19-2026-02-16	sign-in	5	0	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
300	0	member-05	sign-in-member-05-2026-02-21	sign-in	5	5	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
306	0	member-26	sign-in-member-26-2026-02-21	sign-in	5	5	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
311	0	member-14	\N	manual	120	120	0	2026-02-23 03:00:00+00	\N	f	f
314	0	member-17	order-17-gift	purchase	650	545	0	2026-02-23 03:00:00+00	2027-12-31 16:00:00+00	f	t
302	0	member-17	order-member-17-2026-02-21	purchase	65	0	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
251	0	member-17	order-member-17-2026-02-15	purchase	80	0	0	2026-02-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
317	0	member-07	sign-in-member-07-2026-02-23	sign-in	5	5	0	2026-02-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
320	0	member-14	sign-in-member-14-2026-02-23	sign-in	5	5	0	2026-02-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
322	0	member-23	order-member-23-2026-02-23	purchase	44	44	0	2026-02-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
321	0	member-18	sign-in-member-18-2026-02-23	sign-in	5	5	0	2026-02-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
310	0	member-12	order-member-12-2026-02-22	purchase	31	0	31	2026-02-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
332	0	member-20	review-20-2026-02-26	review	20	20	0	2026-02-26 12:00:00+00	2027-12-31 16:00:00+00	f	t
333	0	member-01	order-member-01-2026-02-26	purchase	102	102	0	2026-02-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
334	0	member-01	order-member-01-2026-02-26-b	purchase	395	395	0	2026-02-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
335	0	member-04	review-member-04-2026-02-26	review	20	20	0	2026-02-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
336	0	member-07	order-member-07-2026-02-26	purchase	30	30	0	2026-02-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
337	0	member-14	review-member-14-2026-02-26	review	20	20	0	2026-02-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
338	0	member-26	sign-in-member-26-2026-02-26	sign-in	5	5	0	2026-02-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
341	0	member-20	sign-in-member-20-2026-02-27	sign-in	5	5	0	2026-02-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
342	0	member-28	sign-in-member-28-2026-02-27	sign-in	5	5	0	2026-02-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
340	0	member-07	sign-in-member-07-2026-02-27	sign-in	5	5	0	2026-02-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
344	0	member-20	order-member-20-2026-02-28	purchase	87	87	0	2026-02-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
353	0	member-14	sign-in-member-14-2026-03-01	sign-in	5	5	0	2026-03-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
355	0	member-18	order-member-18-2026-03-01	purchase	28	28	0	2026-03-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
352	0	member-11	sign-in-member-11-2026-03-01	sign-in	5	5	0	2026-03-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
354	0	member-17	sign-in-member-17-2026-03-01	sign-in	5	5	0	2026-03-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
356	0	member-14	order-14-bday	birthday-month	120	120	0	2026-03-02 03:00:00+00	2027-12-31 16:00:00+00	f	t
356	1	member-14	order-14-bday	purchase	120	120	0	2026-03-02 03:00:00+00	2027-12-31 16:00:00+00	f	t
361	0	member-24	sign-in-member-24-2026-03-02	sign-in	5	5	0	2026-03-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
362	0	member-14	review-member-14-2026-03-03	review	25	25	0	2026-03-03 07:17:00+00	2027-12-31 16:00:00+00	f	t
364	0	member-18	order-member-18-2026-03-03	purchase	20	20	0	2026-03-03 07:17:00+00	2027-12-31 16:00:00+00	f	t
366	0	member-16	order-member-16-2026-03-04	purchase	68	68	0	2026-03-04 07:17:00+00	2027-12-31 16:00:00+00	f	t
368	0	member-20	review-20-2026-03-05	review	25	25	0	2026-03-05 12:00:00+00	2027-12-31 16:00:00+00	f	t
370	0	member-07	order-member-07-2026-03-05	purchase	75	75	0	2026-03-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
371	0	member-08	sign-in-member-08-2026-03-05	sign-in	5	5	0	2026-03-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
372	0	member-14	sign-in-member-14-2026-03-05	sign-in	5	5	0	2026-03-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
373	0	member-27	sign-in-member-27-2026-03-05	sign-in	5	5	0	2026-03-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
369	0	member-02	order-member-02-2026-03-05	purchase	24	24	0	2026-03-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
374	0	member-12	order-member-12-2026-03-06	purchase	18	18	0	2026-03-06 07:17:00+00	2027-12-31 16:00:00+00	f	t
375	0	member-19	sign-in-member-19-2026-03-06	sign-in	5	5	0	2026-03-06 07:17:00+00	2027-12-31 16:00:00+00	f	t
376	0	member-28	sign-in-member-28-2026-03-06	sign-in	5	5	0	2026-03-06 07:17:00+00	2027-12-31 16:00:00+00	f	t
379	0	member-13	sign-in-member-13-2026-03-07	sign-in	5	5	0	2026-03-07 07:17:00+00	2027-12-31 16:00:00+00	f	t
381	0	member-02	review-member-02-2026-03-08	review	25	25	0	2026-03-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
382	0	member-04	review-member-04-2026-03-08	review	25	25	0	2026-03-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
385	0	member-13	sign-in-member-13-2026-03-08	sign-in	5	5	0	2026-03-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
386	0	member-16	sign-in-member-16-2026-03-08	sign-in	5	5	0	2026-03-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
380	0	member-25	review-member-25-2026-03-07	review	25	21	0	2026-03-07 07:17:00+00	2027-12-31 16:00:00+00	f	t
345	0	member-24	order-member-24-2026-02-28	purchase	84	8	0	2026-02-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
304	0	member-21	sign-in-member-21-2026-02-21	sign-in	5	0	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
384	0	member-06	order-member-06-2026-03-08-b	purchase	166	0	0	2026-03-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
383	0	member-06	order-member-06-2026-03-08	purchase	34	0	0	2026-03-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
307	0	~erased-ia27sypts5c3uehhklwkjapytu	sign-in-member-29-2026-02-21	sign-in	5	0	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
378	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	review-member-10-2026-03-07	review	25	0	0	2026-03-07 07:17:00+00	2027-12-31 16:00:00+00	f	t
323	0	member-30	sign-in-member-30-2026-02-23	sign-in	5	0	0	2026-02-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
363	0	member-16	order-member-16-2026-03-03	purchase	92	54	0	2026-03-03 07:17:00+00	2027-12-31 16:00:00+00	f	t
360	0	member-16	sign-in-member-16-2026-03-02	sign-in	5	0	0	2026-03-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
343	0	member-19	order-member-19-2026-02-28	purchase	87	80	0	2026-02-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
388	0	member-07	sign-in-member-07-2026-03-09	sign-in	5	5	0	2026-03-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
389	0	member-25	order-member-25-2026-03-09	purchase	50	50	0	2026-03-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
392	0	member-04	sign-in-member-04-2026-03-10	sign-in	5	5	0	2026-03-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
394	0	member-12	sign-in-member-12-2026-03-10	sign-in	5	5	0	2026-03-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
395	0	member-13	order-member-13-2026-03-10	purchase	43	43	0	2026-03-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
396	0	member-26	sign-in-member-26-2026-03-10	sign-in	5	5	0	2026-03-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
391	0	member-02	order-member-02-2026-03-10	purchase	83	83	0	2026-03-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
397	0	member-07	order-member-07-2026-03-11	purchase	24	24	0	2026-03-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
399	0	member-14	order-member-14-2026-03-11	birthday-month	28	28	0	2026-03-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
399	1	member-14	order-member-14-2026-03-11	purchase	28	28	0	2026-03-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
401	0	member-24	order-member-24-2026-03-11	purchase	64	64	0	2026-03-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
403	0	member-20	review-20-2026-03-12	review	25	25	0	2026-03-12 12:00:00+00	2027-12-31 16:00:00+00	f	t
404	0	member-02	sign-in-member-02-2026-03-12	sign-in	5	5	0	2026-03-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
407	0	member-16	sign-in-member-16-2026-03-12	sign-in	5	5	0	2026-03-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
408	0	member-13	sign-in-member-13-2026-03-13	sign-in	5	5	0	2026-03-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
409	0	member-16	order-member-16-2026-03-13	purchase	38	38	0	2026-03-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
411	0	member-27	order-member-27-2026-03-13	birthday-month	40	40	0	2026-03-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
411	1	member-27	order-member-27-2026-03-13	purchase	40	40	0	2026-03-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
60	0	member-30	welcome-member-30	welcome-bonus	50	0	0	2026-01-12 00:07:00+00	2026-03-13 00:07:00+00	t	f
417	0	member-02	order-member-02-2026-03-14	purchase	59	59	0	2026-03-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
419	0	member-13	sign-in-member-13-2026-03-14	sign-in	5	5	0	2026-03-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
418	0	member-02	order-member-02-2026-03-14-b	purchase	358	358	0	2026-03-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
422	0	member-07	sign-in-member-07-2026-03-15	sign-in	5	5	0	2026-03-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
423	0	member-09	order-member-09-2026-03-15	purchase	90	90	0	2026-03-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
405	0	member-06	order-member-06-2026-03-12	purchase	33	0	33	2026-03-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
426	0	member-08	order-member-08-2026-03-16	purchase	52	52	0	2026-03-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
428	0	member-15	order-member-15-2026-03-16	purchase	92	92	0	2026-03-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
429	0	member-27	sign-in-member-27-2026-03-16	sign-in	5	5	0	2026-03-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
432	0	member-07	order-member-07-2026-03-17	purchase	95	95	0	2026-03-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
433	0	member-13	sign-in-member-13-2026-03-17	sign-in	5	5	0	2026-03-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
434	0	member-17	order-member-17-2026-03-17	purchase	28	28	0	2026-03-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
435	0	member-18	sign-in-member-18-2026-03-17	sign-in	5	5	0	2026-03-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
439	0	member-07	sign-in-member-07-2026-03-18	sign-in	5	5	0	2026-03-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
440	0	member-12	order-member-12-2026-03-18	purchase	33	33	0	2026-03-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
441	0	member-24	order-member-24-2026-03-18	purchase	25	25	0	2026-03-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
438	0	member-02	order-member-02-2026-03-18	purchase	31	31	0	2026-03-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
444	0	member-20	review-20-2026-03-19	review	25	25	0	2026-03-19 12:00:00+00	2027-12-31 16:00:00+00	f	t
445	0	member-13	order-member-13-2026-03-19	purchase	32	32	0	2026-03-19 07:17:00+00	2027-12-31 16:00:00+00	f	t
447	0	member-12	sign-in-member-12-2026-03-20	sign-in	5	5	0	2026-03-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
449	0	member-14	sign-in-member-14-2026-03-20	sign-in	5	5	0	2026-03-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
448	0	member-13	sign-in-member-13-2026-03-20	sign-in	5	5	0	2026-03-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
452	0	member-22	order-member-22-2026-03-20	purchase	49	49	0	2026-03-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
227	0	member-20	order-member-20-2026-02-11	purchase	60	0	0	2026-02-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
246	0	member-19	streak-19-2026-02-15	sign-in	5	0	0	2026-02-14 23:45:00+00	2027-12-31 16:00:00+00	f	t
446	0	member-07	order-member-07-2026-03-20	purchase	38	0	38	2026-03-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
400	0	member-21	order-member-21-2026-03-11	purchase	40	0	0	2026-03-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
393	0	member-06	sign-in-member-06-2026-03-10	sign-in	5	0	0	2026-03-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
430	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-03-16	purchase	87	0	87	2026-03-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
398	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	order-member-10-2026-03-11	purchase	83	0	0	2026-03-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
402	0	member-30	sign-in-member-30-2026-03-11	sign-in	5	0	0	2026-03-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
431	0	member-30	order-member-30-2026-03-16	purchase	54	0	0	2026-03-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
453	0	member-30	review-member-30-2026-03-20	review	25	0	0	2026-03-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
436	0	member-30	order-member-30-2026-03-17	purchase	50	0	0	2026-03-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
273	0	member-19	sign-in-member-19-2026-02-16	seven-day-streak	50	0	0	2026-02-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
288	0	member-20	review-20-2026-02-19	review	20	0	0	2026-02-19 12:00:00+00	2027-12-31 16:00:00+00	f	t
243	0	member-19	streak-19-2026-02-14	sign-in	5	0	0	2026-02-13 23:45:00+00	2027-12-31 16:00:00+00	f	t
226	0	member-19	order-member-19-2026-02-11	purchase	51	0	0	2026-02-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
236	0	member-20	review-20-2026-02-12	review	20	0	0	2026-02-12 12:00:00+00	2027-12-31 16:00:00+00	f	t
265	0	member-19	streak-19-2026-02-16	seven-day-streak	50	0	0	2026-02-15 23:45:00+00	2027-12-31 16:00:00+00	f	t
199	0	member-19	order-member-19-2026-02-06	purchase	31	0	0	2026-02-06 07:17:00+00	2027-12-31 16:00:00+00	f	t
265	1	member-19	streak-19-2026-02-16	sign-in	5	0	0	2026-02-15 23:45:00+00	2027-12-31 16:00:00+00	f	t
143	0	member-20	review-20-2026-01-29	review	20	0	0	2026-01-29 12:00:00+00	2027-12-31 16:00:00+00	f	t
222	0	member-19	streak-19-2026-02-11	sign-in	5	0	0	2026-02-10 23:45:00+00	2027-12-31 16:00:00+00	f	t
216	0	member-19	streak-19-2026-02-10	sign-in	5	0	0	2026-02-09 23:45:00+00	2027-12-31 16:00:00+00	f	t
464	0	member-17	sign-in-member-17-2026-03-22	sign-in	5	5	0	2026-03-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
465	0	member-22	sign-in-member-22-2026-03-22	sign-in	5	5	0	2026-03-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
462	0	member-07	sign-in-member-07-2026-03-22	sign-in	5	5	0	2026-03-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
466	0	member-26	order-member-26-2026-03-22	purchase	74	74	0	2026-03-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
458	0	member-01	order-member-01-2026-03-21	purchase	31	0	31	2026-03-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
467	0	member-01	sign-in-member-01-2026-03-23	sign-in	5	5	0	2026-03-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
470	0	member-11	order-member-11-2026-03-23	purchase	64	64	0	2026-03-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
471	0	member-17	review-member-17-2026-03-23	review	25	25	0	2026-03-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
473	0	member-23	order-member-23-2026-03-23	purchase	37	37	0	2026-03-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
475	0	member-23	order-member-23-2026-03-24	purchase	41	41	0	2026-03-24 07:17:00+00	2027-12-31 16:00:00+00	f	t
476	0	member-24	order-member-24-2026-03-24	purchase	70	70	0	2026-03-24 07:17:00+00	2027-12-31 16:00:00+00	f	t
478	0	member-12	sign-in-member-12-2026-03-25	sign-in	5	5	0	2026-03-25 07:17:00+00	2027-12-31 16:00:00+00	f	t
479	0	member-20	sign-in-member-20-2026-03-25	sign-in	5	5	0	2026-03-25 07:17:00+00	2027-12-31 16:00:00+00	f	t
480	0	member-20	review-20-2026-03-26	review	25	25	0	2026-03-26 12:00:00+00	2027-12-31 16:00:00+00	f	t
485	0	member-11	sign-in-member-11-2026-03-26	sign-in	5	5	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
486	0	member-12	sign-in-member-12-2026-03-26	sign-in	5	5	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
488	1	member-14	order-member-14-2026-03-26	purchase	34	34	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
489	0	member-28	order-member-28-2026-03-26	purchase	83	83	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
482	0	member-06	order-member-06-2026-03-26-b	purchase	318	318	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
483	0	member-08	sign-in-member-08-2026-03-26	sign-in	5	5	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
484	0	member-09	order-member-09-2026-03-26	purchase	83	83	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
487	0	member-13	sign-in-member-13-2026-03-26	sign-in	5	5	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
488	0	member-14	order-member-14-2026-03-26	birthday-month	34	34	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
493	0	member-27	order-member-27-2026-03-27	birthday-month	82	82	0	2026-03-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
493	1	member-27	order-member-27-2026-03-27	purchase	82	82	0	2026-03-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
490	0	member-19	sign-in-member-19-2026-03-27	sign-in	5	5	0	2026-03-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
491	0	member-22	order-member-22-2026-03-27	purchase	64	64	0	2026-03-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
501	0	member-19	order-member-19-2026-03-28	purchase	61	61	0	2026-03-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
504	0	member-24	sign-in-member-24-2026-03-28	sign-in	5	5	0	2026-03-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
500	0	member-11	review-member-11-2026-03-28	review	25	25	0	2026-03-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
297	0	member-20	order-member-20-2026-02-20	purchase	67	29	0	2026-02-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
506	0	member-06	order-member-06-2026-03-29-b	purchase	431	431	0	2026-03-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
507	0	member-23	order-member-23-2026-03-29	purchase	88	88	0	2026-03-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
508	0	member-24	sign-in-member-24-2026-03-29	sign-in	5	5	0	2026-03-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
509	0	member-27	order-member-27-2026-03-29	birthday-month	38	38	0	2026-03-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
509	1	member-27	order-member-27-2026-03-29	purchase	38	38	0	2026-03-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
511	0	member-25	sign-in-member-25-2026-03-30	sign-in	5	5	0	2026-03-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
472	0	member-20	order-member-20-2026-03-23	purchase	24	0	24	2026-03-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
505	0	member-06	order-member-06-2026-03-29	purchase	100	0	100	2026-03-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
512	0	member-27	order-member-27-2026-03-30	birthday-month	46	0	46	2026-03-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
512	1	member-27	order-member-27-2026-03-30	purchase	46	0	46	2026-03-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
492	0	member-26	order-member-26-2026-03-27	purchase	71	0	71	2026-03-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
503	0	member-21	order-member-21-2026-03-28	purchase	84	40	0	2026-03-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
469	0	member-06	order-member-06-2026-03-23	purchase	69	0	0	2026-03-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
481	0	member-06	order-member-06-2026-03-26	purchase	32	7	0	2026-03-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
474	0	member-30	sign-in-member-30-2026-03-23	sign-in	5	0	0	2026-03-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
510	0	member-16	sign-in-member-16-2026-03-30	sign-in	5	5	0	2026-03-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
515	0	member-18	sign-in-member-18-2026-03-31	sign-in	5	5	0	2026-03-31 07:17:00+00	2027-12-31 16:00:00+00	f	t
513	0	member-15	order-member-15-2026-03-31	purchase	86	86	0	2026-03-31 07:17:00+00	2027-12-31 16:00:00+00	f	t
520	0	member-28	sign-in-member-28-2026-04-01	sign-in	5	5	0	2026-04-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
517	0	member-07	order-member-07-2026-04-01	purchase	19	19	0	2026-04-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
521	0	member-20	review-20-2026-04-02	review	25	25	0	2026-04-02 12:00:00+00	2027-12-31 16:00:00+00	f	t
523	0	member-02	sign-in-member-02-2026-04-02	sign-in	5	5	0	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
529	0	member-22	order-member-22-2026-04-02	purchase	61	61	0	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
527	0	member-14	order-member-14-2026-04-02	purchase	42	42	0	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
531	0	member-27	sign-in-member-27-2026-04-02	sign-in	5	5	0	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
530	0	member-23	sign-in-member-23-2026-04-02	sign-in	5	5	0	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
532	0	member-28	order-member-28-2026-04-02	purchase	26	26	0	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
519	0	member-17	order-member-17-2026-04-01	purchase	65	0	65	2026-04-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
536	0	member-15	sign-in-member-15-2026-04-03	sign-in	5	5	0	2026-04-03 07:17:00+00	2027-12-31 16:00:00+00	f	t
535	0	member-04	sign-in-member-04-2026-04-03	sign-in	5	5	0	2026-04-03 07:17:00+00	2027-12-31 16:00:00+00	f	t
538	0	member-23	sign-in-member-23-2026-04-03	sign-in	5	5	0	2026-04-03 07:17:00+00	2027-12-31 16:00:00+00	f	t
514	0	member-16	order-member-16-2026-03-31	purchase	66	0	66	2026-03-31 07:17:00+00	2027-12-31 16:00:00+00	f	t
541	0	member-06	sign-in-member-06-2026-04-04	sign-in	5	5	0	2026-04-04 07:17:00+00	2027-12-31 16:00:00+00	f	t
540	0	member-01	sign-in-member-01-2026-04-04	sign-in	5	5	0	2026-04-04 07:17:00+00	2027-12-31 16:00:00+00	f	t
545	0	member-05	sign-in-member-05-2026-04-05	sign-in	5	5	0	2026-04-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
546	0	member-07	review-member-07-2026-04-05	review	25	25	0	2026-04-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
548	0	member-18	sign-in-member-18-2026-04-05	sign-in	5	5	0	2026-04-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
549	0	member-23	order-member-23-2026-04-05	purchase	30	30	0	2026-04-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
547	0	member-11	sign-in-member-11-2026-04-05	sign-in	5	5	0	2026-04-05 07:17:00+00	2027-12-31 16:00:00+00	f	t
305	0	member-25	sign-in-member-25-2026-02-21	sign-in	5	0	0	2026-02-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
367	0	member-25	sign-in-member-25-2026-03-04	sign-in	5	0	0	2026-03-04 07:17:00+00	2027-12-31 16:00:00+00	f	t
552	0	member-28	sign-in-member-28-2026-04-06	sign-in	5	5	0	2026-04-06 07:17:00+00	2027-12-31 16:00:00+00	f	t
554	0	member-12	order-member-12-2026-04-07	purchase	57	57	0	2026-04-07 07:17:00+00	2027-12-31 16:00:00+00	f	t
556	0	member-22	order-member-22-2026-04-07	purchase	35	35	0	2026-04-07 07:17:00+00	2027-12-31 16:00:00+00	f	t
555	0	member-19	order-member-19-2026-04-07	purchase	48	48	0	2026-04-07 07:17:00+00	2027-12-31 16:00:00+00	f	t
559	0	member-01	order-member-01-2026-04-08	purchase	42	42	0	2026-04-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
560	0	member-01	order-member-01-2026-04-08-b	purchase	198	198	0	2026-04-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
561	0	member-05	order-member-05-2026-04-08	purchase	55	55	0	2026-04-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
562	0	member-05	order-member-05-2026-04-08-b	purchase	244	244	0	2026-04-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
563	0	member-07	sign-in-member-07-2026-04-08	sign-in	5	5	0	2026-04-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
564	0	member-13	order-member-13-2026-04-08	purchase	55	55	0	2026-04-08 07:17:00+00	2027-12-31 16:00:00+00	f	t
565	0	member-20	review-20-2026-04-09	review	25	25	0	2026-04-09 12:00:00+00	2027-12-31 16:00:00+00	f	t
569	0	member-26	sign-in-member-26-2026-04-09	sign-in	5	5	0	2026-04-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
566	0	member-02	sign-in-member-02-2026-04-09	sign-in	5	5	0	2026-04-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
567	0	member-04	order-member-04-2026-04-09	purchase	63	63	0	2026-04-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
570	0	member-28	review-member-28-2026-04-09	review	25	25	0	2026-04-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
526	0	member-11	order-member-11-2026-04-02	purchase	21	0	21	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
572	1	member-15	order-member-15-2026-04-10	purchase	65	65	0	2026-04-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
573	0	member-23	order-member-23-2026-04-10	purchase	23	23	0	2026-04-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
572	0	member-15	order-member-15-2026-04-10	birthday-month	65	65	0	2026-04-10 07:17:00+00	2027-12-31 16:00:00+00	f	t
518	0	member-08	order-member-08-2026-04-01	purchase	47	0	47	2026-04-01 07:17:00+00	2027-12-31 16:00:00+00	f	t
575	0	member-20	order-member-20-2026-04-11	purchase	40	40	0	2026-04-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
578	0	member-06	order-member-06-2026-04-12	purchase	116	116	0	2026-04-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
533	0	~erased-ia27sypts5c3uehhklwkjapytu	sign-in-member-29-2026-04-02	sign-in	5	0	0	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
577	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-04-11	purchase	25	0	0	2026-04-11 07:17:00+00	2027-12-31 16:00:00+00	f	t
558	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-04-07	purchase	82	0	0	2026-04-07 07:17:00+00	2027-12-31 16:00:00+00	f	t
542	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	sign-in-member-10-2026-04-04	sign-in	5	0	0	2026-04-04 07:17:00+00	2027-12-31 16:00:00+00	f	t
534	0	member-30	order-member-30-2026-04-02	purchase	57	0	0	2026-04-02 07:17:00+00	2027-12-31 16:00:00+00	f	t
544	0	member-30	order-member-30-2026-04-04	purchase	92	68	0	2026-04-04 07:17:00+00	2027-12-31 16:00:00+00	f	t
579	0	member-06	order-member-06-2026-04-12-b	purchase	471	471	0	2026-04-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
580	0	member-26	sign-in-member-26-2026-04-12	sign-in	5	5	0	2026-04-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
581	0	member-01	order-member-01-2026-04-13	purchase	92	92	0	2026-04-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
582	0	member-12	sign-in-member-12-2026-04-13	sign-in	5	5	0	2026-04-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
583	0	member-24	order-member-24-2026-04-13	purchase	21	21	0	2026-04-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
584	0	member-25	sign-in-member-25-2026-04-13	sign-in	5	5	0	2026-04-13 07:17:00+00	2027-12-31 16:00:00+00	f	t
587	0	member-02	order-member-02-2026-04-14-b	purchase	421	421	0	2026-04-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
588	0	member-05	sign-in-member-05-2026-04-14	sign-in	5	5	0	2026-04-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
589	0	member-07	review-member-07-2026-04-14	review	25	25	0	2026-04-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
590	0	member-18	order-member-18-2026-04-14	purchase	22	22	0	2026-04-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
591	0	member-24	sign-in-member-24-2026-04-14	sign-in	5	5	0	2026-04-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
592	0	member-28	order-member-28-2026-04-14	purchase	62	62	0	2026-04-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
585	0	member-01	sign-in-member-01-2026-04-14	sign-in	5	5	0	2026-04-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
586	0	member-02	order-member-02-2026-04-14	purchase	66	66	0	2026-04-14 07:17:00+00	2027-12-31 16:00:00+00	f	t
600	0	member-28	order-member-28-2026-04-15	purchase	49	49	0	2026-04-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
593	0	member-02	order-member-02-2026-04-15	purchase	25	25	0	2026-04-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
594	0	member-02	order-member-02-2026-04-15-b	purchase	338	338	0	2026-04-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
595	0	member-04	order-member-04-2026-04-15	purchase	77	77	0	2026-04-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
596	0	member-06	sign-in-member-06-2026-04-15	sign-in	5	5	0	2026-04-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
597	0	member-11	order-member-11-2026-04-15	purchase	81	81	0	2026-04-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
598	0	member-18	order-member-18-2026-04-15	purchase	51	51	0	2026-04-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
599	0	member-27	order-member-27-2026-04-15	purchase	58	58	0	2026-04-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
601	0	member-20	review-20-2026-04-16	review	25	25	0	2026-04-16 12:00:00+00	2027-12-31 16:00:00+00	f	t
602	0	member-07	order-member-07-2026-04-16	purchase	51	51	0	2026-04-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
603	0	member-11	sign-in-member-11-2026-04-16	sign-in	5	5	0	2026-04-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
604	0	member-22	order-member-22-2026-04-16	purchase	85	85	0	2026-04-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
605	0	member-25	order-member-25-2026-04-16	purchase	65	65	0	2026-04-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
606	0	member-30	sign-in-member-30-2026-04-16	sign-in	5	5	0	2026-04-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
607	0	member-05	order-member-05-2026-04-17	purchase	117	117	0	2026-04-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
608	0	member-06	order-member-06-2026-04-17	purchase	55	55	0	2026-04-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
609	0	member-06	order-member-06-2026-04-17-b	purchase	245	245	0	2026-04-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
610	0	member-25	order-member-25-2026-04-17	purchase	64	64	0	2026-04-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
614	0	member-28	sign-in-member-28-2026-04-18	sign-in	5	5	0	2026-04-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
612	0	member-06	sign-in-member-06-2026-04-18	sign-in	5	5	0	2026-04-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
613	0	member-25	order-member-25-2026-04-18	purchase	73	73	0	2026-04-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
616	0	member-07	sign-in-member-07-2026-04-19	sign-in	5	5	0	2026-04-19 07:17:00+00	2027-12-31 16:00:00+00	f	t
618	0	member-24	order-member-24-2026-04-19	purchase	72	72	0	2026-04-19 07:17:00+00	2027-12-31 16:00:00+00	f	t
617	0	member-23	review-member-23-2026-04-19	review	25	25	0	2026-04-19 07:17:00+00	2027-12-31 16:00:00+00	f	t
425	0	~erased-ia27sypts5c3uehhklwkjapytu	sign-in-member-29-2026-03-15	sign-in	5	0	0	2026-03-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
390	0	~erased-ia27sypts5c3uehhklwkjapytu	order-member-29-2026-03-09	purchase	84	0	0	2026-03-09 07:17:00+00	2027-12-31 16:00:00+00	f	t
54	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	welcome-member-10	welcome-bonus	50	0	0	2026-01-12 00:02:00+00	2026-03-13 00:02:00+00	f	f
71	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	review-member-10-2026-01-12	review	20	0	0	2026-01-12 07:17:00+00	2027-12-31 16:00:00+00	f	t
70	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	~referrer:ref-12	referral-thanks	200	0	0	2026-01-12 03:06:00+00	2027-12-31 16:00:00+00	f	t
92	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	review-member-10-2026-01-17	review	20	0	0	2026-01-17 07:17:00+00	2027-12-31 16:00:00+00	f	t
424	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	order-member-10-2026-03-15	purchase	19	0	0	2026-03-15 07:17:00+00	2027-12-31 16:00:00+00	f	t
459	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	review-member-10-2026-03-21	review	25	0	0	2026-03-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
463	0	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	order-member-10-2026-03-22	purchase	44	0	0	2026-03-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
625	0	member-04	order-member-04-2026-04-20-b	purchase	171	171	0	2026-04-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
626	0	member-19	sign-in-member-19-2026-04-20	sign-in	5	5	0	2026-04-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
627	0	member-27	order-member-27-2026-04-20	purchase	79	79	0	2026-04-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
628	0	member-28	sign-in-member-28-2026-04-20	sign-in	5	5	0	2026-04-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
629	0	member-30	review-member-30-2026-04-20	review	25	25	0	2026-04-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
624	0	member-04	order-member-04-2026-04-20	purchase	108	108	0	2026-04-20 07:17:00+00	2027-12-31 16:00:00+00	f	t
633	0	member-25	order-member-25-2026-04-21	purchase	76	76	0	2026-04-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
630	0	member-01	order-member-01-2026-04-21	purchase	69	69	0	2026-04-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
631	0	member-01	order-member-01-2026-04-21-b	purchase	231	231	0	2026-04-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
632	0	member-13	order-member-13-2026-04-21	purchase	90	90	0	2026-04-21 07:17:00+00	2027-12-31 16:00:00+00	f	t
634	0	member-01	order-member-01-2026-04-22	purchase	83	83	0	2026-04-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
635	0	member-04	order-member-04-2026-04-22	purchase	76	76	0	2026-04-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
636	0	member-04	order-member-04-2026-04-22-b	purchase	491	491	0	2026-04-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
637	0	member-05	sign-in-member-05-2026-04-22	sign-in	5	5	0	2026-04-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
638	0	member-13	sign-in-member-13-2026-04-22	sign-in	5	5	0	2026-04-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
639	0	member-14	order-member-14-2026-04-22	purchase	92	92	0	2026-04-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
640	0	member-30	order-member-30-2026-04-22	purchase	48	48	0	2026-04-22 07:17:00+00	2027-12-31 16:00:00+00	f	t
641	0	member-20	review-20-2026-04-23	review	25	25	0	2026-04-23 12:00:00+00	2027-12-31 16:00:00+00	f	t
644	0	member-17	sign-in-member-17-2026-04-23	sign-in	5	5	0	2026-04-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
645	0	member-27	review-member-27-2026-04-23	review	25	25	0	2026-04-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
643	0	member-12	review-member-12-2026-04-23	review	25	25	0	2026-04-23 07:17:00+00	2027-12-31 16:00:00+00	f	t
443	0	member-30	review-member-30-2026-03-18	review	25	0	0	2026-03-18 07:17:00+00	2027-12-31 16:00:00+00	f	t
91	0	member-30	review-member-30-2026-01-16	review	20	0	0	2026-01-16 07:17:00+00	2027-12-31 16:00:00+00	f	t
648	0	member-26	order-member-26-2026-04-24	purchase	20	20	0	2026-04-24 07:17:00+00	2027-12-31 16:00:00+00	f	t
649	0	member-01	order-member-01-2026-04-25	purchase	52	52	0	2026-04-25 07:17:00+00	2027-12-31 16:00:00+00	f	t
652	0	member-11	sign-in-member-11-2026-04-25	sign-in	5	5	0	2026-04-25 07:17:00+00	2027-12-31 16:00:00+00	f	t
654	0	member-20	review-member-20-2026-04-25	review	25	25	0	2026-04-25 07:17:00+00	2027-12-31 16:00:00+00	f	t
655	0	member-07	order-member-07-2026-04-26	purchase	36	36	0	2026-04-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
656	0	member-12	sign-in-member-12-2026-04-26	sign-in	5	5	0	2026-04-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
657	0	member-19	sign-in-member-19-2026-04-26	sign-in	5	5	0	2026-04-26 07:17:00+00	2027-12-31 16:00:00+00	f	t
658	0	member-04	review-member-04-2026-04-27	review	25	25	0	2026-04-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
659	0	member-18	order-member-18-2026-04-27	purchase	76	76	0	2026-04-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
660	0	member-24	order-member-24-2026-04-27	purchase	69	69	0	2026-04-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
661	0	member-26	order-member-26-2026-04-27	purchase	33	33	0	2026-04-27 07:17:00+00	2027-12-31 16:00:00+00	f	t
662	0	member-05	sign-in-member-05-2026-04-28	sign-in	5	5	0	2026-04-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
663	0	member-15	sign-in-member-15-2026-04-28	sign-in	5	5	0	2026-04-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
664	0	member-18	order-member-18-2026-04-28	purchase	65	65	0	2026-04-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
665	0	member-20	order-member-20-2026-04-28	purchase	44	44	0	2026-04-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
666	0	member-27	order-member-27-2026-04-28	purchase	87	87	0	2026-04-28 07:17:00+00	2027-12-31 16:00:00+00	f	t
667	0	member-28	order-member-28-2026-04-29	purchase	44	44	0	2026-04-29 07:17:00+00	2027-12-31 16:00:00+00	f	t
668	0	member-20	review-20-2026-04-30	review	25	25	0	2026-04-30 12:00:00+00	2027-12-31 16:00:00+00	f	t
669	0	member-05	sign-in-member-05-2026-04-30	sign-in	5	5	0	2026-04-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
670	0	member-12	sign-in-member-12-2026-04-30	sign-in	5	5	0	2026-04-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
671	0	member-17	order-member-17-2026-04-30	purchase	89	89	0	2026-04-30 07:17:00+00	2027-12-31 16:00:00+00	f	t
\.


--
-- Data for Name: member_badges; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.member_badges (member_id, badge_key, badge, rule, event_id, posting_id, awarded_at) FROM stdin;
member-19	7-day streak	7-day streak	seven-day-streak	streak-19-2026-02-16	265	2026-02-15 23:45:00+00
member-20	Critic	Critic	critic	review-20-2026-04-02	521	2026-04-02 12:00:00+00
\.


--
-- Data for Name: member_daily; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.member_daily (member_id, day, rule, points, awards, spend, growth_value) FROM stdin;
member-01	2025-01-06		1100	2	1100.00	1100
member-02	2025-01-06		1200	1	1200.00	1200
member-03	2025-01-06		1050	1	1050.00	1050
member-04	2025-01-06		88	1	88.00	88
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-01-12		470	4	0	420
member-01	2025-01-13		4380	3	3500.00	4380
member-01	2025-01-13	sign-in	5	1	0	0
member-02	2025-01-13		5	1	0	5
member-02	2025-01-13	sign-in	5	1	0	0
member-03	2025-01-13		5	1	0	5
member-03	2025-01-13	sign-in	5	1	0	0
member-04	2025-01-13		5	1	0	5
member-04	2025-01-13	sign-in	5	1	0	0
member-01	2025-01-14		5	1	0	5
member-01	2025-01-14	sign-in	5	1	0	0
member-02	2025-01-14		5	1	0	5
member-02	2025-01-14	sign-in	5	1	0	0
member-03	2025-01-14		5	1	0	5
member-03	2025-01-14	sign-in	5	1	0	0
member-04	2025-01-14		5	1	0	5
member-04	2025-01-14	sign-in	5	1	0	0
member-01	2025-01-15		5	1	0	5
member-01	2025-01-15	sign-in	5	1	0	0
member-02	2025-01-15		5	1	0	5
member-02	2025-01-15	sign-in	5	1	0	0
member-03	2025-01-15		5	1	0	5
member-03	2025-01-15	sign-in	5	1	0	0
member-04	2025-01-15		5	1	0	5
member-04	2025-01-15	sign-in	5	1	0	0
member-04	2025-01-20		20	1	0	20
member-05	2026-01-05		50	1	0	0
member-05	2026-01-05	welcome-bonus	50	1	0	0
member-09	2026-01-05		50	1	0	0
member-09	2026-01-05	welcome-bonus	50	1	0	0
member-17	2026-01-05		50	1	0	0
member-17	2026-01-05	welcome-bonus	50	1	0	0
member-21	2026-01-05		50	1	0	0
member-21	2026-01-05	welcome-bonus	50	1	0	0
member-25	2026-01-05		50	1	0	0
member-25	2026-01-05	welcome-bonus	50	1	0	0
member-01	2026-01-05	cny-promo	88	1	0	0
member-02	2026-01-05	cny-promo	88	1	0	0
member-03	2026-01-05		88	1	0	0
member-03	2026-01-05	cny-promo	88	1	0	0
member-04	2026-01-05		88	1	0	0
member-04	2026-01-05	cny-promo	88	1	0	0
member-02	2026-01-05		1525	2	1150.00	1437
member-01	2026-01-05		93	2	0	5
member-01	2026-01-05	sign-in	5	1	0	0
member-25	2026-01-06		5	1	0	5
member-25	2026-01-06	sign-in	5	1	0	0
member-25	2026-01-07		5	1	0	5
member-25	2026-01-07	sign-in	5	1	0	0
member-02	2026-01-08		375	2	300.50	375
member-01	2026-01-09		78	1	52.50	78
member-04	2026-01-09		470	2	471.00	470
member-25	2026-01-09		5	1	0	5
member-25	2026-01-09	sign-in	5	1	0	0
member-04	2026-01-10		311	2	312.25	311
member-09	2026-01-11		5	1	0	5
member-09	2026-01-11	sign-in	5	1	0	0
member-06	2026-01-12	welcome-bonus	50	1	0	0
member-14	2026-01-12		50	1	0	0
member-14	2026-01-12	welcome-bonus	50	1	0	0
member-18	2026-01-12		50	1	0	0
member-18	2026-01-12	welcome-bonus	50	1	0	0
member-22	2026-01-12		50	1	0	0
member-22	2026-01-12	welcome-bonus	50	1	0	0
member-26	2026-01-12	welcome-bonus	50	1	0	0
member-30	2026-01-12		50	1	0	0
member-30	2026-01-12	welcome-bonus	50	1	0	0
member-26	2026-01-12		104	2	54.75	54
member-11	2026-01-12		105	2	0	105
member-06	2026-01-12	sign-in	15	3	0	0
member-06	2026-01-12		65	4	0	15
member-17	2026-01-13		63	1	63.25	63
member-12	2026-01-12		100	1	0	100
member-11	2026-01-12	sign-in	5	1	0	0
member-17	2026-01-12		35	1	35.75	35
member-21	2026-01-12		5	1	0	5
member-21	2026-01-12	sign-in	5	1	0	0
member-04	2026-01-14		205	2	205.50	205
member-11	2026-01-14		5	1	0	5
member-11	2026-01-14	sign-in	5	1	0	0
member-02	2026-01-16		565	2	453.25	565
member-05	2026-01-16		41	1	41.50	41
member-06	2026-01-16		20	1	20.00	20
member-12	2026-01-16		78	1	78.50	78
member-14	2026-01-16		5	1	0	5
member-14	2026-01-16	sign-in	5	1	0	0
member-30	2026-01-16		20	1	0	20
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-01-12	welcome-bonus	50	1	0	0
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-01-12	referral-thanks	400	2	0	0
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-01-16		5	1	0	5
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-01-16	sign-in	5	1	0	0
member-11	2026-01-17		78	1	78.00	78
member-21	2026-01-17		5	1	0	5
member-21	2026-01-17	sign-in	5	1	0	0
member-14	2026-01-18		92	1	92.00	92
member-07	2026-01-19		50	1	0	0
member-07	2026-01-19	welcome-bonus	50	1	0	0
member-15	2026-01-19		50	1	0	0
member-15	2026-01-19	welcome-bonus	50	1	0	0
member-19	2026-01-19		50	1	0	0
member-19	2026-01-19	welcome-bonus	50	1	0	0
member-23	2026-01-19		50	1	0	0
member-23	2026-01-19	welcome-bonus	50	1	0	0
member-27	2026-01-19		50	1	0	0
member-27	2026-01-19	welcome-bonus	50	1	0	0
member-11	2026-01-19		200	1	0	200
member-11	2026-01-19	referral-thanks	200	1	0	0
member-13	2026-01-19		105	2	0	105
member-13	2026-01-19	sign-in	5	1	0	0
member-13	2026-01-20		5	1	0	5
member-13	2026-01-20	sign-in	5	1	0	0
member-14	2026-01-20		87	1	87.50	87
member-19	2026-01-20		23	1	23.75	23
member-09	2026-01-21		39	1	39.75	39
member-05	2026-01-22		5	1	0	5
member-05	2026-01-22	sign-in	5	1	0	0
member-07	2026-01-22		55	1	55.50	55
member-15	2026-01-22		20	1	0	20
member-01	2026-01-23		20	1	0	20
member-15	2026-01-23		58	1	58.00	58
member-02	2026-01-25		5	1	0	5
member-02	2026-01-25	sign-in	5	1	0	0
member-19	2026-01-25		36	1	36.25	36
member-08	2026-01-26		50	1	0	0
member-08	2026-01-26	welcome-bonus	50	1	0	0
member-16	2026-01-26		50	1	0	0
member-16	2026-01-26	welcome-bonus	50	1	0	0
member-20	2026-01-26		50	1	0	0
member-20	2026-01-26	welcome-bonus	50	1	0	0
member-24	2026-01-26		50	1	0	0
member-24	2026-01-26	welcome-bonus	50	1	0	0
member-28	2026-01-26		50	1	0	0
member-28	2026-01-26	welcome-bonus	50	1	0	0
member-19	2026-01-26		37	1	37.75	37
member-15	2026-01-27		5	1	0	5
member-15	2026-01-27	sign-in	5	1	0	0
member-23	2026-01-27		38	1	38.25	38
member-26	2026-01-23		0	1	0.00	0
member-06	2026-01-28		373	2	374.00	373
member-08	2026-01-28		76	1	76.00	76
member-20	2026-01-28		5	1	0	5
member-20	2026-01-28	sign-in	5	1	0	0
member-24	2026-01-28		91	1	91.00	91
member-30	2026-01-28		5	1	0	5
member-30	2026-01-28	sign-in	5	1	0	0
member-20	2026-01-29		20	1	0	20
member-21	2026-01-28		0	1	0.00	0
member-09	2026-01-29		38	1	38.25	38
member-15	2026-01-29		93	1	93.75	93
member-23	2026-01-29		40	1	40.75	40
member-25	2026-01-29		19	1	19.50	19
member-05	2026-01-30		5	1	0	5
member-05	2026-01-30	sign-in	5	1	0	0
member-17	2026-01-30		5	1	0	5
member-17	2026-01-30	sign-in	5	1	0	0
member-20	2026-01-30		94	1	94.25	94
member-22	2026-01-30		25	1	25.00	25
member-07	2026-01-31		18	1	18.75	18
member-08	2026-01-31		31	1	31.25	31
member-12	2026-01-31		5	1	0	5
member-12	2026-01-31	sign-in	5	1	0	0
member-23	2026-01-31		80	1	80.50	80
member-27	2026-01-31		20	1	0	20
member-02	2026-02-01		465	2	372.50	465
member-08	2026-02-01		5	1	0	5
member-08	2026-02-01	sign-in	5	1	0	0
member-13	2026-02-01		5	1	0	5
member-13	2026-02-01	sign-in	5	1	0	0
member-14	2026-02-01		5	1	0	5
member-14	2026-02-01	sign-in	5	1	0	0
member-23	2026-02-01		5	1	0	5
member-23	2026-02-01	sign-in	5	1	0	0
member-24	2026-02-01		5	1	0	5
member-24	2026-02-01	sign-in	5	1	0	0
member-30	2026-02-01		20	1	0	20
member-05	2026-02-02		2289	3	2191.75	2289
member-06	2026-02-02		19	1	19.75	19
member-05	2026-02-03		71	1	57.50	71
member-24	2026-02-04		5	1	0	5
member-24	2026-02-04	sign-in	5	1	0	0
member-30	2026-02-04		5	1	0	5
member-30	2026-02-04	sign-in	5	1	0	0
member-20	2026-02-05		20	1	0	20
member-06	2026-02-05		462	2	462.50	462
member-14	2026-02-05		29	1	29.25	29
member-19	2026-02-06		31	1	31.50	31
member-27	2026-02-06		34	1	34.75	34
member-01	2026-02-08		49	1	33.00	49
member-05	2026-02-06		499	2	399.50	499
member-09	2026-02-07		0	1	0.00	0
member-04	2026-02-08		5	1	0	5
member-04	2026-02-08	sign-in	5	1	0	0
member-12	2026-02-08		5	1	0	5
member-12	2026-02-08	sign-in	5	1	0	0
member-13	2026-02-08		61	1	61.00	61
member-18	2026-02-08		64	1	64.75	64
member-12	2026-02-05		0	1	0.00	0
member-01	2026-02-09		448	2	298.75	448
member-21	2026-02-09		94	1	94.75	94
member-19	2026-02-10		5	1	0	5
member-19	2026-02-10	sign-in	5	1	0	0
member-08	2026-02-10		86	1	86.50	86
member-13	2026-02-10		5	1	0	5
member-13	2026-02-10	sign-in	5	1	0	0
member-27	2026-02-10		35	1	35.00	35
member-19	2026-02-11	sign-in	5	1	0	0
member-19	2026-02-11		56	2	51.25	56
member-07	2026-02-11		75	1	75.50	75
member-16	2026-02-11		5	1	0	5
member-16	2026-02-11	sign-in	5	1	0	0
member-17	2026-02-11		5	1	0	5
member-17	2026-02-11	sign-in	5	1	0	0
member-20	2026-02-11		60	1	60.00	60
member-22	2026-02-11		71	1	71.25	71
member-28	2026-02-11		55	1	55.50	55
member-19	2026-02-12		5	1	0	5
member-19	2026-02-12	sign-in	5	1	0	0
member-20	2026-02-12		20	1	0	20
member-06	2026-02-12		5	1	0	5
member-06	2026-02-12	sign-in	5	1	0	0
member-21	2026-02-12		50	1	50.75	50
member-19	2026-02-13		5	1	0	5
member-19	2026-02-13	sign-in	5	1	0	0
member-02	2026-02-13		5	1	0	5
member-02	2026-02-13	sign-in	5	1	0	0
member-25	2026-02-13		5	1	0	5
member-25	2026-02-13	sign-in	5	1	0	0
member-27	2026-02-13		5	1	0	5
member-27	2026-02-13	sign-in	5	1	0	0
member-19	2026-02-14		5	1	0	5
member-19	2026-02-14	sign-in	5	1	0	0
member-27	2026-02-14		22	1	22.25	22
member-19	2026-02-15		5	1	0	5
member-19	2026-02-15	sign-in	5	1	0	0
member-06	2026-02-15		5	1	0	5
member-06	2026-02-15	sign-in	5	1	0	0
member-13	2026-02-15		57	1	57.75	57
member-15	2026-02-15		5	1	0	5
member-15	2026-02-15	sign-in	5	1	0	0
member-17	2026-02-15		80	1	80.25	80
member-26	2026-02-15		176	2	88.50	176
member-02	2026-02-21		63	1	50.75	63
member-04	2026-02-21		5	1	0	5
member-04	2026-02-21	sign-in	5	1	0	0
member-09	2026-02-16		0	1	0.00	0
member-07	2026-02-16		209	2	209.50	209
member-05	2026-02-21		5	1	0	5
member-19	2026-02-16		110	4	0	110
member-19	2026-02-16	sign-in	10	2	0	0
member-05	2026-02-16		464	2	371.50	464
member-12	2026-02-16		28	1	28.25	28
member-15	2026-02-16		5	1	0	5
member-15	2026-02-16	sign-in	5	1	0	0
member-21	2026-02-16		60	1	60.75	60
member-23	2026-02-16		5	1	0	5
member-23	2026-02-16	sign-in	5	1	0	0
member-24	2026-02-16		43	1	43.50	43
member-27	2026-02-16		5	1	0	5
member-27	2026-02-16	sign-in	5	1	0	0
member-28	2026-02-16		20	1	20.75	20
member-05	2026-02-18		70	1	56.50	70
member-24	2026-02-18		20	1	0	20
member-20	2026-02-19		20	1	0	20
member-08	2026-02-16		0	2	0.00	0
member-24	2026-02-19		60	1	60.75	60
member-13	2026-02-20		67	1	67.25	67
member-16	2026-02-20		5	1	0	5
member-16	2026-02-20	sign-in	5	1	0	0
member-17	2026-02-20		92	1	92.50	92
member-20	2026-02-20		67	1	67.75	67
member-05	2026-02-21	sign-in	5	1	0	0
member-17	2026-02-21		65	1	65.75	65
member-19	2026-02-21		5	1	0	5
member-19	2026-02-21	sign-in	5	1	0	0
member-21	2026-02-21		5	1	0	5
member-21	2026-02-21	sign-in	5	1	0	0
member-25	2026-02-21		5	1	0	5
member-25	2026-02-21	sign-in	5	1	0	0
member-26	2026-02-21		5	1	0	5
member-26	2026-02-21	sign-in	5	1	0	0
member-17	2026-02-23		650	1	650.00	650
member-11	2026-02-20		0	1	0.00	0
member-12	2026-02-22		0	1	0.00	0
member-27	2026-02-19		0	1	0.00	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-02-10		35	1	35.75	35
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-02-15		91	1	91.25	91
member-07	2026-02-23		5	1	0	5
member-07	2026-02-23	sign-in	5	1	0	0
member-14	2026-02-23		5	1	0	5
member-14	2026-02-23	sign-in	5	1	0	0
member-18	2026-02-23		5	1	0	5
member-18	2026-02-23	sign-in	5	1	0	0
member-23	2026-02-23		44	1	44.25	44
member-30	2026-02-23		5	1	0	5
member-30	2026-02-23	sign-in	5	1	0	0
member-20	2026-02-26		20	1	0	20
member-01	2026-02-26		497	2	332.00	497
member-04	2026-02-26		20	1	0	20
member-07	2026-02-26		30	1	30.00	30
member-14	2026-02-26		20	1	0	20
member-26	2026-02-26		5	1	0	5
member-26	2026-02-26	sign-in	5	1	0	0
member-07	2026-02-27		5	1	0	5
member-07	2026-02-27	sign-in	5	1	0	0
member-20	2026-02-27		5	1	0	5
member-20	2026-02-27	sign-in	5	1	0	0
member-28	2026-02-27		5	1	0	5
member-28	2026-02-27	sign-in	5	1	0	0
member-19	2026-02-28		87	1	87.50	87
member-20	2026-02-28		87	1	87.75	87
member-24	2026-02-28		84	1	84.25	84
member-11	2026-03-01		5	1	0	5
member-11	2026-03-01	sign-in	5	1	0	0
member-14	2026-03-01		5	1	0	5
member-14	2026-03-01	sign-in	5	1	0	0
member-17	2026-03-01		5	1	0	5
member-17	2026-03-01	sign-in	5	1	0	0
member-18	2026-03-01		28	1	28.00	28
member-14	2026-03-02		240	2	120.00	240
member-16	2026-03-02		5	1	0	5
member-16	2026-03-02	sign-in	5	1	0	0
member-24	2026-03-02		5	1	0	5
member-24	2026-03-02	sign-in	5	1	0	0
member-14	2026-03-03		25	1	0	25
member-16	2026-03-03		92	1	92.75	92
member-18	2026-03-03		20	1	20.25	20
member-16	2026-03-04		68	1	68.50	68
member-25	2026-03-04		5	1	0	5
member-25	2026-03-04	sign-in	5	1	0	0
member-20	2026-03-05		25	1	0	25
member-02	2026-03-05		24	1	19.50	24
member-07	2026-03-05		75	1	75.00	75
member-08	2026-03-05		5	1	0	5
member-08	2026-03-05	sign-in	5	1	0	0
member-14	2026-03-05		5	1	0	5
member-14	2026-03-05	sign-in	5	1	0	0
member-27	2026-03-05		5	1	0	5
member-27	2026-03-05	sign-in	5	1	0	0
member-12	2026-03-06		18	1	18.25	18
member-19	2026-03-06		5	1	0	5
member-19	2026-03-06	sign-in	5	1	0	0
member-28	2026-03-06		5	1	0	5
member-28	2026-03-06	sign-in	5	1	0	0
member-13	2026-03-07		5	1	0	5
member-13	2026-03-07	sign-in	5	1	0	0
member-25	2026-03-07		25	1	0	25
member-02	2026-03-08		25	1	0	25
member-04	2026-03-08		25	1	0	25
member-06	2026-03-08		200	2	201.25	200
member-13	2026-03-08		5	1	0	5
member-13	2026-03-08	sign-in	5	1	0	0
member-16	2026-03-08		5	1	0	5
member-16	2026-03-08	sign-in	5	1	0	0
member-07	2026-03-09		5	1	0	5
member-07	2026-03-09	sign-in	5	1	0	0
member-25	2026-03-09		50	1	50.00	50
member-02	2026-03-10		83	1	67.00	83
member-04	2026-03-10		5	1	0	5
member-04	2026-03-10	sign-in	5	1	0	0
member-06	2026-03-10		5	1	0	5
member-06	2026-03-10	sign-in	5	1	0	0
member-12	2026-03-10		5	1	0	5
member-12	2026-03-10	sign-in	5	1	0	0
member-13	2026-03-10		43	1	43.00	43
member-26	2026-03-10		5	1	0	5
member-26	2026-03-10	sign-in	5	1	0	0
member-07	2026-03-11		24	1	24.50	24
member-14	2026-03-11		56	2	28.50	56
member-21	2026-03-11		40	1	40.50	40
member-24	2026-03-11		64	1	64.00	64
member-30	2026-03-11		5	1	0	5
member-30	2026-03-11	sign-in	5	1	0	0
member-20	2026-03-12		25	1	0	25
member-02	2026-03-12		5	1	0	5
member-02	2026-03-12	sign-in	5	1	0	0
member-16	2026-03-12		5	1	0	5
member-16	2026-03-12	sign-in	5	1	0	0
member-13	2026-03-13		5	1	0	5
member-13	2026-03-13	sign-in	5	1	0	0
member-16	2026-03-13		38	1	38.50	38
member-27	2026-03-13		80	2	40.25	80
member-02	2026-03-14		417	2	334.25	417
member-13	2026-03-14		5	1	0	5
member-13	2026-03-14	sign-in	5	1	0	0
member-06	2026-03-12		0	1	0.00	0
member-07	2026-03-15		5	1	0	5
~erased-ia27sypts5c3uehhklwkjapytu	2026-03-09		84	1	84.00	84
member-07	2026-03-15	sign-in	5	1	0	0
member-09	2026-03-15		90	1	90.25	90
member-08	2026-03-16		52	1	52.75	52
member-15	2026-03-16		92	1	92.25	92
member-27	2026-03-16		5	1	0	5
member-27	2026-03-16	sign-in	5	1	0	0
member-30	2026-03-16		54	1	54.75	54
member-07	2026-03-17		95	1	95.00	95
member-13	2026-03-17		5	1	0	5
member-13	2026-03-17	sign-in	5	1	0	0
member-17	2026-03-17		28	1	22.75	28
member-18	2026-03-17		5	1	0	5
member-18	2026-03-17	sign-in	5	1	0	0
member-30	2026-03-17		50	1	50.25	50
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-03-15		19	1	19.50	19
member-02	2026-03-18		31	1	25.25	31
member-07	2026-03-18		5	1	0	5
member-07	2026-03-18	sign-in	5	1	0	0
member-12	2026-03-18		33	1	33.50	33
member-24	2026-03-18		25	1	25.00	25
member-30	2026-03-18		25	1	0	25
member-20	2026-03-19		25	1	0	25
member-13	2026-03-19		32	1	32.00	32
member-12	2026-03-20		5	1	0	5
member-12	2026-03-20	sign-in	5	1	0	0
member-13	2026-03-20		5	1	0	5
member-13	2026-03-20	sign-in	5	1	0	0
member-14	2026-03-20		5	1	0	5
member-14	2026-03-20	sign-in	5	1	0	0
member-22	2026-03-20		49	1	49.00	49
member-30	2026-03-20		25	1	0	25
member-01	2026-03-21		0	1	0.00	0
member-07	2026-03-22		5	1	0	5
member-07	2026-03-22	sign-in	5	1	0	0
member-17	2026-03-22		5	1	0	5
member-17	2026-03-22	sign-in	5	1	0	0
member-22	2026-03-22		5	1	0	5
member-22	2026-03-22	sign-in	5	1	0	0
member-26	2026-03-22		74	1	74.50	74
member-01	2026-03-23		5	1	0	5
member-01	2026-03-23	sign-in	5	1	0	0
member-06	2026-03-23		69	1	55.75	69
member-11	2026-03-23		64	1	64.75	64
member-17	2026-03-23		25	1	0	25
member-23	2026-03-23		37	1	37.50	37
member-30	2026-03-23		5	1	0	5
member-30	2026-03-23	sign-in	5	1	0	0
member-23	2026-03-24		41	1	41.50	41
member-24	2026-03-24		70	1	70.75	70
member-12	2026-03-25		5	1	0	5
member-12	2026-03-25	sign-in	5	1	0	0
member-20	2026-03-25		5	1	0	5
member-20	2026-03-25	sign-in	5	1	0	0
member-20	2026-03-26		25	1	0	25
member-06	2026-03-26		350	2	281.00	350
member-08	2026-03-26		5	1	0	5
member-08	2026-03-26	sign-in	5	1	0	0
member-09	2026-03-26		83	1	83.25	83
member-11	2026-03-26		5	1	0	5
member-11	2026-03-26	sign-in	5	1	0	0
member-12	2026-03-26		5	1	0	5
member-12	2026-03-26	sign-in	5	1	0	0
member-13	2026-03-26		5	1	0	5
member-13	2026-03-26	sign-in	5	1	0	0
member-14	2026-03-26		68	2	34.50	68
member-28	2026-03-26		83	1	83.00	83
member-19	2026-03-27		5	1	0	5
member-19	2026-03-27	sign-in	5	1	0	0
member-22	2026-03-27		64	1	64.75	64
member-27	2026-03-27		164	2	82.75	164
member-07	2026-03-20		0	1	0.00	0
member-11	2026-03-28		25	1	0	25
member-19	2026-03-28		61	1	61.75	61
member-21	2026-03-28		84	1	84.25	84
member-24	2026-03-28		5	1	0	5
member-24	2026-03-28	sign-in	5	1	0	0
member-23	2026-03-29		88	1	88.50	88
member-24	2026-03-29		5	1	0	5
member-24	2026-03-29	sign-in	5	1	0	0
member-27	2026-03-29		76	2	38.25	76
member-16	2026-03-30		5	1	0	5
member-16	2026-03-30	sign-in	5	1	0	0
member-25	2026-03-30		5	1	0	5
member-25	2026-03-30	sign-in	5	1	0	0
member-20	2026-03-23		0	1	0.00	0
member-15	2026-03-31		86	1	86.25	86
member-18	2026-03-31		5	1	0	5
member-18	2026-03-31	sign-in	5	1	0	0
member-07	2026-04-01		19	1	19.25	19
member-28	2026-04-01		5	1	0	5
member-28	2026-04-01	sign-in	5	1	0	0
member-20	2026-04-02		25	1	0	25
member-27	2026-03-30		0	2	0.00	0
member-16	2026-03-31		0	1	0.00	0
member-26	2026-03-27		0	1	0.00	0
member-08	2026-04-01		0	1	0.00	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-03-15		5	1	0	5
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-03-21		25	1	0	25
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-03-22		44	1	44.50	44
member-06	2026-03-29		431	2	345.00	431
member-17	2026-04-01		0	1	0.00	0
member-02	2026-04-02		5	1	0	5
member-02	2026-04-02	sign-in	5	1	0	0
member-14	2026-04-02		42	1	42.00	42
member-22	2026-04-02		61	1	61.50	61
member-23	2026-04-02		5	1	0	5
member-23	2026-04-02	sign-in	5	1	0	0
member-27	2026-04-02		5	1	0	5
member-27	2026-04-02	sign-in	5	1	0	0
member-28	2026-04-02		26	1	26.75	26
member-30	2026-04-02		57	1	57.75	57
member-04	2026-04-03		5	1	0	5
member-04	2026-04-03	sign-in	5	1	0	0
member-15	2026-04-03		5	1	0	5
member-15	2026-04-03	sign-in	5	1	0	0
member-23	2026-04-03		5	1	0	5
member-23	2026-04-03	sign-in	5	1	0	0
member-01	2026-04-04		5	1	0	5
member-01	2026-04-04	sign-in	5	1	0	0
member-06	2026-04-04		5	1	0	5
member-06	2026-04-04	sign-in	5	1	0	0
member-30	2026-04-04		92	1	92.75	92
member-05	2026-04-05		5	1	0	5
member-05	2026-04-05	sign-in	5	1	0	0
member-07	2026-04-05		25	1	0	25
member-11	2026-04-05		5	1	0	5
member-11	2026-04-05	sign-in	5	1	0	0
member-18	2026-04-05		5	1	0	5
member-18	2026-04-05	sign-in	5	1	0	0
member-23	2026-04-05		30	1	30.00	30
member-28	2026-04-06		5	1	0	5
member-28	2026-04-06	sign-in	5	1	0	0
member-12	2026-04-07		57	1	57.50	57
member-19	2026-04-07		48	1	48.25	48
member-22	2026-04-07		35	1	35.25	35
member-01	2026-04-08		240	2	192.25	240
member-05	2026-04-08		299	2	239.75	299
member-07	2026-04-08		5	1	0	5
member-07	2026-04-08	sign-in	5	1	0	0
member-13	2026-04-08		55	1	55.00	55
member-20	2026-04-09		25	1	0	25
member-11	2026-04-02		0	1	0.00	0
member-02	2026-04-09		5	1	0	5
member-02	2026-04-09	sign-in	5	1	0	0
member-04	2026-04-09		63	1	50.50	63
member-26	2026-04-09		5	1	0	5
member-26	2026-04-09	sign-in	5	1	0	0
member-28	2026-04-09		25	1	0	25
member-15	2026-04-10		130	2	65.00	130
member-23	2026-04-10		23	1	23.00	23
member-20	2026-04-11		40	1	40.75	40
member-06	2026-04-12		587	2	470.25	587
member-26	2026-04-12		5	1	0	5
member-26	2026-04-12	sign-in	5	1	0	0
member-01	2026-04-13		92	1	73.75	92
member-12	2026-04-13		5	1	0	5
member-12	2026-04-13	sign-in	5	1	0	0
member-24	2026-04-13		21	1	21.50	21
member-25	2026-04-13		5	1	0	5
member-25	2026-04-13	sign-in	5	1	0	0
member-01	2026-04-14		5	1	0	5
member-01	2026-04-14	sign-in	5	1	0	0
member-02	2026-04-14		487	2	390.50	487
member-05	2026-04-14		5	1	0	5
member-05	2026-04-14	sign-in	5	1	0	0
member-07	2026-04-14		25	1	0	25
member-18	2026-04-14		22	1	22.00	22
member-24	2026-04-14		5	1	0	5
member-24	2026-04-14	sign-in	5	1	0	0
member-28	2026-04-14		62	1	62.50	62
member-02	2026-04-15		363	2	291.50	363
member-04	2026-04-15		77	1	62.00	77
member-06	2026-04-15		5	1	0	5
member-06	2026-04-15	sign-in	5	1	0	0
member-11	2026-04-15		81	1	81.00	81
member-18	2026-04-15		51	1	51.50	51
member-27	2026-04-15		58	1	58.75	58
member-28	2026-04-15		49	1	49.00	49
member-20	2026-04-16		25	1	0	25
member-07	2026-04-16		51	1	51.50	51
member-11	2026-04-16		5	1	0	5
member-11	2026-04-16	sign-in	5	1	0	0
member-22	2026-04-16		85	1	85.75	85
member-25	2026-04-16		65	1	65.75	65
member-30	2026-04-16		5	1	0	5
member-30	2026-04-16	sign-in	5	1	0	0
member-05	2026-04-17		117	1	94.25	117
member-06	2026-04-17		300	2	240.75	300
member-25	2026-04-17		64	1	64.00	64
member-06	2026-04-18		5	1	0	5
member-06	2026-04-18	sign-in	5	1	0	0
member-25	2026-04-18		73	1	73.75	73
member-28	2026-04-18		5	1	0	5
member-28	2026-04-18	sign-in	5	1	0	0
member-07	2026-04-19		5	1	0	5
member-07	2026-04-19	sign-in	5	1	0	0
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-04-04		5	1	0	5
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-04-04	sign-in	5	1	0	0
member-23	2026-04-19		25	1	0	25
member-24	2026-04-19		72	1	72.50	72
~erased-ia27sypts5c3uehhklwkjapytu	2026-01-05		50	1	0	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-01-05	welcome-bonus	50	1	0	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-01-08		5	1	0	5
~erased-ia27sypts5c3uehhklwkjapytu	2026-01-08	sign-in	5	1	0	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-01-11		26	1	26.25	26
~erased-ia27sypts5c3uehhklwkjapytu	2026-01-12		0	1	0.00	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-01-23		52	1	52.00	52
~erased-ia27sypts5c3uehhklwkjapytu	2026-01-26		41	1	41.50	41
~erased-ia27sypts5c3uehhklwkjapytu	2026-02-15		86	1	86.50	86
~erased-ia27sypts5c3uehhklwkjapytu	2026-02-19		5	1	0	5
~erased-ia27sypts5c3uehhklwkjapytu	2026-02-19	sign-in	5	1	0	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-02-21		5	1	0	5
~erased-ia27sypts5c3uehhklwkjapytu	2026-02-21	sign-in	5	1	0	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-03-15	sign-in	5	1	0	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-03-16		0	1	0.00	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-04-02		5	1	0	5
~erased-ia27sypts5c3uehhklwkjapytu	2026-04-02	sign-in	5	1	0	0
~erased-ia27sypts5c3uehhklwkjapytu	2026-04-07		82	1	82.25	82
~erased-ia27sypts5c3uehhklwkjapytu	2026-04-11		25	1	25.25	25
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-01-17		20	1	0	20
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-03-07		25	1	0	25
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	2026-03-11		83	1	83.75	83
member-04	2026-04-20		279	2	223.75	279
member-19	2026-04-20		5	1	0	5
member-19	2026-04-20	sign-in	5	1	0	0
member-27	2026-04-20		79	1	79.25	79
member-28	2026-04-20		5	1	0	5
member-28	2026-04-20	sign-in	5	1	0	0
member-30	2026-04-20		25	1	0	25
member-01	2026-04-21		300	2	241.00	300
member-13	2026-04-21		90	1	90.75	90
member-25	2026-04-21		76	1	76.00	76
member-01	2026-04-22		83	1	67.00	83
member-04	2026-04-22		567	2	454.75	567
member-05	2026-04-22		5	1	0	5
member-05	2026-04-22	sign-in	5	1	0	0
member-13	2026-04-22		5	1	0	5
member-13	2026-04-22	sign-in	5	1	0	0
member-14	2026-04-22		92	1	92.75	92
member-30	2026-04-22		48	1	48.00	48
member-20	2026-04-23		25	1	0	25
member-12	2026-04-23		25	1	0	25
member-17	2026-04-23		5	1	0	5
member-17	2026-04-23	sign-in	5	1	0	0
member-27	2026-04-23		25	1	0	25
member-26	2026-04-24		20	1	20.50	20
member-01	2026-04-25		52	1	42.00	52
member-11	2026-04-25		5	1	0	5
member-11	2026-04-25	sign-in	5	1	0	0
member-20	2026-04-25		25	1	0	25
member-07	2026-04-26		36	1	36.00	36
member-12	2026-04-26		5	1	0	5
member-12	2026-04-26	sign-in	5	1	0	0
member-19	2026-04-26		5	1	0	5
member-19	2026-04-26	sign-in	5	1	0	0
member-04	2026-04-27		25	1	0	25
member-18	2026-04-27		76	1	76.00	76
member-24	2026-04-27		69	1	69.50	69
member-26	2026-04-27		33	1	33.25	33
member-05	2026-04-28		5	1	0	5
member-05	2026-04-28	sign-in	5	1	0	0
member-15	2026-04-28		5	1	0	5
member-15	2026-04-28	sign-in	5	1	0	0
member-18	2026-04-28		65	1	65.50	65
member-20	2026-04-28		44	1	44.00	44
member-27	2026-04-28		87	1	87.50	87
member-28	2026-04-29		44	1	44.25	44
member-20	2026-04-30		25	1	0	25
member-05	2026-04-30		5	1	0	5
member-05	2026-04-30	sign-in	5	1	0	0
member-12	2026-04-30		5	1	0	5
member-12	2026-04-30	sign-in	5	1	0	0
member-17	2026-04-30		89	1	71.50	89
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.members (id, balance, held, created_at, tier, tier_reached_at, birthday, attributes, metric_since, expires_next, segments, referred_by, activity, badges) FROM stdin;
member-08	260	0	2026-12-07 02:49:07.479729+00		\N	08-08	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x01020870757263686173650e0000000000c9964080c1020202077369676e5f696e060000000000000000f4c0020202	\N
member-13	565	0	2026-12-07 02:49:07.270068+00		\N		{}	\N	2027-12-31 16:00:00+00	\N	member-11	\\x010308726566657272616c020000000000000000f0bf020202077369676e5f696e180000000000000000aac10202040870757263686173650e00000000006c7940a8c1020202	\N
member-07	676	0	2026-12-07 02:49:07.237664+00		\N		{}	\N	2027-12-31 16:00:00+00	\N	\N	\\x01030870757263686173651a0000000000468940b2c1020202077369676e5f696e100000000000000000a4c1020202067265766965770400000000000000009ac1020202	\N
member-04	2185	0	2026-12-07 02:49:06.659414+00	Silver	2026-01-14 07:17:00+00	1990-08-13	{"city": "Shanghai", "plan": "founder"}	\N	2026-12-31 16:00:00+00	{founders,members}	\N	\\x01030870757263686173651a00000000002f9d40aac1020204077369676e5f696e0e000000000000000084c102020606726576696577080000000000000000b4c1020202	\N
~erased-ia27sypts5c3uehhklwkjapytu	0	0	2026-12-07 02:49:06.824189+00		\N		{}	\N	\N	\N	\N	\N	\N
member-03	1065	0	2026-12-07 02:49:06.655014+00		\N	1990-07-12	{"city": "Shanghai", "plan": "founder"}	\N	2026-12-31 16:00:00+00	{founders,members}	\N	\\x0102087075726368617365020000000000689040fcb9020202077369676e5f696e0600000000000000008eba020606	\N
~erased-l4hvfpu5jtptdxca4j5xgrh6fq	0	0	2026-12-07 02:49:07.028395+00		\N		{}	\N	\N	\N	\N	\N	\N
member-24	349	0	2026-12-07 02:49:07.485963+00		\N	12-24	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x0103087075726368617365140000000000d68240b4c1020202077369676e5f696e0c00000000000000009ac102020406726576696577020000000000000000acc0020202	\N
member-15	504	0	2026-12-07 02:49:07.240196+00		\N	04-15	{"city": "Shanghai", "optIn": "true"}	\N	2027-12-31 16:00:00+00	{members,students}	\N	\\x010306726576696577020000000000000000f6bf0202020870757263686173650a0000000000b4784092c1020202077369676e5f696e0a0000000000000000b6c1020204	\N
member-18	346	0	2026-12-07 02:49:07.043961+00		\N	07-18	{"city": "Shanghai", "optIn": "true"}	\N	2027-12-31 16:00:00+00	{members,students}	\N	\\x01020870757263686173650e0000000000807440b6c1020404077369676e5f696e08000000000000000088c1020202	\N
member-09	173	0	2026-12-07 02:49:06.784196+00		\N	09-09	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x0102077369676e5f696e020000000000000000e0bf0202020870757263686173650c0000000000ba8540f4c0020202	\N
member-30	146	0	2026-12-07 02:49:07.055194+00		\N	06-02	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x0103067265766965770a0000000000000000a6c1020202077369676e5f696e0c00000000000000009ec10202020870757263686173650a0000000000f87240aac1020204	\N
member-16	175	0	2026-12-07 02:49:07.285306+00		\N	05-16	{"city": "Hangzhou", "optIn": "true"}	\N	2027-12-31 16:00:00+00	{members,office}	\N	\\x0102077369676e5f696e0c0000000000000000fcc0020202087075726368617365080000000000a47040fec0020204	\N
member-22	395	0	2026-12-07 02:49:07.048156+00		\N		{}	\N	2027-12-31 16:00:00+00	\N	\N	\\x01020870757263686173650e00000000008878409ec1020202077369676e5f696e020000000000000000ecc0020202	\N
member-01	5020	0	2026-12-07 02:49:06.648246+00	Silver	2026-02-28 20:00:00+00	1990-05-10	{"city": "Shanghai", "plan": "founder"}	\N	2026-12-31 16:00:00+00	{founders,members}	\N	\\x01030870757263686173652400000000c045b740b0c1020204077369676e5f696e0e00000000000000009ac102020606726576696577020000000000000000f8bf020202	\N
member-27	705	0	2026-12-07 02:49:07.257513+00		\N	03-27	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x010306726576696577040000000000000000acc1020202087075726368617365160000000000e48140b6c1020204077369676e5f696e0a000000000000000082c1020202	\N
member-28	372	0	2026-12-07 02:49:07.488158+00		\N		{}	\N	2027-12-31 16:00:00+00	\N	\N	\\x01030870757263686173650e00000000005c7540b8c1020204077369676e5f696e0c0000000000000000a6c10202020672657669657702000000000000000090c1020202	\N
member-05	3215	0	2026-12-07 02:49:06.771306+00	Silver	2026-02-02 03:00:00+00	05-05	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x01020870757263686173651a0000000000a5ab40a0c1020204077369676e5f696e100000000000000000bac1020202	\N
member-12	384	0	2026-12-07 02:49:07.0722+00		\N		{"source": "referral"}	\N	2027-12-31 16:00:00+00	\N	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	\\x010408726566657272616c020000000000000000e2bf0202020870757263686173650e0000000000ac72408cc1020202077369676e5f696e120000000000000000bac102020406726576696577020000000000000000acc1020202	\N
member-11	283	0	2026-12-07 02:49:07.068157+00		\N		{"source": "referral"}	\N	2027-12-31 16:00:00+00	\N	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	\\x010408726566657272616c040000000000000000f0bf020202077369676e5f696e0e0000000000000000b0c10202020870757263686173650a0000000000dc74409cc102020206726576696577020000000000000000f8c0020202	\N
member-20	480	0	2026-12-07 02:49:07.285306+00		\N	08-20	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x0103077369676e5f696e060000000000000000f2c0020202067265766965771e0000000000000000bac10202020870757263686173650e0000000000347a40b6c1020202	Critic
member-17	702	0	2026-12-07 02:49:06.800247+00	Silver	2026-02-23 03:00:00+00	06-17	{"city": "Suzhou", "optIn": "true"}	\N	2027-12-31 16:00:00+00	{family,members}	\N	\\x0103087075726368617365120000000000ba9140bac1020204077369676e5f696e0a0000000000000000acc102020206726576696577020000000000000000eec0020202	\N
member-21	40	0	2026-12-07 02:49:06.812267+00		\N	10-21	{"city": "Shanghai", "optIn": "true"}	\N	2027-12-31 16:00:00+00	{members,students}	\N	\\x0102077369676e5f696e060000000000000000b2c00202020870757263686173650c00000000004c7940f8c0020202	\N
member-02	5275	0	2026-12-07 02:49:06.652786+00	Silver	2026-02-28 20:00:00+00	1990-06-11	{"city": "Shanghai", "plan": "founder"}	\N	2026-12-31 16:00:00+00	{founders,members}	\N	\\x01030870757263686173652400000000002fb2409cc1020404077369676e5f696e10000000000000000090c102020606726576696577020000000000000000d0c0020202	\N
member-06	1658	0	2026-12-07 02:49:07.020417+00	Silver	2026-03-08 07:17:00+00	06-06	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x0102077369676e5f696e140000000000000000a2c102020208707572636861736524000000000024a440a0c1020202	\N
member-23	466	0	2026-12-07 02:49:07.252297+00		\N	11-23	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x0103087075726368617365120000000000847a4092c1020204077369676e5f696e08000000000000000084c102040406726576696577020000000000000000a4c1020202	\N
member-25	359	0	2026-12-07 02:49:06.818814+00		\N		{}	\N	2027-12-31 16:00:00+00	\N	\N	\\x0103077369676e5f696e10000000000000000098c10202040870757263686173650c0000000000d07540a8c102020606726576696577020000000000000000cec0020202	\N
member-14	864	0	2026-12-07 02:49:07.035187+00		\N	03-14	{"city": "Suzhou", "optIn": "true"}	\N	2027-12-31 16:00:00+00	{family,members}	\N	\\x0103077369676e5f696e0c0000000000000000e8c0020202087075726368617365100000000000748040aac102020206726576696577040000000000000000c6c0020202	\N
member-19	209	0	2026-12-07 02:49:07.245555+00		\N	08-19	{"city": "Hangzhou", "optIn": "true"}	\N	2027-12-31 16:00:00+00	{members,office}	\N	\\x0102087075726368617365100000000000a077408cc1020204077369676e5f696e1a0000000000000000b2c102020e	7-day streak
member-26	316	0	2026-12-07 02:49:07.050682+00		\N	02-26	{}	\N	2027-12-31 16:00:00+00	{members}	\N	\\x01020870757263686173650e0000000000147b40b4c1020202077369676e5f696e0a000000000000000096c1020202	\N
\.


--
-- Data for Name: notice_cursor; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.notice_cursor (one, acked) FROM stdin;
t	25
\.


--
-- Data for Name: notices; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.notices (id, kind, member_id, body, created_at, txid, seq) FROM stdin;
1	TierChanged	member-01	{"at": "2025-01-06T02:00:00Z", "to": "Silver", "from": "", "reason": "Qualified"}	2025-01-06 02:00:00+00	751	3
2	TierChanged	member-02	{"at": "2025-01-06T02:00:00Z", "to": "Silver", "from": "", "reason": "Qualified"}	2025-01-06 02:00:00+00	752	5
3	TierChanged	member-03	{"at": "2025-01-06T02:00:00Z", "to": "Silver", "from": "", "reason": "Qualified"}	2025-01-06 02:00:00+00	753	7
4	TierChanged	member-01	{"at": "2025-01-13T02:00:00Z", "to": "Gold", "from": "Silver", "reason": "Qualified"}	2025-01-13 02:00:00+00	756	11
5	TierChanged	member-04	{"at": "2026-01-14T07:17:00Z", "to": "Silver", "from": "", "reason": "Qualified"}	2026-01-14 07:17:00+00	815	82
6	PointsExpiring	member-03	{"lots": [{"points": 88, "expiresAt": "2026-02-28T16:00:00Z"}], "points": 88, "currency": "CNY", "cashValue": "8.80", "expiresAt": "2026-02-28T16:00:00Z"}	2026-01-29 16:15:00+00	851	149
7	PointsExpiring	member-04	{"lots": [{"points": 88, "expiresAt": "2026-02-28T16:00:00Z"}], "points": 88, "currency": "CNY", "cashValue": "8.80", "expiresAt": "2026-02-28T16:00:00Z"}	2026-01-29 16:15:00+00	851	150
8	PointsExpiring	member-02	{"lots": [{"points": 31, "expiresAt": "2026-02-28T16:00:00Z"}], "points": 31, "currency": "CNY", "cashValue": "3.10", "expiresAt": "2026-02-28T16:00:00Z"}	2026-01-29 16:15:00+00	851	151
9	TierChanged	member-05	{"at": "2026-02-02T03:00:00Z", "to": "Silver", "from": "", "reason": "Qualified"}	2026-02-02 03:00:00+00	855	171
10	PointsExpiring	member-09	{"lots": [{"points": 50, "expiresAt": "2026-03-06T00:02:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-06T00:02:00Z"}	2026-02-04 16:15:00+00	867	186
11	PointsExpiring	member-17	{"lots": [{"points": 50, "expiresAt": "2026-03-06T00:03:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-06T00:03:00Z"}	2026-02-04 16:15:00+00	867	187
12	PointsExpiring	member-21	{"lots": [{"points": 50, "expiresAt": "2026-03-06T00:04:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-06T00:04:00Z"}	2026-02-04 16:15:00+00	867	188
14	PointsExpiring	member-14	{"lots": [{"points": 30, "expiresAt": "2026-03-13T00:03:00Z"}], "points": 30, "currency": "CNY", "cashValue": "3.00", "expiresAt": "2026-03-13T00:03:00Z"}	2026-02-11 16:15:00+00	882	230
15	PointsExpiring	member-18	{"lots": [{"points": 50, "expiresAt": "2026-03-13T00:04:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-13T00:04:00Z"}	2026-02-11 16:15:00+00	882	231
16	PointsExpiring	member-22	{"lots": [{"points": 50, "expiresAt": "2026-03-13T00:05:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-13T00:05:00Z"}	2026-02-11 16:15:00+00	882	232
17	PointsExpiring	member-26	{"lots": [{"points": 50, "expiresAt": "2026-03-13T00:06:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-13T00:06:00Z"}	2026-02-11 16:15:00+00	882	233
18	PointsExpiring	member-30	{"lots": [{"points": 50, "expiresAt": "2026-03-13T00:07:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-13T00:07:00Z"}	2026-02-11 16:15:00+00	882	234
19	TierChanged	member-08	{"at": "2026-02-16T03:00:00Z", "to": "Silver", "from": "", "reason": "Qualified"}	2026-02-16 03:00:00+00	895	258
20	TierChanged	member-08	{"at": "2026-02-16T03:00:00Z", "to": "", "from": "Silver", "reason": "Reversed"}	2026-02-16 03:00:00+00	896	260
21	BadgeAwarded	member-19	{"at": "2026-02-15T23:45:00Z", "rule": "seven-day-streak", "badge": "7-day streak", "eventId": "streak-19-2026-02-16", "postingId": 265, "description": "Signed in seven days in a row"}	2026-02-15 23:45:00+00	901	266
22	PointsExpiring	member-07	{"lots": [{"points": 3, "expiresAt": "2026-03-20T00:01:00Z"}], "points": 3, "currency": "CNY", "cashValue": "0.30", "expiresAt": "2026-03-20T00:01:00Z"}	2026-02-18 16:15:00+00	905	283
23	PointsExpiring	member-15	{"lots": [{"points": 50, "expiresAt": "2026-03-20T00:02:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-20T00:02:00Z"}	2026-02-18 16:15:00+00	905	284
24	PointsExpiring	member-19	{"lots": [{"points": 2, "expiresAt": "2026-03-20T00:03:00Z"}], "points": 2, "currency": "CNY", "cashValue": "0.20", "expiresAt": "2026-03-20T00:03:00Z"}	2026-02-18 16:15:00+00	905	285
25	PointsExpiring	member-23	{"lots": [{"points": 50, "expiresAt": "2026-03-20T00:04:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-20T00:04:00Z"}	2026-02-18 16:15:00+00	905	286
26	PointsExpiring	member-27	{"lots": [{"points": 50, "expiresAt": "2026-03-20T00:05:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-20T00:05:00Z"}	2026-02-18 16:15:00+00	905	287
27	TierChanged	member-17	{"at": "2026-02-23T03:00:00Z", "to": "Silver", "from": "", "reason": "Qualified"}	2026-02-23 03:00:00+00	915	315
28	PointsExpiring	member-08	{"lots": [{"points": 50, "expiresAt": "2026-03-27T00:01:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-27T00:01:00Z"}	2026-02-25 16:15:00+00	919	327
29	PointsExpiring	member-16	{"lots": [{"points": 30, "expiresAt": "2026-03-27T00:02:00Z"}], "points": 30, "currency": "CNY", "cashValue": "3.00", "expiresAt": "2026-03-27T00:02:00Z"}	2026-02-25 16:15:00+00	919	328
30	PointsExpiring	member-20	{"lots": [{"points": 50, "expiresAt": "2026-03-27T00:03:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-27T00:03:00Z"}	2026-02-25 16:15:00+00	919	329
31	PointsExpiring	member-24	{"lots": [{"points": 9, "expiresAt": "2026-03-27T00:04:00Z"}], "points": 9, "currency": "CNY", "cashValue": "0.90", "expiresAt": "2026-03-27T00:04:00Z"}	2026-02-25 16:15:00+00	919	330
32	PointsExpiring	member-28	{"lots": [{"points": 1, "expiresAt": "2026-03-27T00:05:00Z"}], "points": 1, "currency": "CNY", "cashValue": "0.10", "expiresAt": "2026-03-27T00:05:00Z"}	2026-02-25 16:15:00+00	919	331
33	TierChanged	member-01	{"at": "2026-02-28T20:00:00Z", "to": "Silver", "from": "Gold", "reason": "Reviewed"}	2026-02-28 20:00:00+00	925	349
34	TierChanged	member-03	{"at": "2026-02-28T20:00:00Z", "to": "", "from": "Silver", "reason": "Reviewed"}	2026-02-28 20:00:00+00	925	350
35	TierChanged	member-06	{"at": "2026-03-08T07:17:00Z", "to": "Silver", "from": "", "reason": "Qualified"}	2026-03-08 07:17:00+00	940	387
36	BadgeAwarded	member-20	{"at": "2026-04-02T12:00:00Z", "rule": "critic", "badge": "Critic", "eventId": "review-20-2026-04-02", "postingId": 521, "description": "Ten product reviews"}	2026-04-02 12:00:00+00	971	522
13	PointsExpiring	~erased-ia27sypts5c3uehhklwkjapytu	{"lots": [{"points": 50, "expiresAt": "2026-03-06T00:06:00Z"}], "points": 50, "currency": "CNY", "cashValue": "5.00", "expiresAt": "2026-03-06T00:06:00Z"}	2026-02-04 16:15:00+00	867	189
37	MemberErased	~erased-ia27sypts5c3uehhklwkjapytu	{"at": "2026-04-20T03:00:00Z", "forfeited": 84}	2026-04-20 03:00:00+00	994	621
38	MemberErased	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	{"at": "2026-04-20T03:00:00Z", "forfeited": 487}	2026-04-20 03:00:00+00	995	623
\.


--
-- Data for Name: postings; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.postings (id, kind, member_id, points, idempotency_key, event_id, ruleset_version, reason, actor, ref, allocations, shortfall, created_at, entry_accounts, entry_amounts, entry_rules, txid) FROM stdin;
1	credit	member-01	600	event:2025-order-01a	2025-order-01a	743fecdf99f545d6	purchase			\N	0	2025-01-06 02:00:00+00	{issued,member}	{-600,600}	{purchase,purchase}	750
2	credit	member-01	500	event:2025-order-01b	2025-order-01b	743fecdf99f545d6	purchase			\N	0	2025-01-06 02:00:00+00	{issued,member}	{-500,500}	{purchase,purchase}	751
4	credit	member-02	1200	event:2025-order-02a	2025-order-02a	743fecdf99f545d6	purchase			\N	0	2025-01-06 02:00:00+00	{issued,member}	{-1200,1200}	{purchase,purchase}	752
6	credit	member-03	1050	event:2025-order-03a	2025-order-03a	743fecdf99f545d6	purchase			\N	0	2025-01-06 02:00:00+00	{issued,member}	{-1050,1050}	{purchase,purchase}	753
8	credit	member-04	88	event:2025-order-04a	2025-order-04a	743fecdf99f545d6	purchase			\N	0	2025-01-06 02:00:00+00	{issued,member}	{-88,88}	{purchase,purchase}	754
9	credit	member-01	1875	event:2025-order-01c	2025-order-01c	743fecdf99f545d6	purchase			\N	0	2025-01-13 02:00:00+00	{issued,member}	{-1875,1875}	{purchase,purchase}	755
10	credit	member-01	2500	event:2025-order-01d	2025-order-01d	743fecdf99f545d6	purchase			\N	0	2025-01-13 02:00:00+00	{issued,member}	{-2500,2500}	{purchase,purchase}	756
12	credit	member-01	5	event:2025-sign-in-member-01-0	2025-sign-in-member-01-0	743fecdf99f545d6	sign_in			\N	0	2025-01-13 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	757
13	credit	member-02	5	event:2025-sign-in-member-02-0	2025-sign-in-member-02-0	743fecdf99f545d6	sign_in			\N	0	2025-01-13 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	758
14	credit	member-03	5	event:2025-sign-in-member-03-0	2025-sign-in-member-03-0	743fecdf99f545d6	sign_in			\N	0	2025-01-13 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	759
15	credit	member-04	5	event:2025-sign-in-member-04-0	2025-sign-in-member-04-0	743fecdf99f545d6	sign_in			\N	0	2025-01-13 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	760
16	credit	member-01	5	event:2025-sign-in-member-01-1	2025-sign-in-member-01-1	743fecdf99f545d6	sign_in			\N	0	2025-01-14 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	761
17	credit	member-02	5	event:2025-sign-in-member-02-1	2025-sign-in-member-02-1	743fecdf99f545d6	sign_in			\N	0	2025-01-14 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	762
18	credit	member-03	5	event:2025-sign-in-member-03-1	2025-sign-in-member-03-1	743fecdf99f545d6	sign_in			\N	0	2025-01-14 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	763
19	credit	member-04	5	event:2025-sign-in-member-04-1	2025-sign-in-member-04-1	743fecdf99f545d6	sign_in			\N	0	2025-01-14 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	764
20	credit	member-01	5	event:2025-sign-in-member-01-2	2025-sign-in-member-01-2	743fecdf99f545d6	sign_in			\N	0	2025-01-15 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	765
21	credit	member-02	5	event:2025-sign-in-member-02-2	2025-sign-in-member-02-2	743fecdf99f545d6	sign_in			\N	0	2025-01-15 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	766
22	credit	member-03	5	event:2025-sign-in-member-03-2	2025-sign-in-member-03-2	743fecdf99f545d6	sign_in			\N	0	2025-01-15 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	767
23	credit	member-04	5	event:2025-sign-in-member-04-2	2025-sign-in-member-04-2	743fecdf99f545d6	sign_in			\N	0	2025-01-15 00:30:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	768
24	credit	member-04	20	event:2025-review-04	2025-review-04	743fecdf99f545d6	review			\N	0	2025-01-20 04:00:00+00	{issued,member}	{-20,20}	{review,review}	769
25	debit	member-01	-400	2025-spend-01	\N	\N	partner voucher	partner-api		[[1, 0, 400]]	0	2025-01-20 04:00:00+00	{member,redeemed}	{-400,400}	{"",""}	770
26	credit	member-05	50	welcome-member-05	welcome-member-05	\N	welcome bonus	crm-campaign		\N	0	2026-01-05 00:01:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	772
27	credit	member-09	50	welcome-member-09	welcome-member-09	\N	welcome bonus	crm-campaign		\N	0	2026-01-05 00:02:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	774
28	credit	member-17	50	welcome-member-17	welcome-member-17	\N	welcome bonus	crm-campaign		\N	0	2026-01-05 00:03:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	776
29	credit	member-21	50	welcome-member-21	welcome-member-21	\N	welcome bonus	crm-campaign		\N	0	2026-01-05 00:04:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	778
31	credit	member-25	50	welcome-member-25	welcome-member-25	\N	welcome bonus	crm-campaign		\N	0	2026-01-05 00:05:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	779
33	credit	member-01	88	cny-promo-member-01	cny-promo-member-01	\N	CNY campaign	crm-campaign		\N	0	2026-01-05 03:00:00+00	{issued,member}	{-88,88}	{cny-promo,cny-promo}	782
34	credit	member-02	88	cny-promo-member-02	cny-promo-member-02	\N	CNY campaign	crm-campaign		\N	0	2026-01-05 03:00:00+00	{issued,member}	{-88,88}	{cny-promo,cny-promo}	782
35	credit	member-03	88	cny-promo-member-03	cny-promo-member-03	\N	CNY campaign	crm-campaign		\N	0	2026-01-05 03:00:00+00	{issued,member}	{-88,88}	{cny-promo,cny-promo}	782
36	credit	member-04	88	cny-promo-member-04	cny-promo-member-04	\N	CNY campaign	crm-campaign		\N	0	2026-01-05 03:00:00+00	{issued,member}	{-88,88}	{cny-promo,cny-promo}	782
37	credit	member-02	1437	event:order-02-big	order-02-big	743fecdf99f545d6	purchase			\N	0	2026-01-05 03:00:00+00	{issued,member}	{-1437,1437}	{purchase,purchase}	783
38	credit	member-01	5	event:sign-in-member-01-2026-01-05	sign-in-member-01-2026-01-05	743fecdf99f545d6	sign_in			\N	0	2026-01-05 07:04:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	784
39	credit	member-25	5	event:sign-in-member-25-2026-01-06	sign-in-member-25-2026-01-06	743fecdf99f545d6	sign_in			\N	0	2026-01-06 07:04:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	785
40	credit	member-25	5	event:sign-in-member-25-2026-01-07	sign-in-member-25-2026-01-07	743fecdf99f545d6	sign_in			\N	0	2026-01-07 07:04:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	786
41	credit	member-02	51	event:order-member-02-2026-01-08	order-member-02-2026-01-08	743fecdf99f545d6	purchase			\N	0	2026-01-08 07:04:00+00	{issued,member}	{-51,51}	{purchase,purchase}	787
42	credit	member-02	324	event:order-member-02-2026-01-08-b	order-member-02-2026-01-08-b	743fecdf99f545d6	purchase			\N	0	2026-01-08 07:04:00+00	{issued,member}	{-324,324}	{purchase,purchase}	787
44	credit	member-01	78	event:order-member-01-2026-01-09	order-member-01-2026-01-09	743fecdf99f545d6	purchase			\N	0	2026-01-09 07:04:00+00	{issued,member}	{-78,78}	{purchase,purchase}	788
45	credit	member-04	92	event:order-member-04-2026-01-09	order-member-04-2026-01-09	743fecdf99f545d6	purchase			\N	0	2026-01-09 07:04:00+00	{issued,member}	{-92,92}	{purchase,purchase}	788
46	credit	member-04	378	event:order-member-04-2026-01-09-b	order-member-04-2026-01-09-b	743fecdf99f545d6	purchase			\N	0	2026-01-09 07:04:00+00	{issued,member}	{-378,378}	{purchase,purchase}	788
47	credit	member-25	5	event:sign-in-member-25-2026-01-09	sign-in-member-25-2026-01-09	743fecdf99f545d6	sign_in			\N	0	2026-01-09 07:04:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	788
48	credit	member-04	31	event:order-member-04-2026-01-10	order-member-04-2026-01-10	743fecdf99f545d6	purchase			\N	0	2026-01-10 07:04:00+00	{issued,member}	{-31,31}	{purchase,purchase}	789
49	credit	member-04	280	event:order-member-04-2026-01-10-b	order-member-04-2026-01-10-b	743fecdf99f545d6	purchase			\N	0	2026-01-10 07:04:00+00	{issued,member}	{-280,280}	{purchase,purchase}	789
50	credit	member-09	5	event:sign-in-member-09-2026-01-11	sign-in-member-09-2026-01-11	743fecdf99f545d6	sign_in			\N	0	2026-01-11 07:04:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	790
52	credit	member-06	50	welcome-member-06	welcome-member-06	\N	welcome bonus	crm-campaign		\N	0	2026-01-12 00:01:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	792
55	credit	member-14	50	welcome-member-14	welcome-member-14	\N	welcome bonus	crm-campaign		\N	0	2026-01-12 00:03:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	795
56	credit	member-18	50	welcome-member-18	welcome-member-18	\N	welcome bonus	crm-campaign		\N	0	2026-01-12 00:04:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	797
58	credit	member-22	50	welcome-member-22	welcome-member-22	\N	welcome bonus	crm-campaign		\N	0	2026-01-12 00:05:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	798
256	reverse	member-07	-30	refund-07-r-2	order-07-r	\N	goodwill correction	support	order-07-r	\N	0	2026-02-16 03:00:00+00	{member,issued}	{-30,30}	{purchase,purchase}	894
54	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	50	welcome-member-10	welcome-member-10	\N	welcome bonus	crm-campaign		\N	0	2026-01-12 00:02:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	793
59	credit	member-26	50	welcome-member-26	welcome-member-26	\N	welcome bonus	crm-campaign		\N	0	2026-01-12 00:06:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	800
60	credit	member-30	50	welcome-member-30	welcome-member-30	\N	welcome bonus	crm-campaign		\N	0	2026-01-12 00:07:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	802
61	credit	member-06	5	event:sign-in-06-burst-0	sign-in-06-burst-0	743fecdf99f545d6	sign_in			\N	0	2026-01-12 03:00:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	803
62	credit	member-06	5	event:sign-in-06-burst-1	sign-in-06-burst-1	743fecdf99f545d6	sign_in			\N	0	2026-01-12 03:01:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	804
63	credit	member-06	5	event:sign-in-06-burst-2	sign-in-06-burst-2	743fecdf99f545d6	sign_in			\N	0	2026-01-12 03:03:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	805
64	credit	member-06	0	event:sign-in-06-burst-3	sign-in-06-burst-3	743fecdf99f545d6	sign_in			\N	0	2026-01-12 03:06:00+00	{}	{}	{}	806
66	credit	member-11	100	event:ref-11	ref-11	743fecdf99f545d6	referral			\N	0	2026-01-12 03:06:00+00	{issued,member}	{-100,100}	{referral-welcome,referral-welcome}	807
69	credit	member-12	100	event:ref-12	ref-12	743fecdf99f545d6	referral			\N	0	2026-01-12 03:06:00+00	{issued,member}	{-100,100}	{referral-welcome,referral-welcome}	809
72	credit	member-11	5	event:sign-in-member-11-2026-01-12	sign-in-member-11-2026-01-12	743fecdf99f545d6	sign_in			\N	0	2026-01-12 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	813
73	credit	member-17	35	event:order-member-17-2026-01-12	order-member-17-2026-01-12	743fecdf99f545d6	purchase			\N	0	2026-01-12 07:17:00+00	{issued,member}	{-35,35}	{purchase,purchase}	813
74	credit	member-21	5	event:sign-in-member-21-2026-01-12	sign-in-member-21-2026-01-12	743fecdf99f545d6	sign_in			\N	0	2026-01-12 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	813
75	credit	member-26	54	event:order-member-26-2026-01-12	order-member-26-2026-01-12	743fecdf99f545d6	purchase			\N	0	2026-01-12 07:17:00+00	{issued,member}	{-54,54}	{purchase,purchase}	813
77	credit	member-17	63	event:order-member-17-2026-01-13	order-member-17-2026-01-13	743fecdf99f545d6	purchase			\N	0	2026-01-13 07:17:00+00	{issued,member}	{-63,63}	{purchase,purchase}	814
79	credit	member-04	67	event:order-member-04-2026-01-14	order-member-04-2026-01-14	743fecdf99f545d6	purchase			\N	0	2026-01-14 07:17:00+00	{issued,member}	{-67,67}	{purchase,purchase}	815
80	credit	member-04	138	event:order-member-04-2026-01-14-b	order-member-04-2026-01-14-b	743fecdf99f545d6	purchase			\N	0	2026-01-14 07:17:00+00	{issued,member}	{-138,138}	{purchase,purchase}	815
81	credit	member-11	5	event:sign-in-member-11-2026-01-14	sign-in-member-11-2026-01-14	743fecdf99f545d6	sign_in			\N	0	2026-01-14 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	815
83	debit	member-02	-57	spend-member-02-2026-01-15	\N	\N	partner voucher	partner-api		[[34, 0, 57]]	0	2026-01-15 07:17:00+00	{member,redeemed}	{-57,57}	{"",""}	816
84	credit	member-02	90	event:order-member-02-2026-01-16	order-member-02-2026-01-16	743fecdf99f545d6	purchase			\N	0	2026-01-16 07:17:00+00	{issued,member}	{-90,90}	{purchase,purchase}	817
85	credit	member-02	475	event:order-member-02-2026-01-16-b	order-member-02-2026-01-16-b	743fecdf99f545d6	purchase			\N	0	2026-01-16 07:17:00+00	{issued,member}	{-475,475}	{purchase,purchase}	817
86	credit	member-05	41	event:order-member-05-2026-01-16	order-member-05-2026-01-16	743fecdf99f545d6	purchase			\N	0	2026-01-16 07:17:00+00	{issued,member}	{-41,41}	{purchase,purchase}	817
87	credit	member-06	20	event:order-member-06-2026-01-16	order-member-06-2026-01-16	743fecdf99f545d6	purchase			\N	0	2026-01-16 07:17:00+00	{issued,member}	{-20,20}	{purchase,purchase}	817
67	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	200	event:~referrer:ref-11	~referrer:ref-11	743fecdf99f545d6	referral			\N	0	2026-01-12 03:06:00+00	{issued,member}	{-200,200}	{referral-thanks,referral-thanks}	808
70	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	200	event:~referrer:ref-12	~referrer:ref-12	743fecdf99f545d6	referral			\N	0	2026-01-12 03:06:00+00	{issued,member}	{-200,200}	{referral-thanks,referral-thanks}	810
89	credit	member-12	78	event:order-member-12-2026-01-16	order-member-12-2026-01-16	743fecdf99f545d6	purchase			\N	0	2026-01-16 07:17:00+00	{issued,member}	{-78,78}	{purchase,purchase}	817
90	credit	member-14	5	event:sign-in-member-14-2026-01-16	sign-in-member-14-2026-01-16	743fecdf99f545d6	sign_in			\N	0	2026-01-16 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	817
91	credit	member-30	20	event:review-member-30-2026-01-16	review-member-30-2026-01-16	743fecdf99f545d6	review			\N	0	2026-01-16 07:17:00+00	{issued,member}	{-20,20}	{review,review}	817
93	credit	member-11	78	event:order-member-11-2026-01-17	order-member-11-2026-01-17	743fecdf99f545d6	purchase			\N	0	2026-01-17 07:17:00+00	{issued,member}	{-78,78}	{purchase,purchase}	818
94	credit	member-21	5	event:sign-in-member-21-2026-01-17	sign-in-member-21-2026-01-17	743fecdf99f545d6	sign_in			\N	0	2026-01-17 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	818
95	credit	member-14	92	event:order-member-14-2026-01-18	order-member-14-2026-01-18	743fecdf99f545d6	purchase			\N	0	2026-01-18 07:17:00+00	{issued,member}	{-92,92}	{purchase,purchase}	819
97	credit	member-07	50	welcome-member-07	welcome-member-07	\N	welcome bonus	crm-campaign		\N	0	2026-01-19 00:01:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	820
98	credit	member-15	50	welcome-member-15	welcome-member-15	\N	welcome bonus	crm-campaign		\N	0	2026-01-19 00:02:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	822
100	credit	member-19	50	welcome-member-19	welcome-member-19	\N	welcome bonus	crm-campaign		\N	0	2026-01-19 00:03:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	823
101	credit	member-23	50	welcome-member-23	welcome-member-23	\N	welcome bonus	crm-campaign		\N	0	2026-01-19 00:04:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	825
102	credit	member-27	50	welcome-member-27	welcome-member-27	\N	welcome bonus	crm-campaign		\N	0	2026-01-19 00:05:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	827
104	credit	member-13	100	event:ref-13	ref-13	743fecdf99f545d6	referral			\N	0	2026-01-19 03:00:00+00	{issued,member}	{-100,100}	{referral-welcome,referral-welcome}	828
105	credit	member-11	200	event:~referrer:ref-13	~referrer:ref-13	743fecdf99f545d6	referral			\N	0	2026-01-19 03:00:00+00	{issued,member}	{-200,200}	{referral-thanks,referral-thanks}	829
106	redeem	member-01	-300	redeem-member-01-2026-01-19	\N	\N	Any handcrafted drink, any size		rd-member-01-2026-01-19	[[33, 0, 88], [1, 0, 200], [2, 0, 12]]	0	2026-01-19 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	831
107	credit	member-13	5	event:sign-in-member-13-2026-01-19	sign-in-member-13-2026-01-19	743fecdf99f545d6	sign_in			\N	0	2026-01-19 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	831
108	credit	member-13	5	event:sign-in-member-13-2026-01-20	sign-in-member-13-2026-01-20	743fecdf99f545d6	sign_in			\N	0	2026-01-20 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	832
109	credit	member-14	87	event:order-member-14-2026-01-20	order-member-14-2026-01-20	743fecdf99f545d6	purchase			\N	0	2026-01-20 07:17:00+00	{issued,member}	{-87,87}	{purchase,purchase}	832
110	credit	member-19	23	event:order-member-19-2026-01-20	order-member-19-2026-01-20	743fecdf99f545d6	purchase			\N	0	2026-01-20 07:17:00+00	{issued,member}	{-23,23}	{purchase,purchase}	832
111	credit	member-09	39	event:order-member-09-2026-01-21	order-member-09-2026-01-21	743fecdf99f545d6	purchase			\N	0	2026-01-21 07:17:00+00	{issued,member}	{-39,39}	{purchase,purchase}	833
112	debit	member-14	-20	spend-member-14-2026-01-21	\N	\N	partner voucher	partner-api		[[55, 0, 20]]	0	2026-01-21 07:17:00+00	{member,redeemed}	{-20,20}	{"",""}	833
113	credit	member-05	5	event:sign-in-member-05-2026-01-22	sign-in-member-05-2026-01-22	743fecdf99f545d6	sign_in			\N	0	2026-01-22 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	834
114	credit	member-07	55	event:order-member-07-2026-01-22	order-member-07-2026-01-22	743fecdf99f545d6	purchase			\N	0	2026-01-22 07:17:00+00	{issued,member}	{-55,55}	{purchase,purchase}	834
115	credit	member-15	20	event:review-member-15-2026-01-22	review-member-15-2026-01-22	743fecdf99f545d6	review			\N	0	2026-01-22 07:17:00+00	{issued,member}	{-20,20}	{review,review}	834
116	credit	member-01	20	event:review-member-01-2026-01-23	review-member-01-2026-01-23	743fecdf99f545d6	review			\N	0	2026-01-23 07:17:00+00	{issued,member}	{-20,20}	{review,review}	835
117	debit	member-07	-47	spend-member-07-2026-01-23	\N	\N	partner voucher	partner-api		[[97, 0, 47]]	0	2026-01-23 07:17:00+00	{member,redeemed}	{-47,47}	{"",""}	835
118	credit	member-15	58	event:order-member-15-2026-01-23	order-member-15-2026-01-23	743fecdf99f545d6	purchase			\N	0	2026-01-23 07:17:00+00	{issued,member}	{-58,58}	{purchase,purchase}	835
119	credit	member-26	90	event:order-member-26-2026-01-23	order-member-26-2026-01-23	743fecdf99f545d6	purchase			\N	0	2026-01-23 07:17:00+00	{issued,member}	{-90,90}	{purchase,purchase}	835
121	debit	member-25	-59	spend-member-25-2026-01-24	\N	\N	partner voucher	partner-api		[[31, 0, 50], [39, 0, 5], [40, 0, 4]]	0	2026-01-24 07:17:00+00	{member,redeemed}	{-59,59}	{"",""}	836
122	credit	member-02	5	event:sign-in-member-02-2026-01-25	sign-in-member-02-2026-01-25	743fecdf99f545d6	sign_in			\N	0	2026-01-25 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	837
123	credit	member-19	36	event:order-member-19-2026-01-25	order-member-19-2026-01-25	743fecdf99f545d6	purchase			\N	0	2026-01-25 07:17:00+00	{issued,member}	{-36,36}	{purchase,purchase}	837
124	credit	member-08	50	welcome-member-08	welcome-member-08	\N	welcome bonus	crm-campaign		\N	0	2026-01-26 00:01:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	839
125	credit	member-16	50	welcome-member-16	welcome-member-16	\N	welcome bonus	crm-campaign		\N	0	2026-01-26 00:02:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	840
126	credit	member-20	50	welcome-member-20	welcome-member-20	\N	welcome bonus	crm-campaign		\N	0	2026-01-26 00:03:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	842
127	credit	member-24	50	welcome-member-24	welcome-member-24	\N	welcome bonus	crm-campaign		\N	0	2026-01-26 00:04:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	844
129	credit	member-28	50	welcome-member-28	welcome-member-28	\N	welcome bonus	crm-campaign		\N	0	2026-01-26 00:05:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	845
130	credit	member-19	37	event:order-member-19-2026-01-26	order-member-19-2026-01-26	743fecdf99f545d6	purchase			\N	0	2026-01-26 07:17:00+00	{issued,member}	{-37,37}	{purchase,purchase}	846
132	credit	member-15	5	event:sign-in-member-15-2026-01-27	sign-in-member-15-2026-01-27	743fecdf99f545d6	sign_in			\N	0	2026-01-27 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	847
133	debit	member-19	-48	spend-member-19-2026-01-27	\N	\N	partner voucher	partner-api		[[100, 0, 48]]	0	2026-01-27 07:17:00+00	{member,redeemed}	{-48,48}	{"",""}	847
134	credit	member-23	38	event:order-member-23-2026-01-27	order-member-23-2026-01-27	743fecdf99f545d6	purchase			\N	0	2026-01-27 07:17:00+00	{issued,member}	{-38,38}	{purchase,purchase}	847
135	credit	member-06	29	event:order-member-06-2026-01-28	order-member-06-2026-01-28	743fecdf99f545d6	purchase			\N	0	2026-01-28 07:17:00+00	{issued,member}	{-29,29}	{purchase,purchase}	848
136	credit	member-06	344	event:order-member-06-2026-01-28-b	order-member-06-2026-01-28-b	743fecdf99f545d6	purchase			\N	0	2026-01-28 07:17:00+00	{issued,member}	{-344,344}	{purchase,purchase}	848
137	credit	member-08	76	event:order-member-08-2026-01-28	order-member-08-2026-01-28	743fecdf99f545d6	purchase			\N	0	2026-01-28 07:17:00+00	{issued,member}	{-76,76}	{purchase,purchase}	848
138	credit	member-20	5	event:sign-in-member-20-2026-01-28	sign-in-member-20-2026-01-28	743fecdf99f545d6	sign_in			\N	0	2026-01-28 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	848
139	credit	member-21	73	event:order-member-21-2026-01-28	order-member-21-2026-01-28	743fecdf99f545d6	purchase			\N	0	2026-01-28 07:17:00+00	{issued,member}	{-73,73}	{purchase,purchase}	848
140	credit	member-24	91	event:order-member-24-2026-01-28	order-member-24-2026-01-28	743fecdf99f545d6	purchase			\N	0	2026-01-28 07:17:00+00	{issued,member}	{-91,91}	{purchase,purchase}	848
141	reverse	member-26	-90	refund-order-member-26-2026-01-23	order-member-26-2026-01-23	\N	order refunded	pos	order-member-26-2026-01-23	\N	0	2026-01-28 07:17:00+00	{member,issued}	{-90,90}	{purchase,purchase}	848
142	credit	member-30	5	event:sign-in-member-30-2026-01-28	sign-in-member-30-2026-01-28	743fecdf99f545d6	sign_in			\N	0	2026-01-28 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	848
143	credit	member-20	20	event:review-20-2026-01-29	review-20-2026-01-29	743fecdf99f545d6	review			\N	0	2026-01-29 12:00:00+00	{issued,member}	{-20,20}	{review,review}	849
144	credit	member-09	38	event:order-member-09-2026-01-29	order-member-09-2026-01-29	743fecdf99f545d6	purchase			\N	0	2026-01-29 07:17:00+00	{issued,member}	{-38,38}	{purchase,purchase}	850
145	credit	member-15	93	event:order-member-15-2026-01-29	order-member-15-2026-01-29	743fecdf99f545d6	purchase			\N	0	2026-01-29 07:17:00+00	{issued,member}	{-93,93}	{purchase,purchase}	850
146	reverse	member-21	-73	refund-order-member-21-2026-01-28	order-member-21-2026-01-28	\N	order refunded	pos	order-member-21-2026-01-28	\N	0	2026-01-29 07:17:00+00	{member,issued}	{-73,73}	{purchase,purchase}	850
147	credit	member-23	40	event:order-member-23-2026-01-29	order-member-23-2026-01-29	743fecdf99f545d6	purchase			\N	0	2026-01-29 07:17:00+00	{issued,member}	{-40,40}	{purchase,purchase}	850
148	credit	member-25	19	event:order-member-25-2026-01-29	order-member-25-2026-01-29	743fecdf99f545d6	purchase			\N	0	2026-01-29 07:17:00+00	{issued,member}	{-19,19}	{purchase,purchase}	850
152	credit	member-05	5	event:sign-in-member-05-2026-01-30	sign-in-member-05-2026-01-30	743fecdf99f545d6	sign_in			\N	0	2026-01-30 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	852
153	credit	member-17	5	event:sign-in-member-17-2026-01-30	sign-in-member-17-2026-01-30	743fecdf99f545d6	sign_in			\N	0	2026-01-30 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	852
154	credit	member-20	94	event:order-member-20-2026-01-30	order-member-20-2026-01-30	743fecdf99f545d6	purchase			\N	0	2026-01-30 07:17:00+00	{issued,member}	{-94,94}	{purchase,purchase}	852
155	credit	member-22	25	event:order-member-22-2026-01-30	order-member-22-2026-01-30	743fecdf99f545d6	purchase			\N	0	2026-01-30 07:17:00+00	{issued,member}	{-25,25}	{purchase,purchase}	852
156	credit	member-07	18	event:order-member-07-2026-01-31	order-member-07-2026-01-31	743fecdf99f545d6	purchase			\N	0	2026-01-31 07:17:00+00	{issued,member}	{-18,18}	{purchase,purchase}	853
157	credit	member-08	31	event:order-member-08-2026-01-31	order-member-08-2026-01-31	743fecdf99f545d6	purchase			\N	0	2026-01-31 07:17:00+00	{issued,member}	{-31,31}	{purchase,purchase}	853
158	credit	member-12	5	event:sign-in-member-12-2026-01-31	sign-in-member-12-2026-01-31	743fecdf99f545d6	sign_in			\N	0	2026-01-31 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	853
159	credit	member-23	80	event:order-member-23-2026-01-31	order-member-23-2026-01-31	743fecdf99f545d6	purchase			\N	0	2026-01-31 07:17:00+00	{issued,member}	{-80,80}	{purchase,purchase}	853
160	credit	member-27	20	event:review-member-27-2026-01-31	review-member-27-2026-01-31	743fecdf99f545d6	review			\N	0	2026-01-31 07:17:00+00	{issued,member}	{-20,20}	{review,review}	853
161	credit	member-02	51	event:order-member-02-2026-02-01	order-member-02-2026-02-01	743fecdf99f545d6	purchase			\N	0	2026-02-01 07:17:00+00	{issued,member}	{-51,51}	{purchase,purchase}	854
162	credit	member-02	414	event:order-member-02-2026-02-01-b	order-member-02-2026-02-01-b	743fecdf99f545d6	purchase			\N	0	2026-02-01 07:17:00+00	{issued,member}	{-414,414}	{purchase,purchase}	854
163	redeem	member-06	-300	redeem-member-06-2026-02-01	\N	\N	Any handcrafted drink, any size		rd-member-06-2026-02-01	[[52, 0, 50], [61, 0, 5], [62, 0, 5], [63, 0, 5], [87, 0, 20], [135, 0, 29], [136, 0, 186]]	0	2026-02-01 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	854
164	credit	member-08	5	event:sign-in-member-08-2026-02-01	sign-in-member-08-2026-02-01	743fecdf99f545d6	sign_in			\N	0	2026-02-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	854
165	credit	member-13	5	event:sign-in-member-13-2026-02-01	sign-in-member-13-2026-02-01	743fecdf99f545d6	sign_in			\N	0	2026-02-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	854
166	credit	member-14	5	event:sign-in-member-14-2026-02-01	sign-in-member-14-2026-02-01	743fecdf99f545d6	sign_in			\N	0	2026-02-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	854
167	credit	member-23	5	event:sign-in-member-23-2026-02-01	sign-in-member-23-2026-02-01	743fecdf99f545d6	sign_in			\N	0	2026-02-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	854
168	credit	member-24	5	event:sign-in-member-24-2026-02-01	sign-in-member-24-2026-02-01	743fecdf99f545d6	sign_in			\N	0	2026-02-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	854
169	credit	member-30	20	event:review-member-30-2026-02-01	review-member-30-2026-02-01	743fecdf99f545d6	review			\N	0	2026-02-01 07:17:00+00	{issued,member}	{-20,20}	{review,review}	854
170	credit	member-05	1800	event:order-05-feb	order-05-feb	743fecdf99f545d6	purchase			\N	0	2026-02-02 03:00:00+00	{issued,member}	{-1800,1800}	{purchase,purchase}	855
172	hold	member-05	-300	hold-05-a	\N	\N	checkout		checkout-05-a	[[26, 0, 50], [86, 0, 41], [113, 0, 5], [152, 0, 5], [170, 0, 199]]	0	2026-02-02 03:00:00+00	{member,held}	{-300,300}	{"",""}	856
173	capture	member-05	0	capture-05-a	\N	\N	paid		checkout-05-a	\N	0	2026-02-02 03:00:00+00	{held,redeemed}	{-300,300}	{"",""}	857
174	hold	member-05	-500	hold-05-b	\N	\N			checkout-05-b	[[170, 0, 500]]	0	2026-02-02 03:00:00+00	{member,held}	{-500,500}	{"",""}	858
175	capture	member-05	100	capture-05-b	\N	\N			checkout-05-b	\N	0	2026-02-02 03:00:00+00	{held,redeemed,held,member}	{-400,400,-100,100}	{"","","",""}	859
176	hold	member-05	-200	hold-05-c	\N	\N			checkout-05-c	[[170, 0, 200]]	0	2026-02-02 03:00:00+00	{member,held}	{-200,200}	{"",""}	860
177	release	member-05	200	release-05-c	\N	\N	basket abandoned		checkout-05-c	\N	0	2026-02-02 03:00:00+00	{held,member}	{-200,200}	{"",""}	861
178	hold	member-05	-100	hold-05-d	\N	\N			checkout-05-d	[[170, 0, 100]]	0	2026-02-02 03:00:00+00	{member,held}	{-100,100}	{"",""}	862
179	credit	member-05	116	event:order-member-05-2026-02-02	order-member-05-2026-02-02	743fecdf99f545d6	purchase			\N	0	2026-02-02 07:17:00+00	{issued,member}	{-116,116}	{purchase,purchase}	863
180	credit	member-05	373	event:order-member-05-2026-02-02-b	order-member-05-2026-02-02-b	743fecdf99f545d6	purchase			\N	0	2026-02-02 07:17:00+00	{issued,member}	{-373,373}	{purchase,purchase}	863
181	credit	member-06	19	event:order-member-06-2026-02-02	order-member-06-2026-02-02	743fecdf99f545d6	purchase			\N	0	2026-02-02 07:17:00+00	{issued,member}	{-19,19}	{purchase,purchase}	863
182	hold_expired	member-05	100	hold-expiry:checkout-05-d	\N	\N	hold expired		checkout-05-d	\N	0	2026-02-02 16:15:00+00	{held,member}	{-100,100}	{"",""}	864
183	credit	member-05	71	event:order-member-05-2026-02-03	order-member-05-2026-02-03	743fecdf99f545d6	purchase			\N	0	2026-02-03 07:17:00+00	{issued,member}	{-71,71}	{purchase,purchase}	865
184	credit	member-24	5	event:sign-in-member-24-2026-02-04	sign-in-member-24-2026-02-04	743fecdf99f545d6	sign_in			\N	0	2026-02-04 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	866
185	credit	member-30	5	event:sign-in-member-30-2026-02-04	sign-in-member-30-2026-02-04	743fecdf99f545d6	sign_in			\N	0	2026-02-04 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	866
190	credit	member-20	20	event:review-20-2026-02-05	review-20-2026-02-05	743fecdf99f545d6	review			\N	0	2026-02-05 12:00:00+00	{issued,member}	{-20,20}	{review,review}	868
191	redeem	member-01	-300	redeem-member-01-2026-02-05	\N	\N	Any handcrafted drink, any size		rd-member-01-2026-02-05	[[2, 0, 300]]	0	2026-02-05 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	869
192	credit	member-06	64	event:order-member-06-2026-02-05	order-member-06-2026-02-05	743fecdf99f545d6	purchase			\N	0	2026-02-05 07:17:00+00	{issued,member}	{-64,64}	{purchase,purchase}	869
193	credit	member-06	398	event:order-member-06-2026-02-05-b	order-member-06-2026-02-05-b	743fecdf99f545d6	purchase			\N	0	2026-02-05 07:17:00+00	{issued,member}	{-398,398}	{purchase,purchase}	869
195	credit	member-12	51	event:order-member-12-2026-02-05	order-member-12-2026-02-05	743fecdf99f545d6	purchase			\N	0	2026-02-05 07:17:00+00	{issued,member}	{-51,51}	{purchase,purchase}	869
196	credit	member-14	29	event:order-member-14-2026-02-05	order-member-14-2026-02-05	743fecdf99f545d6	purchase			\N	0	2026-02-05 07:17:00+00	{issued,member}	{-29,29}	{purchase,purchase}	869
197	credit	member-05	107	event:order-member-05-2026-02-06	order-member-05-2026-02-06	743fecdf99f545d6	purchase			\N	0	2026-02-06 07:17:00+00	{issued,member}	{-107,107}	{purchase,purchase}	870
198	credit	member-05	499	event:order-member-05-2026-02-06-b	order-member-05-2026-02-06-b	743fecdf99f545d6	purchase			\N	0	2026-02-06 07:17:00+00	{issued,member}	{-499,499}	{purchase,purchase}	870
199	credit	member-19	31	event:order-member-19-2026-02-06	order-member-19-2026-02-06	743fecdf99f545d6	purchase			\N	0	2026-02-06 07:17:00+00	{issued,member}	{-31,31}	{purchase,purchase}	870
200	debit	member-21	-53	spend-member-21-2026-02-06	\N	\N	partner voucher	partner-api		[[29, 0, 50], [74, 0, 3]]	0	2026-02-06 07:17:00+00	{member,redeemed}	{-53,53}	{"",""}	870
201	credit	member-27	34	event:order-member-27-2026-02-06	order-member-27-2026-02-06	743fecdf99f545d6	purchase			\N	0	2026-02-06 07:17:00+00	{issued,member}	{-34,34}	{purchase,purchase}	870
202	credit	member-09	93	event:order-member-09-2026-02-07	order-member-09-2026-02-07	743fecdf99f545d6	purchase			\N	0	2026-02-07 07:17:00+00	{issued,member}	{-93,93}	{purchase,purchase}	871
203	credit	member-01	49	event:order-member-01-2026-02-08	order-member-01-2026-02-08	743fecdf99f545d6	purchase			\N	0	2026-02-08 07:17:00+00	{issued,member}	{-49,49}	{purchase,purchase}	872
204	credit	member-04	5	event:sign-in-member-04-2026-02-08	sign-in-member-04-2026-02-08	743fecdf99f545d6	sign_in			\N	0	2026-02-08 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	872
205	credit	member-12	5	event:sign-in-member-12-2026-02-08	sign-in-member-12-2026-02-08	743fecdf99f545d6	sign_in			\N	0	2026-02-08 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	872
206	credit	member-13	61	event:order-member-13-2026-02-08	order-member-13-2026-02-08	743fecdf99f545d6	purchase			\N	0	2026-02-08 07:17:00+00	{issued,member}	{-61,61}	{purchase,purchase}	872
207	credit	member-18	64	event:order-member-18-2026-02-08	order-member-18-2026-02-08	743fecdf99f545d6	purchase			\N	0	2026-02-08 07:17:00+00	{issued,member}	{-64,64}	{purchase,purchase}	872
208	refund	member-05	100	refund-05-b-1	\N	\N	item returned	store-sh-01	checkout-05-b	\N	0	2026-02-09 03:00:00+00	{redeemed,member}	{-100,100}	{"",""}	873
209	refund	member-05	50	refund-05-b-2	\N	\N	order refunded	support	checkout-05-b	\N	0	2026-02-09 03:00:00+00	{redeemed,member}	{-50,50}	{"",""}	874
210	refund	member-05	250	refund-05-b-3	\N	\N	order cancelled		checkout-05-b	\N	0	2026-02-09 03:00:00+00	{redeemed,member}	{-250,250}	{"",""}	875
212	credit	member-01	139	event:order-member-01-2026-02-09	order-member-01-2026-02-09	743fecdf99f545d6	purchase			\N	0	2026-02-09 07:17:00+00	{issued,member}	{-139,139}	{purchase,purchase}	877
213	credit	member-01	309	event:order-member-01-2026-02-09-b	order-member-01-2026-02-09-b	743fecdf99f545d6	purchase			\N	0	2026-02-09 07:17:00+00	{issued,member}	{-309,309}	{purchase,purchase}	877
214	reverse	member-12	-51	refund-order-member-12-2026-02-05	order-member-12-2026-02-05	\N	order refunded	pos	order-member-12-2026-02-05	\N	0	2026-02-09 07:17:00+00	{member,issued}	{-51,51}	{purchase,purchase}	877
215	credit	member-21	94	event:order-member-21-2026-02-09	order-member-21-2026-02-09	743fecdf99f545d6	purchase			\N	0	2026-02-09 07:17:00+00	{issued,member}	{-94,94}	{purchase,purchase}	877
216	credit	member-19	5	event:streak-19-2026-02-10	streak-19-2026-02-10	743fecdf99f545d6	sign_in			\N	0	2026-02-09 23:45:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	878
217	credit	member-08	86	event:order-member-08-2026-02-10	order-member-08-2026-02-10	743fecdf99f545d6	purchase			\N	0	2026-02-10 07:17:00+00	{issued,member}	{-86,86}	{purchase,purchase}	879
218	debit	member-09	-31	spend-member-09-2026-02-10	\N	\N	partner voucher	partner-api		[[27, 0, 31]]	0	2026-02-10 07:17:00+00	{member,redeemed}	{-31,31}	{"",""}	879
219	credit	member-13	5	event:sign-in-member-13-2026-02-10	sign-in-member-13-2026-02-10	743fecdf99f545d6	sign_in			\N	0	2026-02-10 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	879
220	credit	member-27	35	event:order-member-27-2026-02-10	order-member-27-2026-02-10	743fecdf99f545d6	purchase			\N	0	2026-02-10 07:17:00+00	{issued,member}	{-35,35}	{purchase,purchase}	879
222	credit	member-19	5	event:streak-19-2026-02-11	streak-19-2026-02-11	743fecdf99f545d6	sign_in			\N	0	2026-02-10 23:45:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	880
223	credit	member-07	75	event:order-member-07-2026-02-11	order-member-07-2026-02-11	743fecdf99f545d6	purchase			\N	0	2026-02-11 07:17:00+00	{issued,member}	{-75,75}	{purchase,purchase}	881
224	credit	member-16	5	event:sign-in-member-16-2026-02-11	sign-in-member-16-2026-02-11	743fecdf99f545d6	sign_in			\N	0	2026-02-11 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	881
225	credit	member-17	5	event:sign-in-member-17-2026-02-11	sign-in-member-17-2026-02-11	743fecdf99f545d6	sign_in			\N	0	2026-02-11 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	881
226	credit	member-19	51	event:order-member-19-2026-02-11	order-member-19-2026-02-11	743fecdf99f545d6	purchase			\N	0	2026-02-11 07:17:00+00	{issued,member}	{-51,51}	{purchase,purchase}	881
227	credit	member-20	60	event:order-member-20-2026-02-11	order-member-20-2026-02-11	743fecdf99f545d6	purchase			\N	0	2026-02-11 07:17:00+00	{issued,member}	{-60,60}	{purchase,purchase}	881
228	credit	member-22	71	event:order-member-22-2026-02-11	order-member-22-2026-02-11	743fecdf99f545d6	purchase			\N	0	2026-02-11 07:17:00+00	{issued,member}	{-71,71}	{purchase,purchase}	881
229	credit	member-28	55	event:order-member-28-2026-02-11	order-member-28-2026-02-11	743fecdf99f545d6	purchase			\N	0	2026-02-11 07:17:00+00	{issued,member}	{-55,55}	{purchase,purchase}	881
235	credit	member-19	5	event:streak-19-2026-02-12	streak-19-2026-02-12	743fecdf99f545d6	sign_in			\N	0	2026-02-11 23:45:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	883
236	credit	member-20	20	event:review-20-2026-02-12	review-20-2026-02-12	743fecdf99f545d6	review			\N	0	2026-02-12 12:00:00+00	{issued,member}	{-20,20}	{review,review}	884
237	credit	member-06	5	event:sign-in-member-06-2026-02-12	sign-in-member-06-2026-02-12	743fecdf99f545d6	sign_in			\N	0	2026-02-12 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	885
238	credit	member-21	50	event:order-member-21-2026-02-12	order-member-21-2026-02-12	743fecdf99f545d6	purchase			\N	0	2026-02-12 07:17:00+00	{issued,member}	{-50,50}	{purchase,purchase}	885
239	credit	member-19	5	event:streak-19-2026-02-13	streak-19-2026-02-13	743fecdf99f545d6	sign_in			\N	0	2026-02-12 23:45:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	886
240	credit	member-02	5	event:sign-in-member-02-2026-02-13	sign-in-member-02-2026-02-13	743fecdf99f545d6	sign_in			\N	0	2026-02-13 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	887
241	credit	member-25	5	event:sign-in-member-25-2026-02-13	sign-in-member-25-2026-02-13	743fecdf99f545d6	sign_in			\N	0	2026-02-13 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	887
242	credit	member-27	5	event:sign-in-member-27-2026-02-13	sign-in-member-27-2026-02-13	743fecdf99f545d6	sign_in			\N	0	2026-02-13 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	887
243	credit	member-19	5	event:streak-19-2026-02-14	streak-19-2026-02-14	743fecdf99f545d6	sign_in			\N	0	2026-02-13 23:45:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	888
244	reverse	member-05	-107	refund-order-member-05-2026-02-06	order-member-05-2026-02-06	\N	order refunded	pos	order-member-05-2026-02-06	\N	0	2026-02-14 07:17:00+00	{member,issued}	{-107,107}	{purchase,purchase}	889
245	credit	member-27	22	event:order-member-27-2026-02-14	order-member-27-2026-02-14	743fecdf99f545d6	purchase			\N	0	2026-02-14 07:17:00+00	{issued,member}	{-22,22}	{purchase,purchase}	889
246	credit	member-19	5	event:streak-19-2026-02-15	streak-19-2026-02-15	743fecdf99f545d6	sign_in			\N	0	2026-02-14 23:45:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	890
247	credit	member-06	5	event:sign-in-member-06-2026-02-15	sign-in-member-06-2026-02-15	743fecdf99f545d6	sign_in			\N	0	2026-02-15 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	891
249	credit	member-13	57	event:order-member-13-2026-02-15	order-member-13-2026-02-15	743fecdf99f545d6	purchase			\N	0	2026-02-15 07:17:00+00	{issued,member}	{-57,57}	{purchase,purchase}	891
250	credit	member-15	5	event:sign-in-member-15-2026-02-15	sign-in-member-15-2026-02-15	743fecdf99f545d6	sign_in			\N	0	2026-02-15 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	891
251	credit	member-17	80	event:order-member-17-2026-02-15	order-member-17-2026-02-15	743fecdf99f545d6	purchase			\N	0	2026-02-15 07:17:00+00	{issued,member}	{-80,80}	{purchase,purchase}	891
252	credit	member-26	176	event:order-member-26-2026-02-15	order-member-26-2026-02-15	743fecdf99f545d6	purchase			\N	0	2026-02-15 07:17:00+00	{issued,member,issued,member}	{-88,88,-88,88}	{birthday-month,birthday-month,purchase,purchase}	891
254	credit	member-07	200	event:order-07-r	order-07-r	743fecdf99f545d6	purchase			\N	0	2026-02-16 03:00:00+00	{issued,member}	{-200,200}	{purchase,purchase}	892
255	reverse	member-07	-50	refund-07-r-1	order-07-r	\N	partial refund	store-sh-02	order-07-r	\N	0	2026-02-16 03:00:00+00	{member,issued}	{-50,50}	{purchase,purchase}	893
248	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	91	event:order-member-10-2026-02-15	order-member-10-2026-02-15	743fecdf99f545d6	purchase			\N	0	2026-02-15 07:17:00+00	{issued,member}	{-91,91}	{purchase,purchase}	891
257	credit	member-08	1100	event:order-08-big	order-08-big	743fecdf99f545d6	purchase			\N	0	2026-02-16 03:00:00+00	{issued,member}	{-1100,1100}	{purchase,purchase}	895
259	reverse	member-08	-1100	refund-08-big	order-08-big	\N	order refunded	store-sh-01	order-08-big	\N	0	2026-02-16 03:00:00+00	{member,issued}	{-1100,1100}	{purchase,purchase}	896
261	credit	member-09	350	event:order-09-s	order-09-s	743fecdf99f545d6	purchase			\N	0	2026-02-16 03:00:00+00	{issued,member}	{-350,350}	{purchase,purchase}	897
262	redeem	member-09	-300	redeem-09-drink	\N	\N	Any handcrafted drink, any size		rd-09-drink	[[27, 0, 19], [50, 0, 5], [111, 0, 39], [144, 0, 38], [202, 0, 93], [261, 0, 106]]	0	2026-02-16 03:00:00+00	{member,redeemed}	{-300,300}	{"",""}	898
263	debit	member-09	-214	spend-09-voucher	\N	\N	partner voucher	partner-api		[[261, 0, 214]]	0	2026-02-16 03:00:00+00	{member,redeemed}	{-214,214}	{"",""}	899
264	reverse	member-09	-30	refund-09-s	order-09-s	\N	reversal		order-09-s	\N	320	2026-02-16 03:00:00+00	{member,issued,issued,member}	{-350,350,-320,320}	{purchase,purchase,"",""}	900
265	credit	member-19	55	event:streak-19-2026-02-16	streak-19-2026-02-16	743fecdf99f545d6	sign_in			\N	0	2026-02-15 23:45:00+00	{issued,member,issued,member}	{-50,50,-5,5}	{seven-day-streak,seven-day-streak,sign-in,sign-in}	901
267	credit	member-05	69	event:order-member-05-2026-02-16	order-member-05-2026-02-16	743fecdf99f545d6	purchase			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-69,69}	{purchase,purchase}	902
268	credit	member-05	395	event:order-member-05-2026-02-16-b	order-member-05-2026-02-16-b	743fecdf99f545d6	purchase			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-395,395}	{purchase,purchase}	902
269	credit	member-07	89	event:order-member-07-2026-02-16	order-member-07-2026-02-16	743fecdf99f545d6	purchase			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-89,89}	{purchase,purchase}	902
270	credit	member-08	64	event:order-member-08-2026-02-16	order-member-08-2026-02-16	743fecdf99f545d6	purchase			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-64,64}	{purchase,purchase}	902
271	credit	member-12	28	event:order-member-12-2026-02-16	order-member-12-2026-02-16	743fecdf99f545d6	purchase			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-28,28}	{purchase,purchase}	902
272	credit	member-15	5	event:sign-in-member-15-2026-02-16	sign-in-member-15-2026-02-16	743fecdf99f545d6	sign_in			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	902
273	credit	member-19	55	event:sign-in-member-19-2026-02-16	sign-in-member-19-2026-02-16	743fecdf99f545d6	sign_in			\N	0	2026-02-16 07:17:00+00	{issued,member,issued,member}	{-50,50,-5,5}	{seven-day-streak,seven-day-streak,sign-in,sign-in}	902
274	credit	member-21	60	event:order-member-21-2026-02-16	order-member-21-2026-02-16	743fecdf99f545d6	purchase			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-60,60}	{purchase,purchase}	902
275	credit	member-23	5	event:sign-in-member-23-2026-02-16	sign-in-member-23-2026-02-16	743fecdf99f545d6	sign_in			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	902
276	credit	member-24	43	event:order-member-24-2026-02-16	order-member-24-2026-02-16	743fecdf99f545d6	purchase			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-43,43}	{purchase,purchase}	902
277	credit	member-27	5	event:sign-in-member-27-2026-02-16	sign-in-member-27-2026-02-16	743fecdf99f545d6	sign_in			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	902
278	credit	member-28	20	event:order-member-28-2026-02-16	order-member-28-2026-02-16	743fecdf99f545d6	purchase			\N	0	2026-02-16 07:17:00+00	{issued,member}	{-20,20}	{purchase,purchase}	902
279	reverse	member-09	0	refund-order-member-09-2026-02-07	order-member-09-2026-02-07	\N	order refunded	pos	order-member-09-2026-02-07	\N	93	2026-02-17 07:17:00+00	{member,issued,issued,member}	{-93,93,-93,93}	{purchase,purchase,"",""}	903
280	debit	member-28	-49	spend-member-28-2026-02-17	\N	\N	partner voucher	partner-api		[[129, 0, 49]]	0	2026-02-17 07:17:00+00	{member,redeemed}	{-49,49}	{"",""}	903
281	credit	member-05	70	event:order-member-05-2026-02-18	order-member-05-2026-02-18	743fecdf99f545d6	purchase			\N	0	2026-02-18 07:17:00+00	{issued,member}	{-70,70}	{purchase,purchase}	904
282	credit	member-24	20	event:review-member-24-2026-02-18	review-member-24-2026-02-18	743fecdf99f545d6	review			\N	0	2026-02-18 07:17:00+00	{issued,member}	{-20,20}	{review,review}	904
288	credit	member-20	20	event:review-20-2026-02-19	review-20-2026-02-19	743fecdf99f545d6	review			\N	0	2026-02-19 12:00:00+00	{issued,member}	{-20,20}	{review,review}	906
289	reverse	member-08	-64	refund-order-member-08-2026-02-16	order-member-08-2026-02-16	\N	order refunded	pos	order-member-08-2026-02-16	\N	0	2026-02-19 07:17:00+00	{member,issued}	{-64,64}	{purchase,purchase}	907
290	credit	member-24	60	event:order-member-24-2026-02-19	order-member-24-2026-02-19	743fecdf99f545d6	purchase			\N	0	2026-02-19 07:17:00+00	{issued,member}	{-60,60}	{purchase,purchase}	907
291	credit	member-27	47	event:order-member-27-2026-02-19	order-member-27-2026-02-19	743fecdf99f545d6	purchase			\N	0	2026-02-19 07:17:00+00	{issued,member}	{-47,47}	{purchase,purchase}	907
293	credit	member-11	89	event:order-member-11-2026-02-20	order-member-11-2026-02-20	743fecdf99f545d6	purchase			\N	0	2026-02-20 07:17:00+00	{issued,member}	{-89,89}	{purchase,purchase}	908
294	credit	member-13	67	event:order-member-13-2026-02-20	order-member-13-2026-02-20	743fecdf99f545d6	purchase			\N	0	2026-02-20 07:17:00+00	{issued,member}	{-67,67}	{purchase,purchase}	908
295	credit	member-16	5	event:sign-in-member-16-2026-02-20	sign-in-member-16-2026-02-20	743fecdf99f545d6	sign_in			\N	0	2026-02-20 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	908
296	credit	member-17	92	event:order-member-17-2026-02-20	order-member-17-2026-02-20	743fecdf99f545d6	purchase			\N	0	2026-02-20 07:17:00+00	{issued,member}	{-92,92}	{purchase,purchase}	908
297	credit	member-20	67	event:order-member-20-2026-02-20	order-member-20-2026-02-20	743fecdf99f545d6	purchase			\N	0	2026-02-20 07:17:00+00	{issued,member}	{-67,67}	{purchase,purchase}	908
298	credit	member-02	63	event:order-member-02-2026-02-21	order-member-02-2026-02-21	743fecdf99f545d6	purchase			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-63,63}	{purchase,purchase}	909
299	credit	member-04	5	event:sign-in-member-04-2026-02-21	sign-in-member-04-2026-02-21	743fecdf99f545d6	sign_in			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	909
300	credit	member-05	5	event:sign-in-member-05-2026-02-21	sign-in-member-05-2026-02-21	743fecdf99f545d6	sign_in			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	909
301	debit	member-14	-22	spend-member-14-2026-02-21	\N	\N	partner voucher	partner-api		[[55, 0, 22]]	0	2026-02-21 07:17:00+00	{member,redeemed}	{-22,22}	{"",""}	909
302	credit	member-17	65	event:order-member-17-2026-02-21	order-member-17-2026-02-21	743fecdf99f545d6	purchase			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-65,65}	{purchase,purchase}	909
303	credit	member-19	5	event:sign-in-member-19-2026-02-21	sign-in-member-19-2026-02-21	743fecdf99f545d6	sign_in			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	909
304	credit	member-21	5	event:sign-in-member-21-2026-02-21	sign-in-member-21-2026-02-21	743fecdf99f545d6	sign_in			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	909
305	credit	member-25	5	event:sign-in-member-25-2026-02-21	sign-in-member-25-2026-02-21	743fecdf99f545d6	sign_in			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	909
306	credit	member-26	5	event:sign-in-member-26-2026-02-21	sign-in-member-26-2026-02-21	743fecdf99f545d6	sign_in			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	909
308	debit	member-30	-48	spend-member-30-2026-02-21	\N	\N	partner voucher	partner-api		[[60, 0, 48]]	0	2026-02-21 07:17:00+00	{member,redeemed}	{-48,48}	{"",""}	909
310	credit	member-12	31	event:order-member-12-2026-02-22	order-member-12-2026-02-22	743fecdf99f545d6	purchase			\N	0	2026-02-22 07:17:00+00	{issued,member}	{-31,31}	{purchase,purchase}	910
311	credit	member-14	120	adjust-14	\N	\N	missing points for order 88123	support:lin		\N	0	2026-02-23 03:00:00+00	{adjusted,member}	{-120,120}	{manual,manual}	911
312	debit	member-15	-10	adjust-15	\N	\N	duplicate sign-in bonus	support:lin		[[98, 0, 10]]	0	2026-02-23 03:00:00+00	{member,adjusted}	{-10,10}	{"",""}	912
313	debit	member-16	-20	penalty-16	\N	\N	coupon abuse	fraud-team		[[125, 0, 20]]	0	2026-02-23 03:00:00+00	{member,adjusted}	{-20,20}	{abuse,abuse}	913
314	credit	member-17	650	event:order-17-gift	order-17-gift	743fecdf99f545d6	purchase			\N	0	2026-02-23 03:00:00+00	{issued,member}	{-650,650}	{purchase,purchase}	915
316	redeem	member-17	-500	redeem-17-gift	\N	\N	spring gift box		rd-17-gift	[[28, 0, 50], [73, 0, 35], [77, 0, 63], [153, 0, 5], [225, 0, 5], [251, 0, 80], [296, 0, 92], [302, 0, 65], [314, 0, 105]]	0	2026-02-23 03:00:00+00	{member,redeemed}	{-500,500}	{"",""}	916
317	credit	member-07	5	event:sign-in-member-07-2026-02-23	sign-in-member-07-2026-02-23	743fecdf99f545d6	sign_in			\N	0	2026-02-23 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	917
318	reverse	member-11	-89	refund-order-member-11-2026-02-20	order-member-11-2026-02-20	\N	order refunded	pos	order-member-11-2026-02-20	\N	0	2026-02-23 07:17:00+00	{member,issued}	{-89,89}	{purchase,purchase}	917
319	reverse	member-12	-31	refund-order-member-12-2026-02-22	order-member-12-2026-02-22	\N	order refunded	pos	order-member-12-2026-02-22	\N	0	2026-02-23 07:17:00+00	{member,issued}	{-31,31}	{purchase,purchase}	917
320	credit	member-14	5	event:sign-in-member-14-2026-02-23	sign-in-member-14-2026-02-23	743fecdf99f545d6	sign_in			\N	0	2026-02-23 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	917
321	credit	member-18	5	event:sign-in-member-18-2026-02-23	sign-in-member-18-2026-02-23	743fecdf99f545d6	sign_in			\N	0	2026-02-23 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	917
322	credit	member-23	44	event:order-member-23-2026-02-23	order-member-23-2026-02-23	743fecdf99f545d6	purchase			\N	0	2026-02-23 07:17:00+00	{issued,member}	{-44,44}	{purchase,purchase}	917
323	credit	member-30	5	event:sign-in-member-30-2026-02-23	sign-in-member-30-2026-02-23	743fecdf99f545d6	sign_in			\N	0	2026-02-23 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	917
324	debit	member-05	-53	spend-member-05-2026-02-25	\N	\N	partner voucher	partner-api		[[170, 0, 53]]	0	2026-02-25 07:17:00+00	{member,redeemed}	{-53,53}	{"",""}	918
325	debit	member-24	-41	spend-member-24-2026-02-25	\N	\N	partner voucher	partner-api		[[127, 0, 41]]	0	2026-02-25 07:17:00+00	{member,redeemed}	{-41,41}	{"",""}	918
326	reverse	member-27	-47	refund-order-member-27-2026-02-19	order-member-27-2026-02-19	\N	order refunded	pos	order-member-27-2026-02-19	\N	0	2026-02-25 07:17:00+00	{member,issued}	{-47,47}	{purchase,purchase}	918
332	credit	member-20	20	event:review-20-2026-02-26	review-20-2026-02-26	743fecdf99f545d6	review			\N	0	2026-02-26 12:00:00+00	{issued,member}	{-20,20}	{review,review}	920
333	credit	member-01	102	event:order-member-01-2026-02-26	order-member-01-2026-02-26	743fecdf99f545d6	purchase			\N	0	2026-02-26 07:17:00+00	{issued,member}	{-102,102}	{purchase,purchase}	921
334	credit	member-01	395	event:order-member-01-2026-02-26-b	order-member-01-2026-02-26-b	743fecdf99f545d6	purchase			\N	0	2026-02-26 07:17:00+00	{issued,member}	{-395,395}	{purchase,purchase}	921
335	credit	member-04	20	event:review-member-04-2026-02-26	review-member-04-2026-02-26	743fecdf99f545d6	review			\N	0	2026-02-26 07:17:00+00	{issued,member}	{-20,20}	{review,review}	921
336	credit	member-07	30	event:order-member-07-2026-02-26	order-member-07-2026-02-26	743fecdf99f545d6	purchase			\N	0	2026-02-26 07:17:00+00	{issued,member}	{-30,30}	{purchase,purchase}	921
337	credit	member-14	20	event:review-member-14-2026-02-26	review-member-14-2026-02-26	743fecdf99f545d6	review			\N	0	2026-02-26 07:17:00+00	{issued,member}	{-20,20}	{review,review}	921
338	credit	member-26	5	event:sign-in-member-26-2026-02-26	sign-in-member-26-2026-02-26	743fecdf99f545d6	sign_in			\N	0	2026-02-26 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	921
339	debit	member-06	-48	spend-member-06-2026-02-27	\N	\N	partner voucher	partner-api		[[136, 0, 48]]	0	2026-02-27 07:17:00+00	{member,redeemed}	{-48,48}	{"",""}	922
340	credit	member-07	5	event:sign-in-member-07-2026-02-27	sign-in-member-07-2026-02-27	743fecdf99f545d6	sign_in			\N	0	2026-02-27 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	922
341	credit	member-20	5	event:sign-in-member-20-2026-02-27	sign-in-member-20-2026-02-27	743fecdf99f545d6	sign_in			\N	0	2026-02-27 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	922
342	credit	member-28	5	event:sign-in-member-28-2026-02-27	sign-in-member-28-2026-02-27	743fecdf99f545d6	sign_in			\N	0	2026-02-27 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	922
343	credit	member-19	87	event:order-member-19-2026-02-28	order-member-19-2026-02-28	743fecdf99f545d6	purchase			\N	0	2026-02-28 07:17:00+00	{issued,member}	{-87,87}	{purchase,purchase}	923
344	credit	member-20	87	event:order-member-20-2026-02-28	order-member-20-2026-02-28	743fecdf99f545d6	purchase			\N	0	2026-02-28 07:17:00+00	{issued,member}	{-87,87}	{purchase,purchase}	923
345	credit	member-24	84	event:order-member-24-2026-02-28	order-member-24-2026-02-28	743fecdf99f545d6	purchase			\N	0	2026-02-28 07:17:00+00	{issued,member}	{-84,84}	{purchase,purchase}	923
346	expire	member-04	-88	\N	\N	\N	points expired			\N	0	2026-02-28 16:15:00+00	{member,expired}	{-88,88}	{"",""}	924
347	expire	member-02	-31	\N	\N	\N	points expired			\N	0	2026-02-28 16:15:00+00	{member,expired}	{-31,31}	{"",""}	924
348	expire	member-03	-88	\N	\N	\N	points expired			\N	0	2026-02-28 16:15:00+00	{member,expired}	{-88,88}	{"",""}	924
351	redeem	member-05	-300	redeem-member-05-2026-03-01	\N	\N	Any handcrafted drink, any size		rd-member-05-2026-03-01	[[170, 0, 300]]	0	2026-03-01 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	926
352	credit	member-11	5	event:sign-in-member-11-2026-03-01	sign-in-member-11-2026-03-01	743fecdf99f545d6	sign_in			\N	0	2026-03-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	926
353	credit	member-14	5	event:sign-in-member-14-2026-03-01	sign-in-member-14-2026-03-01	743fecdf99f545d6	sign_in			\N	0	2026-03-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	926
354	credit	member-17	5	event:sign-in-member-17-2026-03-01	sign-in-member-17-2026-03-01	743fecdf99f545d6	sign_in			\N	0	2026-03-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	926
355	credit	member-18	28	event:order-member-18-2026-03-01	order-member-18-2026-03-01	743fecdf99f545d6	purchase			\N	0	2026-03-01 07:17:00+00	{issued,member}	{-28,28}	{purchase,purchase}	926
356	credit	member-14	240	event:order-14-bday	order-14-bday	0a0ac98898aa686f	purchase			\N	0	2026-03-02 03:00:00+00	{issued,member,issued,member}	{-120,120,-120,120}	{birthday-month,birthday-month,purchase,purchase}	928
357	redeem	member-01	-800	redeem-01-mug	\N	\N	Brew & Bean ceramic mug		rd-01-mug	[[2, 0, 188], [9, 0, 612]]	0	2026-03-02 03:00:00+00	{member,redeemed}	{-800,800}	{"",""}	929
358	redeem	member-02	-800	redeem-02-mug	\N	\N	Brew & Bean ceramic mug		rd-02-mug	[[4, 0, 800]]	0	2026-03-02 03:00:00+00	{member,redeemed}	{-800,800}	{"",""}	930
359	cancel	member-02	800	cancel-02-mug	\N	\N	out of the colour asked for		rd-02-mug	\N	0	2026-03-02 03:00:00+00	{redeemed,member}	{-800,800}	{"",""}	931
360	credit	member-16	5	event:sign-in-member-16-2026-03-02	sign-in-member-16-2026-03-02	0a0ac98898aa686f	sign_in			\N	0	2026-03-02 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	932
361	credit	member-24	5	event:sign-in-member-24-2026-03-02	sign-in-member-24-2026-03-02	0a0ac98898aa686f	sign_in			\N	0	2026-03-02 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	932
362	credit	member-14	25	event:review-member-14-2026-03-03	review-member-14-2026-03-03	0a0ac98898aa686f	review			\N	0	2026-03-03 07:17:00+00	{issued,member}	{-25,25}	{review,review}	933
363	credit	member-16	92	event:order-member-16-2026-03-03	order-member-16-2026-03-03	0a0ac98898aa686f	purchase			\N	0	2026-03-03 07:17:00+00	{issued,member}	{-92,92}	{purchase,purchase}	933
364	credit	member-18	20	event:order-member-18-2026-03-03	order-member-18-2026-03-03	0a0ac98898aa686f	purchase			\N	0	2026-03-03 07:17:00+00	{issued,member}	{-20,20}	{purchase,purchase}	933
365	redeem	member-01	-300	redeem-member-01-2026-03-04	\N	\N	Any handcrafted drink, any size		rd-member-01-2026-03-04	[[9, 0, 300]]	0	2026-03-04 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	934
366	credit	member-16	68	event:order-member-16-2026-03-04	order-member-16-2026-03-04	0a0ac98898aa686f	purchase			\N	0	2026-03-04 07:17:00+00	{issued,member}	{-68,68}	{purchase,purchase}	934
367	credit	member-25	5	event:sign-in-member-25-2026-03-04	sign-in-member-25-2026-03-04	0a0ac98898aa686f	sign_in			\N	0	2026-03-04 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	934
368	credit	member-20	25	event:review-20-2026-03-05	review-20-2026-03-05	0a0ac98898aa686f	review			\N	0	2026-03-05 12:00:00+00	{issued,member}	{-25,25}	{review,review}	935
369	credit	member-02	24	event:order-member-02-2026-03-05	order-member-02-2026-03-05	0a0ac98898aa686f	purchase			\N	0	2026-03-05 07:17:00+00	{issued,member}	{-24,24}	{purchase,purchase}	936
370	credit	member-07	75	event:order-member-07-2026-03-05	order-member-07-2026-03-05	0a0ac98898aa686f	purchase			\N	0	2026-03-05 07:17:00+00	{issued,member}	{-75,75}	{purchase,purchase}	936
371	credit	member-08	5	event:sign-in-member-08-2026-03-05	sign-in-member-08-2026-03-05	0a0ac98898aa686f	sign_in			\N	0	2026-03-05 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	936
372	credit	member-14	5	event:sign-in-member-14-2026-03-05	sign-in-member-14-2026-03-05	0a0ac98898aa686f	sign_in			\N	0	2026-03-05 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	936
373	credit	member-27	5	event:sign-in-member-27-2026-03-05	sign-in-member-27-2026-03-05	0a0ac98898aa686f	sign_in			\N	0	2026-03-05 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	936
374	credit	member-12	18	event:order-member-12-2026-03-06	order-member-12-2026-03-06	0a0ac98898aa686f	purchase			\N	0	2026-03-06 07:17:00+00	{issued,member}	{-18,18}	{purchase,purchase}	937
375	credit	member-19	5	event:sign-in-member-19-2026-03-06	sign-in-member-19-2026-03-06	0a0ac98898aa686f	sign_in			\N	0	2026-03-06 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	937
376	credit	member-28	5	event:sign-in-member-28-2026-03-06	sign-in-member-28-2026-03-06	0a0ac98898aa686f	sign_in			\N	0	2026-03-06 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	937
379	credit	member-13	5	event:sign-in-member-13-2026-03-07	sign-in-member-13-2026-03-07	0a0ac98898aa686f	sign_in			\N	0	2026-03-07 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	939
380	credit	member-25	25	event:review-member-25-2026-03-07	review-member-25-2026-03-07	0a0ac98898aa686f	review			\N	0	2026-03-07 07:17:00+00	{issued,member}	{-25,25}	{review,review}	939
381	credit	member-02	25	event:review-member-02-2026-03-08	review-member-02-2026-03-08	0a0ac98898aa686f	review			\N	0	2026-03-08 07:17:00+00	{issued,member}	{-25,25}	{review,review}	940
382	credit	member-04	25	event:review-member-04-2026-03-08	review-member-04-2026-03-08	0a0ac98898aa686f	review			\N	0	2026-03-08 07:17:00+00	{issued,member}	{-25,25}	{review,review}	940
383	credit	member-06	34	event:order-member-06-2026-03-08	order-member-06-2026-03-08	0a0ac98898aa686f	purchase			\N	0	2026-03-08 07:17:00+00	{issued,member}	{-34,34}	{purchase,purchase}	940
384	credit	member-06	166	event:order-member-06-2026-03-08-b	order-member-06-2026-03-08-b	0a0ac98898aa686f	purchase			\N	0	2026-03-08 07:17:00+00	{issued,member}	{-166,166}	{purchase,purchase}	940
385	credit	member-13	5	event:sign-in-member-13-2026-03-08	sign-in-member-13-2026-03-08	0a0ac98898aa686f	sign_in			\N	0	2026-03-08 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	940
386	credit	member-16	5	event:sign-in-member-16-2026-03-08	sign-in-member-16-2026-03-08	0a0ac98898aa686f	sign_in			\N	0	2026-03-08 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	940
388	credit	member-07	5	event:sign-in-member-07-2026-03-09	sign-in-member-07-2026-03-09	0a0ac98898aa686f	sign_in			\N	0	2026-03-09 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	941
389	credit	member-25	50	event:order-member-25-2026-03-09	order-member-25-2026-03-09	0a0ac98898aa686f	purchase			\N	0	2026-03-09 07:17:00+00	{issued,member}	{-50,50}	{purchase,purchase}	941
391	credit	member-02	83	event:order-member-02-2026-03-10	order-member-02-2026-03-10	0a0ac98898aa686f	purchase			\N	0	2026-03-10 07:17:00+00	{issued,member}	{-83,83}	{purchase,purchase}	942
392	credit	member-04	5	event:sign-in-member-04-2026-03-10	sign-in-member-04-2026-03-10	0a0ac98898aa686f	sign_in			\N	0	2026-03-10 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	942
393	credit	member-06	5	event:sign-in-member-06-2026-03-10	sign-in-member-06-2026-03-10	0a0ac98898aa686f	sign_in			\N	0	2026-03-10 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	942
394	credit	member-12	5	event:sign-in-member-12-2026-03-10	sign-in-member-12-2026-03-10	0a0ac98898aa686f	sign_in			\N	0	2026-03-10 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	942
395	credit	member-13	43	event:order-member-13-2026-03-10	order-member-13-2026-03-10	0a0ac98898aa686f	purchase			\N	0	2026-03-10 07:17:00+00	{issued,member}	{-43,43}	{purchase,purchase}	942
396	credit	member-26	5	event:sign-in-member-26-2026-03-10	sign-in-member-26-2026-03-10	0a0ac98898aa686f	sign_in			\N	0	2026-03-10 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	942
397	credit	member-07	24	event:order-member-07-2026-03-11	order-member-07-2026-03-11	0a0ac98898aa686f	purchase			\N	0	2026-03-11 07:17:00+00	{issued,member}	{-24,24}	{purchase,purchase}	943
378	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	25	event:review-member-10-2026-03-07	review-member-10-2026-03-07	0a0ac98898aa686f	review			\N	0	2026-03-07 07:17:00+00	{issued,member}	{-25,25}	{review,review}	939
398	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	83	event:order-member-10-2026-03-11	order-member-10-2026-03-11	0a0ac98898aa686f	purchase			\N	0	2026-03-11 07:17:00+00	{issued,member}	{-83,83}	{purchase,purchase}	943
399	credit	member-14	56	event:order-member-14-2026-03-11	order-member-14-2026-03-11	0a0ac98898aa686f	purchase			\N	0	2026-03-11 07:17:00+00	{issued,member,issued,member}	{-28,28,-28,28}	{birthday-month,birthday-month,purchase,purchase}	943
400	credit	member-21	40	event:order-member-21-2026-03-11	order-member-21-2026-03-11	0a0ac98898aa686f	purchase			\N	0	2026-03-11 07:17:00+00	{issued,member}	{-40,40}	{purchase,purchase}	943
401	credit	member-24	64	event:order-member-24-2026-03-11	order-member-24-2026-03-11	0a0ac98898aa686f	purchase			\N	0	2026-03-11 07:17:00+00	{issued,member}	{-64,64}	{purchase,purchase}	943
402	credit	member-30	5	event:sign-in-member-30-2026-03-11	sign-in-member-30-2026-03-11	0a0ac98898aa686f	sign_in			\N	0	2026-03-11 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	943
403	credit	member-20	25	event:review-20-2026-03-12	review-20-2026-03-12	0a0ac98898aa686f	review			\N	0	2026-03-12 12:00:00+00	{issued,member}	{-25,25}	{review,review}	944
404	credit	member-02	5	event:sign-in-member-02-2026-03-12	sign-in-member-02-2026-03-12	0a0ac98898aa686f	sign_in			\N	0	2026-03-12 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	945
405	credit	member-06	33	event:order-member-06-2026-03-12	order-member-06-2026-03-12	0a0ac98898aa686f	purchase			\N	0	2026-03-12 07:17:00+00	{issued,member}	{-33,33}	{purchase,purchase}	945
406	debit	member-07	-50	spend-member-07-2026-03-12	\N	\N	partner voucher	partner-api		[[97, 0, 3], [114, 0, 47]]	0	2026-03-12 07:17:00+00	{member,redeemed}	{-50,50}	{"",""}	945
407	credit	member-16	5	event:sign-in-member-16-2026-03-12	sign-in-member-16-2026-03-12	0a0ac98898aa686f	sign_in			\N	0	2026-03-12 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	945
408	credit	member-13	5	event:sign-in-member-13-2026-03-13	sign-in-member-13-2026-03-13	0a0ac98898aa686f	sign_in			\N	0	2026-03-13 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	946
409	credit	member-16	38	event:order-member-16-2026-03-13	order-member-16-2026-03-13	0a0ac98898aa686f	purchase			\N	0	2026-03-13 07:17:00+00	{issued,member}	{-38,38}	{purchase,purchase}	946
410	debit	member-26	-26	spend-member-26-2026-03-13	\N	\N	partner voucher	partner-api		[[75, 0, 26]]	0	2026-03-13 07:17:00+00	{member,redeemed}	{-26,26}	{"",""}	946
411	credit	member-27	80	event:order-member-27-2026-03-13	order-member-27-2026-03-13	0a0ac98898aa686f	purchase			\N	0	2026-03-13 07:17:00+00	{issued,member,issued,member}	{-40,40,-40,40}	{birthday-month,birthday-month,purchase,purchase}	946
412	expire	member-26	-50	\N	\N	\N	points expired			\N	0	2026-03-13 16:15:00+00	{member,expired}	{-50,50}	{"",""}	947
413	expire	member-14	-8	\N	\N	\N	points expired			\N	0	2026-03-13 16:15:00+00	{member,expired}	{-8,8}	{"",""}	947
414	expire	member-30	-2	\N	\N	\N	points expired			\N	0	2026-03-13 16:15:00+00	{member,expired}	{-2,2}	{"",""}	947
415	expire	member-22	-50	\N	\N	\N	points expired			\N	0	2026-03-13 16:15:00+00	{member,expired}	{-50,50}	{"",""}	947
416	expire	member-18	-50	\N	\N	\N	points expired			\N	0	2026-03-13 16:15:00+00	{member,expired}	{-50,50}	{"",""}	947
417	credit	member-02	59	event:order-member-02-2026-03-14	order-member-02-2026-03-14	0a0ac98898aa686f	purchase			\N	0	2026-03-14 07:17:00+00	{issued,member}	{-59,59}	{purchase,purchase}	948
418	credit	member-02	358	event:order-member-02-2026-03-14-b	order-member-02-2026-03-14-b	0a0ac98898aa686f	purchase			\N	0	2026-03-14 07:17:00+00	{issued,member}	{-358,358}	{purchase,purchase}	948
419	credit	member-13	5	event:sign-in-member-13-2026-03-14	sign-in-member-13-2026-03-14	0a0ac98898aa686f	sign_in			\N	0	2026-03-14 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	948
421	reverse	member-06	-33	refund-order-member-06-2026-03-12	order-member-06-2026-03-12	\N	order refunded	pos	order-member-06-2026-03-12	\N	0	2026-03-15 07:17:00+00	{member,issued}	{-33,33}	{purchase,purchase}	949
422	credit	member-07	5	event:sign-in-member-07-2026-03-15	sign-in-member-07-2026-03-15	0a0ac98898aa686f	sign_in			\N	0	2026-03-15 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	949
423	credit	member-09	90	event:order-member-09-2026-03-15	order-member-09-2026-03-15	0a0ac98898aa686f	purchase			\N	0	2026-03-15 07:17:00+00	{issued,member}	{-90,90}	{purchase,purchase}	949
496	expire	member-08	-50	\N	\N	\N	points expired			\N	0	2026-03-27 16:15:00+00	{member,expired}	{-50,50}	{"",""}	965
426	credit	member-08	52	event:order-member-08-2026-03-16	order-member-08-2026-03-16	0a0ac98898aa686f	purchase			\N	0	2026-03-16 07:17:00+00	{issued,member}	{-52,52}	{purchase,purchase}	950
427	debit	member-14	-37	spend-member-14-2026-03-16	\N	\N	partner voucher	partner-api		[[90, 0, 5], [95, 0, 32]]	0	2026-03-16 07:17:00+00	{member,redeemed}	{-37,37}	{"",""}	950
428	credit	member-15	92	event:order-member-15-2026-03-16	order-member-15-2026-03-16	0a0ac98898aa686f	purchase			\N	0	2026-03-16 07:17:00+00	{issued,member}	{-92,92}	{purchase,purchase}	950
429	credit	member-27	5	event:sign-in-member-27-2026-03-16	sign-in-member-27-2026-03-16	0a0ac98898aa686f	sign_in			\N	0	2026-03-16 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	950
431	credit	member-30	54	event:order-member-30-2026-03-16	order-member-30-2026-03-16	0a0ac98898aa686f	purchase			\N	0	2026-03-16 07:17:00+00	{issued,member}	{-54,54}	{purchase,purchase}	950
432	credit	member-07	95	event:order-member-07-2026-03-17	order-member-07-2026-03-17	0a0ac98898aa686f	purchase			\N	0	2026-03-17 07:17:00+00	{issued,member}	{-95,95}	{purchase,purchase}	951
433	credit	member-13	5	event:sign-in-member-13-2026-03-17	sign-in-member-13-2026-03-17	0a0ac98898aa686f	sign_in			\N	0	2026-03-17 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	951
434	credit	member-17	28	event:order-member-17-2026-03-17	order-member-17-2026-03-17	0a0ac98898aa686f	purchase			\N	0	2026-03-17 07:17:00+00	{issued,member}	{-28,28}	{purchase,purchase}	951
435	credit	member-18	5	event:sign-in-member-18-2026-03-17	sign-in-member-18-2026-03-17	0a0ac98898aa686f	sign_in			\N	0	2026-03-17 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	951
436	credit	member-30	50	event:order-member-30-2026-03-17	order-member-30-2026-03-17	0a0ac98898aa686f	purchase			\N	0	2026-03-17 07:17:00+00	{issued,member}	{-50,50}	{purchase,purchase}	951
437	redeem	member-01	-300	redeem-member-01-2026-03-18	\N	\N	Any handcrafted drink, any size		rd-member-01-2026-03-18	[[9, 0, 300]]	0	2026-03-18 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	952
438	credit	member-02	31	event:order-member-02-2026-03-18	order-member-02-2026-03-18	0a0ac98898aa686f	purchase			\N	0	2026-03-18 07:17:00+00	{issued,member}	{-31,31}	{purchase,purchase}	952
439	credit	member-07	5	event:sign-in-member-07-2026-03-18	sign-in-member-07-2026-03-18	0a0ac98898aa686f	sign_in			\N	0	2026-03-18 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	952
440	credit	member-12	33	event:order-member-12-2026-03-18	order-member-12-2026-03-18	0a0ac98898aa686f	purchase			\N	0	2026-03-18 07:17:00+00	{issued,member}	{-33,33}	{purchase,purchase}	952
441	credit	member-24	25	event:order-member-24-2026-03-18	order-member-24-2026-03-18	0a0ac98898aa686f	purchase			\N	0	2026-03-18 07:17:00+00	{issued,member}	{-25,25}	{purchase,purchase}	952
443	credit	member-30	25	event:review-member-30-2026-03-18	review-member-30-2026-03-18	0a0ac98898aa686f	review			\N	0	2026-03-18 07:17:00+00	{issued,member}	{-25,25}	{review,review}	952
444	credit	member-20	25	event:review-20-2026-03-19	review-20-2026-03-19	0a0ac98898aa686f	review			\N	0	2026-03-19 12:00:00+00	{issued,member}	{-25,25}	{review,review}	953
445	credit	member-13	32	event:order-member-13-2026-03-19	order-member-13-2026-03-19	0a0ac98898aa686f	purchase			\N	0	2026-03-19 07:17:00+00	{issued,member}	{-32,32}	{purchase,purchase}	954
446	credit	member-07	38	event:order-member-07-2026-03-20	order-member-07-2026-03-20	0a0ac98898aa686f	purchase			\N	0	2026-03-20 07:17:00+00	{issued,member}	{-38,38}	{purchase,purchase}	955
447	credit	member-12	5	event:sign-in-member-12-2026-03-20	sign-in-member-12-2026-03-20	0a0ac98898aa686f	sign_in			\N	0	2026-03-20 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	955
448	credit	member-13	5	event:sign-in-member-13-2026-03-20	sign-in-member-13-2026-03-20	0a0ac98898aa686f	sign_in			\N	0	2026-03-20 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	955
424	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	19	event:order-member-10-2026-03-15	order-member-10-2026-03-15	0a0ac98898aa686f	purchase			\N	0	2026-03-15 07:17:00+00	{issued,member}	{-19,19}	{purchase,purchase}	949
449	credit	member-14	5	event:sign-in-member-14-2026-03-20	sign-in-member-14-2026-03-20	0a0ac98898aa686f	sign_in			\N	0	2026-03-20 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	955
450	redeem	member-19	-300	redeem-member-19-2026-03-20	\N	\N	Any handcrafted drink, any size		rd-member-19-2026-03-20	[[110, 0, 23], [123, 0, 36], [130, 0, 37], [199, 0, 31], [216, 0, 5], [222, 0, 5], [226, 0, 51], [235, 0, 5], [239, 0, 5], [243, 0, 5], [246, 0, 5], [265, 0, 50], [265, 1, 5], [273, 0, 37]]	0	2026-03-20 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	955
451	redeem	member-20	-300	redeem-member-20-2026-03-20	\N	\N	Any handcrafted drink, any size		rd-member-20-2026-03-20	[[126, 0, 50], [138, 0, 5], [143, 0, 20], [154, 0, 94], [190, 0, 20], [227, 0, 60], [236, 0, 20], [288, 0, 20], [297, 0, 11]]	0	2026-03-20 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	955
452	credit	member-22	49	event:order-member-22-2026-03-20	order-member-22-2026-03-20	0a0ac98898aa686f	purchase			\N	0	2026-03-20 07:17:00+00	{issued,member}	{-49,49}	{purchase,purchase}	955
453	credit	member-30	25	event:review-member-30-2026-03-20	review-member-30-2026-03-20	0a0ac98898aa686f	review			\N	0	2026-03-20 07:17:00+00	{issued,member}	{-25,25}	{review,review}	955
454	expire	member-19	-2	\N	\N	\N	points expired			\N	0	2026-03-20 16:15:00+00	{member,expired}	{-2,2}	{"",""}	956
455	expire	member-27	-50	\N	\N	\N	points expired			\N	0	2026-03-20 16:15:00+00	{member,expired}	{-50,50}	{"",""}	956
456	expire	member-15	-40	\N	\N	\N	points expired			\N	0	2026-03-20 16:15:00+00	{member,expired}	{-40,40}	{"",""}	956
457	expire	member-23	-50	\N	\N	\N	points expired			\N	0	2026-03-20 16:15:00+00	{member,expired}	{-50,50}	{"",""}	956
458	credit	member-01	31	event:order-member-01-2026-03-21	order-member-01-2026-03-21	0a0ac98898aa686f	purchase			\N	0	2026-03-21 07:17:00+00	{issued,member}	{-31,31}	{purchase,purchase}	957
460	reverse	member-01	-31	refund-order-member-01-2026-03-21	order-member-01-2026-03-21	\N	order refunded	pos	order-member-01-2026-03-21	\N	0	2026-03-22 07:17:00+00	{member,issued}	{-31,31}	{purchase,purchase}	958
461	redeem	member-06	-300	redeem-member-06-2026-03-22	\N	\N	Any handcrafted drink, any size		rd-member-06-2026-03-22	[[136, 0, 110], [181, 0, 19], [192, 0, 64], [193, 0, 107]]	0	2026-03-22 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	958
462	credit	member-07	5	event:sign-in-member-07-2026-03-22	sign-in-member-07-2026-03-22	0a0ac98898aa686f	sign_in			\N	0	2026-03-22 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	958
464	credit	member-17	5	event:sign-in-member-17-2026-03-22	sign-in-member-17-2026-03-22	0a0ac98898aa686f	sign_in			\N	0	2026-03-22 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	958
465	credit	member-22	5	event:sign-in-member-22-2026-03-22	sign-in-member-22-2026-03-22	0a0ac98898aa686f	sign_in			\N	0	2026-03-22 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	958
466	credit	member-26	74	event:order-member-26-2026-03-22	order-member-26-2026-03-22	0a0ac98898aa686f	purchase			\N	0	2026-03-22 07:17:00+00	{issued,member}	{-74,74}	{purchase,purchase}	958
467	credit	member-01	5	event:sign-in-member-01-2026-03-23	sign-in-member-01-2026-03-23	0a0ac98898aa686f	sign_in			\N	0	2026-03-23 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	959
468	redeem	member-02	-300	redeem-member-02-2026-03-23	\N	\N	Any handcrafted drink, any size		rd-member-02-2026-03-23	[[4, 0, 300]]	0	2026-03-23 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	959
469	credit	member-06	69	event:order-member-06-2026-03-23	order-member-06-2026-03-23	0a0ac98898aa686f	purchase			\N	0	2026-03-23 07:17:00+00	{issued,member}	{-69,69}	{purchase,purchase}	959
470	credit	member-11	64	event:order-member-11-2026-03-23	order-member-11-2026-03-23	0a0ac98898aa686f	purchase			\N	0	2026-03-23 07:17:00+00	{issued,member}	{-64,64}	{purchase,purchase}	959
497	expire	member-28	-1	\N	\N	\N	points expired			\N	0	2026-03-27 16:15:00+00	{member,expired}	{-1,1}	{"",""}	965
471	credit	member-17	25	event:review-member-17-2026-03-23	review-member-17-2026-03-23	0a0ac98898aa686f	review			\N	0	2026-03-23 07:17:00+00	{issued,member}	{-25,25}	{review,review}	959
472	credit	member-20	24	event:order-member-20-2026-03-23	order-member-20-2026-03-23	0a0ac98898aa686f	purchase			\N	0	2026-03-23 07:17:00+00	{issued,member}	{-24,24}	{purchase,purchase}	959
473	credit	member-23	37	event:order-member-23-2026-03-23	order-member-23-2026-03-23	0a0ac98898aa686f	purchase			\N	0	2026-03-23 07:17:00+00	{issued,member}	{-37,37}	{purchase,purchase}	959
474	credit	member-30	5	event:sign-in-member-30-2026-03-23	sign-in-member-30-2026-03-23	0a0ac98898aa686f	sign_in			\N	0	2026-03-23 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	959
475	credit	member-23	41	event:order-member-23-2026-03-24	order-member-23-2026-03-24	0a0ac98898aa686f	purchase			\N	0	2026-03-24 07:17:00+00	{issued,member}	{-41,41}	{purchase,purchase}	960
476	credit	member-24	70	event:order-member-24-2026-03-24	order-member-24-2026-03-24	0a0ac98898aa686f	purchase			\N	0	2026-03-24 07:17:00+00	{issued,member}	{-70,70}	{purchase,purchase}	960
478	credit	member-12	5	event:sign-in-member-12-2026-03-25	sign-in-member-12-2026-03-25	0a0ac98898aa686f	sign_in			\N	0	2026-03-25 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	961
479	credit	member-20	5	event:sign-in-member-20-2026-03-25	sign-in-member-20-2026-03-25	0a0ac98898aa686f	sign_in			\N	0	2026-03-25 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	961
480	credit	member-20	25	event:review-20-2026-03-26	review-20-2026-03-26	0a0ac98898aa686f	review			\N	0	2026-03-26 12:00:00+00	{issued,member}	{-25,25}	{review,review}	962
481	credit	member-06	32	event:order-member-06-2026-03-26	order-member-06-2026-03-26	0a0ac98898aa686f	purchase			\N	0	2026-03-26 07:17:00+00	{issued,member}	{-32,32}	{purchase,purchase}	963
482	credit	member-06	318	event:order-member-06-2026-03-26-b	order-member-06-2026-03-26-b	0a0ac98898aa686f	purchase			\N	0	2026-03-26 07:17:00+00	{issued,member}	{-318,318}	{purchase,purchase}	963
483	credit	member-08	5	event:sign-in-member-08-2026-03-26	sign-in-member-08-2026-03-26	0a0ac98898aa686f	sign_in			\N	0	2026-03-26 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	963
484	credit	member-09	83	event:order-member-09-2026-03-26	order-member-09-2026-03-26	0a0ac98898aa686f	purchase			\N	0	2026-03-26 07:17:00+00	{issued,member}	{-83,83}	{purchase,purchase}	963
485	credit	member-11	5	event:sign-in-member-11-2026-03-26	sign-in-member-11-2026-03-26	0a0ac98898aa686f	sign_in			\N	0	2026-03-26 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	963
486	credit	member-12	5	event:sign-in-member-12-2026-03-26	sign-in-member-12-2026-03-26	0a0ac98898aa686f	sign_in			\N	0	2026-03-26 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	963
487	credit	member-13	5	event:sign-in-member-13-2026-03-26	sign-in-member-13-2026-03-26	0a0ac98898aa686f	sign_in			\N	0	2026-03-26 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	963
488	credit	member-14	68	event:order-member-14-2026-03-26	order-member-14-2026-03-26	0a0ac98898aa686f	purchase			\N	0	2026-03-26 07:17:00+00	{issued,member,issued,member}	{-34,34,-34,34}	{birthday-month,birthday-month,purchase,purchase}	963
489	credit	member-28	83	event:order-member-28-2026-03-26	order-member-28-2026-03-26	0a0ac98898aa686f	purchase			\N	0	2026-03-26 07:17:00+00	{issued,member}	{-83,83}	{purchase,purchase}	963
490	credit	member-19	5	event:sign-in-member-19-2026-03-27	sign-in-member-19-2026-03-27	0a0ac98898aa686f	sign_in			\N	0	2026-03-27 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	964
491	credit	member-22	64	event:order-member-22-2026-03-27	order-member-22-2026-03-27	0a0ac98898aa686f	purchase			\N	0	2026-03-27 07:17:00+00	{issued,member}	{-64,64}	{purchase,purchase}	964
492	credit	member-26	71	event:order-member-26-2026-03-27	order-member-26-2026-03-27	0a0ac98898aa686f	purchase			\N	0	2026-03-27 07:17:00+00	{issued,member}	{-71,71}	{purchase,purchase}	964
493	credit	member-27	164	event:order-member-27-2026-03-27	order-member-27-2026-03-27	0a0ac98898aa686f	purchase			\N	0	2026-03-27 07:17:00+00	{issued,member,issued,member}	{-82,82,-82,82}	{birthday-month,birthday-month,purchase,purchase}	964
494	expire	member-24	-9	\N	\N	\N	points expired			\N	0	2026-03-27 16:15:00+00	{member,expired}	{-9,9}	{"",""}	965
495	expire	member-16	-30	\N	\N	\N	points expired			\N	0	2026-03-27 16:15:00+00	{member,expired}	{-30,30}	{"",""}	965
498	debit	member-01	-37	spend-member-01-2026-03-28	\N	\N	partner voucher	partner-api		[[9, 0, 37]]	0	2026-03-28 07:17:00+00	{member,redeemed}	{-37,37}	{"",""}	966
499	reverse	member-07	-38	refund-order-member-07-2026-03-20	order-member-07-2026-03-20	\N	order refunded	pos	order-member-07-2026-03-20	\N	0	2026-03-28 07:17:00+00	{member,issued}	{-38,38}	{purchase,purchase}	966
500	credit	member-11	25	event:review-member-11-2026-03-28	review-member-11-2026-03-28	0a0ac98898aa686f	review			\N	0	2026-03-28 07:17:00+00	{issued,member}	{-25,25}	{review,review}	966
501	credit	member-19	61	event:order-member-19-2026-03-28	order-member-19-2026-03-28	0a0ac98898aa686f	purchase			\N	0	2026-03-28 07:17:00+00	{issued,member}	{-61,61}	{purchase,purchase}	966
502	debit	member-20	-27	spend-member-20-2026-03-28	\N	\N	partner voucher	partner-api		[[297, 0, 27]]	0	2026-03-28 07:17:00+00	{member,redeemed}	{-27,27}	{"",""}	966
503	credit	member-21	84	event:order-member-21-2026-03-28	order-member-21-2026-03-28	0a0ac98898aa686f	purchase			\N	0	2026-03-28 07:17:00+00	{issued,member}	{-84,84}	{purchase,purchase}	966
504	credit	member-24	5	event:sign-in-member-24-2026-03-28	sign-in-member-24-2026-03-28	0a0ac98898aa686f	sign_in			\N	0	2026-03-28 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	966
505	credit	member-06	100	event:order-member-06-2026-03-29	order-member-06-2026-03-29	0a0ac98898aa686f	purchase			\N	0	2026-03-29 07:17:00+00	{issued,member}	{-100,100}	{purchase,purchase}	967
506	credit	member-06	431	event:order-member-06-2026-03-29-b	order-member-06-2026-03-29-b	0a0ac98898aa686f	purchase			\N	0	2026-03-29 07:17:00+00	{issued,member}	{-431,431}	{purchase,purchase}	967
507	credit	member-23	88	event:order-member-23-2026-03-29	order-member-23-2026-03-29	0a0ac98898aa686f	purchase			\N	0	2026-03-29 07:17:00+00	{issued,member}	{-88,88}	{purchase,purchase}	967
508	credit	member-24	5	event:sign-in-member-24-2026-03-29	sign-in-member-24-2026-03-29	0a0ac98898aa686f	sign_in			\N	0	2026-03-29 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	967
509	credit	member-27	76	event:order-member-27-2026-03-29	order-member-27-2026-03-29	0a0ac98898aa686f	purchase			\N	0	2026-03-29 07:17:00+00	{issued,member,issued,member}	{-38,38,-38,38}	{birthday-month,birthday-month,purchase,purchase}	967
510	credit	member-16	5	event:sign-in-member-16-2026-03-30	sign-in-member-16-2026-03-30	0a0ac98898aa686f	sign_in			\N	0	2026-03-30 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	968
511	credit	member-25	5	event:sign-in-member-25-2026-03-30	sign-in-member-25-2026-03-30	0a0ac98898aa686f	sign_in			\N	0	2026-03-30 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	968
512	credit	member-27	92	event:order-member-27-2026-03-30	order-member-27-2026-03-30	0a0ac98898aa686f	purchase			\N	0	2026-03-30 07:17:00+00	{issued,member,issued,member}	{-46,46,-46,46}	{birthday-month,birthday-month,purchase,purchase}	968
513	credit	member-15	86	event:order-member-15-2026-03-31	order-member-15-2026-03-31	0a0ac98898aa686f	purchase			\N	0	2026-03-31 07:17:00+00	{issued,member}	{-86,86}	{purchase,purchase}	969
514	credit	member-16	66	event:order-member-16-2026-03-31	order-member-16-2026-03-31	0a0ac98898aa686f	purchase			\N	0	2026-03-31 07:17:00+00	{issued,member}	{-66,66}	{purchase,purchase}	969
515	credit	member-18	5	event:sign-in-member-18-2026-03-31	sign-in-member-18-2026-03-31	0a0ac98898aa686f	sign_in			\N	0	2026-03-31 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	969
516	reverse	member-20	-24	refund-order-member-20-2026-03-23	order-member-20-2026-03-23	\N	order refunded	pos	order-member-20-2026-03-23	\N	0	2026-03-31 07:17:00+00	{member,issued}	{-24,24}	{purchase,purchase}	969
517	credit	member-07	19	event:order-member-07-2026-04-01	order-member-07-2026-04-01	0a0ac98898aa686f	purchase			\N	0	2026-04-01 07:17:00+00	{issued,member}	{-19,19}	{purchase,purchase}	970
518	credit	member-08	47	event:order-member-08-2026-04-01	order-member-08-2026-04-01	0a0ac98898aa686f	purchase			\N	0	2026-04-01 07:17:00+00	{issued,member}	{-47,47}	{purchase,purchase}	970
519	credit	member-17	65	event:order-member-17-2026-04-01	order-member-17-2026-04-01	0a0ac98898aa686f	purchase			\N	0	2026-04-01 07:17:00+00	{issued,member}	{-65,65}	{purchase,purchase}	970
520	credit	member-28	5	event:sign-in-member-28-2026-04-01	sign-in-member-28-2026-04-01	0a0ac98898aa686f	sign_in			\N	0	2026-04-01 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	970
521	credit	member-20	25	event:review-20-2026-04-02	review-20-2026-04-02	0a0ac98898aa686f	review			\N	0	2026-04-02 12:00:00+00	{issued,member}	{-25,25}	{review,review}	971
523	credit	member-02	5	event:sign-in-member-02-2026-04-02	sign-in-member-02-2026-04-02	0a0ac98898aa686f	sign_in			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	972
524	debit	member-05	-50	spend-member-05-2026-04-02	\N	\N	partner voucher	partner-api		[[170, 0, 50]]	0	2026-04-02 07:17:00+00	{member,redeemed}	{-50,50}	{"",""}	972
525	reverse	member-06	-100	refund-order-member-06-2026-03-29	order-member-06-2026-03-29	\N	order refunded	pos	order-member-06-2026-03-29	\N	0	2026-04-02 07:17:00+00	{member,issued}	{-100,100}	{purchase,purchase}	972
526	credit	member-11	21	event:order-member-11-2026-04-02	order-member-11-2026-04-02	0a0ac98898aa686f	purchase			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-21,21}	{purchase,purchase}	972
527	credit	member-14	42	event:order-member-14-2026-04-02	order-member-14-2026-04-02	0a0ac98898aa686f	purchase			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-42,42}	{purchase,purchase}	972
528	reverse	member-17	-65	refund-order-member-17-2026-04-01	order-member-17-2026-04-01	\N	order refunded	pos	order-member-17-2026-04-01	\N	0	2026-04-02 07:17:00+00	{member,issued}	{-65,65}	{purchase,purchase}	972
529	credit	member-22	61	event:order-member-22-2026-04-02	order-member-22-2026-04-02	0a0ac98898aa686f	purchase			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-61,61}	{purchase,purchase}	972
530	credit	member-23	5	event:sign-in-member-23-2026-04-02	sign-in-member-23-2026-04-02	0a0ac98898aa686f	sign_in			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	972
531	credit	member-27	5	event:sign-in-member-27-2026-04-02	sign-in-member-27-2026-04-02	0a0ac98898aa686f	sign_in			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	972
532	credit	member-28	26	event:order-member-28-2026-04-02	order-member-28-2026-04-02	0a0ac98898aa686f	purchase			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-26,26}	{purchase,purchase}	972
534	credit	member-30	57	event:order-member-30-2026-04-02	order-member-30-2026-04-02	0a0ac98898aa686f	purchase			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-57,57}	{purchase,purchase}	972
535	credit	member-04	5	event:sign-in-member-04-2026-04-03	sign-in-member-04-2026-04-03	0a0ac98898aa686f	sign_in			\N	0	2026-04-03 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	973
536	credit	member-15	5	event:sign-in-member-15-2026-04-03	sign-in-member-15-2026-04-03	0a0ac98898aa686f	sign_in			\N	0	2026-04-03 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	973
537	reverse	member-16	-66	refund-order-member-16-2026-03-31	order-member-16-2026-03-31	\N	order refunded	pos	order-member-16-2026-03-31	\N	0	2026-04-03 07:17:00+00	{member,issued}	{-66,66}	{purchase,purchase}	973
538	credit	member-23	5	event:sign-in-member-23-2026-04-03	sign-in-member-23-2026-04-03	0a0ac98898aa686f	sign_in			\N	0	2026-04-03 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	973
539	reverse	member-27	-92	refund-order-member-27-2026-03-30	order-member-27-2026-03-30	\N	order refunded	pos	order-member-27-2026-03-30	\N	0	2026-04-03 07:17:00+00	{member,issued,member,issued}	{-46,46,-46,46}	{birthday-month,birthday-month,purchase,purchase}	973
540	credit	member-01	5	event:sign-in-member-01-2026-04-04	sign-in-member-01-2026-04-04	0a0ac98898aa686f	sign_in			\N	0	2026-04-04 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	974
541	credit	member-06	5	event:sign-in-member-06-2026-04-04	sign-in-member-06-2026-04-04	0a0ac98898aa686f	sign_in			\N	0	2026-04-04 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	974
543	debit	member-26	-40	spend-member-26-2026-04-04	\N	\N	partner voucher	partner-api		[[75, 0, 28], [252, 0, 12]]	0	2026-04-04 07:17:00+00	{member,redeemed}	{-40,40}	{"",""}	974
544	credit	member-30	92	event:order-member-30-2026-04-04	order-member-30-2026-04-04	0a0ac98898aa686f	purchase			\N	0	2026-04-04 07:17:00+00	{issued,member}	{-92,92}	{purchase,purchase}	974
545	credit	member-05	5	event:sign-in-member-05-2026-04-05	sign-in-member-05-2026-04-05	0a0ac98898aa686f	sign_in			\N	0	2026-04-05 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	975
546	credit	member-07	25	event:review-member-07-2026-04-05	review-member-07-2026-04-05	0a0ac98898aa686f	review			\N	0	2026-04-05 07:17:00+00	{issued,member}	{-25,25}	{review,review}	975
547	credit	member-11	5	event:sign-in-member-11-2026-04-05	sign-in-member-11-2026-04-05	0a0ac98898aa686f	sign_in			\N	0	2026-04-05 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	975
542	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	5	event:sign-in-member-10-2026-04-04	sign-in-member-10-2026-04-04	0a0ac98898aa686f	sign_in			\N	0	2026-04-04 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	974
548	credit	member-18	5	event:sign-in-member-18-2026-04-05	sign-in-member-18-2026-04-05	0a0ac98898aa686f	sign_in			\N	0	2026-04-05 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	975
549	credit	member-23	30	event:order-member-23-2026-04-05	order-member-23-2026-04-05	0a0ac98898aa686f	purchase			\N	0	2026-04-05 07:17:00+00	{issued,member}	{-30,30}	{purchase,purchase}	975
550	debit	member-25	-44	spend-member-25-2026-04-05	\N	\N	partner voucher	partner-api		[[40, 0, 1], [47, 0, 5], [148, 0, 19], [241, 0, 5], [305, 0, 5], [367, 0, 5], [380, 0, 4]]	0	2026-04-05 07:17:00+00	{member,redeemed}	{-44,44}	{"",""}	975
551	reverse	member-26	-71	refund-order-member-26-2026-03-27	order-member-26-2026-03-27	\N	order refunded	pos	order-member-26-2026-03-27	\N	0	2026-04-05 07:17:00+00	{member,issued}	{-71,71}	{purchase,purchase}	975
552	credit	member-28	5	event:sign-in-member-28-2026-04-06	sign-in-member-28-2026-04-06	0a0ac98898aa686f	sign_in			\N	0	2026-04-06 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	976
553	redeem	member-06	-300	redeem-member-06-2026-04-07	\N	\N	Any handcrafted drink, any size		rd-member-06-2026-04-07	[[193, 0, 291], [237, 0, 5], [247, 0, 4]]	0	2026-04-07 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	977
554	credit	member-12	57	event:order-member-12-2026-04-07	order-member-12-2026-04-07	0a0ac98898aa686f	purchase			\N	0	2026-04-07 07:17:00+00	{issued,member}	{-57,57}	{purchase,purchase}	977
555	credit	member-19	48	event:order-member-19-2026-04-07	order-member-19-2026-04-07	0a0ac98898aa686f	purchase			\N	0	2026-04-07 07:17:00+00	{issued,member}	{-48,48}	{purchase,purchase}	977
556	credit	member-22	35	event:order-member-22-2026-04-07	order-member-22-2026-04-07	0a0ac98898aa686f	purchase			\N	0	2026-04-07 07:17:00+00	{issued,member}	{-35,35}	{purchase,purchase}	977
557	redeem	member-24	-300	redeem-member-24-2026-04-07	\N	\N	Any handcrafted drink, any size		rd-member-24-2026-04-07	[[140, 0, 91], [168, 0, 5], [184, 0, 5], [276, 0, 43], [282, 0, 20], [290, 0, 60], [345, 0, 76]]	0	2026-04-07 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	977
559	credit	member-01	42	event:order-member-01-2026-04-08	order-member-01-2026-04-08	0a0ac98898aa686f	purchase			\N	0	2026-04-08 07:17:00+00	{issued,member}	{-42,42}	{purchase,purchase}	978
560	credit	member-01	198	event:order-member-01-2026-04-08-b	order-member-01-2026-04-08-b	0a0ac98898aa686f	purchase			\N	0	2026-04-08 07:17:00+00	{issued,member}	{-198,198}	{purchase,purchase}	978
561	credit	member-05	55	event:order-member-05-2026-04-08	order-member-05-2026-04-08	0a0ac98898aa686f	purchase			\N	0	2026-04-08 07:17:00+00	{issued,member}	{-55,55}	{purchase,purchase}	978
562	credit	member-05	244	event:order-member-05-2026-04-08-b	order-member-05-2026-04-08-b	0a0ac98898aa686f	purchase			\N	0	2026-04-08 07:17:00+00	{issued,member}	{-244,244}	{purchase,purchase}	978
563	credit	member-07	5	event:sign-in-member-07-2026-04-08	sign-in-member-07-2026-04-08	0a0ac98898aa686f	sign_in			\N	0	2026-04-08 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	978
564	credit	member-13	55	event:order-member-13-2026-04-08	order-member-13-2026-04-08	0a0ac98898aa686f	purchase			\N	0	2026-04-08 07:17:00+00	{issued,member}	{-55,55}	{purchase,purchase}	978
565	credit	member-20	25	event:review-20-2026-04-09	review-20-2026-04-09	0a0ac98898aa686f	review			\N	0	2026-04-09 12:00:00+00	{issued,member}	{-25,25}	{review,review}	979
566	credit	member-02	5	event:sign-in-member-02-2026-04-09	sign-in-member-02-2026-04-09	0a0ac98898aa686f	sign_in			\N	0	2026-04-09 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	980
567	credit	member-04	63	event:order-member-04-2026-04-09	order-member-04-2026-04-09	0a0ac98898aa686f	purchase			\N	0	2026-04-09 07:17:00+00	{issued,member}	{-63,63}	{purchase,purchase}	980
568	reverse	member-11	-21	refund-order-member-11-2026-04-02	order-member-11-2026-04-02	\N	order refunded	pos	order-member-11-2026-04-02	\N	0	2026-04-09 07:17:00+00	{member,issued}	{-21,21}	{purchase,purchase}	980
569	credit	member-26	5	event:sign-in-member-26-2026-04-09	sign-in-member-26-2026-04-09	0a0ac98898aa686f	sign_in			\N	0	2026-04-09 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	980
570	credit	member-28	25	event:review-member-28-2026-04-09	review-member-28-2026-04-09	0a0ac98898aa686f	review			\N	0	2026-04-09 07:17:00+00	{issued,member}	{-25,25}	{review,review}	980
571	reverse	member-08	-47	refund-order-member-08-2026-04-01	order-member-08-2026-04-01	\N	order refunded	pos	order-member-08-2026-04-01	\N	0	2026-04-10 07:17:00+00	{member,issued}	{-47,47}	{purchase,purchase}	981
572	credit	member-15	130	event:order-member-15-2026-04-10	order-member-15-2026-04-10	0a0ac98898aa686f	purchase			\N	0	2026-04-10 07:17:00+00	{issued,member,issued,member}	{-65,65,-65,65}	{birthday-month,birthday-month,purchase,purchase}	981
573	credit	member-23	23	event:order-member-23-2026-04-10	order-member-23-2026-04-10	0a0ac98898aa686f	purchase			\N	0	2026-04-10 07:17:00+00	{issued,member}	{-23,23}	{purchase,purchase}	981
575	credit	member-20	40	event:order-member-20-2026-04-11	order-member-20-2026-04-11	0a0ac98898aa686f	purchase			\N	0	2026-04-11 07:17:00+00	{issued,member}	{-40,40}	{purchase,purchase}	982
576	redeem	member-21	-300	redeem-member-21-2026-04-11	\N	\N	Any handcrafted drink, any size		rd-member-21-2026-04-11	[[74, 0, 2], [94, 0, 5], [215, 0, 94], [238, 0, 50], [274, 0, 60], [304, 0, 5], [400, 0, 40], [503, 0, 44]]	0	2026-04-11 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	982
578	credit	member-06	116	event:order-member-06-2026-04-12	order-member-06-2026-04-12	0a0ac98898aa686f	purchase			\N	0	2026-04-12 07:17:00+00	{issued,member}	{-116,116}	{purchase,purchase}	983
579	credit	member-06	471	event:order-member-06-2026-04-12-b	order-member-06-2026-04-12-b	0a0ac98898aa686f	purchase			\N	0	2026-04-12 07:17:00+00	{issued,member}	{-471,471}	{purchase,purchase}	983
580	credit	member-26	5	event:sign-in-member-26-2026-04-12	sign-in-member-26-2026-04-12	0a0ac98898aa686f	sign_in			\N	0	2026-04-12 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	983
581	credit	member-01	92	event:order-member-01-2026-04-13	order-member-01-2026-04-13	0a0ac98898aa686f	purchase			\N	0	2026-04-13 07:17:00+00	{issued,member}	{-92,92}	{purchase,purchase}	985
582	credit	member-12	5	event:sign-in-member-12-2026-04-13	sign-in-member-12-2026-04-13	0a0ac98898aa686f	sign_in			\N	0	2026-04-13 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	985
583	credit	member-24	21	event:order-member-24-2026-04-13	order-member-24-2026-04-13	0a0ac98898aa686f	purchase			\N	0	2026-04-13 07:17:00+00	{issued,member}	{-21,21}	{purchase,purchase}	985
584	credit	member-25	5	event:sign-in-member-25-2026-04-13	sign-in-member-25-2026-04-13	0a0ac98898aa686f	sign_in			\N	0	2026-04-13 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	985
585	credit	member-01	5	event:sign-in-member-01-2026-04-14	sign-in-member-01-2026-04-14	0a0ac98898aa686f	sign_in			\N	0	2026-04-14 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	986
586	credit	member-02	66	event:order-member-02-2026-04-14	order-member-02-2026-04-14	0a0ac98898aa686f	purchase			\N	0	2026-04-14 07:17:00+00	{issued,member}	{-66,66}	{purchase,purchase}	986
587	credit	member-02	421	event:order-member-02-2026-04-14-b	order-member-02-2026-04-14-b	0a0ac98898aa686f	purchase			\N	0	2026-04-14 07:17:00+00	{issued,member}	{-421,421}	{purchase,purchase}	986
588	credit	member-05	5	event:sign-in-member-05-2026-04-14	sign-in-member-05-2026-04-14	0a0ac98898aa686f	sign_in			\N	0	2026-04-14 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	986
589	credit	member-07	25	event:review-member-07-2026-04-14	review-member-07-2026-04-14	0a0ac98898aa686f	review			\N	0	2026-04-14 07:17:00+00	{issued,member}	{-25,25}	{review,review}	986
590	credit	member-18	22	event:order-member-18-2026-04-14	order-member-18-2026-04-14	0a0ac98898aa686f	purchase			\N	0	2026-04-14 07:17:00+00	{issued,member}	{-22,22}	{purchase,purchase}	986
591	credit	member-24	5	event:sign-in-member-24-2026-04-14	sign-in-member-24-2026-04-14	0a0ac98898aa686f	sign_in			\N	0	2026-04-14 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	986
592	credit	member-28	62	event:order-member-28-2026-04-14	order-member-28-2026-04-14	0a0ac98898aa686f	purchase			\N	0	2026-04-14 07:17:00+00	{issued,member}	{-62,62}	{purchase,purchase}	986
593	credit	member-02	25	event:order-member-02-2026-04-15	order-member-02-2026-04-15	0a0ac98898aa686f	purchase			\N	0	2026-04-15 07:17:00+00	{issued,member}	{-25,25}	{purchase,purchase}	987
594	credit	member-02	338	event:order-member-02-2026-04-15-b	order-member-02-2026-04-15-b	0a0ac98898aa686f	purchase			\N	0	2026-04-15 07:17:00+00	{issued,member}	{-338,338}	{purchase,purchase}	987
595	credit	member-04	77	event:order-member-04-2026-04-15	order-member-04-2026-04-15	0a0ac98898aa686f	purchase			\N	0	2026-04-15 07:17:00+00	{issued,member}	{-77,77}	{purchase,purchase}	987
596	credit	member-06	5	event:sign-in-member-06-2026-04-15	sign-in-member-06-2026-04-15	0a0ac98898aa686f	sign_in			\N	0	2026-04-15 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	987
597	credit	member-11	81	event:order-member-11-2026-04-15	order-member-11-2026-04-15	0a0ac98898aa686f	purchase			\N	0	2026-04-15 07:17:00+00	{issued,member}	{-81,81}	{purchase,purchase}	987
598	credit	member-18	51	event:order-member-18-2026-04-15	order-member-18-2026-04-15	0a0ac98898aa686f	purchase			\N	0	2026-04-15 07:17:00+00	{issued,member}	{-51,51}	{purchase,purchase}	987
599	credit	member-27	58	event:order-member-27-2026-04-15	order-member-27-2026-04-15	0a0ac98898aa686f	purchase			\N	0	2026-04-15 07:17:00+00	{issued,member}	{-58,58}	{purchase,purchase}	987
600	credit	member-28	49	event:order-member-28-2026-04-15	order-member-28-2026-04-15	0a0ac98898aa686f	purchase			\N	0	2026-04-15 07:17:00+00	{issued,member}	{-49,49}	{purchase,purchase}	987
601	credit	member-20	25	event:review-20-2026-04-16	review-20-2026-04-16	0a0ac98898aa686f	review			\N	0	2026-04-16 12:00:00+00	{issued,member}	{-25,25}	{review,review}	988
602	credit	member-07	51	event:order-member-07-2026-04-16	order-member-07-2026-04-16	0a0ac98898aa686f	purchase			\N	0	2026-04-16 07:17:00+00	{issued,member}	{-51,51}	{purchase,purchase}	989
603	credit	member-11	5	event:sign-in-member-11-2026-04-16	sign-in-member-11-2026-04-16	0a0ac98898aa686f	sign_in			\N	0	2026-04-16 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	989
604	credit	member-22	85	event:order-member-22-2026-04-16	order-member-22-2026-04-16	0a0ac98898aa686f	purchase			\N	0	2026-04-16 07:17:00+00	{issued,member}	{-85,85}	{purchase,purchase}	989
605	credit	member-25	65	event:order-member-25-2026-04-16	order-member-25-2026-04-16	0a0ac98898aa686f	purchase			\N	0	2026-04-16 07:17:00+00	{issued,member}	{-65,65}	{purchase,purchase}	989
606	credit	member-30	5	event:sign-in-member-30-2026-04-16	sign-in-member-30-2026-04-16	0a0ac98898aa686f	sign_in			\N	0	2026-04-16 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	989
607	credit	member-05	117	event:order-member-05-2026-04-17	order-member-05-2026-04-17	0a0ac98898aa686f	purchase			\N	0	2026-04-17 07:17:00+00	{issued,member}	{-117,117}	{purchase,purchase}	990
608	credit	member-06	55	event:order-member-06-2026-04-17	order-member-06-2026-04-17	0a0ac98898aa686f	purchase			\N	0	2026-04-17 07:17:00+00	{issued,member}	{-55,55}	{purchase,purchase}	990
609	credit	member-06	245	event:order-member-06-2026-04-17-b	order-member-06-2026-04-17-b	0a0ac98898aa686f	purchase			\N	0	2026-04-17 07:17:00+00	{issued,member}	{-245,245}	{purchase,purchase}	990
610	credit	member-25	64	event:order-member-25-2026-04-17	order-member-25-2026-04-17	0a0ac98898aa686f	purchase			\N	0	2026-04-17 07:17:00+00	{issued,member}	{-64,64}	{purchase,purchase}	990
611	debit	member-28	-22	spend-member-28-2026-04-17	\N	\N	partner voucher	partner-api		[[229, 0, 22]]	0	2026-04-17 07:17:00+00	{member,redeemed}	{-22,22}	{"",""}	990
612	credit	member-06	5	event:sign-in-member-06-2026-04-18	sign-in-member-06-2026-04-18	0a0ac98898aa686f	sign_in			\N	0	2026-04-18 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	991
613	credit	member-25	73	event:order-member-25-2026-04-18	order-member-25-2026-04-18	0a0ac98898aa686f	purchase			\N	0	2026-04-18 07:17:00+00	{issued,member}	{-73,73}	{purchase,purchase}	991
614	credit	member-28	5	event:sign-in-member-28-2026-04-18	sign-in-member-28-2026-04-18	0a0ac98898aa686f	sign_in			\N	0	2026-04-18 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	991
615	redeem	member-06	-300	redeem-member-06-2026-04-19	\N	\N	Any handcrafted drink, any size		rd-member-06-2026-04-19	[[247, 0, 1], [383, 0, 34], [384, 0, 166], [393, 0, 5], [469, 0, 69], [481, 0, 25]]	0	2026-04-19 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	992
616	credit	member-07	5	event:sign-in-member-07-2026-04-19	sign-in-member-07-2026-04-19	0a0ac98898aa686f	sign_in			\N	0	2026-04-19 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	992
617	credit	member-23	25	event:review-member-23-2026-04-19	review-member-23-2026-04-19	0a0ac98898aa686f	review			\N	0	2026-04-19 07:17:00+00	{issued,member}	{-25,25}	{review,review}	992
618	credit	member-24	72	event:order-member-24-2026-04-19	order-member-24-2026-04-19	0a0ac98898aa686f	purchase			\N	0	2026-04-19 07:17:00+00	{issued,member}	{-72,72}	{purchase,purchase}	992
32	credit	~erased-ia27sypts5c3uehhklwkjapytu	50	welcome-member-29	welcome-member-29	\N	welcome bonus	crm-campaign		\N	0	2026-01-05 00:06:00+00	{issued,member}	{-50,50}	{welcome-bonus,welcome-bonus}	781
43	credit	~erased-ia27sypts5c3uehhklwkjapytu	5	event:sign-in-member-29-2026-01-08	sign-in-member-29-2026-01-08	743fecdf99f545d6	sign_in			\N	0	2026-01-08 07:04:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	787
51	credit	~erased-ia27sypts5c3uehhklwkjapytu	26	event:order-member-29-2026-01-11	order-member-29-2026-01-11	743fecdf99f545d6	purchase			\N	0	2026-01-11 07:04:00+00	{issued,member}	{-26,26}	{purchase,purchase}	790
76	credit	~erased-ia27sypts5c3uehhklwkjapytu	48	event:order-member-29-2026-01-12	order-member-29-2026-01-12	743fecdf99f545d6	purchase			\N	0	2026-01-12 07:17:00+00	{issued,member}	{-48,48}	{purchase,purchase}	813
78	reverse	~erased-ia27sypts5c3uehhklwkjapytu	-48	refund-order-member-29-2026-01-12	order-member-29-2026-01-12	\N	order refunded	pos	order-member-29-2026-01-12	\N	0	2026-01-13 07:17:00+00	{member,issued}	{-48,48}	{purchase,purchase}	814
120	credit	~erased-ia27sypts5c3uehhklwkjapytu	52	event:order-member-29-2026-01-23	order-member-29-2026-01-23	743fecdf99f545d6	purchase			\N	0	2026-01-23 07:17:00+00	{issued,member}	{-52,52}	{purchase,purchase}	835
131	credit	~erased-ia27sypts5c3uehhklwkjapytu	41	event:order-member-29-2026-01-26	order-member-29-2026-01-26	743fecdf99f545d6	purchase			\N	0	2026-01-26 07:17:00+00	{issued,member}	{-41,41}	{purchase,purchase}	846
221	credit	~erased-ia27sypts5c3uehhklwkjapytu	35	event:order-member-29-2026-02-10	order-member-29-2026-02-10	743fecdf99f545d6	purchase			\N	0	2026-02-10 07:17:00+00	{issued,member}	{-35,35}	{purchase,purchase}	879
253	credit	~erased-ia27sypts5c3uehhklwkjapytu	86	event:order-member-29-2026-02-15	order-member-29-2026-02-15	743fecdf99f545d6	purchase			\N	0	2026-02-15 07:17:00+00	{issued,member}	{-86,86}	{purchase,purchase}	891
292	credit	~erased-ia27sypts5c3uehhklwkjapytu	5	event:sign-in-member-29-2026-02-19	sign-in-member-29-2026-02-19	743fecdf99f545d6	sign_in			\N	0	2026-02-19 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	907
307	credit	~erased-ia27sypts5c3uehhklwkjapytu	5	event:sign-in-member-29-2026-02-21	sign-in-member-29-2026-02-21	743fecdf99f545d6	sign_in			\N	0	2026-02-21 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	909
377	expire	~erased-ia27sypts5c3uehhklwkjapytu	-50	\N	\N	\N	points expired			\N	0	2026-03-06 16:15:00+00	{member,expired}	{-50,50}	{"",""}	938
390	credit	~erased-ia27sypts5c3uehhklwkjapytu	84	event:order-member-29-2026-03-09	order-member-29-2026-03-09	0a0ac98898aa686f	purchase			\N	0	2026-03-09 07:17:00+00	{issued,member}	{-84,84}	{purchase,purchase}	941
420	debit	~erased-ia27sypts5c3uehhklwkjapytu	-41	spend-member-29-2026-03-14	\N	\N	partner voucher	partner-api		[[43, 0, 5], [51, 0, 26], [120, 0, 10]]	0	2026-03-14 07:17:00+00	{member,redeemed}	{-41,41}	{"",""}	948
425	credit	~erased-ia27sypts5c3uehhklwkjapytu	5	event:sign-in-member-29-2026-03-15	sign-in-member-29-2026-03-15	0a0ac98898aa686f	sign_in			\N	0	2026-03-15 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	949
430	credit	~erased-ia27sypts5c3uehhklwkjapytu	87	event:order-member-29-2026-03-16	order-member-29-2026-03-16	0a0ac98898aa686f	purchase			\N	0	2026-03-16 07:17:00+00	{issued,member}	{-87,87}	{purchase,purchase}	950
442	reverse	~erased-ia27sypts5c3uehhklwkjapytu	-87	refund-order-member-29-2026-03-16	order-member-29-2026-03-16	\N	order refunded	pos	order-member-29-2026-03-16	\N	0	2026-03-18 07:17:00+00	{member,issued}	{-87,87}	{purchase,purchase}	952
477	debit	~erased-ia27sypts5c3uehhklwkjapytu	-31	spend-member-29-2026-03-24	\N	\N	partner voucher	partner-api		[[120, 0, 31]]	0	2026-03-24 07:17:00+00	{member,redeemed}	{-31,31}	{"",""}	960
533	credit	~erased-ia27sypts5c3uehhklwkjapytu	5	event:sign-in-member-29-2026-04-02	sign-in-member-29-2026-04-02	0a0ac98898aa686f	sign_in			\N	0	2026-04-02 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	972
558	credit	~erased-ia27sypts5c3uehhklwkjapytu	82	event:order-member-29-2026-04-07	order-member-29-2026-04-07	0a0ac98898aa686f	purchase			\N	0	2026-04-07 07:17:00+00	{issued,member}	{-82,82}	{purchase,purchase}	977
574	redeem	~erased-ia27sypts5c3uehhklwkjapytu	-300	redeem-member-29-2026-04-10	\N	\N	Any handcrafted drink, any size		rd-member-29-2026-04-10	[[120, 0, 11], [131, 0, 41], [221, 0, 35], [253, 0, 86], [292, 0, 5], [307, 0, 5], [390, 0, 84], [425, 0, 5], [533, 0, 5], [558, 0, 23]]	0	2026-04-10 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	981
577	credit	~erased-ia27sypts5c3uehhklwkjapytu	25	event:order-member-29-2026-04-11	order-member-29-2026-04-11	0a0ac98898aa686f	purchase			\N	0	2026-04-11 07:17:00+00	{issued,member}	{-25,25}	{purchase,purchase}	982
619	hold	~erased-ia27sypts5c3uehhklwkjapytu	-40	hold-29	\N	\N			checkout-29	[[558, 0, 40]]	0	2026-04-20 03:00:00+00	{member,held}	{-40,40}	{"",""}	993
620	forfeit	~erased-ia27sypts5c3uehhklwkjapytu	-44	\N	\N	\N	erasure request (PIPL art. 47)	privacy-desk		\N	0	2026-04-20 03:00:00+00	{member,forfeited,held,forfeited}	{-44,44,-40,40}	{"","","",""}	994
71	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	20	event:review-member-10-2026-01-12	review-member-10-2026-01-12	743fecdf99f545d6	review			\N	0	2026-01-12 07:17:00+00	{issued,member}	{-20,20}	{review,review}	813
88	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	5	event:sign-in-member-10-2026-01-16	sign-in-member-10-2026-01-16	743fecdf99f545d6	sign_in			\N	0	2026-01-16 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	817
92	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	20	event:review-member-10-2026-01-17	review-member-10-2026-01-17	743fecdf99f545d6	review			\N	0	2026-01-17 07:17:00+00	{issued,member}	{-20,20}	{review,review}	818
194	redeem	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	-300	redeem-member-10-2026-02-05	\N	\N	Any handcrafted drink, any size		rd-member-10-2026-02-05	[[54, 0, 50], [67, 0, 200], [70, 0, 50]]	0	2026-02-05 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	869
459	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	25	event:review-member-10-2026-03-21	review-member-10-2026-03-21	0a0ac98898aa686f	review			\N	0	2026-03-21 07:17:00+00	{issued,member}	{-25,25}	{review,review}	957
463	credit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	44	event:order-member-10-2026-03-22	order-member-10-2026-03-22	0a0ac98898aa686f	purchase			\N	0	2026-03-22 07:17:00+00	{issued,member}	{-44,44}	{purchase,purchase}	958
622	forfeit	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	-487	\N	\N	\N	erasure request (PIPL art. 47)	privacy-desk		\N	0	2026-04-20 03:00:00+00	{member,forfeited}	{-487,487}	{"",""}	995
624	credit	member-04	108	event:order-member-04-2026-04-20	order-member-04-2026-04-20	0a0ac98898aa686f	purchase			\N	0	2026-04-20 07:17:00+00	{issued,member}	{-108,108}	{purchase,purchase}	996
625	credit	member-04	171	event:order-member-04-2026-04-20-b	order-member-04-2026-04-20-b	0a0ac98898aa686f	purchase			\N	0	2026-04-20 07:17:00+00	{issued,member}	{-171,171}	{purchase,purchase}	996
626	credit	member-19	5	event:sign-in-member-19-2026-04-20	sign-in-member-19-2026-04-20	0a0ac98898aa686f	sign_in			\N	0	2026-04-20 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	996
627	credit	member-27	79	event:order-member-27-2026-04-20	order-member-27-2026-04-20	0a0ac98898aa686f	purchase			\N	0	2026-04-20 07:17:00+00	{issued,member}	{-79,79}	{purchase,purchase}	996
628	credit	member-28	5	event:sign-in-member-28-2026-04-20	sign-in-member-28-2026-04-20	0a0ac98898aa686f	sign_in			\N	0	2026-04-20 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	996
629	credit	member-30	25	event:review-member-30-2026-04-20	review-member-30-2026-04-20	0a0ac98898aa686f	review			\N	0	2026-04-20 07:17:00+00	{issued,member}	{-25,25}	{review,review}	996
630	credit	member-01	69	event:order-member-01-2026-04-21	order-member-01-2026-04-21	0a0ac98898aa686f	purchase			\N	0	2026-04-21 07:17:00+00	{issued,member}	{-69,69}	{purchase,purchase}	997
631	credit	member-01	231	event:order-member-01-2026-04-21-b	order-member-01-2026-04-21-b	0a0ac98898aa686f	purchase			\N	0	2026-04-21 07:17:00+00	{issued,member}	{-231,231}	{purchase,purchase}	997
632	credit	member-13	90	event:order-member-13-2026-04-21	order-member-13-2026-04-21	0a0ac98898aa686f	purchase			\N	0	2026-04-21 07:17:00+00	{issued,member}	{-90,90}	{purchase,purchase}	997
633	credit	member-25	76	event:order-member-25-2026-04-21	order-member-25-2026-04-21	0a0ac98898aa686f	purchase			\N	0	2026-04-21 07:17:00+00	{issued,member}	{-76,76}	{purchase,purchase}	997
634	credit	member-01	83	event:order-member-01-2026-04-22	order-member-01-2026-04-22	0a0ac98898aa686f	purchase			\N	0	2026-04-22 07:17:00+00	{issued,member}	{-83,83}	{purchase,purchase}	998
635	credit	member-04	76	event:order-member-04-2026-04-22	order-member-04-2026-04-22	0a0ac98898aa686f	purchase			\N	0	2026-04-22 07:17:00+00	{issued,member}	{-76,76}	{purchase,purchase}	998
636	credit	member-04	491	event:order-member-04-2026-04-22-b	order-member-04-2026-04-22-b	0a0ac98898aa686f	purchase			\N	0	2026-04-22 07:17:00+00	{issued,member}	{-491,491}	{purchase,purchase}	998
637	credit	member-05	5	event:sign-in-member-05-2026-04-22	sign-in-member-05-2026-04-22	0a0ac98898aa686f	sign_in			\N	0	2026-04-22 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	998
638	credit	member-13	5	event:sign-in-member-13-2026-04-22	sign-in-member-13-2026-04-22	0a0ac98898aa686f	sign_in			\N	0	2026-04-22 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	998
639	credit	member-14	92	event:order-member-14-2026-04-22	order-member-14-2026-04-22	0a0ac98898aa686f	purchase			\N	0	2026-04-22 07:17:00+00	{issued,member}	{-92,92}	{purchase,purchase}	998
640	credit	member-30	48	event:order-member-30-2026-04-22	order-member-30-2026-04-22	0a0ac98898aa686f	purchase			\N	0	2026-04-22 07:17:00+00	{issued,member}	{-48,48}	{purchase,purchase}	998
641	credit	member-20	25	event:review-20-2026-04-23	review-20-2026-04-23	0a0ac98898aa686f	review			\N	0	2026-04-23 12:00:00+00	{issued,member}	{-25,25}	{review,review}	999
642	redeem	member-11	-300	redeem-member-11-2026-04-23	\N	\N	Any handcrafted drink, any size		rd-member-11-2026-04-23	[[66, 0, 100], [72, 0, 5], [81, 0, 5], [93, 0, 78], [105, 0, 112]]	0	2026-04-23 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	1000
643	credit	member-12	25	event:review-member-12-2026-04-23	review-member-12-2026-04-23	0a0ac98898aa686f	review			\N	0	2026-04-23 07:17:00+00	{issued,member}	{-25,25}	{review,review}	1000
644	credit	member-17	5	event:sign-in-member-17-2026-04-23	sign-in-member-17-2026-04-23	0a0ac98898aa686f	sign_in			\N	0	2026-04-23 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	1000
645	credit	member-27	25	event:review-member-27-2026-04-23	review-member-27-2026-04-23	0a0ac98898aa686f	review			\N	0	2026-04-23 07:17:00+00	{issued,member}	{-25,25}	{review,review}	1000
646	redeem	member-30	-300	redeem-member-30-2026-04-23	\N	\N	Any handcrafted drink, any size		rd-member-30-2026-04-23	[[91, 0, 20], [142, 0, 5], [169, 0, 20], [185, 0, 5], [323, 0, 5], [402, 0, 5], [431, 0, 54], [436, 0, 50], [443, 0, 25], [453, 0, 25], [474, 0, 5], [534, 0, 57], [544, 0, 24]]	0	2026-04-23 07:17:00+00	{member,redeemed}	{-300,300}	{"",""}	1000
647	debit	member-16	-53	spend-member-16-2026-04-24	\N	\N	partner voucher	partner-api		[[224, 0, 5], [295, 0, 5], [360, 0, 5], [363, 0, 38]]	0	2026-04-24 07:17:00+00	{member,redeemed}	{-53,53}	{"",""}	1001
648	credit	member-26	20	event:order-member-26-2026-04-24	order-member-26-2026-04-24	0a0ac98898aa686f	purchase			\N	0	2026-04-24 07:17:00+00	{issued,member}	{-20,20}	{purchase,purchase}	1001
649	credit	member-01	52	event:order-member-01-2026-04-25	order-member-01-2026-04-25	0a0ac98898aa686f	purchase			\N	0	2026-04-25 07:17:00+00	{issued,member}	{-52,52}	{purchase,purchase}	1002
650	debit	member-05	-22	spend-member-05-2026-04-25	\N	\N	partner voucher	partner-api		[[170, 0, 22]]	0	2026-04-25 07:17:00+00	{member,redeemed}	{-22,22}	{"",""}	1002
651	debit	member-07	-54	spend-member-07-2026-04-25	\N	\N	partner voucher	partner-api		[[114, 0, 8], [156, 0, 18], [223, 0, 28]]	0	2026-04-25 07:17:00+00	{member,redeemed}	{-54,54}	{"",""}	1002
652	credit	member-11	5	event:sign-in-member-11-2026-04-25	sign-in-member-11-2026-04-25	0a0ac98898aa686f	sign_in			\N	0	2026-04-25 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	1002
653	debit	member-19	-30	spend-member-19-2026-04-25	\N	\N	partner voucher	partner-api		[[273, 0, 13], [273, 1, 5], [303, 0, 5], [343, 0, 7]]	0	2026-04-25 07:17:00+00	{member,redeemed}	{-30,30}	{"",""}	1002
654	credit	member-20	25	event:review-member-20-2026-04-25	review-member-20-2026-04-25	0a0ac98898aa686f	review			\N	0	2026-04-25 07:17:00+00	{issued,member}	{-25,25}	{review,review}	1002
655	credit	member-07	36	event:order-member-07-2026-04-26	order-member-07-2026-04-26	0a0ac98898aa686f	purchase			\N	0	2026-04-26 07:17:00+00	{issued,member}	{-36,36}	{purchase,purchase}	1003
656	credit	member-12	5	event:sign-in-member-12-2026-04-26	sign-in-member-12-2026-04-26	0a0ac98898aa686f	sign_in			\N	0	2026-04-26 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	1003
657	credit	member-19	5	event:sign-in-member-19-2026-04-26	sign-in-member-19-2026-04-26	0a0ac98898aa686f	sign_in			\N	0	2026-04-26 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	1003
658	credit	member-04	25	event:review-member-04-2026-04-27	review-member-04-2026-04-27	0a0ac98898aa686f	review			\N	0	2026-04-27 07:17:00+00	{issued,member}	{-25,25}	{review,review}	1004
659	credit	member-18	76	event:order-member-18-2026-04-27	order-member-18-2026-04-27	0a0ac98898aa686f	purchase			\N	0	2026-04-27 07:17:00+00	{issued,member}	{-76,76}	{purchase,purchase}	1004
660	credit	member-24	69	event:order-member-24-2026-04-27	order-member-24-2026-04-27	0a0ac98898aa686f	purchase			\N	0	2026-04-27 07:17:00+00	{issued,member}	{-69,69}	{purchase,purchase}	1004
661	credit	member-26	33	event:order-member-26-2026-04-27	order-member-26-2026-04-27	0a0ac98898aa686f	purchase			\N	0	2026-04-27 07:17:00+00	{issued,member}	{-33,33}	{purchase,purchase}	1004
662	credit	member-05	5	event:sign-in-member-05-2026-04-28	sign-in-member-05-2026-04-28	0a0ac98898aa686f	sign_in			\N	0	2026-04-28 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	1005
663	credit	member-15	5	event:sign-in-member-15-2026-04-28	sign-in-member-15-2026-04-28	0a0ac98898aa686f	sign_in			\N	0	2026-04-28 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	1005
664	credit	member-18	65	event:order-member-18-2026-04-28	order-member-18-2026-04-28	0a0ac98898aa686f	purchase			\N	0	2026-04-28 07:17:00+00	{issued,member}	{-65,65}	{purchase,purchase}	1005
665	credit	member-20	44	event:order-member-20-2026-04-28	order-member-20-2026-04-28	0a0ac98898aa686f	purchase			\N	0	2026-04-28 07:17:00+00	{issued,member}	{-44,44}	{purchase,purchase}	1005
666	credit	member-27	87	event:order-member-27-2026-04-28	order-member-27-2026-04-28	0a0ac98898aa686f	purchase			\N	0	2026-04-28 07:17:00+00	{issued,member}	{-87,87}	{purchase,purchase}	1005
667	credit	member-28	44	event:order-member-28-2026-04-29	order-member-28-2026-04-29	0a0ac98898aa686f	purchase			\N	0	2026-04-29 07:17:00+00	{issued,member}	{-44,44}	{purchase,purchase}	1006
668	credit	member-20	25	event:review-20-2026-04-30	review-20-2026-04-30	0a0ac98898aa686f	review			\N	0	2026-04-30 12:00:00+00	{issued,member}	{-25,25}	{review,review}	1007
669	credit	member-05	5	event:sign-in-member-05-2026-04-30	sign-in-member-05-2026-04-30	0a0ac98898aa686f	sign_in			\N	0	2026-04-30 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	1008
670	credit	member-12	5	event:sign-in-member-12-2026-04-30	sign-in-member-12-2026-04-30	0a0ac98898aa686f	sign_in			\N	0	2026-04-30 07:17:00+00	{issued,member}	{-5,5}	{sign-in,sign-in}	1008
671	credit	member-17	89	event:order-member-17-2026-04-30	order-member-17-2026-04-30	0a0ac98898aa686f	purchase			\N	0	2026-04-30 07:17:00+00	{issued,member}	{-89,89}	{purchase,purchase}	1008
\.


--
-- Data for Name: profile_history; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.profile_history (id, member_id, changed_at, actor, profile) FROM stdin;
1	member-01	2025-01-06 01:00:00+00	crm-sync	{"birthday": "1990-05-10", "segments": ["founders", "members"], "attributes": {"city": "Shanghai", "plan": "founder"}}
2	member-02	2025-01-06 01:01:00+00	crm-sync	{"birthday": "1990-06-11", "segments": ["founders", "members"], "attributes": {"city": "Shanghai", "plan": "founder"}}
3	member-03	2025-01-06 01:02:00+00	crm-sync	{"birthday": "1990-07-12", "segments": ["founders", "members"], "attributes": {"city": "Shanghai", "plan": "founder"}}
4	member-04	2025-01-06 01:03:00+00	crm-sync	{"birthday": "1990-08-13", "segments": ["founders", "members"], "attributes": {"city": "Shanghai", "plan": "founder"}}
5	member-05	2026-01-05 00:01:00+00	crm-sync	{"birthday": "05-05", "segments": ["members"]}
6	member-09	2026-01-05 00:02:00+00	crm-sync	{"birthday": "09-09", "segments": ["members"]}
7	member-17	2026-01-05 00:03:00+00	crm-sync	{"birthday": "05-17", "segments": ["members"]}
8	member-21	2026-01-05 00:04:00+00	crm-sync	{"birthday": "09-21", "segments": ["members"]}
10	member-06	2026-01-12 00:01:00+00	crm-sync	{"birthday": "06-06", "segments": ["members"]}
11	member-14	2026-01-12 00:03:00+00	crm-sync	{"birthday": "02-14", "segments": ["members"]}
12	member-18	2026-01-12 00:04:00+00	crm-sync	{"birthday": "06-18", "segments": ["members"]}
13	member-26	2026-01-12 00:06:00+00	crm-sync	{"birthday": "02-26", "segments": ["members"]}
14	member-30	2026-01-12 00:07:00+00	crm-sync	{"birthday": "06-02", "segments": ["members"]}
15	member-11	2026-01-12 03:06:00+00	crm-sync	{"attributes": {"source": "referral"}, "referredBy": "member-10"}
16	member-12	2026-01-12 03:06:00+00	crm-sync	{"attributes": {"source": "referral"}, "referredBy": "member-10"}
17	member-15	2026-01-19 00:02:00+00	crm-sync	{"birthday": "03-15", "segments": ["members"]}
18	member-23	2026-01-19 00:04:00+00	crm-sync	{"birthday": "11-23", "segments": ["members"]}
19	member-27	2026-01-19 00:05:00+00	crm-sync	{"birthday": "03-27", "segments": ["members"]}
20	member-14	2026-01-19 03:00:00+00	crm-import	{"birthday": "03-14", "segments": ["family", "members"], "attributes": {"city": "Suzhou", "optIn": "true"}}
21	member-15	2026-01-19 03:00:00+00	crm-import	{"birthday": "04-15", "segments": ["members", "students"], "attributes": {"city": "Shanghai", "optIn": "true"}}
22	member-16	2026-01-19 03:00:00+00	crm-import	{"birthday": "05-16", "segments": ["members", "office"], "attributes": {"city": "Hangzhou", "optIn": "true"}}
23	member-17	2026-01-19 03:00:00+00	crm-import	{"birthday": "06-17", "segments": ["family", "members"], "attributes": {"city": "Suzhou", "optIn": "true"}}
24	member-18	2026-01-19 03:00:00+00	crm-import	{"birthday": "07-18", "segments": ["members", "students"], "attributes": {"city": "Shanghai", "optIn": "true"}}
25	member-19	2026-01-19 03:00:00+00	crm-import	{"birthday": "08-19", "segments": ["members", "office"], "attributes": {"city": "Hangzhou", "optIn": "true"}}
26	member-20	2026-01-19 03:00:00+00	crm-import	{"birthday": "09-20", "segments": ["family", "members"], "attributes": {"city": "Suzhou", "optIn": "true"}}
27	member-21	2026-01-19 03:00:00+00	crm-import	{"birthday": "10-21", "segments": ["members", "students"], "attributes": {"city": "Shanghai", "optIn": "true"}}
28	member-08	2026-01-26 00:01:00+00	crm-sync	{"birthday": "08-08", "segments": ["members"]}
29	member-20	2026-01-26 00:03:00+00	crm-sync	{"birthday": "08-20", "segments": ["members"]}
30	member-24	2026-01-26 00:04:00+00	crm-sync	{"birthday": "12-24", "segments": ["members"]}
\.


--
-- Data for Name: redemptions; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.redemptions (id, member_id, sku, quantity, points, posting_id, status, created_at, cash) FROM stdin;
rd-member-01-2026-01-19	member-01	free-drink	1	300	106	active	2026-01-19 07:17:00+00	\N
rd-member-06-2026-02-01	member-06	free-drink	1	300	163	active	2026-02-01 07:17:00+00	\N
rd-member-01-2026-02-05	member-01	free-drink	1	300	191	active	2026-02-05 07:17:00+00	\N
rd-09-drink	member-09	free-drink	1	300	262	active	2026-02-16 03:00:00+00	\N
rd-17-gift	member-17	gift-box	1	500	316	active	2026-02-23 03:00:00+00	19.90
rd-member-05-2026-03-01	member-05	free-drink	1	300	351	active	2026-03-01 07:17:00+00	\N
rd-01-mug	member-01	mug	1	800	357	active	2026-03-02 03:00:00+00	\N
rd-02-mug	member-02	mug	1	800	358	cancelled	2026-03-02 03:00:00+00	\N
rd-member-01-2026-03-04	member-01	free-drink	1	300	365	active	2026-03-04 07:17:00+00	\N
rd-member-01-2026-03-18	member-01	free-drink	1	300	437	active	2026-03-18 07:17:00+00	\N
rd-member-19-2026-03-20	member-19	free-drink	1	300	450	active	2026-03-20 07:17:00+00	\N
rd-member-20-2026-03-20	member-20	free-drink	1	300	451	active	2026-03-20 07:17:00+00	\N
rd-member-06-2026-03-22	member-06	free-drink	1	300	461	active	2026-03-22 07:17:00+00	\N
rd-member-02-2026-03-23	member-02	free-drink	1	300	468	active	2026-03-23 07:17:00+00	\N
rd-member-24-2026-04-07	member-24	free-drink	1	300	557	active	2026-04-07 07:17:00+00	\N
rd-member-06-2026-04-07	member-06	free-drink	1	300	553	active	2026-04-07 07:17:00+00	\N
rd-member-21-2026-04-11	member-21	free-drink	1	300	576	active	2026-04-11 07:17:00+00	\N
rd-member-06-2026-04-19	member-06	free-drink	1	300	615	active	2026-04-19 07:17:00+00	\N
rd-member-29-2026-04-10	~erased-ia27sypts5c3uehhklwkjapytu	free-drink	1	300	574	active	2026-04-10 07:17:00+00	\N
rd-member-10-2026-02-05	~erased-l4hvfpu5jtptdxca4j5xgrh6fq	free-drink	1	300	194	active	2026-02-05 07:17:00+00	\N
rd-member-11-2026-04-23	member-11	free-drink	1	300	642	active	2026-04-23 07:17:00+00	\N
rd-member-30-2026-04-23	member-30	free-drink	1	300	646	active	2026-04-23 07:17:00+00	\N
\.


--
-- Data for Name: rulesets; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.rulesets (version, body, published_at, active) FROM stdin;
743fecdf99f545d6	{"rules": [{"mode": "Active", "name": "birthday-month", "points": {"perUnit": {"unit": "1", "field": "amount", "points": "1"}, "rounding": "Down"}, "priority": 0, "condition": "'members' in member.segments && member.isBirthdayMonth(event.occurredAt)", "eventType": "purchase", "applyTierMultiplier": true}, {"mode": "Active", "name": "critic", "badge": {"per": "Member", "name": "Critic", "description": "Ten product reviews"}, "points": {"rounding": ""}, "priority": 0, "condition": "member.counts['review'] >= 10", "eventType": "review", "applyTierMultiplier": true}, {"mode": "Active", "name": "purchase", "points": {"perUnit": {"unit": "1", "field": "amount", "points": "1"}, "rounding": "Down"}, "priority": 0, "condition": "event.amount > 0.0", "eventType": "purchase", "applyTierMultiplier": true}, {"caps": [{"period": "Month", "maxCount": 5}], "mode": "Active", "name": "referral-thanks", "points": {"fixed": 200, "rounding": "Down"}, "priority": 0, "condition": "event.attributes.role == 'referrer'", "eventType": "referral", "applyTierMultiplier": false}, {"mode": "Active", "name": "referral-welcome", "points": {"fixed": 100, "rounding": "Down"}, "priority": 0, "condition": "event.attributes.role == 'new'", "eventType": "referral", "applyTierMultiplier": false}, {"mode": "Active", "name": "review", "points": {"fixed": 20, "rounding": "Down"}, "priority": 0, "eventType": "review", "applyTierMultiplier": false}, {"mode": "Active", "name": "seven-day-streak", "badge": {"per": "Member", "name": "7-day streak", "description": "Signed in seven days in a row"}, "points": {"fixed": 50, "rounding": "Down"}, "priority": 0, "condition": "member.streak['sign_in'] >= 7", "eventType": "sign_in", "applyTierMultiplier": false}, {"caps": [{"period": "Day", "maxPoints": 15}], "mode": "Active", "name": "sign-in", "points": {"fixed": 5, "rounding": "Down"}, "priority": 0, "eventType": "sign_in", "applyTierMultiplier": false}], "tiers": {"levels": [{"name": "Silver", "threshold": 1000, "earnMultiplier": "1.25"}, {"name": "Gold", "threshold": 5000, "earnMultiplier": "1.5"}], "metric": "PointsEarned", "window": "Rolling", "downgrade": "OneLevel", "onReversal": "Reevaluate", "graceMonths": 1, "growthValue": "Reset", "windowMonths": 12, "reviewSchedule": "0 4 1 * *", "validityMonths": 12, "spendEventTypes": ["purchase"]}, "catalog": [{"sku": "free-drink", "name": "Any handcrafted drink, any size", "catalog": "rewards-catalog", "pointsCost": 300}, {"sku": "mug", "name": "Brew & Bean ceramic mug", "stock": 100, "catalog": "rewards-catalog", "pointsCost": 800, "perMemberLimit": 1}], "program": {"name": "rewards", "expiry": {"day": 31, "month": 12, "policy": "YearlyClearing", "afterYears": 1}, "currency": "CNY", "timeZone": "Asia/Shanghai", "namespace": "test", "noticeDays": 30, "pointValue": "0.10", "allowNegative": false, "holdTTLSeconds": 900, "lateEventsMaxAgeSeconds": 2592000, "eventDetailsRetentionSeconds": 31622400}, "version": "743fecdf99f545d6"}	2026-12-07 02:49:06.643688+00	f
0a0ac98898aa686f	{"rules": [{"mode": "Active", "name": "birthday-month", "points": {"perUnit": {"unit": "1", "field": "amount", "points": "1"}, "rounding": "Down"}, "priority": 0, "condition": "'members' in member.segments && member.isBirthdayMonth(event.occurredAt)", "eventType": "purchase", "applyTierMultiplier": true}, {"mode": "Active", "name": "critic", "badge": {"per": "Member", "name": "Critic", "description": "Ten product reviews"}, "points": {"rounding": ""}, "priority": 0, "condition": "member.counts['review'] >= 10", "eventType": "review", "applyTierMultiplier": true}, {"mode": "Active", "name": "purchase", "points": {"perUnit": {"unit": "1", "field": "amount", "points": "1"}, "rounding": "Down"}, "priority": 0, "condition": "event.amount > 0.0", "eventType": "purchase", "applyTierMultiplier": true}, {"caps": [{"period": "Month", "maxCount": 5}], "mode": "Active", "name": "referral-thanks", "points": {"fixed": 200, "rounding": "Down"}, "priority": 0, "condition": "event.attributes.role == 'referrer'", "eventType": "referral", "applyTierMultiplier": false}, {"mode": "Active", "name": "referral-welcome", "points": {"fixed": 100, "rounding": "Down"}, "priority": 0, "condition": "event.attributes.role == 'new'", "eventType": "referral", "applyTierMultiplier": false}, {"mode": "Active", "name": "review", "points": {"fixed": 25, "rounding": "Down"}, "priority": 0, "eventType": "review", "applyTierMultiplier": false}, {"mode": "Active", "name": "seven-day-streak", "badge": {"per": "Member", "name": "7-day streak", "description": "Signed in seven days in a row"}, "points": {"fixed": 50, "rounding": "Down"}, "priority": 0, "condition": "member.streak['sign_in'] >= 7", "eventType": "sign_in", "applyTierMultiplier": false}, {"caps": [{"period": "Day", "maxPoints": 15}], "mode": "Active", "name": "sign-in", "points": {"fixed": 5, "rounding": "Down"}, "priority": 0, "eventType": "sign_in", "applyTierMultiplier": false}], "tiers": {"levels": [{"name": "Silver", "threshold": 1000, "earnMultiplier": "1.25"}, {"name": "Gold", "threshold": 5000, "earnMultiplier": "1.5"}], "metric": "PointsEarned", "window": "Rolling", "downgrade": "OneLevel", "onReversal": "Reevaluate", "graceMonths": 1, "growthValue": "Reset", "windowMonths": 12, "reviewSchedule": "0 4 1 * *", "validityMonths": 12, "spendEventTypes": ["purchase"]}, "catalog": [{"sku": "free-drink", "name": "Any handcrafted drink, any size", "catalog": "rewards-catalog", "pointsCost": 300}, {"sku": "mug", "name": "Brew & Bean ceramic mug", "stock": 100, "catalog": "rewards-catalog", "pointsCost": 800, "perMemberLimit": 1}], "program": {"name": "rewards", "expiry": {"day": 31, "month": 12, "policy": "YearlyClearing", "afterYears": 1}, "currency": "CNY", "timeZone": "Asia/Shanghai", "namespace": "test", "noticeDays": 30, "pointValue": "0.10", "allowNegative": false, "holdTTLSeconds": 900, "lateEventsMaxAgeSeconds": 2592000, "eventDetailsRetentionSeconds": 31622400}, "version": "0a0ac98898aa686f"}	2026-12-07 02:49:08.932103+00	t
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.schema_migrations (version, name, applied_at) FROM stdin;
1	ledger	2026-12-07 02:49:06.41538+00
2	rules_and_tiers	2026-12-07 02:49:06.496292+00
3	lean_writes	2026-12-07 02:49:06.5042+00
4	notices_and_reviews	2026-12-07 02:49:06.509744+00
5	postings_by_time	2026-12-07 02:49:06.516298+00
6	hash_lookups	2026-12-07 02:49:06.519022+00
7	byte_order_keys	2026-12-07 02:49:06.522292+00
8	raw_results	2026-12-07 02:49:06.536095+00
9	event_lots_by_key	2026-12-07 02:49:06.537939+00
10	entries_in_postings	2026-12-07 02:49:06.547506+00
11	cash_and_refunds	2026-12-07 02:49:06.554693+00
12	points_past_expiry	2026-12-07 02:49:06.557307+00
13	event_refunds	2026-12-07 02:49:06.563249+00
14	member_profiles	2026-12-07 02:49:06.56702+00
15	hold_refunds_by_amount	2026-12-07 02:49:06.574487+00
16	member_erasure	2026-12-07 02:49:06.576542+00
17	export	2026-12-07 02:49:06.580182+00
18	analytics_views	2026-12-07 02:49:06.590336+00
19	event_details	2026-12-07 02:49:06.595541+00
\.


--
-- Data for Name: stock; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.stock (sku, allotment, redeemed) FROM stdin;
gift-box	5	1
free-drink	\N	6
mug	100	1
\.


--
-- Data for Name: tier_reviews; Type: TABLE DATA; Schema: program; Owner: -
--

COPY program.tier_reviews (member_id, day, from_tier, to_tier, renewed, metric, reviewed_at) FROM stdin;
member-01	2026-03-01	Gold	Silver	f	1185	2026-02-28 20:00:00+00
member-02	2026-03-01	Silver	Silver	t	3003	2026-02-28 20:00:00+00
member-03	2026-03-01	Silver		f	88	2026-02-28 20:00:00+00
\.


--
-- Name: export_dead_letters_id_seq; Type: SEQUENCE SET; Schema: program; Owner: -
--

SELECT pg_catalog.setval('program.export_dead_letters_id_seq', 1, false);


--
-- Name: notices_id_seq; Type: SEQUENCE SET; Schema: program; Owner: -
--

SELECT pg_catalog.setval('program.notices_id_seq', 38, true);


--
-- Name: postings_id_seq; Type: SEQUENCE SET; Schema: program; Owner: -
--

SELECT pg_catalog.setval('program.postings_id_seq', 671, true);


--
-- Name: profile_history_id_seq; Type: SEQUENCE SET; Schema: program; Owner: -
--

SELECT pg_catalog.setval('program.profile_history_id_seq', 30, true);


--
-- Name: event_details event_details_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.event_details
    ADD CONSTRAINT event_details_pkey PRIMARY KEY (posting_id);


--
-- Name: event_refunds event_refunds_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.event_refunds
    ADD CONSTRAINT event_refunds_pkey PRIMARY KEY (event_id);


--
-- Name: export_cursors export_cursors_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.export_cursors
    ADD CONSTRAINT export_cursors_pkey PRIMARY KEY (sink);


--
-- Name: export_dead_letters export_dead_letters_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.export_dead_letters
    ADD CONSTRAINT export_dead_letters_pkey PRIMARY KEY (id);


--
-- Name: holds holds_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.holds
    ADD CONSTRAINT holds_pkey PRIMARY KEY (id);


--
-- Name: idempotency idempotency_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.idempotency
    ADD CONSTRAINT idempotency_pkey PRIMARY KEY (key);


--
-- Name: lots lots_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.lots
    ADD CONSTRAINT lots_pkey PRIMARY KEY (posting_id, seq);


--
-- Name: member_badges member_badges_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.member_badges
    ADD CONSTRAINT member_badges_pkey PRIMARY KEY (member_id, badge_key);


--
-- Name: member_daily member_daily_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.member_daily
    ADD CONSTRAINT member_daily_pkey PRIMARY KEY (member_id, day, rule);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);


--
-- Name: notice_cursor notice_cursor_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.notice_cursor
    ADD CONSTRAINT notice_cursor_pkey PRIMARY KEY (one);


--
-- Name: notices notices_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.notices
    ADD CONSTRAINT notices_pkey PRIMARY KEY (id);


--
-- Name: postings postings_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.postings
    ADD CONSTRAINT postings_pkey PRIMARY KEY (id);


--
-- Name: profile_history profile_history_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.profile_history
    ADD CONSTRAINT profile_history_pkey PRIMARY KEY (id);


--
-- Name: redemptions redemptions_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.redemptions
    ADD CONSTRAINT redemptions_pkey PRIMARY KEY (id);


--
-- Name: rulesets rulesets_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.rulesets
    ADD CONSTRAINT rulesets_pkey PRIMARY KEY (version);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: stock stock_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.stock
    ADD CONSTRAINT stock_pkey PRIMARY KEY (sku);


--
-- Name: tier_reviews tier_reviews_pkey; Type: CONSTRAINT; Schema: program; Owner: -
--

ALTER TABLE ONLY program.tier_reviews
    ADD CONSTRAINT tier_reviews_pkey PRIMARY KEY (member_id, day);


--
-- Name: event_details_created; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX event_details_created ON program.event_details USING brin (created_at);


--
-- Name: export_dead_letters_member; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX export_dead_letters_member ON program.export_dead_letters USING btree (member_id);


--
-- Name: export_dead_letters_replay; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX export_dead_letters_replay ON program.export_dead_letters USING btree (sink, id) WHERE replay;


--
-- Name: export_dead_letters_sink; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX export_dead_letters_sink ON program.export_dead_letters USING btree (sink, id);


--
-- Name: holds_active; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX holds_active ON program.holds USING btree (expires_at) WHERE (status = 'active'::text);


--
-- Name: lots_event_unkeyed; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX lots_event_unkeyed ON program.lots USING hash (event_id) WHERE ((event_id IS NOT NULL) AND (NOT event_keyed));


--
-- Name: lots_expiring; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX lots_expiring ON program.lots USING btree (expires_at) WHERE ((remaining > 0) AND (expires_at IS NOT NULL));


--
-- Name: lots_member_open; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX lots_member_open ON program.lots USING hash (member_id) WHERE (remaining <> 0);


--
-- Name: member_badges_posting; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX member_badges_posting ON program.member_badges USING btree (posting_id);


--
-- Name: members_referred_by; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX members_referred_by ON program.members USING btree (referred_by) WHERE (referred_by IS NOT NULL);


--
-- Name: notices_member; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX notices_member ON program.notices USING btree (member_id);


--
-- Name: notices_seq; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX notices_seq ON program.notices USING btree (seq);


--
-- Name: notices_txid; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX notices_txid ON program.notices USING brin (txid);


--
-- Name: postings_created; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX postings_created ON program.postings USING brin (created_at);


--
-- Name: postings_member; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX postings_member ON program.postings USING btree (member_id, id DESC);


--
-- Name: postings_txid; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX postings_txid ON program.postings USING brin (txid);


--
-- Name: profile_history_member; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX profile_history_member ON program.profile_history USING btree (member_id, id);


--
-- Name: redemptions_member_sku; Type: INDEX; Schema: program; Owner: -
--

CREATE INDEX redemptions_member_sku ON program.redemptions USING btree (member_id, sku) WHERE (status = 'active'::text);


--
-- Name: rulesets_one_active; Type: INDEX; Schema: program; Owner: -
--

CREATE UNIQUE INDEX rulesets_one_active ON program.rulesets USING btree (active) WHERE active;


--
-- Name: entries append_entry; Type: TRIGGER; Schema: program; Owner: -
--

CREATE TRIGGER append_entry INSTEAD OF INSERT ON program.entries FOR EACH ROW EXECUTE FUNCTION program.append_entry();


--
-- PostgreSQL database dump complete
--

\unrestrict SBKwNal9R443rx01JuLDHX70MsF3BGeN8MRe6172OibKfixGQ06EdgE1cOhox3a

