package plugin_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tally-operator/tally/internal/plugin"
	"github.com/tally-operator/tally/internal/testenv"
)

// The README shows every subcommand's summary and usage as --help gives them today.
func TestReadmeShowsEverySubcommandsHelp(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(testenv.RepoRoot(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	root := plugin.NewCommand(io.Discard, io.Discard)
	for _, c := range root.Commands() {
		if c.Hidden || c.Name() == "help" {
			continue
		}
		for _, want := range []string{"`kubectl tally " + c.Name() + "`: " + c.Short, c.UseLine()} {
			if !strings.Contains(string(readme), want) {
				t.Errorf("README.md lacks %q: paste kubectl tally %s --help into its kubectl plugin section", want, c.Name())
			}
		}
	}
}
