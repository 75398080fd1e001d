package testenv

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Postgres is a private PostgreSQL server started by hack/postgres.sh.
type Postgres struct {
	// DSN connects to the server's "postgres" database as a superuser.
	DSN string
}

// StartPostgres starts a private PostgreSQL server. The server stops by itself if this test
// process dies without calling Stop.
func StartPostgres() (*Postgres, error) {
	return startPostgres()
}

// StartPostgresFrom starts a private PostgreSQL server on a copy of the databases that
// Snapshot wrote to dir; dir itself is left as it is, for the next run.
func StartPostgresFrom(dir string) (*Postgres, error) {
	return startPostgres("--from", dir)
}

func startPostgres(args ...string) (*Postgres, error) {
	args = append([]string{"start", "--owner", strconv.Itoa(os.Getpid())}, args...)
	cmd := exec.Command(filepath.Join(RepoRoot(), "hack", "postgres.sh"), args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("hack/postgres.sh start: %w", err)
	}
	return &Postgres{DSN: strings.TrimSpace(string(out))}, nil
}

// Snapshot stops the server cleanly, copies its databases to dir (replacing what dir held)
// and starts it again with the same DSN. Connections open before it are closed by the stop:
// close pools first and open new ones after. StartPostgresFrom starts a server on a copy.
func (p *Postgres) Snapshot(dir string) error {
	cmd := exec.Command(filepath.Join(RepoRoot(), "hack", "postgres.sh"), "snapshot", p.DSN, dir)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("hack/postgres.sh snapshot: %w", err)
	}
	return nil
}

// PostgresMajor returns the major version of the server StartPostgres runs ("15"): a snapshot
// serves only servers of the version that wrote it.
func PostgresMajor() (string, error) {
	cmd := exec.Command(filepath.Join(RepoRoot(), "hack", "postgres.sh"), "version")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("hack/postgres.sh version: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// Stop stops the server and removes its files.
func (p *Postgres) Stop() error {
	cmd := exec.Command(filepath.Join(RepoRoot(), "hack", "postgres.sh"), "stop", p.DSN)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("hack/postgres.sh stop: %w", err)
	}
	return nil
}

// NewDatabase creates a fresh, empty database for one test, dropped when the test ends, and
// returns its DSN. Tests that share a server never see each other's data.
func (p *Postgres) NewDatabase(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, p.DSN)
	if err != nil {
		t.Fatalf("connect to test PostgreSQL: %v", err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, p.DSN)
		if err != nil {
			t.Errorf("connect to drop database %s: %v", name, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	cfg, err := pgx.ParseConfig(p.DSN)
	if err != nil {
		t.Fatalf("parse DSN: %v", err)
	}
	return fmt.Sprintf("postgres://%s:%s@%s:%d/%s?sslmode=disable", cfg.User, cfg.Password, cfg.Host, cfg.Port, name)
}
