package ledger

import (
	"context"
	"fmt"
	"time"
)

// The journal (postings, and event_details by posting) is partitioned by month of posting id
// (migration journal_partitions): the ids of month number m, year*12 + month-1 in UTC, are
// [m<<32, (m+1)<<32). The ids drawn before the migration are below 1<<32, in one partition of
// their own.

// JournalMonth is the month number of t (in UTC): year*12 + month-1.
func JournalMonth(t time.Time) int64 {
	y, m, _ := t.UTC().Date()
	return int64(y)*12 + int64(m) - 1
}

// JournalMonthBase is the first posting id of t's month: JournalMonth(t) << 32. Ids of any
// month a timestamp can name in the next hundred thousand years stay below 2^53.
func JournalMonthBase(t time.Time) int64 { return JournalMonth(t) << 32 }

// RollJournal makes the journal's partitions for at's month and the next, where missing, and
// moves the posting ids up to the start of at's month when they are behind. The ledger
// server calls it when it starts and every hour with its clock; a tool with a clock of its
// own calls it as its clock moves. It is safe to call at once from several processes.
// Should it not be called in time, postings keep their ids in the previous month's range,
// which has room for four billion: where a posting goes never depends on it.
func (l *Ledger) RollJournal(ctx context.Context, at time.Time) error {
	if _, err := l.pool.Exec(ctx, l.q(`SELECT {s}.roll_journal($1)`), at); err != nil {
		return fmt.Errorf("roll the journal to %s: %w", at.UTC().Format("2006-01"), err)
	}
	return nil
}
