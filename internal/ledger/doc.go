// Package ledger is the system of record for points: a double-entry journal in PostgreSQL,
// with lots, holds, idempotency and reversal.
//
// Every write goes through Post, which takes a batch of operations and applies them in one
// transaction with one result per operation: an operation that fails (insufficient balance,
// a conflicting idempotency key, ...) changes nothing and does not fail the others, and the
// operations of one member are applied in the order given. Post works in three steps: it
// locks what the batch touches (members, then catalog stock, each in sorted order, so that
// concurrent batches never deadlock), decides every operation in memory, and writes the
// outcome with a handful of set-based statements, the idempotency keys with their results
// last. A batch of a thousand credits costs about as many round trips as a batch of one. A
// key that a concurrent batch recorded first makes the batch roll back and start again, and
// then replay that batch's result.
//
// Invariants, checked by Verify: per member, the cached balance equals the sum of the member's
// lot remainders and the sum of the member's journal entries; every posting's entries sum to
// zero; the cached held points equal the active holds; no balance is negative unless the
// program allows it.
//
// The journal is partitioned by month of posting id (journal.go): RollJournal keeps the
// partitions ahead of the clock, and Archive takes old months out of the journal, leaving a
// checkpoint of what they did to each account, which Verify counts with the journal.
package ledger
