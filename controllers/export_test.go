package controllers

import "k8s.io/apimachinery/pkg/types"

// ObservePasses has f told the SQL statements of every pass over a program from now on, until
// the returned function is called.
func ObservePasses(f func(program types.NamespacedName, statements int64)) (stop func()) {
	passObserver.Store(&f)
	return func() { passObserver.Store(nil) }
}
