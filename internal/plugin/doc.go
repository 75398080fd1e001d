// Package plugin is kubectl-tally, the kubectl plugin for Tally's programs: their state at a
// glance, a member's account, what an event would earn and why, and rule simulations. It acts
// with the user's own kubeconfig and RBAC, and reaches a program's ledger the way a person
// with access to its namespace does: a port-forward to a ready ledger pod, with the token of
// the program's token Secret (or one given with --token).
package plugin
