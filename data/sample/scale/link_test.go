package scale_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNotInTheProgram: the generators are for tests and benchmarks only;
// the tdkt binary links the demo samples and not this package.
func TestNotInTheProgram(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not in PATH: cannot list the program's packages")
	}
	out, err := exec.Command(gobin, "list", "-deps", "tdkt").Output()
	if err != nil {
		t.Fatalf("go list -deps tdkt: %v", err)
	}
	deps := "\n" + string(out)
	if strings.Contains(deps, "\ntdkt/data/sample/scale\n") {
		t.Error("the tdkt binary links tdkt/data/sample/scale")
	}
	if !strings.Contains(deps, "\ntdkt/data/sample\n") {
		t.Error("the tdkt binary lost the demo samples (tdkt/data/sample)")
	}
}
