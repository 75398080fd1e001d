// Package engine evaluates events against a compiled rule set: which rules award how many
// points to a member, with an explanation of every rule it considered. It also holds the
// arithmetic that the ledger workload and the jobs share: tiers, lot expiry, catalog
// eligibility and points as payment.
//
// Everything here is pure: no clock (the caller passes now), no database, no Kubernetes.
// CEL programs are compiled once, in New, and run with a cost limit.
package engine
