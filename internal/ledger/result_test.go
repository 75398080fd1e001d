package ledger_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/tally-operator/tally/internal/engine"
	"github.com/tally-operator/tally/internal/ledger"
)

// A stored result reads back as the result that was stored: what a retry answers is what the
// first request was told, byte for byte once rendered as JSON.
func TestStoredResultsReadBackWhole(t *testing.T) {
	tokyo := time.FixedZone("", 9*3600)
	at := func(t time.Time) *time.Time { return &t }
	full := ledger.Result{
		PostingID: 1 << 40, Points: -1234, Balance: -7, Held: 99, Shortfall: 3, Member: "mëmber \t\"1\"", Cash: "12.50",
		Earned: &ledger.Earned{
			RulesetVersion: "468ccb65f6cc05aa", Amount: "128.50",
			Awards: []engine.Award{
				{Rule: "purchase", Points: 128, GrowthValue: -12, ExpiresAt: at(time.Date(2290, 12, 31, 15, 0, 0, 0, time.UTC))},
				{Rule: "tier bonus", Points: 12, ExpiresAt: at(time.Date(2027, 3, 1, 0, 0, 0, 123456789, tokyo))},
				{Rule: "", Points: 0},
			},
			WouldAward: []engine.Award{{Rule: "shadow", Points: 5, ExpiresAt: at(time.Date(1999, 1, 1, 0, 0, 0, 0, time.FixedZone("", -5*3600)))}},
			Tier:       "Gold", TierChanged: true,
			OccurredAt: time.Date(2026, 11, 21, 9, 30, 0, 123000, time.UTC), Spend: "128.50",
			TierBefore: "Silver", TierBeforeReachedAt: at(time.Date(2025, 1, 2, 3, 4, 5, 6000, time.UTC)),
			Badges: []string{"Critic", "7-day streak"},
		},
	}
	// Every field of the result is set, so that a field added later and not stored fails here.
	for _, v := range []reflect.Value{reflect.ValueOf(full), reflect.ValueOf(*full.Earned), reflect.ValueOf(full.Earned.Awards[0])} {
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.Tag.Get("json") != "-" && v.Field(i).IsZero() {
				t.Fatalf("%s.%s is not set in the test's result", v.Type().Name(), f.Name)
			}
		}
	}
	for name, r := range map[string]ledger.Result{
		"every field":            full,
		"no earned":              {PostingID: 1, Points: 30000, Balance: 30000, Member: "m-0"},
		"no awards":              {PostingID: 2, Member: "m", Earned: &ledger.Earned{RulesetVersion: "v", Tier: "Silver"}},
		"an empty list of award": {PostingID: 3, Member: "m", Earned: &ledger.Earned{Awards: []engine.Award{}}},
		"zero":                   {},
		"a reversal":             {PostingID: 4, Points: -20, Member: "m", Asked: &ledger.Asked{Points: 20, Amount: ""}},
		"a refund by amount":     {PostingID: 5, Points: -3, Member: "m", Asked: &ledger.Asked{Amount: "12.05"}},
	} {
		raw := ledger.EncodeResult(nil, r)
		got, err := ledger.DecodeResult(raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want, _ := json.Marshal(r)
		gotJSON, _ := json.Marshal(got)
		if string(gotJSON) != string(want) {
			t.Errorf("%s read back as\n%s\nwant\n%s", name, gotJSON, want)
		}
		if !reflect.DeepEqual(got.Asked, r.Asked) { // not in the JSON: a simulation reads it
			t.Errorf("%s: asked read back as %+v, want %+v", name, got.Asked, r.Asked)
		}
		if name == "every field" {
			if old, _ := json.Marshal(r); len(raw)*3 > len(old) {
				t.Errorf("stored in %d bytes, against %d as JSON; want a third or less", len(raw), len(old))
			}
			// Cut anywhere, it is refused, never read as another result.
			for n := range len(raw) {
				if _, err := ledger.DecodeResult(raw[:n]); err == nil {
					t.Errorf("the first %d of %d bytes read as a result", n, len(raw))
				}
			}
			if _, err := ledger.DecodeResult(append(raw, 0)); err == nil {
				t.Error("a result with a byte too many was read")
			}
		}
	}
	// A result stored as JSON, before this form, still reads.
	old := `{"postingId":10027,"points":192,"balance":30192,"held":0,"member":"m-7325","earned":{"rulesetVersion":"468ccb65f6cc05aa","amount":"192.60","awards":[{"rule":"purchase","points":192,"expiresAt":"2027-12-31T16:00:00Z"}],"tier":"Gold","tierChanged":true}}`
	r, err := ledger.DecodeResult([]byte(old))
	if err != nil {
		t.Fatal(err)
	}
	if js, _ := json.Marshal(r); string(js) != old {
		t.Errorf("JSON result read as\n%s\nwant\n%s", js, old)
	}
}
