package testenv

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// RepoRoot is the root of the Tally source tree, found from this file's location so that
// tests in any package can reach hack/ and config/.
func RepoRoot() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		panic("testenv: cannot find the source tree")
	}
	root := filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		panic(fmt.Sprintf("testenv: %s is not the source tree: %v", root, err))
	}
	return root
}
