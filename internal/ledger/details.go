package ledger

import (
	"context"
	"fmt"
	"time"
)

// PruneEventDetails deletes the details of events recorded before cutoff, a batch at a time,
// and returns how many it deleted.
func (l *Ledger) PruneEventDetails(ctx context.Context, cutoff time.Time, batch int) (int64, error) {
	if batch <= 0 {
		batch = 10000
	}
	var total int64
	for {
		tag, err := l.pool.Exec(ctx, l.q(`
			DELETE FROM {s}.event_details WHERE posting_id IN (
				SELECT posting_id FROM {s}.event_details WHERE created_at < $1 LIMIT $2)`), cutoff, batch)
		if err != nil {
			return total, fmt.Errorf("prune event details: %w", err)
		}
		total += tag.RowsAffected()
		if tag.RowsAffected() < int64(batch) {
			return total, nil
		}
	}
}

// ReferrerEventPrefix starts the id of the event that rewards a referral's referrer: the
// referral's id follows it.
const ReferrerEventPrefix = "~referrer:"
