//go:build !windows

package sysopen

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeTools puts scripts named after the system's tools on an empty PATH;
// each records its arguments in <dir>/<name>.args and exits with the code
// given for it.
func fakeTools(t *testing.T, exits map[string]int) string {
	t.Helper()
	dir := t.TempDir()
	for name, code := range exits {
		script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + filepath.Join(dir, name+".args") + "'\nexit " + string(rune('0'+code)) + "\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir)
	return dir
}

func recorded(t *testing.T, dir, tool string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, tool+".args"))
	if err != nil {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// document makes a file with a Vietnamese name in a folder of its own.
func document(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "Tổng hợp bầu cử – Đợt 1.pdf")
	if err := os.WriteFile(path, []byte("%PDF-1.4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenHandsTheAbsolutePathToTheOpener(t *testing.T) {
	path := document(t)
	tools := fakeTools(t, map[string]int{opener(): 0})
	t.Chdir(filepath.Dir(path))
	if err := Open(filepath.Base(path)); err != nil {
		t.Fatal(err)
	}
	if got := recorded(t, tools, opener()); len(got) != 1 || got[0] != path {
		t.Errorf("%s got %q, want [%q]", opener(), got, path)
	}
}

func TestOpenSaysWhenNoApplicationOpensTheType(t *testing.T) {
	path := document(t)
	fakeTools(t, map[string]int{opener(): 3})
	err := Open(path)
	if err == nil || !strings.Contains(err.Error(), "chưa có chương trình nào mở được tệp .pdf") {
		t.Errorf("Open with no application = %v", err)
	}
	fakeTools(t, nil)
	if err := Open(path); err == nil || !strings.Contains(err.Error(), "không có lệnh "+opener()) {
		t.Errorf("Open with no opener = %v", err)
	}
}

func TestPrintUsesTheSpooler(t *testing.T) {
	path := document(t)
	tools := fakeTools(t, map[string]int{"lp": 0, opener(): 0})
	if err := Print(path); err != nil {
		t.Fatal(err)
	}
	if got := recorded(t, tools, "lp"); len(got) != 2 || got[0] != "--" || got[1] != path {
		t.Errorf("lp got %q, want [-- %q]", got, path)
	}
	if got := recorded(t, tools, opener()); got != nil {
		t.Errorf("printing also opened the file: %q", got)
	}
}

func TestPrintReportsTheSpoolersComplaint(t *testing.T) {
	path := document(t)
	fakeTools(t, map[string]int{"lp": 1})
	if err := Print(path); err == nil || !strings.Contains(err.Error(), "không in được") {
		t.Errorf("Print with a failing lp = %v", err)
	}
}

func TestPrintWithoutSpoolerOpensTheFile(t *testing.T) {
	path := document(t)
	tools := fakeTools(t, map[string]int{opener(): 0})
	if err := Print(path); !errors.Is(err, ErrOpenedToPrint) {
		t.Fatalf("Print without lp = %v, want ErrOpenedToPrint", err)
	}
	if got := recorded(t, tools, opener()); len(got) != 1 || got[0] != path {
		t.Errorf("%s got %q, want [%q]", opener(), got, path)
	}
}

func TestDocumentsFallsBackToHome(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	if got, _ := Documents(); got != home {
		t.Errorf("Documents() without ~/Documents = %q, want %q", got, home)
	}
	docs := filepath.Join(home, "Documents")
	os.Mkdir(docs, 0o755)
	if got, _ := Documents(); got != docs {
		t.Errorf("Documents() = %q, want %q", got, docs)
	}
}
