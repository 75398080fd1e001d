// Package testenv starts the real dependencies that tests run against: a kube-apiserver and
// etcd with Tally's CRDs installed (envtest, built from source by hack/envtest-assets.sh), and
// a private PostgreSQL (hack/postgres.sh). Each test package starts what it needs once, in
// TestMain, and stops it when the package's tests end.
package testenv
