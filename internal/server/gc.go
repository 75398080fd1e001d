package server

import (
	"os"
	"runtime/debug"
)

// GCPercent is the server's garbage-collection target unless GOGC says otherwise: the heap
// may grow to five times what is live before a collection. A ledger's live heap is small (the
// batches in flight and the rule set) and its garbage is large (every request's decoded body,
// every batch's parameter arrays), so the default of 100 collected several times a second
// under load and took an eighth of the process's CPU, which PostgreSQL on the same machine
// could have used: batches of 1,000 events went 5% faster at 400.
const GCPercent = 400

// MemoryLimitShare is the part of the container's memory limit that the Go heap is held
// under, so that a larger GCPercent collects sooner rather than running the pod out of memory.
const MemoryLimitShare = 0.9

// TuneGC applies GCPercent and, when containerLimit (bytes, 0: unknown) is given, a memory
// limit of MemoryLimitShare of it. The GOGC and GOMEMLIMIT environment variables, when set,
// win. It returns what is in effect (-1: a GOGC of off; 0: no memory limit).
func TuneGC(containerLimit int64) (gcPercent int, memoryLimit int64) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(GCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" && containerLimit > 0 {
		debug.SetMemoryLimit(int64(float64(containerLimit) * MemoryLimitShare))
	}
	gcPercent = debug.SetGCPercent(-1)
	debug.SetGCPercent(gcPercent)
	memoryLimit = debug.SetMemoryLimit(-1)
	if memoryLimit == 1<<63-1 {
		memoryLimit = 0
	}
	return gcPercent, memoryLimit
}
