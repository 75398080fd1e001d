// Package resources builds the Kubernetes objects a PointsProgram runs on: the ledger
// Deployment, Service and PodDisruptionBudget, the Secrets of its database credentials and
// API token, and the CronJobs of expiry and tier review. The builders are pure: they return
// the desired objects, which the controllers apply with server-side apply.
package resources
