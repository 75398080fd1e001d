package controllers

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/dbconfig"
)

// adminPools keeps one small connection pool per administrator URI: many programs usually
// share a server, and reconciling them should not open a connection to it each time.
// Connections to a program's own database are another matter (passPools).
type adminPools struct {
	mu    sync.Mutex
	pools map[string]*pgxpool.Pool
}

func (a *adminPools) get(ctx context.Context, uri string) (*pgxpool.Pool, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if p, ok := a.pools[uri]; ok {
		return p, nil
	}
	cfg, err := pgxpool.ParseConfig(uri)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 4
	cfg.MaxConnIdleTime = 5 * time.Minute
	cfg.ConnConfig.ConnectTimeout = 5 * time.Second
	cfg.ConnConfig.Tracer = statementCounter{}
	p, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if a.pools == nil {
		a.pools = map[string]*pgxpool.Pool{}
	}
	a.pools[uri] = p
	return p, nil
}

// server is the administrator's access to the server of adminURI, as dbconfig takes it; the
// pools it opens on programs' databases belong to pass.
func (a *adminPools) server(ctx context.Context, adminURI string, pass *passPools) (dbconfig.Server, error) {
	admin, err := a.get(ctx, adminURI)
	if err != nil {
		return dbconfig.Server{}, err
	}
	return dbconfig.Server{Admin: admin, Database: func(ctx context.Context, name, role string) (*pgxpool.Pool, error) {
		uri, err := dbconfig.WithDatabase(adminURI, name)
		if err != nil {
			return nil, err
		}
		return pass.open(ctx, uri, role)
	}}, nil
}

// close closes every pool; the manager calls it on the way out.
func (a *adminPools) close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	for uri, p := range a.pools {
		p.Close()
		delete(a.pools, uri)
	}
}

// passPools are the connections one pass over a program opens on the program's own database,
// closed when the pass ends. Kept open between passes, they would add up to one or two idle
// connections per program on a server with hundreds of programs (measured: 147 programs
// exhausted PostgreSQL's 100 connections); a pass is rare (every 10 minutes, or on a change),
// so connecting again costs little.
type passPools struct {
	mu    sync.Mutex
	pools map[poolKey]*pgxpool.Pool
}

type poolKey struct{ uri, role string }

// open returns a pool on uri, acting as role (SET ROLE) when role is not empty.
func (pp *passPools) open(ctx context.Context, uri, role string) (*pgxpool.Pool, error) {
	pp.mu.Lock()
	defer pp.mu.Unlock()
	key := poolKey{uri, role}
	if p, ok := pp.pools[key]; ok {
		return p, nil
	}
	cfg, err := pgxpool.ParseConfig(uri)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 1
	cfg.ConnConfig.ConnectTimeout = 5 * time.Second
	cfg.ConnConfig.Tracer = statementCounter{}
	if role != "" {
		cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
			_, err := c.Exec(ctx, `SET ROLE `+pgx.Identifier{role}.Sanitize())
			return err
		}
	}
	p, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if pp.pools == nil {
		pp.pools = map[poolKey]*pgxpool.Pool{}
	}
	pp.pools[key] = p
	return p, nil
}

// close closes the pass's pools.
func (pp *passPools) close() {
	pp.mu.Lock()
	defer pp.mu.Unlock()
	for key, p := range pp.pools {
		p.Close()
		delete(pp.pools, key)
	}
}
