// Package crd embeds the CustomResourceDefinitions that controller-gen writes to bases/, so
// that tools which read the custom resources from files (tally ruleset publish and simulate)
// default them exactly as the API server does.
package crd

import "embed"

// Bases holds bases/*.yaml.
//
//go:embed bases/*.yaml
var Bases embed.FS
