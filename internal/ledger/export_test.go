package ledger

// CopyFrom is copyFrom, for tests that cover both ways of writing a batch.
const CopyFrom = copyFrom
