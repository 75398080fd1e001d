package controllers

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// adminPools keeps one small connection pool per administrator URI: many programs usually
// share a database server, and reconciling them should not open a connection each time.
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

// close closes every pool; the manager calls it on the way out.
func (a *adminPools) close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	for uri, p := range a.pools {
		p.Close()
		delete(a.pools, uri)
	}
}
