package ledger

import (
	"time"

	"github.com/tally-operator/tally/internal/ruleset"
)

// CopyFrom is copyFrom, for tests that cover both ways of writing a batch.
const CopyFrom = copyFrom

// ApplyMigration applies one migration, for tests of what a migration does to data written
// before it.
var ApplyMigration = applyMigration

// EncodeResult writes a result as it is stored.
var EncodeResult = encodeResult

// TierMetricOf is the tier metric in Go, over daily counters as MemberDaily returns them.
func TierMetricOf(t *ruleset.Tiers, counters []DailyCounter, since *time.Time, day time.Time) int64 {
	rows := make([]usageRow, len(counters))
	for i, c := range counters {
		rows[i] = usageRow{day: c.Day, rule: c.Rule, points: c.Points, awards: int64(c.Awards), spend: c.Spend, growth: c.GrowthValue}
	}
	return tierMetricOf(t, rows, since, day)
}
