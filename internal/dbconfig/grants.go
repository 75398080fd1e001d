package dbconfig

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// LedgerPrivileges are the privileges of a program's login role on each table (or view) of
// its schema: what `tally ledger serve`, `tally expire`, `tally tiers review` and `tally
// ledger verify` need, and no more. The journal (postings, whose entries are columns of the
// posting; entries is a view over them), the idempotency keys, the notices outbox, the tier
// reviews, the profiles' history and the badges awarded are append-only: the role may add
// rows and read them, never change or delete one. Balances, lot remainders, holds,
// redemptions, stock counts, daily counters and the money refunded on events are updated in
// place, in the transaction of the postings that explain them; members' profiles too. Rule sets, stock
// allotments and migrations are the operator's: the role reads them. No table grants DELETE
// or TRUNCATE (but the export's dead-letter queue), and the role owns nothing, so it can neither alter nor drop a table.
//
// A migration that adds a table must add it here: TestEveryTableHasItsPrivileges fails until
// it does, and a table missing here is one the ledger cannot touch. The partitions of the
// journal's tables (postings_2026_01, ...) and the archived months (archived_postings_...)
// carry no grant: the ledger reaches the partitions through their partitioned table, and
// never the archived ones.
var LedgerPrivileges = map[string]string{
	"postings":        "SELECT, INSERT",
	"entries":         "SELECT",
	"idempotency":     "SELECT, INSERT",
	"notices":         "SELECT, INSERT",
	"tier_reviews":    "SELECT, INSERT",
	"members":         "SELECT, INSERT, UPDATE",
	"lots":            "SELECT, INSERT, UPDATE",
	"holds":           "SELECT, INSERT, UPDATE",
	"redemptions":     "SELECT, INSERT, UPDATE",
	"member_daily":    "SELECT, INSERT, UPDATE",
	"member_monthly":  "SELECT, INSERT, UPDATE",
	"event_refunds":   "SELECT, INSERT, UPDATE",
	"profile_history": "SELECT, INSERT",
	"member_badges":   "SELECT, INSERT",
	// The export's cursors and its dead letters, a queue: a replayed dead letter that is
	// delivered is deleted, and so are an erased member's.
	"export_cursors": "SELECT, INSERT, UPDATE",
	// What events said besides their points: deleted when older than the program keeps
	// them, and when their member is erased.
	"event_details":       "SELECT, INSERT, DELETE",
	"export_dead_letters": "SELECT, INSERT, UPDATE, DELETE",
	"stock":               "SELECT, UPDATE",
	"notice_cursor":       "SELECT, UPDATE",
	"rulesets":            "SELECT",
	"schema_migrations":   "SELECT",
	// The archived months' checkpoint, which Verify counts with the journal; written by
	// `tally ledger archive` as the owner, and renamed in by erase_member.
	"journal_checkpoints":     "SELECT",
	"journal_checkpoint_sums": "SELECT",
}

// AnalyticsViews are the views of a program's schema that its analytics role may read
// (migration 0018, docs/analytics.md); the login role needs none of them.
var AnalyticsViews = []string{"analytics_settings", "analytics_members", "analytics_postings", "analytics_posting_rules", "analytics_daily"}

// AnalyticsPersonalViews are the views the analytics role may read only with personal data.
var AnalyticsPersonalViews = []string{"analytics_member_profiles"}

// SimulationTables are the tables `tally ruleset simulate` reads (internal/ledger's
// ReadHistory), which the analytics role may read with Analytics.Simulation.
var SimulationTables = []string{"rulesets", "postings", "idempotency", "event_details", "members", "member_badges",
	"member_daily", "lots", "notices", "tier_reviews", "journal_checkpoints"}

// LedgerFunctions are the functions of a program's schema the login role may execute.
// erase_member runs as the schema's owner (SECURITY DEFINER) and does one thing the
// append-only grants above forbid, and only that: it renames an erased member, whose points
// are all forfeited, to a fresh pseudonym in the journal (migration 0016). posting_balanced is
// the check every posting passes (migration 0020), which PostgreSQL runs as the role that
// writes the posting. roll_journal, as the owner too, makes the journal's monthly partitions
// and moves the posting ids to the month (migration journal_partitions): the role can neither
// make nor drop a table itself. archived_member_keys reads, as the owner, the idempotency keys
// of a member's postings in archived months, for an erasure to rewrite their stored results.
var LedgerFunctions = []string{
	"erase_member(text, text, text[], bytea[])",
	"posting_balanced(text[], bigint[], bigint)",
	"roll_journal(timestamptz)",
	"archived_member_keys(text)",
}

// grantLedger gives the login role exactly LedgerPrivileges and LedgerFunctions in the program's schema, taking
// away anything else it was given (earlier versions granted UPDATE and DELETE on every
// table). It runs as the schema's owner, in one transaction, so the ledger never sees a
// moment without its grants.
func grantLedger(ctx context.Context, owner *pgxpool.Pool, p Program) error {
	schema, login := pgx.Identifier{p.Schema}.Sanitize(), pgx.Identifier{p.Role()}.Sanitize()
	tables := make([]string, 0, len(LedgerPrivileges))
	for t := range LedgerPrivileges {
		tables = append(tables, t)
	}
	sort.Strings(tables)
	statements := []string{
		`REVOKE ALL ON SCHEMA ` + schema + ` FROM PUBLIC`,
		`REVOKE ALL ON ALL TABLES IN SCHEMA ` + schema + ` FROM PUBLIC, ` + login,
		`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ` + schema + ` FROM PUBLIC, ` + login,
		`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ` + schema + ` FROM PUBLIC, ` + login,
		`GRANT USAGE ON SCHEMA ` + schema + ` TO ` + login,
		// nextval, to number postings and notices.
		`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ` + schema + ` TO ` + login,
	}
	for _, t := range tables {
		statements = append(statements, fmt.Sprintf(`GRANT %s ON %s.%s TO %s`, LedgerPrivileges[t], schema, pgx.Identifier{t}.Sanitize(), login))
	}
	for _, f := range LedgerFunctions {
		statements = append(statements, fmt.Sprintf(`GRANT EXECUTE ON FUNCTION %s.%s TO %s`, schema, f, login))
	}
	var analyticsExists bool
	if err := owner.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, p.AnalyticsRole()).Scan(&analyticsExists); err != nil {
		return err
	}
	if analyticsExists {
		// The analytics role reads the views and nothing else (but, for simulations, the tables
		// they replay); without analytics, nothing.
		analytics := pgx.Identifier{p.AnalyticsRole()}.Sanitize()
		statements = append(statements,
			`REVOKE ALL ON ALL TABLES IN SCHEMA `+schema+` FROM `+analytics,
			`REVOKE ALL ON ALL SEQUENCES IN SCHEMA `+schema+` FROM `+analytics,
			`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA `+schema+` FROM `+analytics,
			`REVOKE ALL ON SCHEMA `+schema+` FROM `+analytics)
		if p.Analytics.Enabled {
			views := AnalyticsViews
			if p.Analytics.PersonalData {
				views = append(slices.Clone(views), AnalyticsPersonalViews...)
				if p.Analytics.Simulation {
					views = append(views, SimulationTables...)
				}
			}
			statements = append(statements, `GRANT USAGE ON SCHEMA `+schema+` TO `+analytics)
			for _, v := range views {
				statements = append(statements, `GRANT SELECT ON `+schema+`.`+pgx.Identifier{v}.Sanitize()+` TO `+analytics)
			}
		}
	}
	err := pgx.BeginFunc(ctx, owner, func(tx pgx.Tx) error {
		for _, s := range statements {
			if _, err := tx.Exec(ctx, s); err != nil {
				return fmt.Errorf("%s: %w", s, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("grant role %q its privileges: %w", p.Role(), err)
	}
	return nil
}
