// Package controllers holds one reconciler per loyalty.tally.dev kind. Each reads its
// object, computes the desired state with the pure packages under internal/, applies it and
// writes status; the work itself lives in internal/.
package controllers
