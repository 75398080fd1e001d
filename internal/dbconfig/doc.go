// Package dbconfig provisions a program's place in PostgreSQL: its schema, brought up to the
// ledger's latest migration, and a login role that may read and write the schema's tables
// and nothing else. It works with an administrator's connection (the Secret a PointsProgram
// names) and drops, on request, only what it created: each schema and role it makes carries
// a comment naming the program that owns it.
package dbconfig
