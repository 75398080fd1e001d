package controllers

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tally-operator/tally/internal/dbconfig"
)

// adminPools keeps small connection pools with an administrator's credentials: one per
// database and role it acts as. Many programs share a server, and reconciling them should not
// open a connection each time; a program's own database gets a pool that holds no idle
// connection for long, since there are as many of them as programs.
type adminPools struct {
	mu    sync.Mutex
	pools map[poolKey]*pgxpool.Pool
}

type poolKey struct{ uri, role string }

// get returns a pool on uri, acting as role (SET ROLE) when role is not empty.
func (a *adminPools) get(ctx context.Context, uri, role string) (*pgxpool.Pool, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	key := poolKey{uri, role}
	if p, ok := a.pools[key]; ok {
		return p, nil
	}
	cfg, err := pgxpool.ParseConfig(uri)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 4
	cfg.MaxConnIdleTime = 5 * time.Minute
	cfg.ConnConfig.ConnectTimeout = 5 * time.Second
	if role != "" {
		cfg.MaxConns = 2
		cfg.MaxConnIdleTime = time.Minute
		cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
			_, err := c.Exec(ctx, `SET ROLE `+pgx.Identifier{role}.Sanitize())
			return err
		}
	}
	p, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if a.pools == nil {
		a.pools = map[poolKey]*pgxpool.Pool{}
	}
	a.pools[key] = p
	return p, nil
}

// server is the administrator's access to the server of adminURI, as dbconfig takes it.
func (a *adminPools) server(ctx context.Context, adminURI string) (dbconfig.Server, error) {
	admin, err := a.get(ctx, adminURI, "")
	if err != nil {
		return dbconfig.Server{}, err
	}
	return dbconfig.Server{Admin: admin, Database: func(ctx context.Context, name, role string) (*pgxpool.Pool, error) {
		uri, err := dbconfig.WithDatabase(adminURI, name)
		if err != nil {
			return nil, err
		}
		return a.get(ctx, uri, role)
	}}, nil
}

// close closes every pool; the manager calls it on the way out.
func (a *adminPools) close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	for key, p := range a.pools {
		p.Close()
		delete(a.pools, key)
	}
}
