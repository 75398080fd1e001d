// Command tally is the one binary of Tally: the operator (manager), the ledger workload
// (ledger) and the jobs it schedules (expire, tiers), plus migrate and version.
package main

import (
	"os"

	"github.com/tally-operator/tally/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:]))
}
