//go:build windows

package glcheck

import (
	"errors"
	"os"
	"testing"
)

// TestProbeReadsTheDriversVersion makes the same hidden OpenGL window as
// Require, without its message box. TDKT_GL_WANT=ok or missing (set by the
// Wine smoke test, which also runs it with Mesa told to report OpenGL 1.4)
// says which verdict this machine must give.
func TestProbeReadsTheDriversVersion(t *testing.T) {
	version, renderer, err := probe()
	var missing *MissingError
	if err != nil && !errors.As(err, &missing) {
		t.Fatalf("the check could not run: %v", err)
	}
	t.Logf("GL_VERSION %q, GL_RENDERER %q, err %v", version, renderer, err)
	verdict := check()
	if err == nil && (verdict == nil) != sufficient(version) {
		t.Errorf("check() = %v for version %q", verdict, version)
	}
	switch os.Getenv("TDKT_GL_WANT") {
	case "ok":
		if verdict != nil {
			t.Errorf("check() = %v, want OpenGL 2.1 or later", verdict)
		}
	case "missing":
		if !errors.As(verdict, &missing) {
			t.Errorf("check() = %v, want a *MissingError", verdict)
		}
	}
}
