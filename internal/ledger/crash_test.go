package ledger_test
const crashChildEnv = "TALLY_LEDGER_CRASH_CHILD"
func crashChild() int { return 0 }
