package sysopen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenAndPrintRefuseWhatIsNotAFile(t *testing.T) {
	dir := tempDir(t)
	missing := filepath.Join(dir, "Quyết định khen thưởng.pdf")
	for name, f := range map[string]func(string) error{"Open": Open, "Print": Print} {
		err := f(missing)
		if err == nil || !strings.Contains(err.Error(), "không tìm thấy tệp") || !strings.Contains(err.Error(), "Quyết định khen thưởng.pdf") {
			t.Errorf("%s(missing file) = %v, want a message naming the missing file", name, err)
		}
		if err := f(dir); err == nil || !strings.Contains(err.Error(), "thư mục") {
			t.Errorf("%s(folder) = %v, want a refusal", name, err)
		}
	}
}

func TestDocumentsIsAnExistingFolder(t *testing.T) {
	dir, err := Documents()
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(dir) {
		t.Errorf("Documents() = %q, not absolute", dir)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Errorf("Documents() = %q, not an existing folder: %v", dir, err)
	}
}

// tempDir is t.TempDir for tests that also run under Wine 8, where Go's
// os.RemoveAll fails (Wine lacks the POSIX delete semantics it asks for):
// what cannot be removed is left in the throwaway Wine prefix.
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "sysopen")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}
