// Package dbconfig provisions a program's place in PostgreSQL. On a shared server (a
// LedgerDatabase) that is a database of its own, owned by a role that cannot log in, closed to
// every other role; the operator migrates it acting as that owner. Either way, the program's
// login role gets exactly what the ledger needs (LedgerPrivileges): an append-only journal,
// no DDL, no large objects, no other database. Passwords go to the server as SCRAM verifiers,
// only when they change. What the operator made, and for which program, is recorded in a
// catalog that no program's role can read (claims.go), and only that is ever dropped.
package dbconfig
