package server

import (
	"context"
	"hash/maphash"
	"sync"
	"time"

	"github.com/tally-operator/tally/internal/ledger"
)

// committer gathers operations from concurrent requests into batches, each posted in one
// transaction: while a batch is being written the next one fills up, so under load a commit
// carries hundreds of operations. Operations are spread over shards by member (or hold,
// redemption or event id); a shard writes one batch at a time, in arrival order, so the
// operations of one member apply in the order they arrived.
type committer struct {
	shards   []chan *pending
	maxOps   int
	maxDelay time.Duration
	post     func(ctx context.Context, ops []ledger.Op) ([]ledger.Result, error)
	observe  func(size int, took time.Duration, err error)
	seed     maphash.Seed
	wg       sync.WaitGroup
	closing  sync.Once
}

type pending struct {
	op   ledger.Op
	res  ledger.Result
	err  error
	done chan struct{}
}

func newCommitter(shards, queue, maxOps int, maxDelay time.Duration,
	post func(context.Context, []ledger.Op) ([]ledger.Result, error), observe func(int, time.Duration, error)) *committer {
	c := &committer{maxOps: maxOps, maxDelay: maxDelay, post: post, observe: observe, seed: maphash.MakeSeed()}
	for range shards {
		ch := make(chan *pending, queue)
		c.shards = append(c.shards, ch)
		c.wg.Go(func() { c.run(ch) })
	}
	return c
}

// errBusy says a shard's queue is full: the caller should slow down.
var errBusy = &busyError{}

type busyError struct{}

func (*busyError) Error() string { return "the ledger is busy" }

// submit queues ops, keyed for sharding by keys, and waits for their results. If the queue
// of a shard is full, the ops not yet queued are refused with errBusy; the ones queued are
// still waited for (they may be written).
func (c *committer) submit(ctx context.Context, ops []ledger.Op, keys []string) ([]ledger.Result, error) {
	ps := make([]*pending, len(ops))
	var busy bool
	for i, op := range ops {
		p := &pending{op: op, done: make(chan struct{})}
		ps[i] = p
		if busy {
			p.err = errBusy
			close(p.done)
			continue
		}
		select {
		case c.shards[maphash.String(c.seed, keys[i])%uint64(len(c.shards))] <- p:
		default:
			busy = true
			p.err = errBusy
			close(p.done)
		}
	}
	results := make([]ledger.Result, len(ops))
	var firstErr error
	for i, p := range ps {
		select {
		case <-p.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		results[i] = p.res
		if p.err != nil && firstErr == nil {
			firstErr = p.err
		}
	}
	return results, firstErr
}

func (c *committer) run(ch chan *pending) {
	batch := make([]*pending, 0, c.maxOps)
	for first := range ch {
		batch = append(batch[:0], first)
		// Take what is already waiting, then wait a little for more if the batch is small.
		var timer <-chan time.Time
		if c.maxDelay > 0 {
			timer = time.After(c.maxDelay)
		}
	gather:
		for len(batch) < c.maxOps {
			select {
			case p, ok := <-ch:
				if !ok {
					break gather
				}
				batch = append(batch, p)
			default:
				if timer == nil {
					break gather
				}
				select {
				case p, ok := <-ch:
					if !ok {
						break gather
					}
					batch = append(batch, p)
				case <-timer:
					break gather
				}
			}
		}
		c.flush(batch)
	}
}

func (c *committer) flush(batch []*pending) {
	ops := make([]ledger.Op, len(batch))
	for i, p := range batch {
		ops[i] = p.op
	}
	// A batch is written whatever happens to the requests that sent it: they may have gone,
	// but their clients will retry with the same keys and get these results.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	start := time.Now()
	results, err := c.post(ctx, ops)
	cancel()
	c.observe(len(batch), time.Since(start), err)
	for i, p := range batch {
		if err != nil {
			p.err = err
		} else {
			p.res = results[i]
		}
		close(p.done)
	}
}

// close stops taking operations and returns when every queued batch is written.
func (c *committer) close() {
	c.closing.Do(func() {
		for _, ch := range c.shards {
			close(ch)
		}
	})
	c.wg.Wait()
}
