package v1alpha1_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/tally-operator/tally/internal/testenv"
)

// kube is the test control plane shared by every test of this package.
var kube *testenv.Kube

func TestMain(m *testing.M) {
	var err error
	kube, err = testenv.StartKube()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	if err := kube.Stop(); err != nil {
		fmt.Fprintln(os.Stderr, "stop test control plane:", err)
	}
	os.Exit(code)
}
