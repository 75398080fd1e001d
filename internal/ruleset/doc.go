// Package ruleset compiles a program's custom resources (PointsProgram, EarnRules,
// TierPolicy, RedemptionCatalogs) into a Ruleset: an immutable, JSON-serialisable value whose
// version is a hash of its content, so the same inputs in any order give the same version.
//
// Compile is pure: no Kubernetes client, no database. It reports every problem it finds by
// object and field path, so that a controller can write each into the status of the object at
// fault. A Ruleset is produced only when there is none, so a broken change never replaces a
// working rule set.
package ruleset
