// Package jobs runs the work the operator schedules as CronJobs against one program's ledger:
// expiring points and announcing points that expire soon (Expire), and reviewing tiers
// (ReviewTiers). Each run takes a PostgreSQL advisory lock, so two runs of a job never
// overlap, and works in batches, each its own transaction: a run that fails or is killed has
// committed whole batches only, and the next run carries on from there.
package jobs
