//go:build windows

package sysopen

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/windows/registry"
)

// recordArg is the first argument with which the shell starts this test
// binary when it is registered as a file type's handler (see register):
// `sysopen.test.exe record MARKER VERB FILE` writes VERB and FILE to MARKER.
const recordArg = "sysopen-record"

func TestMain(m *testing.M) {
	if len(os.Args) == 5 && os.Args[1] == recordArg {
		os.WriteFile(os.Args[2], []byte(os.Args[3]+"\n"+os.Args[4]), 0o644)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// register makes this test binary the handler of a file extension, with
// the given verbs, and removes it after the test. Windows reads the current
// user's classes; Wine 8 reads only the machine's, which a Wine user may
// write (a Windows user without administrator rights may not, and needs not).
func register(t *testing.T, ext, marker string, verbs ...string) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	progID := "tdkt.sysopen.test" + ext
	values := map[string]string{`Software\Classes\` + ext: progID, `Software\Classes\` + progID: "tdkt test file"}
	var remove []string // deepest keys first
	for _, v := range verbs {
		cmd := `Software\Classes\` + progID + `\shell\` + v + `\command`
		values[cmd] = `"` + exe + `" ` + recordArg + ` "` + marker + `" ` + v + ` "%1"`
		remove = append(remove, cmd, `Software\Classes\`+progID+`\shell\`+v)
	}
	remove = append(remove, `Software\Classes\`+progID+`\shell`, `Software\Classes\`+progID, `Software\Classes\`+ext)
	for i, root := range []registry.Key{registry.CURRENT_USER, registry.LOCAL_MACHINE} {
		for path, value := range values {
			k, _, err := registry.CreateKey(root, path, registry.SET_VALUE)
			if err == nil {
				err = k.SetStringValue("", value)
				k.Close()
			}
			if err != nil && i == 0 {
				t.Fatalf("registering %s: %v", path, err)
			}
		}
		t.Cleanup(func() {
			for _, k := range remove {
				registry.DeleteKey(root, k)
			}
		})
	}
}

// awaitMarker waits for the handler started by the shell to record what it was given.
func awaitMarker(t *testing.T, marker string) (verb, file string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(marker); err == nil && strings.Contains(string(b), "\n") {
			os.Remove(marker)
			verb, file, _ = strings.Cut(string(b), "\n")
			return verb, file
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the shell did not start the registered handler")
	return "", ""
}

func TestShellOpensAndPrintsWithTheRegisteredApplication(t *testing.T) {
	dir := tempDir(t)
	marker := filepath.Join(dir, "marker.txt")
	register(t, ".tdktprobe", marker, "open", "print")
	path := filepath.Join(dir, "Tổng hợp bầu cử – Đợt 1.tdktprobe")
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Open(path); err != nil {
		t.Fatal(err)
	}
	if verb, file := awaitMarker(t, marker); verb != "open" || file != path {
		t.Errorf("Open started the handler with %q %q, want open %q", verb, file, path)
	}
	if err := Print(path); err != nil {
		t.Fatal(err)
	}
	if verb, file := awaitMarker(t, marker); verb != "print" || file != path {
		t.Errorf("Print started the handler with %q %q, want print %q", verb, file, path)
	}
}

func TestPrintOpensWhenTheTypeHasNoPrintCommand(t *testing.T) {
	dir := tempDir(t)
	marker := filepath.Join(dir, "marker.txt")
	register(t, ".tdktview", marker, "open")
	path := filepath.Join(dir, "Danh sách đề nghị.tdktview")
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Print(path); !errors.Is(err, ErrOpenedToPrint) {
		t.Fatalf("Print = %v, want ErrOpenedToPrint", err)
	}
	if verb, file := awaitMarker(t, marker); verb != "open" || file != path {
		t.Errorf("Print fell back to %q %q, want open %q", verb, file, path)
	}
}
