// Package version holds the build's version, set at link time with
// -ldflags "-X github.com/tally-operator/tally/internal/version.Version=...".
package version

// Version of this build of tally.
var Version = "dev"
