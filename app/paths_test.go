package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/unicode/norm"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
)

// withDocuments gives the test a home folder with a Documents folder.
func withDocuments(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	docs := filepath.Join(home, "Documents")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	return docs
}

// fileNameEntry is the save dialog's file name field: the first entry
// found, as objects lists dialogs before the window's content.
func fileNameEntry(t *testing.T, w fyne.Window) *widget.Entry {
	t.Helper()
	entries := findAll[*widget.Entry](w)
	if len(entries) == 0 {
		t.Fatal("no file name field in the save dialog")
	}
	return entries[0]
}

func TestSaveDialogOpensInDocumentsAndKeepsVietnameseNames(t *testing.T) {
	docs := withDocuments(t)
	s := newTestShell(t, uitest.BacKan)
	if got := tw.DocumentsFolder(); got != docs {
		t.Fatalf("tw.DocumentsFolder() = %q, want %q", got, docs)
	}
	for _, typed := range []string{
		"Tổng hợp bầu cử",                       // NFC, extension left out
		norm.NFD.String("Tổng hợp bầu cử.xlsx"), // decomposed, as some keyboards send it
	} {
		var got string
		s.SaveFile("Xuất biểu tổng hợp", "Kết quả.xlsx", ".xlsx", func(path string) error {
			got = path
			return os.WriteFile(path, []byte("PK"), 0o644)
		})
		name := fileNameEntry(t, s.Win)
		if name.Text != "Kết quả.xlsx" {
			t.Errorf("proposed name %q", name.Text)
		}
		if !shows(s.Win, "Documents") {
			t.Error("the save dialog does not open in the Documents folder")
		}
		name.SetText(typed)
		capture(t, s.Win, "save-dialog")
		test.Tap(button(t, s.Win, "Lưu"))
		want := filepath.Join(docs, "Tổng hợp bầu cử.xlsx")
		if got != want {
			t.Fatalf("typed %+q: saved to %+q, want %+q", typed, got, want)
		}
		entries, _ := os.ReadDir(docs)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if len(names) != 1 || names[0] != "Tổng hợp bầu cử.xlsx" {
			t.Errorf("typed %+q: Documents holds %+q, want only the NFC name", typed, names)
		}
	}
}

func TestSaveDialogLeavesNothingWhenWritingFails(t *testing.T) {
	docs := withDocuments(t)
	s := newTestShell(t, uitest.BacKan)
	s.SaveFile("Xuất", "Danh sách.pdf", ".pdf", func(string) error {
		return os.ErrPermission
	})
	test.Tap(button(t, s.Win, "Lưu"))
	if entries, _ := os.ReadDir(docs); len(entries) != 0 {
		t.Errorf("a failed save left %v in Documents", entries)
	}
	if !shows(s.Win, "permission") {
		t.Error("the failure is not shown")
	}
}

func TestOpenDialogRemembersTheFolder(t *testing.T) {
	docs := withDocuments(t)
	folder := filepath.Join(docs, "Bầu cử 2026")
	os.Mkdir(folder, 0o755)
	s := newTestShell(t, uitest.BacKan)
	s.App.Preferences().SetString(lastFolderKey, folder)
	if got := s.dialogFolder(); got != folder {
		t.Errorf("dialogFolder() = %q, want the last folder %q", got, folder)
	}
	os.Remove(folder)
	if got := s.dialogFolder(); got != docs {
		t.Errorf("dialogFolder() after the last folder went = %q, want %q", got, docs)
	}
	file := filepath.Join(docs, "Danh sách đề nghị khen thưởng.xlsx")
	os.WriteFile(file, []byte("PK"), 0o644)
	var got string
	s.OpenFile("Nhập tệp", []string{".xlsx"}, func(path string) { got = path })
	item := fileItem(t, s.Win, "Danh sách đề nghị khen thưởng")
	test.Tap(item)
	capture(t, s.Win, "open-dialog")
	test.Tap(button(t, s.Win, "Mở"))
	if got != file {
		t.Errorf("opened %q, want %q", got, file)
	}
	if s.App.Preferences().String(lastFolderKey) != docs {
		t.Errorf("the folder of the file opened is not remembered")
	}
}

// fileItem finds the file dialog's icon for a file by its shown name.
func fileItem(t *testing.T, w fyne.Window, name string) fyne.Tappable {
	t.Helper()
	for _, o := range uitest.Objects(w) {
		tap, ok := o.(fyne.Tappable)
		wid, isWidget := o.(fyne.Widget)
		if _, isButton := o.(*widget.Button); !ok || !isWidget || isButton {
			continue
		}
		for _, c := range test.WidgetRenderer(wid).Objects() {
			if l, ok := c.(*widget.Label); ok && l.Text == name {
				return tap
			}
		}
	}
	t.Fatalf("the file dialog does not show %q", name)
	return nil
}
