// Command tally is the one binary of Tally: the operator (manager), the ledger workload
// (ledger) and the jobs it schedules (expire, tiers), plus migrate and version.
package main

import (
	"os"
	// Time zones are part of every program; the runtime image has no zoneinfo of its own.
	_ "time/tzdata"

	"github.com/tally-operator/tally/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:]))
}
