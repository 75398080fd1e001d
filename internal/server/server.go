// Package server is the HTTP API of a program's ledger workload: events in, points out,
// over the ledger and the engine, with group commit, live rule sets, bearer-token auth and
// Prometheus metrics.
package server

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/tally-operator/tally/internal/export"
	"github.com/tally-operator/tally/internal/ledger"
	"github.com/tally-operator/tally/internal/program"
)

// Config configures a Server.
type Config struct {
	Pool   *pgxpool.Pool
	Schema string
	// TokenFile holds the accepted bearer tokens, one per line. It is read again when it
	// changes (a rotated Secret). Empty disables authentication.
	TokenFile string
	// MaxBody bounds request bodies; 0 means 4 MiB (a batch of 1,000 events fits).
	MaxBody int64
	// Shards is the number of group-commit writers; 0 means 4.
	Shards int
	// CommitOps is the most operations in one commit; 0 means 1000.
	CommitOps int
	// CommitDelay is how long a commit waits for more operations when it has few; 0 means
	// none beyond what queues while the previous commit is written.
	CommitDelay time.Duration
	// Queue is the operations each shard holds before refusing with 429; 0 means 20000.
	Queue int
	// Poll is how often the active rule set is checked besides notifications; 0 means 5s.
	Poll time.Duration
	// HoldSweep is how often holds past their time to live are released; 0 means 30s.
	HoldSweep time.Duration
	// JournalRoll is how often the journal's monthly partitions are made ahead and its
	// posting ids moved to the month (Ledger.RollJournal); 0 means an hour. It is done when
	// the server starts, too.
	JournalRoll time.Duration
	// Registry receives the metrics; nil means a new registry.
	Registry *prometheus.Registry
	// Now is the clock; nil means time.Now.
	Now    func() time.Time
	Logger *slog.Logger
}

// Server serves one program's ledger.
type Server struct {
	cfg      Config
	base     *ledger.Ledger // for rule set queries; options do not matter
	journal  *export.Journal
	current  atomic.Pointer[program.Program]
	commit   *committer
	metrics  *metrics
	registry *prometheus.Registry
	auth     *tokens
	log      *slog.Logger
	mux      *http.ServeMux
	loadMu   sync.Mutex
}

// New returns a server for the ledger in cfg.Schema, which must be migrated. It serves
// 503 on the API until Run has loaded a rule set.
func New(cfg Config) (*Server, error) {
	if cfg.MaxBody == 0 {
		cfg.MaxBody = 4 << 20
	}
	if cfg.Shards == 0 {
		cfg.Shards = 4
	}
	if cfg.CommitOps == 0 {
		cfg.CommitOps = 1000
	}
	if cfg.Queue == 0 {
		cfg.Queue = 20000
	}
	if cfg.Poll == 0 {
		cfg.Poll = 5 * time.Second
	}
	if cfg.HoldSweep == 0 {
		cfg.HoldSweep = 30 * time.Second
	}
	if cfg.JournalRoll == 0 {
		cfg.JournalRoll = time.Hour
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
	}
	base, err := ledger.New(cfg.Pool, cfg.Schema, ledger.Options{Now: cfg.Now})
	if err != nil {
		return nil, err
	}
	journal, err := export.NewJournal(cfg.Pool, cfg.Schema)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, base: base, journal: journal, registry: cfg.Registry, log: cfg.Logger, metrics: newMetrics(cfg.Registry)}
	if cfg.TokenFile != "" {
		if s.auth, err = newTokens(cfg.TokenFile); err != nil {
			return nil, err
		}
	}
	s.commit = newCommitter(cfg.Shards, cfg.Queue, cfg.CommitOps, cfg.CommitDelay, s.post, s.metrics.observeCommit)
	s.routes()
	return s, nil
}

func (s *Server) now() time.Time { return s.cfg.Now() }

// post writes one group commit with the ledger of the active program.
func (s *Server) post(ctx context.Context, ops []ledger.Op) ([]ledger.Result, error) {
	p := s.current.Load()
	if p == nil {
		return nil, errors.New("no rule set is loaded")
	}
	return p.Ledger.Post(ctx, ops)
}

// ready returns the active program, or answers 503 when none is loaded yet.
func (s *Server) ready(w http.ResponseWriter) (*program.Program, bool) {
	p := s.current.Load()
	if p == nil {
		writeProblem(w, problem(http.StatusServiceUnavailable, "not_ready", "", "no rule set has been published to this program yet"))
		return nil, false
	}
	return p, true
}

// submit is the programs' Poster: it posts ops through group commit, which gathers the
// operations of concurrent requests into one transaction.
func (s *Server) submit(ctx context.Context, ops []ledger.Op) ([]ledger.Result, error) {
	keys := make([]string, len(ops))
	for i, op := range ops {
		keys[i] = shardKey(op)
	}
	return s.commit.submit(ctx, ops, keys)
}

// shardKey keeps the operations of one member on one commit writer.
func shardKey(op ledger.Op) string {
	switch o := op.(type) {
	case ledger.Earn:
		return o.Event.Member
	case ledger.Credit:
		return o.Member
	case ledger.Debit:
		return o.Member
	case ledger.Hold:
		return o.Member
	case ledger.Redeem:
		return o.Member
	case ledger.Capture:
		return "hold:" + o.HoldID
	case ledger.Release:
		return "hold:" + o.HoldID
	case ledger.RefundHold:
		return "hold:" + o.HoldID
	case ledger.Reverse:
		return "event:" + o.EventID
	case ledger.CancelRedemption:
		return "redemption:" + o.RedemptionID
	}
	return ""
}

// load makes the active rule set in the database the server's, if it is not already.
func (s *Server) load(ctx context.Context) error {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	version, err := s.base.ActiveVersion(ctx)
	if err != nil || version == "" {
		return err
	}
	if p := s.current.Load(); p != nil && p.Version() == version {
		return nil
	}
	rs, err := s.base.ActiveRuleset(ctx)
	if err != nil {
		return err
	}
	p, err := program.New(program.Config{Pool: s.cfg.Pool, Schema: s.cfg.Schema, Post: s.submit, Now: s.cfg.Now}, rs)
	if err != nil {
		return err
	}
	s.current.Store(p)
	s.metrics.setRuleset(rs.Version)
	s.log.Info("rule set loaded", "version", rs.Version, "rules", len(rs.Rules))
	return nil
}

// watch keeps the active rule set current: it listens for publications and polls as well,
// in case a notification is lost with a connection.
func (s *Server) watch(ctx context.Context) {
	for ctx.Err() == nil {
		if err := s.listen(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("watching rule sets", "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}
}

func (s *Server) listen(ctx context.Context) error {
	conn, err := s.cfg.Pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	channel := ledger.RulesetChannel(s.cfg.Schema)
	if _, err := conn.Exec(ctx, `LISTEN "`+channel+`"`); err != nil {
		return err
	}
	defer func() { _, _ = conn.Exec(context.Background(), `UNLISTEN *`) }()
	for {
		if err := s.load(ctx); err != nil {
			s.log.Warn("loading the rule set", "err", err)
		}
		wait, cancel := context.WithTimeout(ctx, s.cfg.Poll)
		_, err := conn.Conn().WaitForNotification(wait)
		cancel()
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
	}
}

// releaseHolds releases holds past their time to live until ctx ends, so that points held
// for a checkout that never completed return to the member within a minute rather than at
// the next expiry job. Replicas may sweep at once: each release is idempotent.
func (s *Server) releaseHolds(ctx context.Context) {
	t := time.NewTicker(s.cfg.HoldSweep)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		p := s.current.Load()
		if p == nil {
			continue
		}
		n, points, err := p.Ledger.ExpireHolds(ctx, 500)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Warn("releasing expired holds", "err", err)
		case n > 0:
			s.log.Info("released expired holds", "holds", n, "points", points)
		}
	}
}

// rollJournal keeps the journal's partitions a month ahead of the clock until ctx ends: at once,
// then every JournalRoll. Replicas may roll at once: the database makes them take turns. A
// roll that fails leaves the postings in the month's partition they were going to, and the
// next one catches up.
func (s *Server) rollJournal(ctx context.Context) {
	t := time.NewTicker(s.cfg.JournalRoll)
	defer t.Stop()
	for {
		if err := s.base.RollJournal(ctx, s.now()); err != nil && ctx.Err() == nil {
			s.log.Warn("rolling the journal", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Run loads the rule set, keeps it current, and serves handler on srv until ctx ends; then
// it stops accepting, finishes the requests and commits in flight, and returns.
func (s *Server) Run(ctx context.Context, srv *http.Server, grace time.Duration) error {
	if err := s.load(ctx); err != nil {
		s.log.Warn("loading the rule set", "err", err)
	}
	watchCtx, stopWatch := context.WithCancel(context.Background())
	watched := make(chan struct{}, 3)
	go func() { s.watch(watchCtx); watched <- struct{}{} }()
	go func() { s.releaseHolds(watchCtx); watched <- struct{}{} }()
	go func() { s.rollJournal(watchCtx); watched <- struct{}{} }()
	srv.Handler = s.Handler()
	served := make(chan error, 1)
	go func() { served <- srv.ListenAndServe() }()
	var err error
	select {
	case err = <-served:
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), grace)
		err = srv.Shutdown(shutdown)
		cancel()
	}
	s.commit.close()
	stopWatch()
	<-watched
	<-watched
	<-watched
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// Close stops the commit writers after their queued batches; for servers not run by Run.
func (s *Server) Close() { s.commit.close() }

// Load reads the active rule set now; Run does it by itself.
func (s *Server) Load(ctx context.Context) error { return s.load(ctx) }

// Watch keeps the rule set current until ctx ends; Run does it by itself.
func (s *Server) Watch(ctx context.Context) { s.watch(ctx) }

// RollJournal keeps the journal's partitions ahead until ctx ends; Run does it by itself.
func (s *Server) RollJournal(ctx context.Context) { s.rollJournal(ctx) }

// Handler is the server's HTTP handler. Requests no route takes get a problem document: 404,
// or 405 with the methods the path allows.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, pattern := s.mux.Handler(r)
		if pattern != "" {
			s.mux.ServeHTTP(w, r)
			return
		}
		rec := &headerRecorder{header: http.Header{}, status: http.StatusNotFound}
		h.ServeHTTP(rec, r)
		if allow := rec.header.Get("Allow"); allow != "" {
			w.Header().Set("Allow", allow)
		}
		if rec.status == http.StatusMethodNotAllowed {
			writeProblem(w, problem(rec.status, "method_not_allowed", "", "%s is not allowed on %s; use %s", r.Method, r.URL.Path, rec.header.Get("Allow")))
			return
		}
		writeProblem(w, problem(http.StatusNotFound, "not_found", "", "%s %s is not part of the API; see /openapi.json", r.Method, r.URL.Path))
	})
}

// headerRecorder keeps the status and headers of the mux's own 404 and 405 answers.
type headerRecorder struct {
	header http.Header
	status int
}

func (h *headerRecorder) Header() http.Header         { return h.header }
func (h *headerRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (h *headerRecorder) WriteHeader(status int)      { h.status = status }

// apiRoutes are the API's routes; openapi.json describes each (a test holds them together).
var apiRoutes = []struct {
	pattern, name string
	handler       func(*Server) http.HandlerFunc
}{
	{"POST /v1/events", "events", func(s *Server) http.HandlerFunc { return s.postEvents }},
	{"POST /v1/events:explain", "explain", func(s *Server) http.HandlerFunc { return s.explainEvent }},
	{"POST /v1/events/{id}/reverse", "reverse", func(s *Server) http.HandlerFunc { return s.reverseEvent }},
	{"GET /v1/members/{id}", "member", func(s *Server) http.HandlerFunc { return s.getMember }},
	{"GET /v1/members/{id}/statement", "statement", func(s *Server) http.HandlerFunc { return s.getStatement }},
	{"PUT /v1/members/{id}/profile", "put_profile", func(s *Server) http.HandlerFunc { return s.putProfile }},
	{"PATCH /v1/members/{id}/profile", "patch_profile", func(s *Server) http.HandlerFunc { return s.patchProfile }},
	{"GET /v1/members/{id}/profile/history", "profile_history", func(s *Server) http.HandlerFunc { return s.getProfileHistory }},
	{"GET /v1/members/{id}/badges", "badges", func(s *Server) http.HandlerFunc { return s.getBadges }},
	{"POST /v1/members/{id}/erase", "erase", func(s *Server) http.HandlerFunc { return s.eraseMember }},
	{"POST /v1/members:import", "import_profiles", func(s *Server) http.HandlerFunc { return s.importProfiles }},
	{"POST /v1/redemptions", "redemptions", func(s *Server) http.HandlerFunc { return s.postRedemption }},
	{"POST /v1/redemptions/{id}/cancel", "cancel_redemption", func(s *Server) http.HandlerFunc { return s.cancelRedemption }},
	{"POST /v1/holds", "holds", func(s *Server) http.HandlerFunc { return s.postHold }},
	{"POST /v1/holds/{id}/capture", "capture", func(s *Server) http.HandlerFunc { return s.captureHold }},
	{"POST /v1/holds/{id}/release", "release", func(s *Server) http.HandlerFunc { return s.releaseHold }},
	{"POST /v1/holds/{id}/refund", "refund", func(s *Server) http.HandlerFunc { return s.refundHold }},
	{"POST /v1/adjustments", "adjustments", func(s *Server) http.HandlerFunc { return s.postAdjustment }},
	{"GET /v1/catalog", "catalog", func(s *Server) http.HandlerFunc { return s.getCatalog }},
	{"GET /v1/reports/liability", "liability", func(s *Server) http.HandlerFunc { return s.getLiability }},
	{"GET /v1/reports/daily", "daily", func(s *Server) http.HandlerFunc { return s.getDaily }},
	{"GET /v1/reports/shadow", "shadow", func(s *Server) http.HandlerFunc { return s.getShadow }},
	{"GET /v1/notices", "notices", func(s *Server) http.HandlerFunc { return s.getNotices }},
	{"POST /v1/notices/ack", "ack_notices", func(s *Server) http.HandlerFunc { return s.ackNotices }},
	{"GET /v1/export/dead-letters", "dead_letters", func(s *Server) http.HandlerFunc { return s.getDeadLetters }},
	{"POST /v1/export/dead-letters/replay", "replay_dead_letters", func(s *Server) http.HandlerFunc { return s.replayDeadLetters }},
}

//go:embed openapi.json
var openAPI []byte

func (s *Server) routes() {
	s.mux = http.NewServeMux()
	for _, rt := range apiRoutes {
		s.mux.HandleFunc(rt.pattern, s.metrics.instrument(rt.name, s.authenticate(rt.handler(s))))
	}
	s.mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(openAPI)
	})
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	s.mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		p := s.current.Load()
		if p == nil {
			http.Error(w, "no rule set loaded", http.StatusServiceUnavailable)
			return
		}
		if err := s.cfg.Pool.Ping(r.Context()); err != nil {
			http.Error(w, "database unreachable: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		_, _ = fmt.Fprintf(w, "ok: rule set %s\n", p.Version())
	})
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
}
