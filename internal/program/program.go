package program

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// Poster writes a batch of operations: the ledger's Post, or the server's group commit,
// which gathers the operations of concurrent requests into one Post.
type Poster func(ctx context.Context, ops []ledger.Op) ([]ledger.Result, error)

// Program is one published rule set of a program, ready to run: its engine and a ledger
// configured by its policies. It never changes; a new rule set makes a new Program.
type Program struct {
	Rules  *ruleset.Ruleset
	Engine *engine.Engine
	Ledger *ledger.Ledger
	post   Poster
	now    func() time.Time
}

// Config says where a program's ledger is and how to write to it.
type Config struct {
	Pool   *pgxpool.Pool
	Schema string
	// Post writes batches; nil posts each operation's batch with the ledger directly.
	Post Poster
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// ErrNoRuleset says the program has no published rule set yet: nothing can be judged,
// priced or expired without its policies.
var ErrNoRuleset = errors.New("the program has no published rule set yet")

// Load returns the program of the rule set active in cfg.Schema.
func Load(ctx context.Context, cfg Config) (*Program, error) {
	base, err := ledger.New(cfg.Pool, cfg.Schema, ledger.Options{})
	if err != nil {
		return nil, err
	}
	rs, err := base.ActiveRuleset(ctx)
	if errors.Is(err, ledger.ErrNoRuleset) {
		return nil, ErrNoRuleset
	}
	if err != nil {
		return nil, err
	}
	return New(cfg, rs)
}

// New returns the program of rule set rs.
func New(cfg Config, rs *ruleset.Ruleset) (*Program, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	eng, err := engine.New(rs)
	if err != nil {
		return nil, fmt.Errorf("rule set %s: %w", rs.Version, err)
	}
	l, err := ledger.New(cfg.Pool, cfg.Schema, ledger.Options{
		AllowNegative: rs.Program.AllowNegative,
		Location:      eng.Location(),
		HoldTTL:       time.Duration(rs.Program.HoldTTL) * time.Second,
		Now:           cfg.Now,
	})
	if err != nil {
		return nil, err
	}
	p := &Program{Rules: rs, Engine: eng, Ledger: l, post: cfg.Post, now: cfg.Now}
	if p.post == nil {
		p.post = l.Post
	}
	return p, nil
}

// Version is the rule set's version.
func (p *Program) Version() string { return p.Rules.Version }

// postOne writes one operation and returns its result, or its failure as the error.
func (p *Program) postOne(ctx context.Context, op ledger.Op) (ledger.Result, error) {
	res, err := p.post(ctx, []ledger.Op{op})
	if err != nil {
		return ledger.Result{}, err
	}
	if res[0].Err != nil {
		return ledger.Result{}, res[0].Err
	}
	return res[0], nil
}
