package ledger

// Account is an account of the journal: a member's available or held points, or one of the
// system accounts the points come from and go to.
type Account string

const (
	AccountMember   Account = "member" // the posting member's available points
	AccountHeld     Account = "held"   // the posting member's points held at checkout
	AccountIssued   Account = "issued"
	AccountRedeemed Account = "redeemed"
	AccountExpired  Account = "expired"
	AccountAdjusted Account = "adjusted" // manual adjustments and penalties
	// AccountForfeited takes the points of erased members.
	AccountForfeited Account = "forfeited"
)

// PostingKind is what a posting did.
type PostingKind string

const (
	PostingCredit      PostingKind = "credit"
	PostingDebit       PostingKind = "debit"
	PostingHold        PostingKind = "hold"
	PostingCapture     PostingKind = "capture"
	PostingRelease     PostingKind = "release"
	PostingHoldExpired PostingKind = "hold_expired"
	PostingRefund      PostingKind = "refund" // of a captured hold
	PostingReverse     PostingKind = "reverse"
	PostingRedeem      PostingKind = "redeem"
	PostingCancel      PostingKind = "cancel"
	PostingExpire      PostingKind = "expire"
	PostingForfeit     PostingKind = "forfeit" // an erased member's points
)
