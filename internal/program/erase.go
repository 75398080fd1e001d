package program

import (
	"context"

	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/ruleset"
)

// Erasure is what POST /v1/members/{id}/erase takes: why the member is erased and who asks,
// both kept on the posting that forfeits the member's points.
type Erasure struct {
	Reason string `json:"reason"`
	Actor  string `json:"actor"`
}

// Erase forfeits a member's points and removes their personal data, replacing their id with a
// pseudonym wherever it is stored (ledger.Erase). A member the program does not have, an id
// already erased (a pseudonym) or one erased before (whose old id is kept nowhere) is not
// found.
func (p *Program) Erase(ctx context.Context, member string, e Erasure) (ledger.Erasure, error) {
	if ledger.IsPseudonym(member) {
		return ledger.Erasure{}, invalid("id", "%s is the pseudonym of a member erased before: there is nothing left to erase", member)
	}
	if len(e.Reason) > ruleset.MaxStringBytes || !storable(e.Reason) {
		return ledger.Erasure{}, invalid("reason", "reason is UTF-8 text without NUL of at most %d bytes", ruleset.MaxStringBytes)
	}
	if e.Reason == "" {
		e.Reason = "member erased"
	}
	if e.Actor == "" {
		e.Actor = "api"
	}
	return p.Ledger.Erase(ctx, member, e.Actor, e.Reason)
}
