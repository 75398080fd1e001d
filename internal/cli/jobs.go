package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/tally-operator/tally/internal/jobs"
	"github.com/tally-operator/tally/internal/ledger"
)

// Exit codes of the jobs, for a CronJob's history: 0 done; 1 failed part-way (whole batches
// are committed, the next run carries on); 2 nothing done because the invocation or the
// program is not usable as it stands; 3 nothing done because another run holds the lock.
const (
	exitFailed  = 1
	exitInvalid = 2
	exitLocked  = 3
)

// jobFlags are the flags every job shares.
type jobFlags struct {
	db        databaseFlags
	asOf      string
	dryRun    bool
	batchSize int
	workers   int
	lockWait  time.Duration
}

func (f *jobFlags) register(fs *pflag.FlagSet) {
	f.db.register(fs)
	fs.StringVar(&f.asOf, "as-of", "", "run as of this time (RFC 3339, such as 2026-12-31T23:59:00+08:00); default now")
	fs.BoolVar(&f.dryRun, "dry-run", false, "report what the run would do, and change nothing")
	fs.IntVar(&f.batchSize, "batch-size", ledger.DefaultMembersPerBatch, "members per transaction")
	fs.DurationVar(&f.lockWait, "lock-wait", time.Minute, "how long to wait for another run of the same job to finish")
}

// options checks the flags and connects; the pool is the caller's to close.
func (f *jobFlags) options(cmd *cobra.Command) (context.Context, jobs.Options, func(), error) {
	o := jobs.Options{DryRun: f.dryRun, BatchSize: f.batchSize, Workers: f.workers, LockWait: f.lockWait,
		Log: slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))}
	if f.asOf != "" {
		t, err := time.Parse(time.RFC3339, f.asOf)
		if err != nil {
			return nil, o, nil, &exitError{exitInvalid, fmt.Errorf("--as-of %q: want RFC 3339, such as 2026-12-31T23:59:00+08:00", f.asOf)}
		}
		o.AsOf = t
	}
	if f.batchSize <= 0 {
		return nil, o, nil, &exitError{exitInvalid, fmt.Errorf("--batch-size %d: must be at least 1", f.batchSize)}
	}
	// A CronJob's pod is stopped with SIGTERM: the batch in flight rolls back, the others stay.
	ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGTERM, os.Interrupt)
	pool, err := f.db.connect(ctx)
	if err != nil {
		stop()
		return nil, o, nil, &exitError{exitInvalid, err}
	}
	o.Pool, o.Schema = pool, f.db.schema
	return ctx, o, func() { pool.Close(); stop() }, nil
}

// jobError gives a job's error its exit code.
func jobError(ctx context.Context, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, jobs.ErrLocked):
		return &exitError{exitLocked, fmt.Errorf("%w; nothing was done", err)}
	case errors.Is(err, jobs.ErrNoRuleset):
		return &exitError{exitInvalid, fmt.Errorf("%w; nothing was done", err)}
	case ctx.Err() != nil:
		return &exitError{exitFailed, fmt.Errorf("interrupted: %w; completed batches are kept and the next run carries on", err)}
	}
	return &exitError{exitFailed, fmt.Errorf("%w; completed batches are kept and the next run carries on", err)}
}

func newExpireCommand() *cobra.Command {
	var f jobFlags
	cmd := &cobra.Command{
		Use:   "expire",
		Short: "Expire points that are past their expiry (run by the program's CronJob)",
		Long: `expire moves the points of lots past their expiry time to the expired account, records a
PointsExpiring notice for every member with points newly within the program's notice window,
and releases holds past their time to live. Each lot's expiry was fixed when it was earned,
by the program's expiry policy (or its rule's) in the program's time zone.

It works in batches of members, each its own transaction, under a lock that keeps two runs
from overlapping; a run that fails or is killed keeps its completed batches, and the next
run carries on. Running it again changes nothing. With --dry-run it prints what would
expire, per member and in total, with the cash value, and changes nothing.

Exit codes: 0 done; 1 failed part-way; 2 nothing done (bad flags, unreachable database, no
rule set published); 3 nothing done (another run holds the lock).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.workers < 1 {
				return &exitError{exitInvalid, fmt.Errorf("--workers %d: must be at least 1", f.workers)}
			}
			ctx, o, done, err := f.options(cmd)
			if err != nil {
				return err
			}
			defer done()
			sum, err := jobs.Expire(ctx, o)
			if err != nil {
				return jobError(ctx, err)
			}
			printExpiry(cmd.OutOrStdout(), o.Schema, sum)
			return nil
		},
	}
	f.register(cmd.Flags())
	cmd.Flags().IntVar(&f.workers, "workers", 1, "how many batches of the expiry run at once (more finish sooner, and take more of the database's CPU from the ledger's writes)")
	return cmd
}

func printExpiry(w io.Writer, schema string, s jobs.ExpirySummary) {
	asOf := s.AsOf.UTC().Format(time.RFC3339)
	if s.DryRun {
		for _, m := range s.Members {
			fmt.Fprintf(w, "would expire  member %s: %d points in %d lots\n", m.Member, m.Points, m.Lots)
		}
		fmt.Fprintf(w, "dry run of expiry in %s as of %s (rule set %s): would expire %d points (%s %s) in %d lots of %d members; would announce %d points in %d lots to %d members (notice window %d days); nothing was changed\n",
			schema, asOf, s.RulesetVersion, s.Expired.Points, s.ExpiredValue, s.Currency, s.Expired.Lots, s.Expired.Members,
			s.Notices.Points, s.Notices.Lots, s.Notices.Notices, s.NoticeDays)
		return
	}
	fmt.Fprintf(w, "expiry in %s as of %s (rule set %s): expired %d points (%s %s) in %d lots of %d members in %d batches; %d PointsExpiring notices for %d points in %d lots (notice window %d days); released %d expired holds (%d points); took %s\n",
		schema, asOf, s.RulesetVersion, s.Expired.Points, s.ExpiredValue, s.Currency, s.Expired.Lots, s.Expired.Members, s.Expired.Batches,
		s.Notices.Notices, s.Notices.Points, s.Notices.Lots, s.NoticeDays, s.HoldsReleased, s.HoldPoints, s.Took.Round(time.Millisecond))
}

func newTiersCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "tiers",
		Short: "Review members' tiers (tiers review, run by the program's CronJob)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return &exitError{exitInvalid, fmt.Errorf("%s needs a subcommand: review", cmd.CommandPath())}
		},
	}
	var f jobFlags
	review := &cobra.Command{
		Use:   "review",
		Short: "Renew or downgrade members whose tier has outlived its validity",
		Long: `review looks at every member whose tier has outlived the TierPolicy's validityMonths plus
graceMonths: one whose metric over the window still qualifies is renewed, one who falls short
goes one level down or to the tier they qualify for, as review.downgrade says. A renewed or
lowered tier runs for another validity period from the review. With metric GrowthValue and
review.growthValue Reset (the default), growth value counts again from the review day. Each
change is recorded as a TierChanged notice.

A member is reviewed at most once per review day (the date of --as-of in the program's time
zone), so a second run, or a run resumed after a crash, changes nothing already reviewed.
It works in batches under a lock, like expire. --dry-run prints each decision and changes
nothing.

Exit codes: 0 done (also when the program has no TierPolicy); 1 failed part-way; 2 nothing
done (bad flags, unreachable database, no rule set published); 3 nothing done (another run
holds the lock).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, o, done, err := f.options(cmd)
			if err != nil {
				return err
			}
			defer done()
			sum, err := jobs.ReviewTiers(ctx, o)
			if err != nil {
				return jobError(ctx, err)
			}
			printReview(cmd.OutOrStdout(), o.Schema, sum)
			return nil
		},
	}
	f.register(review.Flags())
	cmd.AddCommand(review)
	return cmd
}

func printReview(w io.Writer, schema string, s jobs.ReviewSummary) {
	asOf := s.AsOf.UTC().Format(time.RFC3339)
	if s.NoTierPolicy {
		fmt.Fprintf(w, "tier review in %s as of %s: the program has no TierPolicy; nothing to review\n", schema, asOf)
		return
	}
	r := s.Report
	if s.DryRun {
		for _, d := range s.Decisions {
			what := "downgrade"
			if d.Renewed {
				what = "renew"
			}
			fmt.Fprintf(w, "would %s  member %s: %q -> %q (metric %d)\n", what, d.Member, d.From, d.To, d.Metric)
		}
		fmt.Fprintf(w, "dry run of tier review in %s as of %s (rule set %s): would review %d members: %d renewed, %d upgraded, %d downgraded; nothing was changed\n",
			schema, asOf, s.RulesetVersion, r.Reviewed, r.Renewed, r.Upgraded, r.Downgraded)
		return
	}
	fmt.Fprintf(w, "tier review in %s as of %s (rule set %s): reviewed %d members in %d batches: %d renewed, %d upgraded, %d downgraded, growth value reset for %d; took %s\n",
		schema, asOf, s.RulesetVersion, r.Reviewed, r.Batches, r.Renewed, r.Upgraded, r.Downgraded, r.GrowthReset, s.Took.Round(time.Millisecond))
}
