// Package program holds one points program's business operations: the layer between the
// ledger API (and the jobs) and the ledger. It loads the program's active rule set with its
// engine and ledger, turns what a client asked for into ledger operations (idempotency keys
// and fingerprints from the client's request, never from what the server derived; prices,
// eligibility and lateness from the rule set) and says what each operation did.
//
// The HTTP server only decodes requests, calls a Program and encodes its answers; the jobs
// load a Program the same way. Nothing here knows HTTP or SQL.
package program
