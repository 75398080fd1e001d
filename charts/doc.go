// Package charts holds Tally's Helm chart, charts/tally. Its tests render, lint and
// validate the chart with the Helm SDK, compare it with config/ (CRDs, the manager's
// ClusterRole, what config/default installs), and install, upgrade and uninstall it on a
// test control plane.
package charts
