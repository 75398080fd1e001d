package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/tally-operator/tally/internal/ruleset"
)

// RulesetChannel is the PostgreSQL notification channel on which Publish announces a new
// active rule set of schema; the payload is its version.
func RulesetChannel(schema string) string { return "tally_ruleset_" + schema }

// Publish stores rs and makes it the active rule set, sets the stock allotments of its
// catalog items, and notifies the ledgers listening on RulesetChannel, all in one
// transaction. Publishing the active version again changes nothing but the notification.
func (l *Ledger) Publish(ctx context.Context, rs *ruleset.Ruleset) error {
	body, err := json.Marshal(rs)
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, l.pool, func(tx pgx.Tx) error {
		// Serialise publishers of this schema, so that exactly one version ends active.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, RulesetChannel(l.schema)); err != nil {
			return fmt.Errorf("lock rule sets: %w", err)
		}
		if _, err := tx.Exec(ctx, l.q(`UPDATE {s}.rulesets SET active = false WHERE active AND version <> $1`), rs.Version); err != nil {
			return fmt.Errorf("deactivate rule set: %w", err)
		}
		if _, err := tx.Exec(ctx, l.q(`
			INSERT INTO {s}.rulesets (version, body, active) VALUES ($1, $2, true)
			ON CONFLICT (version) DO UPDATE SET active = true`), rs.Version, string(body)); err != nil {
			return fmt.Errorf("store rule set %s: %w", rs.Version, err)
		}
		var skus []string
		var allotments []*int64
		for _, it := range rs.Catalog {
			skus, allotments = append(skus, it.SKU), append(allotments, it.Stock)
		}
		if len(skus) > 0 {
			if err := l.setStock(ctx, tx, skus, allotments); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `SELECT pg_notify($1, $2)`, RulesetChannel(l.schema), rs.Version); err != nil {
			return fmt.Errorf("notify: %w", err)
		}
		return nil
	})
}

// ErrNoRuleset is returned by ActiveRuleset before any rule set was published.
var ErrNoRuleset = errors.New("no rule set has been published to this program")

// ActiveRuleset returns the active rule set.
func (l *Ledger) ActiveRuleset(ctx context.Context) (*ruleset.Ruleset, error) {
	var body []byte
	err := l.pool.QueryRow(ctx, l.q(`SELECT body FROM {s}.rulesets WHERE active`)).Scan(&body)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNoRuleset
	}
	if err != nil {
		return nil, fmt.Errorf("read active rule set: %w", err)
	}
	rs := &ruleset.Ruleset{}
	if err := json.Unmarshal(body, rs); err != nil {
		return nil, fmt.Errorf("active rule set: %w", err)
	}
	return rs, nil
}

// ActiveVersion returns the version of the active rule set, or "" before any was published.
func (l *Ledger) ActiveVersion(ctx context.Context) (string, error) {
	var v string
	err := l.pool.QueryRow(ctx, l.q(`SELECT version FROM {s}.rulesets WHERE active`)).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return v, err
}
