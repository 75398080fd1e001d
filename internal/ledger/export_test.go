package ledger

// CopyFrom is copyFrom, for tests that cover both ways of writing a batch.
const CopyFrom = copyFrom

// ApplyMigration applies one migration, for tests of what a migration does to data written
// before it.
var ApplyMigration = applyMigration

// DecodeResult reads a stored result.
var DecodeResult = decodeResult

// EncodeResult writes a result as it is stored.
var EncodeResult = encodeResult
