package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
)

// newDatabase creates a database for the programs and returns its admin URI.
func newDatabase(ctx context.Context, dsn, name string, statements bool) (string, error) {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return "", err
	}
	uri := fmt.Sprintf("postgres://%s:%s@%s:%d/%s?sslmode=disable", cfg.User, cfg.Password, cfg.Host, cfg.Port, name)
	if statements {
		db, err := pgx.Connect(ctx, uri)
		if err != nil {
			return "", err
		}
		defer db.Close(ctx)
		if _, err := db.Exec(ctx, "CREATE EXTENSION pg_stat_statements"); err != nil {
			return "", err
		}
	}
	return uri, nil
}

// topStatements prints the statements the programs' database spent most time on.
func topStatements(ctx context.Context, uri string) {
	conn, err := pgx.Connect(ctx, uri)
	if err != nil {
		fmt.Println("pg_stat_statements:", err)
		return
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT calls, total_exec_time, regexp_replace(left(query, 110), '\s+', ' ', 'g')
		FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
		ORDER BY total_exec_time DESC LIMIT 15`)
	if err != nil {
		fmt.Println("pg_stat_statements:", err)
		return
	}
	defer rows.Close()
	fmt.Println("PostgreSQL statements by total time:")
	for rows.Next() {
		var calls int64
		var total float64
		var query string
		if err := rows.Scan(&calls, &total, &query); err != nil {
			fmt.Println("pg_stat_statements:", err)
			return
		}
		fmt.Printf("  %8.0f ms %7d calls  %s\n", total, calls, query)
	}
}

// postmasterPID reads the PID that hack/postgres.sh recorded for the server of dsn.
func postmasterPID(dsn string) int {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return -1
	}
	tmp := os.Getenv("TMPDIR")
	if tmp == "" {
		tmp = "/tmp"
	}
	pid, err := strconv.Atoi(strings.TrimSpace(readFile(filepath.Join(tmp, fmt.Sprintf("tally-postgres-%d", cfg.Port), "pid"))))
	if err != nil {
		return -1
	}
	return pid
}

// countClaims counts the schemas, roles and databases the operator's catalog in db records.
func countClaims(ctx context.Context, dsn, db string) (schemas, roles, databases int, err error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return 0, 0, 0, err
	}
	cfg.Database = db
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return 0, 0, 0, err
	}
	defer conn.Close(ctx)
	err = conn.QueryRow(ctx, `SELECT count(*) FILTER (WHERE kind = 'schema'), count(*) FILTER (WHERE kind = 'role'),
		count(*) FILTER (WHERE kind = 'database') FROM tally_operator.claims`).Scan(&schemas, &roles, &databases)
	return schemas, roles, databases, err
}
