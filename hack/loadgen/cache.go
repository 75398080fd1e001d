package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// seederVersion changes whenever the seeder would write a different history from the same
// parameters (its distribution, its mix, how it posts), so that a cached history written by
// an older seeder is not taken for this one's.
const seederVersion = 2

// historyKey is everything that makes a seeded history what it is: the same key, the same
// ledger (but for posting ids and commit times, which depend on how the workers interleave).
type historyKey struct {
	Seeder int `json:"seeder"`
	// Schema is the ledger's migration version (ledger.LatestVersion): a history written by
	// an older schema is not what this build writes.
	Schema int `json:"schema"`
	// Postgres is the server's major version: a data directory serves no other.
	Postgres string `json:"postgres"`
	Members  int    `json:"members"`
	History  string `json:"history"`
	// End is when the history ends (historyEnd): a new week, a new history.
	End time.Time `json:"end"`
	// Rules is the published rule set's version, a hash of its content.
	Rules string `json:"rules"`
}

// String is the key as a directory name: readable, then a hash of everything.
func (k historyKey) String() string {
	raw, _ := json.Marshal(k)
	sum := sha256.Sum256(raw)
	return strconv.Itoa(k.Members) + "-" + k.History + "-" + k.End.Format("20060102") + "-" + hex.EncodeToString(sum[:6])
}

// historyCacheDir is where histories are kept: $TALLY_CACHE/history, by default
// ~/.cache/tally/history.
func historyCacheDir() string {
	if dir := os.Getenv("TALLY_CACHE"); dir != "" {
		return filepath.Join(dir, "history")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = os.TempDir()
	}
	return filepath.Join(home, ".cache", "tally", "history")
}

// summaryFile, in a cached history's directory, is what its seeding printed. It is written
// last: a directory without it is not a history (its seeding was interrupted).
const summaryFile = "summary.txt"
