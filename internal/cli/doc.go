// Package cli is the command line of the tally binary: one subcommand per role (manager,
// ledger, expire, tiers, migrate, version). Each subcommand parses its flags and hands over to
// the package that does the work; nothing here holds business logic.
package cli
